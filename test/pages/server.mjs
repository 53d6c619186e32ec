// The server of the page suites: pages as municipalities build them, served the way a CDN and a
// municipal server serve them, with ordinary network latency on every file.
//   /lib/…             the CDN build (dist/cdn/), each file after a random delay, lazy chunks too
//   /data/…            the demo's data files (demo/data/), after a random delay
//   /page.html?…       a CMS-like page with the widgets asked for (see pageHtml below)
//   /api/suggest/<run> a suggestion endpoint with the faults citizens meet (see suggest below)
// Delays and faults come from a seeded generator: a run prints its seed, and the same seed gives
// the same draws, so a failure can be replayed (PAGE_SEED=…). Nothing here reads the network.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join, normalize } from 'node:path';

/** A small seeded generator (mulberry32): numbers in [0, 1). */
export function seeded(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TYPES = {
  js: 'text/javascript; charset=utf-8',
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  ics: 'text/calendar; charset=utf-8',
  html: 'text/html; charset=utf-8',
};
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The widgets a page can hold, as a webmaster writes them, with the demo's data. `form` posts to
 * the run's endpoint when the page names one.
 */
export const WIDGETS = {
  tracker: () => '<og-commitment-tracker src="/data/bmk-plan.json" show-summary show-filters></og-commitment-tracker>',
  budget: () => '<og-budget-table src="/data/elkef-budget.csv" currency="TND"></og-budget-table>',
  chart: () => '<og-budget-table src="/data/bmk-budget.json" view="chart"></og-budget-table>',
  calendar: () =>
    '<og-consultation-calendar src="/data/elkef-consultations.ics" initial-date="2026-12-01" time-zone="Africa/Tunis"></og-consultation-calendar>',
  month: () =>
    '<og-consultation-calendar src="/data/elkef-consultations.ics" initial-date="2026-12-01" view="month" time-zone="Africa/Tunis"></og-consultation-calendar>',
  agenda: () =>
    '<og-consultation-calendar src="/data/bmk-consultations.json" initial-date="2026-12-01" view="agenda" time-zone="Africa/Casablanca"></og-consultation-calendar>',
  log: () =>
    '<og-response-log src="/data/bmk-responses.csv" answer-within="30" plan-href="/plan.html"></og-response-log>',
  open311: () => '<og-response-log src="/data/elkef-open311-requests.json" layout="summary"></og-response-log>',
  form: (run, query) =>
    `<og-suggestion-form action="/api/suggest/${encodeURIComponent(run || 'pages')}" name="plan" fields="topic area message name email" topics-src="/data/elkef-plan.json" areas="Centre-ville; Sidi Mansour" controller="Municipalité du Kef" purpose="Répondre à votre suggestion" min-fill-seconds="0" send-timeout="${Number(query?.get('send-timeout')) || 20}"></og-suggestion-form>`,
};

const DIR = { ar: 'rtl' };

/**
 * A page: `w` lists widgets (`tracker,form`), `lang` the page language, `script` where the one
 * script tag goes (`head`, `end`: after the widgets, `late`: widgets added by the page after load),
 * `run` the endpoint key of its form.
 */
export function pageHtml(query) {
  const lang = query.get('lang') ?? 'fr';
  const names = (query.get('w') ?? '').split(',').filter((name) => WIDGETS[name]);
  const where = query.get('script') ?? 'head';
  const run = query.get('run') ?? '';
  const script = '<script type="module" src="/lib/opengov-widgets.js"></script>';
  const widgets = names
    .map((name) => `<section class="widget" data-widget="${name}">${WIDGETS[name](run, query)}</section>`)
    .join('\n');
  const late = where === 'late' ? '<script type="module" src="/late.js"></script>' : '';
  return `<!doctype html><html lang="${lang}" dir="${DIR[lang] ?? 'ltr'}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Page ${lang}</title>
<link rel="stylesheet" href="/page.css">
${where === 'head' ? script : ''}${late}</head>
<body><header><h1>Municipalité — ${names.join(', ')}</h1></header><main>
${where === 'late' ? `<template id="later">${widgets}</template>` : widgets}
</main>${where === 'end' ? script : ''}</body></html>`;
}

/** The script of `script=late`: the page adds its widgets once it has loaded, as some CMS do. */
const LATE_JS = `
import '/lib/opengov-widgets.js';
addEventListener('load', () => setTimeout(() => {
  const template = document.getElementById('later');
  document.querySelector('main').append(template.content.cloneNode(true));
}, 50));
`;

/**
 * Starts the server. Options: `latency` [min, max] ms per file (default [0, 250]), `seed`.
 * Returns `{ origin, close, suggestions(run), setMode(run, mode) }`; `suggestions(run)` holds its
 * `requests`, `inFlight` (received, not yet answered or dropped), `faults` and `stored`.
 */
export async function startPageServer({
  latency = [0, 250],
  seed = Date.now() % 1_000_000,
  root = process.cwd(),
} = {}) {
  const random = seeded(seed);
  const delay = () => sleep(latency[0] + random() * (latency[1] - latency[0]));
  const runs = new Map();
  const runOf = (key) => {
    let run = runs.get(key);
    if (!run) {
      run = {
        mode: 'ok',
        requests: 0,
        inFlight: 0,
        stored: [],
        byId: new Map(),
        random: seeded(seed ^ hash(key)),
        faults: {},
      };
      runs.set(key, run);
    }
    return run;
  };

  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const path = url.pathname;
    try {
      if (path.startsWith('/lib/') || path.startsWith('/data/')) {
        const base = path.startsWith('/lib/') ? 'dist/cdn' : 'demo/data';
        const name = normalize(decodeURIComponent(path.slice(path.indexOf('/', 1) + 1))).replace(/^(\.\.[/\\])+/, '');
        await delay();
        const body = await readFile(join(root, base, name));
        response.writeHead(200, {
          'Content-Type': TYPES[name.split('.').pop()] ?? 'application/octet-stream',
          'Cache-Control': 'no-store',
        });
        response.end(body);
        return;
      }
      if (path === '/page.html') {
        response.writeHead(200, { 'Content-Type': TYPES.html, 'Cache-Control': 'no-store' });
        response.end(pageHtml(url.searchParams));
        return;
      }
      if (path === '/page.css') {
        response.writeHead(200, { 'Content-Type': 'text/css' });
        response.end(
          'body{margin:0 auto;padding:0 1rem;max-inline-size:70rem;font-family:system-ui,sans-serif}h1{font-size:1.25rem;overflow-wrap:anywhere}section{margin-block:2rem}',
        );
        return;
      }
      if (path === '/late.js') {
        response.writeHead(200, { 'Content-Type': TYPES.js });
        response.end(LATE_JS);
        return;
      }
      const api = /^\/api\/(suggest|suggest-log|suggest-mode)\/([^/]+)$/.exec(path);
      if (api) {
        const run = runOf(decodeURIComponent(api[2]));
        if (api[1] === 'suggest' && request.method === 'POST') {
          // Counted until answered or dropped: a suite can wait for what is still on its way to storage.
          run.inFlight += 1;
          try {
            return await suggest(run, request, response);
          } finally {
            run.inFlight -= 1;
          }
        }
        if (api[1] === 'suggest-mode') run.mode = url.searchParams.get('mode') ?? 'ok';
        response.writeHead(200, { 'Content-Type': TYPES.json, 'Cache-Control': 'no-store' });
        response.end(
          JSON.stringify({ mode: run.mode, requests: run.requests, faults: run.faults, stored: run.stored }),
        );
        return;
      }
      if (path === '/favicon.ico') return void response.writeHead(204).end();
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    } catch (error) {
      if (!response.headersSent)
        response.writeHead(error?.code === 'ENOENT' ? 404 : 500, { 'Content-Type': 'text/plain' });
      response.end(String(error));
    }
  });
  // Keep-alive sockets of closed tabs must not hold the server open at the end.
  server.keepAliveTimeout = 1000;
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    seed,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
    suggestions: (key) => runOf(key),
    setMode: (key, mode) => {
      runOf(key).mode = mode;
    },
    /**
     * Resolves once the server holds no connection and no suggestion request: whatever a browser
     * sent before its tabs closed has been answered, dropped or stored (a slow answer stores late).
     * Rejects after `timeout` ms.
     */
    idle: async (timeout = 20_000) => {
      const connections = () =>
        new Promise((resolve, reject) =>
          server.getConnections((error, count) => (error ? reject(error) : resolve(count))),
        );
      const until = Date.now() + timeout;
      const busy = () => [...runs.values()].reduce((sum, run) => sum + run.inFlight, 0);
      while ((await connections()) > 0 || busy() > 0) {
        if (Date.now() > until)
          throw new Error(
            `the server still had ${busy()} suggestion requests and connections open after ${timeout} ms`,
          );
        await sleep(50);
      }
    },
  };
}

function hash(text) {
  let value = 2166136261;
  for (const char of text) value = Math.imul(value ^ char.charCodeAt(0), 16777619) >>> 0;
  return value;
}

function readBody(request) {
  return new Promise((resolve, reject) => {
    let text = '';
    request.setEncoding('utf8');
    request.on('data', (chunk) => (text += chunk));
    request.on('end', () => resolve(text));
    request.on('error', reject);
  });
}

/**
 * The faults a citizen's suggestion meets on the way, drawn per request in `faulty` mode:
 * 5xx, 429 with Retry-After, no answer before the form gives up, a dropped connection, a captive
 * portal's web page with 200, and a reply lost after the suggestion was stored.
 */
export const FAULTS = [
  ['ok', 34],
  ['500', 10],
  ['503', 6],
  ['429', 6],
  ['timeout', 8],
  ['drop', 10],
  ['portal', 8],
  ['stored-then-drop', 18],
];

function draw(random, table) {
  let roll = random() * table.reduce((sum, [, weight]) => sum + weight, 0);
  for (const [name, weight] of table) {
    if (roll < weight) return name;
    roll -= weight;
  }
  return table[0][0];
}

/**
 * Stores each suggestion once by its Idempotency-Key (a known key is acknowledged with its first
 * reference). The log keeps the text, so a test can count by what citizens wrote. Faults that reach
 * the storing step ('timeout', 'stored-then-drop') store before the answer is lost.
 */
async function suggest(run, request, response) {
  run.requests += 1;
  const body = await readBody(request);
  const fault = run.mode === 'faulty' ? draw(run.random, FAULTS) : run.mode === 'down' ? 'drop' : 'ok';
  run.faults[fault] = (run.faults[fault] ?? 0) + 1;
  if (fault === 'drop') return request.socket.destroy();
  // 'timeout': the server is slower than the form waits, and stores the suggestion after the form
  // has given up on the answer (so the retry must not store it again).
  if (fault === 'timeout') await sleep(4000);
  if (fault === '500' || fault === '503' || fault === '429') {
    const headers = { 'Content-Type': 'application/json' };
    if (fault !== '500') headers['Retry-After'] = '1';
    response.writeHead(Number(fault), headers).end(JSON.stringify({ message: 'fault injected' }));
    return;
  }
  if (fault === 'portal') {
    response
      .writeHead(200, { 'Content-Type': TYPES.html })
      .end('<!doctype html><title>Wi-Fi</title><p>Please sign in to use the Internet.');
    return;
  }
  let payload;
  try {
    payload = JSON.parse(body);
  } catch {
    response.writeHead(400, { 'Content-Type': 'application/json' }).end(JSON.stringify({ message: 'not JSON' }));
    return;
  }
  const id = String(request.headers['idempotency-key'] ?? '');
  const known = run.byId.get(id);
  if (known) {
    if (fault === 'stored-then-drop') return request.socket.destroy();
    response
      .writeHead(200, { 'Content-Type': 'application/json' })
      .end(JSON.stringify({ reference: known.reference, duplicate: true }));
    return;
  }
  const record = {
    id,
    reference: `ELK-${String(run.stored.length + 1).padStart(5, '0')}`,
    message: String(payload.message ?? ''),
    form: payload.form,
  };
  run.stored.push(record);
  run.byId.set(id, record);
  if (fault === 'stored-then-drop') return request.socket.destroy();
  response.writeHead(201, { 'Content-Type': 'application/json' }).end(JSON.stringify({ reference: record.reference }));
}
