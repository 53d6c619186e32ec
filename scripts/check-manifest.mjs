// Fails when custom-elements.json does not match the sources: regenerate it with `npm run manifest`.
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

// The analyzer resolves --outdir against the working directory, so the scratch folder lives in
// node_modules/.cache (ignored by git).
const out = mkdtempSync('node_modules/.cache-og-cem-');
try {
  execFileSync('node_modules/.bin/cem', ['analyze', '--outdir', out], { stdio: ['ignore', 'ignore', 'inherit'] });
  const fresh = readFileSync(join(out, 'custom-elements.json'), 'utf8');
  let committed = '';
  try {
    committed = readFileSync('custom-elements.json', 'utf8');
  } catch {
    // reported below
  }
  if (JSON.stringify(JSON.parse(fresh)) !== (committed && JSON.stringify(JSON.parse(committed)))) {
    console.error('custom-elements.json is stale: run "npm run manifest" and commit the result.');
    process.exit(1);
  }
  console.log('custom-elements.json is up to date.');
} finally {
  rmSync(out, { recursive: true, force: true });
}
