// Why not a tool: the demo's tiny static server with the CDN build mounted, no dependency; vite preview would serve one root only.
// Serves the demo site on http://localhost:8080 (PORT to change): demo/ at the root, the CDN build
// at /dist/cdn/, the embed builder's script at /dist/builder/, and the built Storybook, when there
// is one (`npm run build-storybook`), at /storybook/. The pages load the library exactly
// as a webmaster would, with one script tag.
// The demo's API: POST /api/suggestions (the suggestion form's endpoint), GET /api/responses.json
// (El Kef's live register of suggestions, for og-response-log), and, for the clerk's page at
// /clerk/, GET /api/clerk/suggestions.json and POST /api/answers. What it stores goes to .data/
// (DEMO_DATA_DIR to change), a git-ignored folder.
import { createServer } from 'node:http';
import { readFile, stat, appendFile, mkdir } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';

const root = resolve('.');
const port = Number(process.env.PORT ?? 8080);
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/** Maps a URL path to a file inside demo/ or dist/cdn/, or undefined. */
function fileFor(pathname) {
  const path = normalize(decodeURIComponent(pathname));
  if (path.includes('\0')) return undefined;
  // The built Storybook (`npm run build-storybook`), published beside the demo as a static site.
  const storybook = path.startsWith('/storybook/');
  const base = storybook
    ? join(root, 'storybook-static')
    : path.startsWith('/dist/cdn/') || path.startsWith('/dist/builder/')
      ? root
      : join(root, 'demo');
  const local = storybook ? path.slice('/storybook'.length) : path;
  const file = join(base, local.endsWith('/') ? `${local}index.html` : local);
  return file.startsWith(base) ? file : undefined;
}

// The demo's receiving end for <og-suggestion-form>: POST /api/suggestions stores each suggestion
// once (by its Idempotency-Key) in .data/suggestions.jsonl, a git-ignored file. Faults on request,
// to show the outbox: ?fault=500, ?fault=drop (the connection closes), ?fault=delay&ms=5000.
const DATA_DIR = process.env.DEMO_DATA_DIR || '.data';
const STORE = join(DATA_DIR, 'suggestions.jsonl');
const stored = new Map();
try {
  for (const line of readFileSync(STORE, 'utf8').split('\n').filter(Boolean)) {
    const record = JSON.parse(line);
    stored.set(record.id, record.reference);
  }
} catch {
  // no suggestions yet
}

function readBody(request) {
  return new Promise((resolve, reject) => {
    let text = '';
    request.setEncoding('utf8');
    request.on('data', (chunk) => {
      text += chunk;
      if (text.length > 1_000_000) request.destroy();
    });
    request.on('end', () => resolve(text));
    request.on('error', reject);
  });
}

async function receiveSuggestion(request, response, url) {
  const fault = url.searchParams.get('fault');
  if (fault === 'drop') return request.socket.destroy();
  if (fault === 'delay')
    await new Promise((resolve) => setTimeout(resolve, Number(url.searchParams.get('ms') ?? 5000)));
  if (fault && /^\d{3}$/.test(fault)) {
    response.writeHead(Number(fault), { 'Content-Type': 'application/json' });
    return response.end(JSON.stringify({ message: 'Fault injected by the demo server.' }));
  }
  const text = await readBody(request);
  let payload;
  try {
    payload = (request.headers['content-type'] ?? '').includes('application/json')
      ? JSON.parse(text)
      : Object.fromEntries(new URLSearchParams(text));
  } catch {
    response.writeHead(400, { 'Content-Type': 'application/json' });
    return response.end(JSON.stringify({ message: 'The body is not valid JSON.' }));
  }
  const id = String(request.headers['idempotency-key'] ?? payload.id ?? '');
  if (!id || !payload.message) {
    response.writeHead(422, { 'Content-Type': 'application/json' });
    return response.end(JSON.stringify({ errors: [{ field: 'message', message: 'A suggestion needs a message.' }] }));
  }
  if (stored.has(id)) {
    response.writeHead(200, { 'Content-Type': 'application/json' });
    return response.end(JSON.stringify({ reference: stored.get(id), duplicate: true }));
  }
  const reference = `DEMO-${String(stored.size + 1).padStart(5, '0')}`;
  stored.set(id, reference);
  await mkdir(DATA_DIR, { recursive: true });
  await appendFile(STORE, `${JSON.stringify({ id, reference, receivedAt: new Date().toISOString(), payload })}\n`);
  response.writeHead(201, { 'Content-Type': 'application/json' });
  response.end(JSON.stringify({ reference }));
}

// --- The register of suggestions (og-response-log) and the clerk's answers ----------------------
// GET /api/responses.json is El Kef's register as the municipality would publish it: the suggestions
// of demo/data/elkef-responses.json, then every suggestion sent from El Kef's form (or from a form
// with no name) with the answer a clerk wrote on /clerk/ (POST /api/answers, kept in
// .data/answers.jsonl; the latest answer to a reference wins). A register is public: it carries the
// reference, the date, the topic, the area and the text, never a name, an email, a phone or the
// form's extra fields. The region's form is left out: its page reads the registry office's
// spreadsheet export (demo/data/bmk-responses.csv), which a new suggestion reaches only when the
// clerk exports it again.
const ANSWERS = join(DATA_DIR, 'answers.jsonl');
const REGISTER_FILE = 'demo/data/elkef-responses.json';
const PLAN_FILE = 'demo/data/elkef-plan.json';
const REGISTER_FORM = 'elkef-plan-2024-2027';
const STATUSES = [
  'received',
  'under-review',
  'accepted',
  'partly-accepted',
  'not-retained',
  'already-planned',
  'referred',
  'closed',
];
/** A decision needs its reasons: these statuses are refused without an answer's text. */
const DECIDED = new Set(STATUSES.slice(2));
/** El Kef's form sends an area's code (its `areas` attribute in scripts/build-demo.mjs). */
const AREAS = {
  'centre-ville': { fr: 'Centre-ville', ar: 'وسط المدينة', en: 'City centre' },
  'sidi-mansour': { fr: 'Sidi Mansour', ar: 'سيدي منصور', en: 'Sidi Mansour' },
  ennadhour: { fr: 'Ennadhour', ar: 'النظور', en: 'Ennadhour' },
};
const MAX_ANSWER = 5000;
const MAX_BY = 200;

const today = () => new Date().toISOString().slice(0, 10);
const sameReference = (a, b) => String(a).trim().toLowerCase() === String(b).trim().toLowerCase();

/** The records of a JSON Lines file, skipping a line cut short by a crash; none when there is no file. */
async function readLines(file) {
  let text;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return [];
  }
  return text.split('\n').flatMap((line) => {
    try {
      return line.trim() ? [JSON.parse(line)] : [];
    } catch {
      return [];
    }
  });
}

/** A string, or an object of language → string: trimmed, empty parts dropped, undefined when empty. */
function localizedText(value, max) {
  if (typeof value === 'string') return value.trim() ? value.trim().slice(0, max) : undefined;
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const entries = Object.entries(value)
    .filter(([lang, text]) => /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(lang) && typeof text === 'string' && text.trim())
    .map(([lang, text]) => [lang, text.trim().slice(0, max)]);
  return entries.length ? Object.fromEntries(entries) : undefined;
}

/** The suggestions sent from El Kef's form, as the register publishes them, oldest first. */
async function storedEntries() {
  const [records, answerRecords, plan] = await Promise.all([
    readLines(STORE),
    readLines(ANSWERS),
    readFile(PLAN_FILE, 'utf8').then(JSON.parse),
  ]);
  const answers = new Map(answerRecords.map((record) => [String(record.reference).toLowerCase(), record]));
  const titles = new Map(plan.commitments.map((commitment) => [commitment.id, commitment.title]));
  return records
    .filter((record) => record.reference && (!record.payload?.form || record.payload.form === REGISTER_FORM))
    .map(({ reference, receivedAt, payload = {} }) => {
      const answer = answers.get(String(reference).toLowerCase());
      const topic = typeof payload.topic === 'string' ? (titles.get(payload.topic) ?? payload.topic) : undefined;
      const area = typeof payload.area === 'string' ? (AREAS[payload.area] ?? payload.area) : undefined;
      // Only these fields: whatever else the form sent (name, email, phone, extra) stays in the store.
      return {
        reference,
        received: String(receivedAt).slice(0, 10),
        channel: 'online',
        ...(area ? { area } : {}),
        ...(topic ? { topic } : {}),
        text: String(payload.message ?? '').slice(0, 5000),
        status: answer?.status ?? 'received',
        ...(answer?.answer ? { answer: answer.answer } : {}),
      };
    });
}

async function register() {
  const published = JSON.parse(await readFile(REGISTER_FILE, 'utf8'));
  return { ...published, updated: today(), suggestions: [...published.suggestions, ...(await storedEntries())] };
}

function sendJson(response, status, body) {
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  response.end(JSON.stringify(body));
}

/** POST /api/answers `{ reference, status, answer: { text, by } }`: a clerk's answer to a stored suggestion. */
async function receiveAnswer(request, response) {
  // The clerk's page only, not another site's page posting in the clerk's browser.
  const origin = request.headers.origin;
  if (origin && URL.parse(origin)?.host !== request.headers.host)
    return sendJson(response, 403, { message: 'Answers are accepted from this site only.' });
  if (!(request.headers['content-type'] ?? '').includes('application/json'))
    return sendJson(response, 415, { message: 'Send the answer as JSON.' });
  let body;
  try {
    body = JSON.parse(await readBody(request));
  } catch {
    return sendJson(response, 400, { message: 'The body is not valid JSON.' });
  }
  if (!body || typeof body !== 'object') return sendJson(response, 400, { message: 'The body is not an object.' });
  const entry = (await storedEntries()).find((item) => sameReference(item.reference, body.reference ?? ''));
  if (!entry) return sendJson(response, 404, { message: 'No suggestion of the register has this reference.' });
  const errors = [];
  if (!STATUSES.includes(body.status))
    errors.push({ field: 'status', message: `The status must be one of: ${STATUSES.join(', ')}.` });
  const text = localizedText(body.answer?.text, MAX_ANSWER);
  const by = localizedText(body.answer?.by, MAX_BY);
  if (DECIDED.has(body.status) && !text)
    errors.push({ field: 'answer', message: 'A decision needs its reasons: write the answer.' });
  if (errors.length) return sendJson(response, 422, { errors });
  const answer = {
    reference: entry.reference,
    status: body.status,
    ...(text ? { answer: { text, ...(by ? { by } : {}), date: today() } } : {}),
  };
  await mkdir(DATA_DIR, { recursive: true });
  await appendFile(ANSWERS, `${JSON.stringify({ ...answer, answeredAt: new Date().toISOString() })}\n`);
  // What the register now publishes for this suggestion (a status without words clears an earlier answer).
  const published = { ...entry, ...answer };
  if (!answer.answer) delete published.answer;
  sendJson(response, 201, published);
}

/** The demo's API routes, or undefined when the request is for a file. */
function apiRoute(method, pathname) {
  if (pathname === '/api/responses.json' && method === 'GET')
    return async (_request, response) => sendJson(response, 200, await register());
  if (pathname === '/api/clerk/suggestions.json' && method === 'GET')
    return async (_request, response) => sendJson(response, 200, { suggestions: (await storedEntries()).reverse() });
  if (pathname === '/api/answers' && method === 'POST') return receiveAnswer;
  return undefined;
}

const server = createServer(async (request, response) => {
  const url = new URL(request.url ?? '/', `http://${request.headers.host ?? 'localhost'}`);
  const route = apiRoute(request.method, url.pathname);
  if (route) {
    try {
      await route(request, response);
    } catch (error) {
      if (!response.headersSent) sendJson(response, 500, { message: String(error) });
      else response.end();
    }
    return;
  }
  if (url.pathname === '/api/suggestions' && request.method === 'POST') {
    try {
      await receiveSuggestion(request, response, url);
    } catch (error) {
      if (!response.headersSent) response.writeHead(500, { 'Content-Type': 'application/json' });
      response.end(JSON.stringify({ message: String(error) }));
    }
    return;
  }
  // The Storybook's pages load their files relative to its folder: its address ends with a slash.
  if (url.pathname === '/storybook') {
    response.writeHead(301, { Location: '/storybook/' }).end();
    return;
  }
  const file = fileFor(url.pathname);
  try {
    if (!file) throw new Error('outside');
    let target = file;
    if ((await stat(target)).isDirectory()) target = join(target, 'index.html');
    const body = await readFile(target);
    response.writeHead(200, {
      'Content-Type': TYPES[extname(target)] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
    });
    response.end(body);
  } catch {
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    response.end('Not found');
  }
});

server.listen(port, () => {
  console.log(`opengov-widgets demo: http://localhost:${server.address().port}/`);
});
