// Proves the package works as installed: `npm pack`, the tarball unpacked as
// .pack-test/node_modules/opengov-widgets (its dependencies resolve from the project's own
// node_modules, so no network), then:
// - the tarball holds dist, the CDN build, types, schemas, the manifest and the CLI, and no sources
//   or tests;
// - a consumer TypeScript file compiles against the public paths, with the elements' types and
//   HTMLElementTagNameMap (with skipLibCheck, as most projects: ical.js 2's own .d.ts files do not
//   pass a full library check);
// - a bundler (esbuild) resolves the public paths through the exports map;
// - the installed CLI validates a demo file.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve('.');
const work = join(root, '.pack-test');
const installed = join(work, 'node_modules', 'opengov-widgets');
const failures = [];
const run = (command, args, options = {}) => execFileSync(command, args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...options });

rmSync(work, { recursive: true, force: true });
mkdirSync(installed, { recursive: true });
const [pack] = JSON.parse(run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work]));
const files = pack.files.map((file) => file.path);
run('tar', ['-xzf', join(work, pack.filename), '-C', installed, '--strip-components=1']);

for (const required of ['package.json', 'README.md', 'custom-elements.json', 'dist/index.js', 'dist/index.d.ts', 'dist/cdn/opengov-widgets.js', 'dist/budget-table/index.d.ts', 'schemas/budget-table.schema.json', 'bin/opengov-widgets.js', 'web-types.json', 'vscode.html-custom-data.json']) {
  if (!files.includes(required)) failures.push(`the package lacks ${required}`);
}
const stray = files.filter((file) => /^(src|test|stories|demo|scripts|bench)\//.test(file));
if (stray.length) failures.push(`the package ships what it should not: ${stray.slice(0, 5).join(', ')}`);

writeFileSync(
  join(work, 'consumer.ts'),
  `import { OgBudgetTable } from 'opengov-widgets/budget-table.js';
import 'opengov-widgets/consultation-calendar.js';
import 'opengov-widgets/commitment-tracker.js';
import 'opengov-widgets/suggestion-form.js';

const table: OgBudgetTable = document.createElement('og-budget-table');
table.currency = 'TND';
const calendar: HTMLElementTagNameMap['og-consultation-calendar'] = document.createElement('og-consultation-calendar');
calendar.setAttribute('src', 'https://example.org/consultations.ics');
const tracker = document.createElement('og-commitment-tracker');
tracker.data = { commitments: [] };
document.body.append(table, calendar, tracker, document.createElement('og-suggestion-form'));
// @ts-expect-error: the types know the widgets' properties
table.currency = 42;
`,
);
writeFileSync(
  join(work, 'tsconfig.json'),
  JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'ESNext', moduleResolution: 'bundler', lib: ['ES2022', 'DOM', 'DOM.Iterable'], strict: true, noEmit: true, skipLibCheck: true, types: [] }, files: ['consumer.ts'] }),
);
try {
  run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', work]);
} catch (error) {
  failures.push(`a consumer's TypeScript does not compile:\n${error.stdout}${error.stderr}`);
}
try {
  run(join(root, 'node_modules/.bin/esbuild'), [join(work, 'consumer.ts'), '--bundle', '--format=esm', '--log-level=error', `--outfile=${join(work, 'bundle.js')}`]);
  const bundled = readdirSync(work).includes('bundle.js');
  if (!bundled) failures.push('the bundler wrote nothing');
} catch (error) {
  failures.push(`a bundler cannot resolve the public paths:\n${error.stderr}`);
}
try {
  const output = run(process.execPath, [join(installed, 'bin/opengov-widgets.js'), 'validate', 'demo/data/bmk-plan.json']);
  if (!/✔/.test(output)) failures.push(`the installed CLI said: ${output}`);
} catch (error) {
  failures.push(`the installed CLI failed: ${error.stdout}${error.stderr}`);
}

rmSync(work, { recursive: true, force: true });
if (failures.length) {
  console.error(`The package does not work as installed:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log(`Package: ${files.length} files, ${(pack.size / 1024).toFixed(0)} KB packed; types, bundler and CLI work as installed.`);
