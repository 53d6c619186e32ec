// The published JSON Schema of the register of suggestions (schemas/response-log.schema.json) and
// the response log's own schema (src/response-log/schema.ts, valibot) must accept the same data:
// an editor or a pipeline that checks a register against the published schema then gets the
// answer the widget gives. Runs the compiled reader (`npm run build:npm` first) on the samples and
// on every one-field mutation of the test register, as the model tests do for the quick check.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const json = (path) => JSON.parse(readFileSync(join(root, path), 'utf8'));
const compiled = join(root, 'dist', 'response-log', 'schema.js');

/** Values that a data file gets wrong (those of test/helpers.ts `mutations` that JSON can hold). */
const WRONG_VALUES = [
  undefined,
  null,
  '',
  ' ',
  'x',
  'accepted',
  'other',
  '2026-02-30',
  '2026-01-01',
  '2026-01-01T25:00',
  '2026-10-01T09:15:00+01:00',
  '01/02/2026',
  0,
  -1,
  1.5,
  1e9,
  true,
  [],
  ['x'],
  [''],
  [{}],
  {},
  { fr: 1 },
  { fr: 'texte', ar: 'نص' },
  { url: 'https://example.org' },
];

/** Every copy of `value` with one field replaced by a wrong value, removed, or given a neighbour. */
function* mutations(value) {
  function* at(node, path, rebuild) {
    for (const wrong of WRONG_VALUES) yield { path: `${path} = ${JSON.stringify(wrong)}`, value: rebuild(wrong) };
    if (Array.isArray(node)) {
      for (let index = 0; index < node.length; index++)
        yield* at(node[index], `${path}[${index}]`, (next) =>
          rebuild(node.map((item, i) => (i === index ? next : item))),
        );
    } else if (typeof node === 'object' && node !== null) {
      yield { path: `${path}.unknown`, value: rebuild({ ...node, unknownField: 'x' }) };
      for (const key of Object.keys(node)) {
        yield* at(node[key], `${path}.${key}`, (next) => {
          const copy = { ...node };
          if (next === undefined) delete copy[key];
          else copy[key] = next;
          return rebuild(copy);
        });
      }
    }
  }
  yield* at(value, '$', (next) => next);
}

test('the published schema accepts exactly what the response log’s schema accepts', async (context) => {
  if (!existsSync(compiled)) assert.fail('dist/response-log/schema.js is missing: run "npm run build:npm" first');
  const { validateRegister } = await import(compiled);
  const published = new Ajv2020({ allErrors: true, strict: false, validateFormats: false }).compile(
    json('schemas/response-log.schema.json'),
  );
  // As the reader (json.ts): a bare array is the list of suggestions.
  const readerAccepts = (value) => {
    try {
      validateRegister(Array.isArray(value) ? { suggestions: value } : value);
      return true;
    } catch {
      return false;
    }
  };
  const register = json('test/fixtures/responses/register.json');
  const samples = [
    { path: 'demo/data/elkef-responses.json', value: json('demo/data/elkef-responses.json') },
    { path: 'test/fixtures/responses/register.json', value: register },
    { path: 'a bare array', value: register.suggestions },
  ];
  for (const sample of samples) {
    assert.equal(published(sample.value), true, `the published schema refuses ${sample.path}`);
    assert.equal(readerAccepts(sample.value), true, `the reader refuses ${sample.path}`);
  }
  const cases = [...mutations(register), ...mutations(register.suggestions.slice(0, 2))];
  const disagreements = [];
  let refused = 0;
  for (const { path, value } of cases) {
    const reader = readerAccepts(value);
    if (!reader) refused += 1;
    if (published(value) !== reader)
      disagreements.push(`${path}: the reader ${reader ? 'accepts' : 'refuses'} it, the published schema does not`);
  }
  context.diagnostic(`${cases.length} mutations, ${refused} refused by both`);
  assert.deepEqual(disagreements, []);
  assert.ok(refused >= 300, `only ${refused} mutations refused: the comparison tests too little`);
});
