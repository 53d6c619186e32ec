// Why not a tool: size-limit sizes the files it is given; which files a page downloads, only our build tells.
//
// The file lists that .size-limit.js gives size-limit, read from the CDN build (`npm run build:cdn`).
// The entry is tiny; when a widget's tag is on the page it loads, in parallel, the chunks its loader
// names (the shared core with Lit, the widget's own code, and for some the schema validation). What
// a page downloads before it shows a widget is therefore the entry plus those chunks and everything
// they import statically, read from the built files (so a chunk that starts to import another is
// counted at once); locales and parsers come only when used.
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { WIDGET_NAMES } from './registry.mjs';

export const CDN_DIR = 'dist/cdn';
export const ENTRY = 'opengov-widgets.js';
/** Where the npm entries, bundled as a developer's bundler would, are written to be measured. */
const NPM_BUNDLES_DIR = 'node_modules/.cache/size-limit/npm';

export const cdnPath = (file) => `${CDN_DIR}/${file}`;

/** Every JS file of the CDN build, sorted by name. */
export function cdnFiles() {
  if (!existsSync(join(CDN_DIR, ENTRY)))
    throw new Error(`${CDN_DIR}/${ENTRY} is missing: run \`npm run build:cdn\` first`);
  return readdirSync(CDN_DIR)
    .filter((name) => name.endsWith('.js'))
    .sort();
}

/** A chunk and every chunk it imports statically, transitively (file names in the CDN build). */
function staticClosure(files, known, seen = new Set()) {
  for (const file of files) {
    if (seen.has(file) || !known.has(file)) continue;
    seen.add(file);
    const code = readFileSync(join(CDN_DIR, file), 'utf8');
    const imported = [
      ...code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[^'"`()]*?from\s*)?["'`]\.\/([^"'`]+\.js)["'`]/g),
    ];
    staticClosure(
      imported.map((match) => match[1]),
      known,
      seen,
    );
  }
  return seen;
}

/**
 * What the entry fetches for each widget: its loaders read
 * "og-tag":()=>Promise.all([l(),u(),import(`./widget-….js`)]), where l, u are little functions
 * that import a chunk. A page is the entry and the static closure of those chunks.
 * @returns {{ pages: { tag: string; files: string[] }[]; everyWidget: string[] }} paths from the project root
 */
export function readPages() {
  const known = new Set(cdnFiles());
  const entrySource = readFileSync(join(CDN_DIR, ENTRY), 'utf8');
  const helpers = Object.fromEntries(
    [...entrySource.matchAll(/\b(\w+)=\(\)=>import\(`\.\/([^`]+)`\)/g)].map((match) => [match[1], match[2]]),
  );
  const loaders = [...entrySource.matchAll(/"(og-[a-z-]+)":\(\)=>Promise\.all\(\[([^\]]*)\]/g)].map(
    ([, tag, list]) => ({
      tag,
      files: [...list.matchAll(/import\(`\.\/([^`]+)`\)|\b(\w+)\(\)/g)]
        .map((match) => match[1] ?? helpers[match[2]])
        .filter(Boolean),
    }),
  );
  if (loaders.length < WIDGET_NAMES.length) {
    throw new Error(
      `the entry's loaders could not be read (${loaders.length} found for ${WIDGET_NAMES.length} widgets): update scripts/size-files.mjs`,
    );
  }
  const page = (files) => [ENTRY, ...staticClosure(files, known)].map(cdnPath);
  return {
    pages: loaders.map(({ tag, files }) => ({ tag, files: page(files) })),
    everyWidget: page(loaders.flatMap((loader) => loader.files)),
  };
}

/**
 * Each widget's npm entry as a developer's bundler ships it: Lit included, what loads before any
 * lazy chunk (locales, parsers), bundled and minified by esbuild (needs `npm run build:npm`).
 * @returns {Promise<{ widget: string; files: string[] }[]>}
 */
export async function npmEntries() {
  rmSync(NPM_BUNDLES_DIR, { recursive: true, force: true });
  const widgets = WIDGET_NAMES.filter(
    (name) => existsSync(`dist/${name}/index.js`) && name !== 'react' && name !== 'cli',
  );
  return Promise.all(
    widgets.map(async (widget) => {
      const entryPoint = `dist/${widget}/index.js`;
      const result = await build({
        entryPoints: [entryPoint],
        bundle: true,
        splitting: true,
        format: 'esm',
        minify: true,
        metafile: true,
        outdir: `${NPM_BUNDLES_DIR}/${widget}`,
        logLevel: 'silent',
      });
      const outputs = result.metafile.outputs;
      const seen = new Set();
      const visit = (name) => {
        if (seen.has(name)) return;
        seen.add(name);
        for (const imported of outputs[name].imports)
          if (imported.kind === 'import-statement' && outputs[imported.path]) visit(imported.path);
      };
      visit(Object.keys(outputs).find((name) => outputs[name].entryPoint === entryPoint));
      return { widget, files: [...seen] };
    }),
  );
}

/**
 * The entry must run at once: a static import would make the browser fetch another file first
 * (one round trip more before the widgets' code is even requested, and before room is reserved).
 * Comments aside, a static dependency is an `import …` or `export … from` statement at the start of
 * a statement; `import(` (dynamic) and `import.meta` are not.
 */
export function assertEntryImportsNothingStatically() {
  const entryCode = readFileSync(join(CDN_DIR, ENTRY), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
  const entryImports = entryCode.match(
    /(?:^|[;}])\s*(?:import\s*(?:[\w$]+\s*(?:,|from\b)|[{*"'`])|export\s*(?:\*|\{[^}]*\})\s*from\b)/gm,
  );
  if (entryImports) {
    throw new Error(
      `${ENTRY} imports other files statically (${entryImports.length}): it must only import() them when a widget appears`,
    );
  }
}
