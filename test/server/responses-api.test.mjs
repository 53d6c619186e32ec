// The demo server's loop (scripts/serve.mjs), as the demo runs it: a citizen sends a suggestion on
// El Kef's "Have your say", a clerk answers it on /clerk/, and El Kef's register
// (/api/responses.json, read by og-response-log) shows the answer, and never the citizen's name,
// email or phone. The server runs in a child process with its store in a temporary folder.
// Run with `npm run test:cli`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dataDir = mkdtempSync(join(tmpdir(), 'og-demo-data-'));
let server;
let origin;

before(async () => {
  server = spawn(process.execPath, ['scripts/serve.mjs'], {
    cwd: root,
    env: { ...process.env, PORT: '0', DEMO_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  origin = await new Promise((resolve, reject) => {
    let out = '';
    server.stdout.on('data', (chunk) => {
      out += chunk;
      const match = /http:\/\/localhost:(\d+)/.exec(out);
      if (match) resolve(`http://127.0.0.1:${match[1]}`);
    });
    server.on('exit', (code) => reject(new Error(`the demo server stopped (${code})`)));
  });
});

after(() => {
  server?.kill();
  rmSync(dataDir, { recursive: true, force: true });
});

const FORM = 'elkef-plan-2024-2027';
const PERSONAL = { name: 'Salma Ben Ali', email: 'salma.benali@example.org', phone: '+216 22 123 456' };

/** Sends a suggestion as og-suggestion-form does; resolves with the receipt's reference. */
async function suggest(payload) {
  const id = crypto.randomUUID();
  const response = await fetch(`${origin}/api/suggestions`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': id },
    body: JSON.stringify({ id, createdAt: new Date().toISOString(), locale: 'fr', form: FORM, ...payload }),
  });
  assert.equal(response.status, 201);
  return (await response.json()).reference;
}

const answer = (body, headers = {}) =>
  fetch(`${origin}/api/answers`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

async function register() {
  const response = await fetch(`${origin}/api/responses.json`);
  assert.equal(response.status, 200);
  assert.match(response.headers.get('content-type'), /^application\/json/);
  return { text: await response.clone().text(), json: await response.json() };
}

test('a suggestion sent on the form is in the register as received, without its personal data', async () => {
  const message = 'Installer des bancs ombragés devant le dispensaire de Sidi Mansour.';
  const reference = await suggest({
    topic: 'inclusion',
    area: 'sidi-mansour',
    message,
    ...PERSONAL,
    anonymous: false,
    extra: { age: '30-45' },
    consent: true,
  });
  const { text, json } = await register();
  const entry = json.suggestions.find((item) => item.text === message);
  assert.ok(entry, 'the suggestion is in the register');
  assert.equal(entry.reference, reference);
  assert.equal(entry.status, 'received');
  assert.equal(entry.channel, 'online');
  assert.equal(entry.answer, undefined);
  assert.match(entry.received, /^\d{4}-\d{2}-\d{2}$/);
  assert.deepEqual(entry.area, { fr: 'Sidi Mansour', ar: 'سيدي منصور', en: 'Sidi Mansour' });
  assert.equal(entry.topic.fr, 'Associer les femmes, les jeunes et les personnes handicapées aux décisions');
  assert.deepEqual(Object.keys(entry).sort(), ['area', 'channel', 'received', 'reference', 'status', 'text', 'topic']);
  for (const value of [...Object.values(PERSONAL), '30-45'])
    assert.ok(!text.includes(value), `the register publishes "${value}"`);
  // The municipality's published register comes first, whole.
  const published = JSON.parse(readFileSync(join(root, 'demo/data/elkef-responses.json'), 'utf8'));
  assert.equal(json.suggestions.length, published.suggestions.length + 1);
  assert.equal(json.answerWithin, published.answerWithin);
});

test('the clerk answers: the register shows the status, the reasoned answer, who answered and when', async () => {
  const message = 'Ouvrir la bibliothèque municipale le samedi après-midi pour les lycéens.';
  const reference = await suggest({ message, ...PERSONAL, consent: true });

  const clerkList = await (await fetch(`${origin}/api/clerk/suggestions.json`)).json();
  assert.equal(clerkList.suggestions[0].reference, reference, 'the clerk sees the newest first');
  assert.ok(!JSON.stringify(clerkList).includes(PERSONAL.email), 'the clerk list shows no email');

  const text = {
    fr: 'Retenu : la bibliothèque ouvrira le samedi de 14 h à 18 h à partir de janvier.',
    ar: 'تم القبول: ستفتح المكتبة يوم السبت من الساعة 14 إلى 18 بداية من جانفي.',
  };
  const by = { fr: 'Commission de la culture', ar: 'لجنة الثقافة' };
  const saved = await answer({ reference: reference.toLowerCase(), status: 'accepted', answer: { text, by } });
  assert.equal(saved.status, 201);
  const today = new Date().toISOString().slice(0, 10);
  assert.deepEqual((await saved.json()).answer, { text, by, date: today });

  const { text: body, json } = await register();
  const entry = json.suggestions.find((item) => item.text === message);
  assert.equal(entry.reference, reference);
  assert.equal(entry.status, 'accepted');
  assert.deepEqual(entry.answer, { text, by, date: today });
  for (const value of Object.values(PERSONAL)) assert.ok(!body.includes(value), `the register publishes "${value}"`);

  // A later answer replaces the earlier one.
  const interim = await answer({ reference, status: 'under-review', answer: { text: 'À l’étude avec le lycée.' } });
  assert.equal(interim.status, 201);
  const again = (await register()).json.suggestions.find((item) => item.text === message);
  assert.equal(again.status, 'under-review');
  assert.deepEqual(again.answer, { text: 'À l’étude avec le lycée.', date: today });
});

test('answers are checked: the status list, the reasons of a decision, the reference, JSON from this site', async () => {
  const reference = await suggest({ message: 'Réparer la fontaine de la place de la Kasbah.' });
  const refused = async (body, status, headers) => {
    const response = await answer(body, headers);
    assert.equal(response.status, status, JSON.stringify(body));
    return response.json();
  };
  const badStatus = await refused({ reference, status: 'approved', answer: { text: 'Oui.' } }, 422);
  assert.equal(badStatus.errors[0].field, 'status');
  const noReasons = await refused({ reference, status: 'not-retained', answer: { text: '   ' } }, 422);
  assert.equal(noReasons.errors[0].field, 'answer');
  await refused({ reference: 'KEF-2026-0001', status: 'accepted', answer: { text: 'Oui.' } }, 404);
  await refused({ reference: 'DEMO-99999', status: 'accepted', answer: { text: 'Oui.' } }, 404);
  await refused({ reference, status: 'closed', answer: { text: 'Fait.' } }, 403, { Origin: 'https://evil.example' });
  const asForm = await fetch(`${origin}/api/answers`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: `reference=${reference}&status=closed`,
  });
  assert.equal(asForm.status, 415);
  const { json } = await register();
  const entry = json.suggestions.find((item) => item.reference === reference);
  assert.equal(entry.status, 'received', 'nothing refused was stored');
  // The same site's page is welcome (the clerk's page sends its Origin).
  const ok = await answer(
    { reference, status: 'referred', answer: { text: 'Transmis à l’Institut national du patrimoine.' } },
    { Origin: origin },
  );
  assert.equal(ok.status, 201);
});

test('the region’s form is not in El Kef’s register', async () => {
  const message = 'Publier le budget citoyen en amazighe aussi.';
  await suggest({ form: 'bmk-pdr-2026', message, area: 'Azilal' });
  const { json } = await register();
  assert.equal(
    json.suggestions.find((item) => item.text === message),
    undefined,
  );
});

// The reader of the compiled library, which `npm run test:cli` builds first.
const reader = join(root, 'dist', 'response-log', 'reader.js');
test(
  'the register reads with og-response-log’s own reader, without a warning',
  { skip: existsSync(reader) ? false : 'needs the compiled library (npm run build:npm)' },
  async () => {
    const { readResponses } = await import(pathToFileURL(reader).href);
    const { json } = await register();
    const { model, warnings } = await readResponses({ format: 'json', value: json });
    assert.deepEqual(warnings, []);
    assert.deepEqual(model.personalFields, []);
    assert.equal(model.register.suggestions.length, json.suggestions.length);
  },
);
