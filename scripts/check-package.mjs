// Why not a tool: publint and attw check the exports and types (called below); compiling consumers of each framework against the tarball is ours.
// Proves the package works as installed, and is the one place for checks of the package:
// `npm pack`, the tarball unpacked as .pack-test/node_modules/opengov-widgets (its dependencies
// resolve from the project's own node_modules, so no network), then:
// - the tarball holds dist, the CDN build, types, schemas, the manifest and the CLI, and no sources
//   or tests;
// - the public API is what scripts/public-api.json lists: the names each JavaScript entry (`.`,
//   `./core.js`, `./<widget>.js`, `./react`) exports, values and types apart, read from the packed
//   .d.ts files with the TypeScript compiler. A name that becomes public without being listed, or
//   a listed one that disappears, fails with the names; `--update` (or `--write-api`) rewrites the
//   list after a deliberate change. No entry has an `export *`, and no public name shadows a
//   global of the DOM or of JavaScript (`Window`, `Event`…);
// - publint finds nothing wrong in package.json against the packed files (exports, types, files);
// - Are the Types Wrong? (attw, offline, on the tarball) resolves every entry's types and JavaScript
//   as an ES module in Node 16+ (`node16`/`nodenext`) and in bundlers (profile `esm-only`);
// - a consumer TypeScript file compiles against the public paths, with the elements' types and
//   HTMLElementTagNameMap, also with `skipLibCheck: false`: the package's declarations, and what
//   they reach, pass a full library check (ical.js 2's own .d.ts files do not, so none of ours
//   may import them);
// - a React consumer compiles against `opengov-widgets/react` (typed props and onOg… handlers) and
//   the raw tags against `opengov-widgets/jsx/react`, without loading Preact, Solid or Vue;
// - the raw tags type-check in Preact, Solid and Vue (`opengov-widgets/jsx/preact|solid|vue`);
//   each consumer has an @ts-expect-error that only real types satisfy;
// - a bundler (esbuild) resolves the public paths through the exports map, and a bundle that
//   imports one React wrapper holds one widget;
// - the React entry loads in Node and renders the tags on the server (SSR);
// - the installed CLI validates a demo file.
// Needs `npm run build:npm` and `npm run build:cdn` first.
import { execFileSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, rmSync, writeFileSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';

const root = resolve('.');
const work = join(root, '.pack-test');
const installed = join(work, 'node_modules', 'opengov-widgets');
const failures = [];
const run = (command, args, options = {}) =>
  execFileSync(command, args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...options });

rmSync(work, { recursive: true, force: true });
mkdirSync(installed, { recursive: true });
// A project of its own: without this package.json, TypeScript, esbuild and Node would resolve
// `opengov-widgets` from .pack-test by self-reference to this repository's package.json (the
// nearest one), so the checks would test the working tree instead of the tarball.
writeFileSync(join(work, 'package.json'), JSON.stringify({ name: 'pack-test', private: true, type: 'module' }));
const [pack] = JSON.parse(run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work]));
const files = pack.files.map((file) => file.path);
run('tar', ['-xzf', join(work, pack.filename), '-C', installed, '--strip-components=1']);

for (const required of [
  'package.json',
  'README.md',
  'custom-elements.json',
  'dist/index.js',
  'dist/index.d.ts',
  'dist/cdn/opengov-widgets.js',
  'dist/budget-table/index.d.ts',
  'schemas/budget-table.schema.json',
  'bin/opengov-widgets.js',
  'web-types.json',
  'vscode.html-custom-data.json',
  'dist/react/index.js',
  'dist/react/index.d.ts',
  'jsx/elements.d.ts',
  'jsx/react.d.ts',
  'jsx/preact.d.ts',
  'jsx/solid.d.ts',
  'jsx/vue.d.ts',
]) {
  if (!files.includes(required)) failures.push(`the package lacks ${required}`);
}
const stray = files.filter((file) => /^(src|test|stories|demo|scripts|bench)\//.test(file));
if (stray.length) failures.push(`the package ships what it should not: ${stray.slice(0, 5).join(', ')}`);

// The public API: each JavaScript entry's exported names, from the packed declarations, against
// the committed list. The jsx/* entries are left out: they only add the tags to a framework's JSX
// namespace and export nothing.
const API_LIST = join(root, 'scripts', 'public-api.json');
const updateApi = process.argv.includes('--update') || process.argv.includes('--write-api');
const packed = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
const entries = Object.entries(packed.exports)
  .filter(([, target]) => typeof target === 'object' && target.types && target.default)
  .map(([entry, target]) => ({
    entry,
    name: entry === '.' ? packed.name : `${packed.name}/${entry.slice(2)}`,
    types: join(installed, target.types),
  }));
function publicNames() {
  const program = ts.createProgram(
    entries.map(({ types }) => types),
    {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
      types: [],
      noEmit: true,
      skipLibCheck: true,
    },
  );
  const checker = program.getTypeChecker();
  const api = {};
  for (const { entry, name, types } of entries) {
    const source = program.getSourceFile(types);
    const module = source && checker.getSymbolAtLocation(source);
    if (!module) {
      failures.push(`${name}: no declarations at ${types.slice(installed.length + 1)}`);
      continue;
    }
    if (/^export \* from/m.test(source.text))
      failures.push(`${name}: ${types.slice(installed.length + 1)} has an \`export *\`: name what is public`);
    const values = [];
    const typeNames = [];
    for (const symbol of checker.getExportsOfModule(module)) {
      // A name is a value when it is one at the end of its chain of re-exports and no link of the
      // chain is `export type`.
      let target = symbol;
      let typeOnly = false;
      while (target && target.flags & ts.SymbolFlags.Alias) {
        if (target.declarations?.some((declaration) => ts.isTypeOnlyImportOrExportDeclaration(declaration)))
          typeOnly = true;
        target = checker.getImmediateAliasedSymbol(target);
      }
      const exported = symbol.getName();
      (!typeOnly && target && target.flags & ts.SymbolFlags.Value ? values : typeNames).push(exported);
      const global = checker.resolveName(exported, undefined, ts.SymbolFlags.Value | ts.SymbolFlags.Type, false);
      if (
        global?.declarations?.some((declaration) => program.isSourceFileDefaultLibrary(declaration.getSourceFile()))
      ) {
        failures.push(`${name} exports ${exported}, the name of a global of the DOM or of JavaScript: rename it`);
      }
    }
    api[entry] = { values: values.sort(), types: typeNames.sort() };
  }
  return api;
}
try {
  const api = publicNames();
  const unread = entries.filter(({ entry }) => !api[entry]);
  if (unread.length) {
    // Already a failure above; comparing what could not be read would only add noise.
  } else if (updateApi) {
    const about =
      'The public names of each JavaScript entry of the package, values and types apart. `npm run test:package` fails when they differ from the packed .d.ts files; after a deliberate change, `node scripts/check-package.mjs --update` rewrites this file.';
    writeFileSync(API_LIST, `${JSON.stringify({ $comment: about, ...api }, null, 2)}\n`);
    console.log(
      `Wrote ${API_LIST.slice(root.length + 1)}: ${entries.map(({ entry }) => `${entry} ${api[entry].values.length} values, ${api[entry].types.length} types`).join('; ')}.`,
    );
  } else {
    const listed = JSON.parse(readFileSync(API_LIST, 'utf8'));
    const differences = [];
    for (const entry of new Set([...Object.keys(api), ...Object.keys(listed).filter((key) => !key.startsWith('$'))])) {
      const name = entry === '.' ? packed.name : `${packed.name}/${entry.slice(2)}`;
      const added = [];
      const removed = [];
      for (const kind of ['values', 'types']) {
        const now = new Set(api[entry]?.[kind] ?? []);
        const before = new Set(listed[entry]?.[kind] ?? []);
        const label = kind === 'values' ? '' : 'type ';
        added.push(...[...now].filter((item) => !before.has(item)).map((item) => label + item));
        removed.push(...[...before].filter((item) => !now.has(item)).map((item) => label + item));
      }
      if (added.length)
        differences.push(`${name} makes public what scripts/public-api.json does not list: ${added.join(', ')}`);
      if (removed.length)
        differences.push(`${name} no longer exports what scripts/public-api.json lists: ${removed.join(', ')}`);
    }
    if (differences.length) {
      failures.push(
        ...differences,
        'the public API changed: if that is meant, run `node scripts/check-package.mjs --update` and commit scripts/public-api.json',
      );
    }
  }
} catch (error) {
  failures.push(`the public names could not be read from the packed declarations: ${error.stack ?? error}`);
}

// publint: package.json against the packed files. `pack: false` because the unpacked tarball holds
// exactly what is published. Errors and warnings fail; none is accepted today (list one here with
// its reason if that changes). Suggestions are printed, not enforced.
const ACCEPTED_PUBLINT = new Map([]);
try {
  const { messages } = await publint({ pkgDir: installed, pack: false, level: 'suggestion' });
  for (const message of messages) {
    const text = `publint ${message.type} ${message.code}: ${formatMessage(message, packed, { color: false })}`;
    if (message.type === 'suggestion' || ACCEPTED_PUBLINT.has(message.code)) console.log(text);
    else failures.push(text);
  }
} catch (error) {
  failures.push(`publint could not run: ${error.stack ?? error}`);
}

// Are the Types Wrong? on the tarball (no network: it reads the file). Profile `esm-only`: the
// package is ES modules only ("type": "module", no `require` condition), so two of attw's four
// resolutions are accepted as they are, not fixed:
// - `node16-cjs` (a CommonJS file that `require`s the package): attw reports "ESM (dynamic import
//   only)". True of every ESM-only package; Node >= 20.19 (our `engines`) can `require()` it anyway.
// - `node10` (TypeScript's `moduleResolution: node`/`node10`, which ignores `exports`): the root
//   entry resolves through `types`, but the subpaths (`/core.js`, `/<widget>.js`, `/react`) cannot.
//   The docs ask for `bundler`, `node16` or `nodenext` (docs/typescript-and-jsx.md); shims for
//   node10 (`typesVersions`) would be a second map of the entries to keep in step.
// Anything else it reports fails.
const IGNORED_RESOLUTIONS = new Set(['node10', 'node16-cjs']);
try {
  // Into a file: attw ends with process.exit() when it finds problems, which would cut a pipe short.
  const reportFile = join(work, 'attw.json');
  const output = openSync(reportFile, 'w');
  let stderr = '';
  try {
    run(
      join(root, 'node_modules/.bin/attw'),
      [join(work, pack.filename), '--profile', 'esm-only', '--format', 'json', '--no-color'],
      { stdio: ['ignore', output, 'pipe'] },
    );
  } catch (error) {
    stderr = error.stderr ?? String(error); // exit code 1 also when it found problems: they are in the report
  } finally {
    closeSync(output);
  }
  const report = readFileSync(reportFile, 'utf8');
  if (!report.trim()) throw new Error(stderr || 'attw wrote no report');
  const { analysis, problems = {} } = JSON.parse(report);
  if (!analysis?.types) failures.push('attw finds no types in the package');
  const found = Object.values(problems)
    .flat()
    .filter((problem) => !IGNORED_RESOLUTIONS.has(problem.resolutionKind));
  for (const problem of found) {
    failures.push(
      `attw ${problem.kind}${problem.entrypoint ? ` in ${problem.entrypoint}` : ''}${problem.resolutionKind ? ` (${problem.resolutionKind})` : ''}: see https://github.com/arethetypeswrong/arethetypeswrong.github.io/blob/main/docs/problems/${problem.kind}.md`,
    );
  }
} catch (error) {
  failures.push(`attw could not check the tarball: ${error.message ?? error}`);
}

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
// React: the wrappers, with typed props and handlers, and the raw tags (React 19) with the JSX typings.
writeFileSync(
  join(work, 'consumer-react.tsx'),
  `import { useRef } from 'react';
import { BudgetTable, CommitmentTracker, ConsultationCalendar, SuggestionForm, type BudgetTableProps } from 'opengov-widgets/react';
import type { OgBudgetTable } from 'opengov-widgets/budget-table.js';
import type {} from 'opengov-widgets/jsx/react';

export function Page({ budget }: { budget: unknown }) {
  const table = useRef<OgBudgetTable>(null);
  const options: BudgetTableProps = { currency: 'TND', view: 'chart' };
  return (
    <>
      <BudgetTable ref={table} data={budget} {...options} onOgLoad={(event) => console.log(event.detail.data.meta.fiscalYear)} onOgRowToggle={(event) => console.log(event.detail.code, event.detail.expanded)} />
      {/* @ts-expect-error: the wrapper's props are the element's properties */}
      <BudgetTable view="pie" />
      {/* @ts-expect-error: each handler receives its own event's detail */}
      <BudgetTable onOgViewChange={(event) => event.detail.code} />
      <SuggestionForm action="/suggest" minFillSeconds={0} headers={{ 'X-CSRF-Token': 'token' }} onOgSubmit={(event) => { event.preventDefault(); console.log(event.detail.payload.message); }} />
      <CommitmentTracker layout="compact" onOgError={(event) => console.log(event.detail.error.kind)} />
      <ConsultationCalendar view="agenda" onOgRangeChange={(event) => console.log(event.detail.start)} />
      <og-budget-table data={budget} fiscal-year="2026" view="table" onog-row-toggle={(event) => console.log(event.detail.expanded)} />
      {/* @ts-expect-error: the raw tag's attributes are typed too */}
      <og-budget-table view="pie" />
    </>
  );
}
`,
);
const tsconfig = (files, skipLibCheck = true) =>
  JSON.stringify({
    compilerOptions: {
      target: 'ES2022',
      module: 'ESNext',
      moduleResolution: 'bundler',
      lib: ['ES2022', 'DOM', 'DOM.Iterable'],
      strict: true,
      noEmit: true,
      skipLibCheck,
      types: [],
      jsx: 'react-jsx',
    },
    files,
  });
const tsc = (project) =>
  run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(work, project), '--listFiles']);
// Every public entry, with a full library check: a project with skipLibCheck: false compiles.
writeFileSync(
  join(work, 'consumer-core.ts'),
  `import 'opengov-widgets';\nimport { OgElement, type RawData, type IcsCalendar } from 'opengov-widgets/core.js';\nexport type Seen = [OgElement<unknown>, RawData, IcsCalendar];\n`,
);
writeFileSync(join(work, 'tsconfig.strict-lib.json'), tsconfig(['consumer.ts', 'consumer-core.ts'], false));
try {
  const program = tsc('tsconfig.strict-lib.json');
  const ical = program.split('\n').filter((file) => /node_modules\/ical\.js\//.test(file));
  if (ical.length) failures.push(`the public types reach ical.js's declarations: ${ical[0]}`);
} catch (error) {
  failures.push(`a consumer's TypeScript with skipLibCheck: false does not compile:\n${error.stdout}${error.stderr}`);
}
writeFileSync(join(work, 'tsconfig.json'), tsconfig(['consumer.ts', 'consumer-react.tsx']));
try {
  const program = tsc('tsconfig.json');
  const others = program.split('\n').filter((file) => /node_modules\/(preact|solid-js|vue|@vue)\//.test(file));
  if (others.length) failures.push(`the React typings load another framework's: ${others[0]}`);
} catch (error) {
  failures.push(`a consumer's TypeScript does not compile:\n${error.stdout}${error.stderr}`);
}

// The raw tags in Preact, Solid (each file picks its JSX runtime) and Vue templates (as vue-tsc
// sees a tag: the $props of its GlobalComponents entry).
const tags = (framework, handler) => `/** @jsxImportSource ${framework} */
import type {} from 'opengov-widgets/jsx/${framework === 'solid-js' ? 'solid' : framework}';

export const page = (budget: unknown) => (
  <div>
    <og-budget-table data={budget} fiscal-year="2026" view="chart" ${handler}={(event) => console.log(event.detail.code, event.detail.expanded)} />
    <og-suggestion-form minFillSeconds={0} headers={{ 'X-CSRF-Token': 'token' }} />
    {/* @ts-expect-error: the raw tag's attributes are typed */}
    <og-budget-table view="pie" />
  </div>
);
`;
writeFileSync(join(work, 'consumer-preact.tsx'), tags('preact', 'onog-row-toggle'));
writeFileSync(join(work, 'consumer-solid.tsx'), tags('solid-js', 'on:og-row-toggle'));
writeFileSync(
  join(work, 'consumer-vue.ts'),
  `import type { GlobalComponents } from 'vue';
import type {} from 'opengov-widgets/jsx/vue';

type Props<Tag extends keyof GlobalComponents> = GlobalComponents[Tag] extends new () => { $props: infer P } ? P : never;
export const table: Props<'og-budget-table'> = { data: {}, view: 'chart', 'fiscal-year': 2026, onOgRowToggle: (event) => console.log(event.detail.code, event.detail.expanded) };
// @ts-expect-error: the tag's props are typed
export const wrong: Props<'og-budget-table'> = { view: 'pie' };
`,
);
writeFileSync(
  join(work, 'tsconfig.frameworks.json'),
  tsconfig(['consumer-preact.tsx', 'consumer-solid.tsx', 'consumer-vue.ts']),
);
try {
  tsc('tsconfig.frameworks.json');
} catch (error) {
  failures.push(`the Preact, Solid or Vue typings do not compile:\n${error.stdout}${error.stderr}`);
}
try {
  run(join(root, 'node_modules/.bin/esbuild'), [
    join(work, 'consumer.ts'),
    '--bundle',
    '--format=esm',
    '--log-level=error',
    `--outfile=${join(work, 'bundle.js')}`,
  ]);
  const bundled = readdirSync(work).includes('bundle.js');
  if (!bundled) failures.push('the bundler wrote nothing');
} catch (error) {
  failures.push(`a bundler cannot resolve the public paths:\n${error.stderr}`);
}
writeFileSync(
  join(work, 'react-app.ts'),
  `import { createElement } from 'react';\nimport { createRoot } from 'react-dom/client';\nimport { BudgetTable } from 'opengov-widgets/react';\n\ncreateRoot(document.body).render(createElement(BudgetTable, { currency: 'TND' }));\n`,
);
try {
  run(join(root, 'node_modules/.bin/esbuild'), [
    join(work, 'react-app.ts'),
    '--bundle',
    '--format=esm',
    '--log-level=error',
    `--outfile=${join(work, 'react-app.js')}`,
  ]);
  const defined = [...readFileSync(join(work, 'react-app.js'), 'utf8').matchAll(/defineElement\("(og-[a-z-]+)"/g)].map(
    (match) => match[1],
  );
  if (defined.join() !== 'og-budget-table')
    failures.push(
      `a bundle that imports BudgetTable from opengov-widgets/react defines ${defined.join(', ') || 'nothing'}`,
    );
} catch (error) {
  failures.push(`a bundler cannot build a React app with opengov-widgets/react:\n${error.stderr}`);
}
// Server rendering (Next.js and the like): the React entry loads in Node and writes the tags.
writeFileSync(
  join(work, 'ssr.mjs'),
  `import { createElement } from 'react';\nimport { renderToString } from 'react-dom/server';\nimport { BudgetTable, SuggestionForm } from 'opengov-widgets/react';\nprocess.stdout.write(renderToString(createElement('main', null, createElement(BudgetTable, { currency: 'TND', data: { lines: [] } }), createElement(SuggestionForm, { action: '/suggest' }))));\n`,
);
try {
  const html = run(process.execPath, [join(work, 'ssr.mjs')]);
  if (!html.includes('<og-budget-table') || !html.includes('<og-suggestion-form'))
    failures.push(`server rendering with opengov-widgets/react wrote: ${html}`);
} catch (error) {
  failures.push(`opengov-widgets/react cannot render on the server (Node):\n${error.stdout}${error.stderr}`);
}
try {
  const output = run(process.execPath, [
    join(installed, 'bin/opengov-widgets.js'),
    'validate',
    'demo/data/bmk-plan.json',
  ]);
  if (!/✔/.test(output)) failures.push(`the installed CLI said: ${output}`);
} catch (error) {
  failures.push(`the installed CLI failed: ${error.stdout}${error.stderr}`);
}

rmSync(work, { recursive: true, force: true });
if (failures.length) {
  console.error(`The package does not work as installed:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log(
  `Package: ${files.length} files, ${(pack.size / 1024).toFixed(0)} KB packed; public API as listed, publint and attw clean; types (React wrappers, JSX for React, Preact, Solid, Vue), bundler, SSR and CLI work as installed.`,
);
