// Our `msg` (src/core/i18n/msg.ts) calls @lit/localize's internal lookup,
// `@lit/localize/internal/runtime-msg.js`, which is not public API. This test is the guard: it
// runs the compiled `msg` (`npm run build:npm` first) against the installed @lit/localize with
// every message of the shipped French catalogue, so a release that moves or changes that lookup
// fails here, in `npm test`, and never silently in a user's app. The package's range may allow
// only the minor version this test has run on.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(join(root, 'package.json'));
const TESTED_MINOR = '0.12';

test('the @lit/localize range allows no minor version this guard has not run on', () => {
  const range = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).dependencies['@lit/localize'];
  assert.match(
    range,
    new RegExp(`^~${TESTED_MINOR.replace('.', '\\.')}\\.\\d+$`),
    `dependencies["@lit/localize"] is "${range}"`,
  );
  const installed = JSON.parse(readFileSync(require.resolve('@lit/localize/package.json'), 'utf8')).version;
  assert.ok(
    installed.startsWith(`${TESTED_MINOR}.`),
    `installed @lit/localize ${installed}: run this test on it, then update TESTED_MINOR`,
  );
});

test('the internal lookup is where msg.ts imports it from', async () => {
  const module = await import('@lit/localize/internal/runtime-msg.js');
  assert.equal(typeof module.runtimeMsg, 'function');
});

/**
 * The pieces of an `equiv-text`: lit-localize writes neighbouring expressions as one placeholder,
 * `${a} ${b}`, so a placeholder holds static text between one or more expressions.
 */
function expressions(equiv) {
  const texts = [''];
  let depth = 0;
  for (let index = 0; index < equiv.length; index++) {
    if (depth === 0 && equiv.startsWith('${', index)) {
      depth = 1;
      index++;
      texts.push('');
    } else if (depth > 0) {
      if (equiv[index] === '{') depth++;
      if (equiv[index] === '}') depth--;
    } else {
      texts[texts.length - 1] += equiv[index];
    }
  }
  return texts; // n + 1 static texts around n expressions
}

const unescape = (text) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
const PLACEHOLDER = /<x id="(\d+)" equiv-text="([^"]*)"\/>/g;

/**
 * The shipped catalogue as `str` calls: for each message, the strings and values of the English
 * source (value `«n»` for the n-th expression) and the French text expected with those values.
 */
function units(locale) {
  const xliff = readFileSync(join(root, 'xliff', `${locale}.xlf`), 'utf8');
  return [...xliff.matchAll(/<source>([\s\S]*?)<\/source>\s*<target>([\s\S]*?)<\/target>/g)].map(
    ([, source, target]) => {
      const strings = [''];
      const values = [];
      const valuesOf = new Map();
      let last = 0;
      for (const match of source.matchAll(PLACEHOLDER)) {
        strings[strings.length - 1] += unescape(source.slice(last, match.index));
        const [first, ...rest] = expressions(unescape(match[2]));
        strings[strings.length - 1] += first;
        const own = [];
        for (const text of rest) {
          own.push(`«${values.length}»`);
          values.push(`«${values.length}»`);
          strings.push(text);
        }
        valuesOf.set(match[1], { texts: [first, ...rest], own });
        last = match.index + match[0].length;
      }
      strings[strings.length - 1] += unescape(source.slice(last));
      const expected = target
        .split(/(<x id="\d+" equiv-text="[^"]*"\/>)/)
        .map((piece) => {
          const id = /^<x id="(\d+)"/.exec(piece)?.[1];
          if (id === undefined) return unescape(piece);
          const { texts, own } = valuesOf.get(id);
          return texts.reduce((text, part, index) => text + own[index - 1] + part);
        })
        .join('');
      return { strings, values, expected, name: unescape(source) };
    },
  );
}

test('every French message is found by the ids our msg computes, placeholders in their translated order', async () => {
  const { msg, str, ensureLocale, withLocale } = await import(join(root, 'dist', 'core', 'i18n', 'msg.js'));
  // Every group's messages, registered as each widget's module registers its own.
  const { registerLocaleGroup } = await import(join(root, 'dist', 'core', 'i18n', 'locales.js'));
  for (const group of readdirSync(join(root, 'dist', 'locales'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)) {
    registerLocaleGroup(group, (await import(join(root, 'dist', 'locales', group, 'index.js'))).loaders);
  }
  await ensureLocale('fr');
  const all = units('fr');
  assert.ok(all.length > 200, `${all.length} messages read from xliff/fr.xlf`);
  let checked = 0;
  for (const unit of all) {
    const actual = withLocale('fr', () =>
      unit.values.length === 0
        ? msg(unit.strings[0])
        : msg(str(Object.assign([...unit.strings], { raw: unit.strings }), ...unit.values)),
    );
    assert.equal(actual, unit.expected, unit.name);
    checked++;
  }
  assert.equal(checked, all.length);
});

test('an unknown message shows its English source, values in place', async () => {
  const { msg, str, withLocale } = await import(join(root, 'dist', 'core', 'i18n', 'msg.js'));
  assert.equal(
    withLocale('fr', () => msg('A sentence no catalogue has')),
    'A sentence no catalogue has',
  );
  const strings = Object.assign(['Hello ', '!'], { raw: ['Hello ', '!'] });
  assert.equal(
    withLocale('fr', () => msg(str(strings, 'Kef'))),
    'Hello Kef!',
  );
});
