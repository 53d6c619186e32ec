// Size budgets, in gzip bytes, for what citizens download from the CDN build (run after
// `npm run build:cdn`). The entry is tiny; when a widget's tag is on the page it loads, in
// parallel, the chunks its loader names (the shared core with Lit, the widget's own code, and for
// some the schema validation). What a page downloads before it shows a widget is therefore the
// entry plus those chunks and everything they import statically, read from the built files (so a
// chunk that starts to import another is counted at once); locales and parsers come only when used.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { WIDGET_NAMES } from './registry.mjs';
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const KB = 1024;
const WIDGETS = WIDGET_NAMES;

const BUDGETS = [
  { kind: 'entry', match: /^opengov-widgets\.js$/, max: 2 * KB },
  { kind: 'core', match: /^core-.*\.js$/, max: 21 * KB, label: 'shared core: Lit, data, i18n, base element' },
  { kind: 'other', match: /^schema-.*\.js$/, max: 4 * KB, label: 'schema validation (valibot), for the widgets that read with it' },
  { kind: 'runtime', match: /^rolldown-runtime-.*\.js$/, max: 1 * KB },
  { kind: 'widget', match: new RegExp(`^(${WIDGETS.join('|') || '-'})-[\\w-]{8}\\.js$`), max: 12 * KB },
  { kind: 'locale', match: /^(fr|ar|es)-.*\.js$/, max: 4 * KB },
  { kind: 'parser', match: /^csv-.*\.js$/, max: 3 * KB, label: 'CSV parser (d3-dsv)' },
  { kind: 'parser', match: /^[a-z]+-csv-.*\.js$/, max: 4 * KB, label: "a widget's CSV reader, with number parsing" },
  { kind: 'parser', match: /^ical-.*\.js$/, max: 25 * KB, label: 'iCalendar library (ical.js), only for ICS and recurrences' },
  { kind: 'other', match: /\.js$/, max: 4 * KB },
];
// What one page with one widget downloads before any locale or parser: the promise to citizens.
// (The first target was 30 KB for all four widgets together; with Lit in a ~17 KB shared core that
// cannot hold, so the promise is per page: the entry and what its loader fetches for the widget.)
const PAGE_BUDGET = 32 * KB;

const gz = (buffer) => gzipSync(buffer, { level: 9 }).length;
const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;
let failed = false;
const sizes = {};
const rows = [];

const dir = 'dist/cdn';
for (const file of readdirSync(dir).filter((name) => name.endsWith('.js')).sort()) {
  const buffer = readFileSync(join(dir, file));
  const size = gz(buffer);
  const budget = BUDGETS.find((entry) => entry.match.test(file));
  sizes[file] = { size, kind: budget.kind };
  const over = size > budget.max;
  if (over) failed = true;
  rows.push(`${over ? 'OVER' : 'ok  '}  ${file.padEnd(34)} ${kb(buffer.length).padStart(9)} min ${kb(size).padStart(8)} gzip  (budget ${kb(budget.max)}, ${budget.label ?? budget.kind})`);
}

const total = (kinds) => Object.values(sizes).filter((entry) => kinds.includes(entry.kind)).reduce((sum, entry) => sum + entry.size, 0);
/** A chunk and every chunk it imports statically, transitively. */
const staticClosure = (files, seen = new Set()) => {
  for (const file of files) {
    if (seen.has(file) || !sizes[file]) continue;
    seen.add(file);
    const code = readFileSync(join(dir, file), 'utf8');
    staticClosure([...code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[^'"`()]*?from\s*)?["'`]\.\/([^"'`]+\.js)["'`]/g)].map((match) => match[1]), seen);
  }
  return seen;
};
const entrySource = readFileSync(join(dir, 'opengov-widgets.js'), 'utf8');
// The entry's loaders: "og-tag":()=>Promise.all([l(),u(),import(`./widget-….js`)]), where l, u
// are little functions that import a chunk.
const helpers = Object.fromEntries([...entrySource.matchAll(/\b(\w+)=\(\)=>import\(`\.\/([^`]+)`\)/g)].map((match) => [match[1], match[2]]));
const loaders = [...entrySource.matchAll(/"(og-[a-z-]+)":\(\)=>Promise\.all\(\[([^\]]*)\]/g)].map(([, tag, list]) => ({
  tag,
  files: [...list.matchAll(/import\(`\.\/([^`]+)`\)|\b(\w+)\(\)/g)].map((match) => match[1] ?? helpers[match[2]]).filter(Boolean),
}));
if (loaders.length < WIDGETS.length) {
  failed = true;
  rows.push(`OVER  the entry's loaders could not be read (${loaders.length} found): update scripts/check-size.mjs`);
}
const base = total(['entry', 'core', 'runtime']);
rows.push('');
rows.push(`      what every page downloads (entry + shared core):  ${kb(base)}`);
for (const { tag, files } of loaders) {
  const chunks = staticClosure(files);
  const page = sizes['opengov-widgets.js'].size + [...chunks].reduce((sum, file) => sum + sizes[file].size, 0);
  const over = page > PAGE_BUDGET;
  if (over) failed = true;
  const extra = [...chunks].filter((file) => !['core', 'widget', 'runtime'].includes(sizes[file].kind)).map((file) => file.replace(/-[\w-]{8}\.js$/, ''));
  rows.push(`${over ? 'OVER' : 'ok  '}  a page showing ${tag}: ${kb(page)} (budget ${kb(PAGE_BUDGET)}; entry, core, widget${extra.length ? `, ${extra.join(', ')}` : ''})`);
}

// The two other targets of the hardening issue, measured and enforced at today's sizes so that
// they cannot grow unnoticed. The targets themselves (30 KB and 19 KB) cannot hold with Lit and
// valibot in the core: see the README's "Weight".
// Raised by 2 KB and 1 KB with the "real pages, real citizens" issue: a widget that never waits
// forever (the entry's localized fallback, bounded waits for messages and sentences), what is
// announced, and drafts that carry their submission's key. The promise per page went down at the
// same time (schema validation and time zones left the shared core).
const ALL_WIDGETS_BUDGET = 66 * KB;
const ALL_WIDGETS_TARGET = 30 * KB;
const NPM_ENTRY_BUDGET = 36 * KB;
const NPM_ENTRY_TARGET = 19 * KB;
const allWidgets = sizes['opengov-widgets.js'].size + [...staticClosure(loaders.flatMap((loader) => loader.files))].reduce((sum, file) => sum + sizes[file].size, 0);
if (allWidgets > ALL_WIDGETS_BUDGET) failed = true;
rows.push(`${allWidgets > ALL_WIDGETS_BUDGET ? 'OVER' : 'ok  '}  every widget at once: ${kb(allWidgets)} (budget ${kb(ALL_WIDGETS_BUDGET)}; the issue's target of ${kb(ALL_WIDGETS_TARGET)} is not met)`);

// Each widget's npm entry as a developer's bundler ships it: Lit included, what loads before any
// lazy chunk (locales, parsers), bundled and minified by esbuild.
rows.push('');
for (const widget of WIDGETS.filter((name) => existsSync(`dist/${name}/index.js`) && name !== 'react' && name !== 'cli')) {
  const result = await build({
    entryPoints: [`dist/${widget}/index.js`],
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    write: false,
    metafile: true,
    outdir: 'npm-size',
    logLevel: 'silent',
  });
  const contents = new Map(result.outputFiles.map((file) => [file.path.replace(/^.*?npm-size\//, 'npm-size/'), file.contents]));
  const outputs = result.metafile.outputs;
  const entry = Object.keys(outputs).find((name) => outputs[name].entryPoint === `dist/${widget}/index.js`);
  const seen = new Set();
  const visit = (name) => {
    if (seen.has(name)) return;
    seen.add(name);
    for (const imported of outputs[name].imports) if (imported.kind === 'import-statement' && outputs[imported.path]) visit(imported.path);
  };
  visit(entry);
  const size = [...seen].reduce((sum, name) => sum + gz(Buffer.from(contents.get(name) ?? new Uint8Array())), 0);
  const over = size > NPM_ENTRY_BUDGET;
  if (over) failed = true;
  rows.push(`${over ? 'OVER' : 'ok  '}  npm opengov-widgets/${widget}.js with Lit, before lazy chunks: ${kb(size)} (budget ${kb(NPM_ENTRY_BUDGET)}; the issue's target of ${kb(NPM_ENTRY_TARGET)} is not met)`);
}

// The entry must run at once: a static import would make the browser fetch another file first
// (one round trip more before the widgets' code is even requested, and before room is reserved).
// Comments aside, a static dependency is an `import …` or `export … from` statement at the start of
// a statement; `import(` (dynamic) and `import.meta` are not.
const entryCode = readFileSync(join(dir, 'opengov-widgets.js'), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
const entryImports = entryCode.match(/(?:^|[;}])\s*(?:import\s*(?:[\w$]+\s*(?:,|from\b)|[{*"'`])|export\s*(?:\*|\{[^}]*\})\s*from\b)/gm);
if (entryImports) {
  failed = true;
  rows.push(`OVER  opengov-widgets.js imports other files statically (${entryImports.length}): it must only import() them when a widget appears`);
} else {
  rows.push('ok    opengov-widgets.js runs without fetching anything else first (no static import)');
}

console.log(rows.join('\n'));
if (failed) {
  console.error('\nA size budget is exceeded: every kilobyte is downloaded by citizens on slow phones.');
  process.exit(1);
}
