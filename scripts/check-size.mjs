// Size budgets, in gzip bytes, for what citizens download. Run after `npm run build:cdn`.
// Prints every file of the CDN build and the core's own weight (base element, Lit included),
// and fails when a budget is exceeded.
import { readdirSync, readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { build } from 'vite';

const KB = 1024;
const BUDGETS = [
  // The one file a page loads: core + Lit + every widget.
  { name: 'CDN entry (all widgets)', match: /^opengov-widgets\.js$/, max: 30 * KB },
  { name: 'locale chunk', match: /^(fr|ar|es)-.*\.js$/, max: 6 * KB },
  { name: 'CSV parser chunk', match: /^csv-.*\.js$/, max: 3 * KB },
  { name: 'iCalendar parser chunk', match: /^ics-.*\.js$/, max: 28 * KB },
  { name: 'other chunk', match: /\.js$/, max: 10 * KB },
];
const CORE_BUDGET = 17 * KB;

const gz = (buffer) => gzipSync(buffer, { level: 9 }).length;
const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;
let failed = false;

const dir = 'dist/cdn';
const rows = [];
for (const file of readdirSync(dir).filter((name) => name.endsWith('.js')).sort()) {
  const buffer = readFileSync(join(dir, file));
  const size = gz(buffer);
  const budget = BUDGETS.find((entry) => entry.match.test(file));
  const over = budget && size > budget.max;
  if (over) failed = true;
  rows.push(`${over ? 'OVER' : 'ok  '}  ${file.padEnd(34)} ${kb(buffer.length).padStart(9)} min  ${kb(size).padStart(8)} gzip  (budget ${kb(budget.max)}, ${budget.name})`);
}

// The core alone: what any one widget costs before its own code.
const out = mkdtempSync(join(tmpdir(), 'og-core-size-'));
try {
  const probe = join(out, 'probe.js');
  await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      outDir: out,
      emptyOutDir: false,
      minify: true,
      target: 'es2022',
      lib: { entry: 'scripts/size-probe.ts', formats: ['es'], fileName: () => 'probe.js' },
    },
  });
  const size = gz(readFileSync(probe));
  if (size > CORE_BUDGET) failed = true;
  rows.push(`${size > CORE_BUDGET ? 'OVER' : 'ok  '}  ${'core: base element + Lit'.padEnd(34)} ${''.padStart(13)}  ${kb(size).padStart(8)} gzip  (budget ${kb(CORE_BUDGET)})`);
} finally {
  rmSync(out, { recursive: true, force: true });
}

console.log(rows.join('\n'));
if (failed) {
  console.error('\nA size budget is exceeded: every kilobyte is downloaded by citizens on slow phones.');
  process.exit(1);
}
