// Why not a tool: the analyzer and its plugins write the files (configured in custom-elements-manifest.config.mjs); they have no check mode.
// Runs @custom-elements-manifest/analyzer with custom-elements-manifest.config.mjs: custom-elements.json,
// and from it, by the analyzer's plugins, web-types.json (JetBrains), vscode.html-custom-data.json and
// the JSX typings in jsx/. The analyzer writes into scratch space; this script then copies the files
// in place, or compares them, so that no run leaves a plugin's file anywhere else.
//   node scripts/manifest.mjs           writes the files (and removes jsx/ files no longer generated)
//   node scripts/manifest.mjs --check   fails when a committed file is stale, missing or extra
import { readFileSync, writeFileSync, mkdtempSync, rmSync, readdirSync, mkdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { dirname, join, relative } from 'node:path';

const check = process.argv.includes('--check');
/** Directories whose every file is generated: a file there that the run did not write is stale. */
const GENERATED_DIRS = ['jsx'];

/** Every file under `dir`, as paths relative to it, sorted. */
const filesUnder = (dir) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
const read = (file) => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
};

// The analyzer resolves its outdir against the working directory: scratch space in node_modules.
const out = mkdtempSync('node_modules/.cache-og-cem-');
const generated = new Map();
try {
  execFileSync('node_modules/.bin/cem', ['analyze'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, OG_MANIFEST_OUTDIR: out },
  });
  for (const file of filesUnder(out)) generated.set(file, readFileSync(join(out, file), 'utf8'));
} finally {
  rmSync(out, { recursive: true, force: true });
}
if (!generated.has('custom-elements.json')) throw new Error('The analyzer wrote no custom-elements.json.');
const extra = GENERATED_DIRS.flatMap((dir) => {
  try {
    return filesUnder(dir)
      .map((file) => join(dir, file))
      .filter((file) => !generated.has(file));
  } catch {
    return [];
  }
});

if (check) {
  const stale = [...generated].filter(([file, text]) => read(file) !== text).map(([file]) => file);
  if (stale.length || extra.length) {
    console.error(
      `Stale: ${[...stale, ...extra.map((file) => `${file} (not generated)`)].join(', ')}. Run "npm run manifest" and commit the result.`,
    );
    process.exit(1);
  }
  console.log(`${[...generated.keys()].join(', ')}: up to date.`);
} else {
  for (const [file, text] of generated) {
    mkdirSync(dirname(file), { recursive: true });
    if (read(file) !== text) writeFileSync(file, text);
  }
  for (const file of extra) rmSync(file);
  console.log(`${[...generated.keys()].join(', ')} written${extra.length ? `; removed ${extra.join(', ')}` : ''}.`);
}
