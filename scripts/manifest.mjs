// Generates custom-elements.json with @custom-elements-manifest/analyzer, with its modules sorted
// by path so that the file is the same on every machine (the analyzer follows directory order).
//   node scripts/manifest.mjs           writes custom-elements.json
//   node scripts/manifest.mjs --check   fails when the committed file is stale
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

// The analyzer resolves --outdir against the working directory: scratch space in node_modules.
const out = mkdtempSync('node_modules/.cache-og-cem-');
let manifest;
try {
  execFileSync('node_modules/.bin/cem', ['analyze', '--outdir', out], { stdio: ['ignore', 'ignore', 'inherit'] });
  manifest = JSON.parse(readFileSync(join(out, 'custom-elements.json'), 'utf8'));
} finally {
  rmSync(out, { recursive: true, force: true });
}
manifest.modules.sort((a, b) => a.path.localeCompare(b.path));
const text = `${JSON.stringify(manifest, null, 2)}\n`;

if (process.argv.includes('--check')) {
  let committed = '';
  try {
    committed = readFileSync('custom-elements.json', 'utf8');
  } catch {
    // reported below
  }
  if (committed !== text) {
    console.error('custom-elements.json is stale: run "npm run manifest" and commit the result.');
    process.exit(1);
  }
  console.log('custom-elements.json is up to date.');
} else {
  writeFileSync('custom-elements.json', text);
  console.log('custom-elements.json written.');
}
