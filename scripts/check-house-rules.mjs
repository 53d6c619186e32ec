// Why not a tool: ESLint and dpdm check what they know (lint); these rules are about this project's layout and its registry.
// The project's house rules that a linter does not know, checked on every `npm test`:
// - no style="${…}" strings (a strict CSP blocks them: use styleMap);
// - no HTML injected as a string;
// - logical CSS properties only (RTL);
// - customElements.define only inside src/core (the guarded define);
// - the core imports no widget, and widgets do not import each other;
// - nothing imports src/cli (the Node command line, which may import every widget);
// - React stays in src/react: nothing else imports src/react, `react` or `@lit/react`;
// - every widget folder has the same file names, a test file and a story named after it;
// - an element file has at most 450 lines (controllers and sub-templates go in files of their own);
// - no index.ts re-exports with `export *` (the public API is named, name by name).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { WIDGET_NAMES } from './registry.mjs';
import { join, relative } from 'node:path';

const problems = [];
const files = [];
(function walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'locales') walk(path);
    } else if (name.endsWith('.ts')) files.push(path);
  }
})('src');

const rules = [
  [/style=["']?\$\{/, 'a style attribute built from a string (use styleMap)'],
  [/unsafeHTML|unsafeSVG|\.innerHTML\s*=|insertAdjacentHTML|document\.write/, 'HTML injected as a string'],
  [
    /\b(margin|padding|border)-(left|right)\b|[^-\w](left|right)\s*:|text-align:\s*(left|right)|float:\s*(left|right)/,
    'a physical CSS property (use logical ones)',
  ],
];
// Folders under src/ that are not widgets: the core, the generated messages, the CLI (Node only),
// and the framework adapters.
// An adapter (src/react: the React wrappers, `opengov-widgets/react`) is a layer above the widgets,
// like src/index.ts: it imports every widget to wrap it, so the rule "widgets do not import each
// other" does not apply to it, and it needs no test or story of a widget's. The opposite direction
// is what matters: nothing else imports it or its framework, so that a page without React never
// loads React.
const ADAPTERS = new Set(['react']);
const NOT_WIDGETS = new Set(['core', 'locales', 'cli', ...ADAPTERS]);
// What a widget is comes from the registry (src/widgets.ts); a folder that looks like a widget
// but is not registered is a mistake too.
const widgets = WIDGET_NAMES;
for (const name of readdirSync('src').filter(
  (entry) => !NOT_WIDGETS.has(entry) && statSync(join('src', entry)).isDirectory(),
)) {
  if (!widgets.includes(name))
    problems.push(
      `src/${name}/ is not a widget of the registry (src/widgets.ts): register it, or say in this script what it is`,
    );
}
// The same file names in every widget folder: the element, its reader, its model, its styles, the
// room it reserves while loading, and its entry.
const MAX_ELEMENT_LINES = 450;
for (const name of widgets) {
  for (const file of [`${name}.ts`, 'reader.ts', 'model.ts', 'labels.ts', 'styles.ts', 'loading.ts', 'index.ts']) {
    if (!existsSync(join('src', name, file))) problems.push(`src/${name}/ has no ${file}`);
  }
  const element = join('src', name, `${name}.ts`);
  const lines = existsSync(element) ? readFileSync(element, 'utf8').split('\n').length : 0;
  if (lines > MAX_ELEMENT_LINES)
    problems.push(
      `${element} has ${lines} lines (at most ${MAX_ELEMENT_LINES}: move controllers and sub-templates to files of their own)`,
    );
}

for (const file of files) {
  const lines = readFileSync(file, 'utf8').split('\n');
  lines.forEach((line, index) => {
    const where = `${relative('.', file)}:${index + 1}`;
    for (const [pattern, message] of rules) if (pattern.test(line)) problems.push(`${where}: ${message}`);
    if (/^export \* from/.test(line) && file.endsWith('index.ts'))
      problems.push(`${where}: export * (name what the entry makes public)`);
    if (/customElements\.define\(/.test(line) && !file.startsWith(join('src', 'core'))) {
      problems.push(`${where}: customElements.define outside src/core (use defineElement)`);
    }
    const owner = relative('src', file).split(/[\\/]/)[0];
    const framework = /(?:from\s+|import\s*\(?\s*)['"](react|react-dom|@lit\/react)(?:\/[^'"]*)?['"]/.exec(line)?.[1];
    if (framework && !ADAPTERS.has(owner))
      problems.push(`${where}: imports ${framework} outside src/react (pages without React must not load it)`);
    const imported = /(?:from\s+|import\s*\(\s*)['"](\.[^'"]+)['"]/.exec(line)?.[1];
    if (imported) {
      const parts = relative('src', join(file, '..', imported)).split(/[\\/]/);
      if (parts[0] === 'cli' && owner !== 'cli') problems.push(`${where}: imports src/cli, which runs in Node only`);
      if (ADAPTERS.has(parts[0]) && parts[0] !== owner)
        problems.push(`${where}: imports src/${parts[0]}, a framework adapter (only its own entry may load it)`);
      if (owner === 'core' && widgets.includes(parts[0]))
        problems.push(`${where}: the core imports the widget "${parts[0]}"`);
      if (widgets.includes(owner) && widgets.includes(parts[0]) && parts[0] !== owner) {
        problems.push(`${where}: the widget "${owner}" imports the widget "${parts[0]}" (share through src/core)`);
      }
    }
  });
}

const tests = readdirSync('test', { recursive: true }).map(String);
const stories = readdirSync('stories', { recursive: true }).map(String);
for (const widget of widgets) {
  if (!tests.some((name) => name.includes(widget) && name.endsWith('.test.ts')))
    problems.push(`widget ${widget} has no test file under test/`);
  if (!stories.some((name) => name.includes(widget) && name.endsWith('.stories.ts')))
    problems.push(`widget ${widget} has no story under stories/`);
}

if (problems.length) {
  console.error(`House rules broken:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`House rules: ${files.length} source files, ${widgets.length} widgets, all clear.`);
