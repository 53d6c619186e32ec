// The test server's fault-injecting routes, under /test-api/. Served by @web/test-runner on the
// same origin as the tests; the tests reach the same routes cross-origin through 127.0.0.1.

const hits = new Map();
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const SAMPLE = JSON.stringify([
  { id: 'a', title: { en: 'Internal audit', fr: 'Audit interne', ar: 'التدقيق الداخلي' }, amount: 12500 },
  { id: 'b', title: 'Digital archives', amount: 3000.5 },
]);

function count(key) {
  const next = (hits.get(key) ?? 0) + 1;
  hits.set(key, next);
  return next;
}

/** @type {Record<string, (ctx: any, arg: string) => Promise<void> | void>} */
const routes = {
  async slow(ctx) {
    await sleep(Number(ctx.query.ms ?? 1000));
    ctx.type = 'application/json';
    ctx.body = SAMPLE;
  },
  status(ctx, code) {
    ctx.status = Number(code);
    if (code === '503') ctx.set('Retry-After', '30');
    ctx.type = 'text/plain';
    ctx.body = `status ${code}`;
  },
  'truncated-json'(ctx) {
    ctx.type = 'application/json';
    ctx.body = SAMPLE.slice(0, 30);
  },
  async 'broken-connection'(ctx) {
    ctx.respond = false;
    ctx.res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': '5000' });
    ctx.res.write(SAMPLE.slice(0, 20));
    await sleep(50);
    ctx.res.destroy();
  },
  'html-as-json'(ctx) {
    ctx.type = 'application/json';
    ctx.body = '<!DOCTYPE html><html><body><h1>502 Bad Gateway</h1></body></html>';
  },
  'html-page'(ctx) {
    ctx.type = 'text/html';
    ctx.body = '<!doctype html><title>Welcome</title><p>Our municipality</p>';
  },
  'csv-as-octet'(ctx) {
    ctx.type = 'application/octet-stream';
    ctx.body = '\uFEFFid;Titre;Montant\r\na;Audit interne;12 500,000\r\n';
  },
  'json-as-text.json'(ctx) {
    ctx.type = 'text/plain';
    ctx.body = SAMPLE;
  },
  'calendar-as-text'(ctx) {
    ctx.type = 'text/plain';
    ctx.body =
      'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\nUID:1@test\r\nDTSTAMP:20260101T000000Z\r\nDTSTART:20260301T090000Z\r\nSUMMARY:Forum\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n';
  },
  async count(ctx, key) {
    count(key);
    await sleep(Number(ctx.query.ms ?? 150));
    ctx.type = 'application/json';
    ctx.body = SAMPLE;
  },
  hits(ctx, key) {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({ hits: hits.get(key) ?? 0 });
  },
  flaky(ctx, key) {
    // Fails the first time a key is asked for, answers after that.
    if (count(key) === 1) {
      ctx.status = 500;
      ctx.body = 'first try fails';
      return;
    }
    ctx.type = 'application/json';
    ctx.body = SAMPLE;
  },
  'fail-after-first'(ctx, key) {
    // Answers the first time, fails after that: a refresh that fails.
    if (count(key) > 1) {
      ctx.status = 503;
      ctx.body = 'down for maintenance';
      return;
    }
    ctx.type = 'application/json';
    ctx.body = SAMPLE;
  },
  async drip(ctx) {
    const total = Number(ctx.query.ms ?? 2000);
    ctx.respond = false;
    ctx.res.writeHead(200, { 'Content-Type': 'application/json' });
    const pieces = SAMPLE.split('');
    for (const piece of pieces) {
      if (ctx.res.destroyed) return;
      ctx.res.write(piece);
      await sleep(total / pieces.length);
    }
    ctx.res.end();
  },
};

/**
 * Serves one of the project's data files with a fault: GET /test-api/fault/<key>?file=demo/data/x.json
 * &kind=404|500|503|timeout|slow|drip|html-as-json|wrong-type|truncated|drop|cors&when=first|after-first.
 * `first`: the first request fails, later ones answer (so Retry works); `after-first`: the first
 * answers, later ones fail (a refresh that fails). A failing CORS request lacks the CORS header.
 */
async function fault(ctx, key) {
  const { kind, file = '', when = 'first' } = ctx.query;
  if (!/^(demo\/data|test\/fixtures)\/[\w.-]+$/.test(file)) {
    ctx.status = 400;
    return;
  }
  const { readFile } = await import('node:fs/promises');
  const body = await readFile(file, 'utf8');
  const type = { json: 'application/json', csv: 'text/csv; charset=utf-8', ics: 'text/calendar; charset=utf-8' }[
    file.split('.').pop()
  ];
  const hit = count(`fault:${key}`);
  const failing = when === 'first' ? hit === 1 : hit > 1;
  if (!failing || kind !== 'cors') ctx.set('Access-Control-Allow-Origin', '*');
  if (!failing) {
    ctx.type = type;
    ctx.body = body;
    return;
  }
  if (kind === 'timeout' || kind === 'slow') {
    await sleep(kind === 'slow' ? Number(ctx.query.ms ?? 600) : 3000);
    ctx.type = type;
    ctx.body = body;
  } else if (kind === 'drip') {
    ctx.respond = false;
    ctx.res.writeHead(200, { 'Content-Type': type, 'Access-Control-Allow-Origin': '*' });
    for (const piece of body.slice(0, 60)) {
      if (ctx.res.destroyed) return;
      ctx.res.write(piece);
      await sleep(100);
    }
    ctx.res.end();
  } else if (kind === 'drop') {
    ctx.respond = false;
    ctx.req.socket.destroy();
  } else if (kind === 'html-as-json') {
    ctx.type = type;
    ctx.body = '<!DOCTYPE html><html><body><h1>502 Bad Gateway</h1><p>nginx</p></body></html>';
  } else if (kind === 'wrong-type') {
    ctx.type = 'image/png';
    ctx.body = body;
  } else if (kind === 'truncated') {
    // The connection closes before the announced length: a body cut short in transit.
    ctx.respond = false;
    ctx.res.writeHead(200, {
      'Content-Type': type,
      'Content-Length': String(Buffer.byteLength(body)),
      'Access-Control-Allow-Origin': '*',
    });
    ctx.res.write(body.slice(0, Math.floor(body.length / 2)));
    await sleep(50);
    ctx.res.destroy();
  } else if (kind === 'cors') {
    ctx.type = type;
    ctx.body = body;
  } else {
    ctx.status = Number(kind);
    if (kind === '503') ctx.set('Retry-After', '120');
    ctx.type = 'text/html';
    ctx.body = `<!doctype html><title>Error ${kind}</title><h1>Error ${kind}</h1>`;
  }
}
routes.fault = fault;

const suggestionLogs = new Map();

function readBody(request) {
  return new Promise((resolve, reject) => {
    let text = '';
    request.setEncoding('utf8');
    request.on('data', (chunk) => (text += chunk));
    request.on('end', () => resolve(text));
    request.on('error', reject);
  });
}

/** A weighted choice from a string's hash (FNV-1a): deterministic "randomness". */
function pick(seed, choices) {
  let hash = 2166136261;
  for (const char of seed) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619) >>> 0;
  let roll = hash % choices.reduce((sum, [, weight]) => sum + weight, 0);
  for (const [choice, weight] of choices) {
    if (roll < weight) return choice;
    roll -= weight;
  }
  return choices[0][0];
}

/**
 * A suggestion endpoint with faults on request, keyed so that each test has its own log:
 * POST /test-api/suggest/<key>?mode=500|drop|422|slow|random&failFirst=N
 * The first N requests fail in `mode` (all of them when failFirst is absent), then it accepts.
 * It honours the Idempotency-Key: a second request with a known id is acknowledged, not stored.
 */
async function suggest(ctx, key) {
  const log = suggestionLogs.get(key) ?? { requests: 0, stored: [], bodies: [] };
  suggestionLogs.set(key, log);
  log.requests += 1;
  const body = await readBody(ctx.req);
  const id = ctx.get('Idempotency-Key');
  let mode = log.mode ?? ctx.query.mode ?? 'ok';
  // A bad network, the same for every run: each request fails in a way drawn from the key.
  if (mode === 'random')
    mode = pick(`${key}:${log.requests}`, [
      ['500', 25],
      ['drop', 15],
      ['slow', 10],
      ['ok', 50],
    ]);
  const failFirst = ctx.query.failFirst === undefined ? Infinity : Number(ctx.query.failFirst);
  if (mode !== 'ok' && log.requests <= failFirst) {
    if (mode === 'drop') {
      ctx.respond = false;
      ctx.req.socket.destroy();
      return;
    }
    if (mode === 'slow') {
      await sleep(Number(ctx.query.ms ?? 3000));
    } else if (mode === '422') {
      ctx.status = 422;
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ errors: [{ field: 'email', message: 'This email address cannot receive mail.' }] });
      return;
    } else {
      ctx.status = Number(mode);
      ctx.body = 'fault injected';
      return;
    }
  }
  const known = log.stored.find((entry) => entry.id === id);
  ctx.type = 'application/json';
  if (known) {
    ctx.status = 200;
    ctx.body = JSON.stringify({ reference: known.reference, duplicate: true });
    return;
  }
  const reference = `SUG-${String(log.stored.length + 1).padStart(4, '0')}`;
  log.stored.push({ id, reference });
  log.bodies.push({ contentType: ctx.get('Content-Type'), body, headers: { csrf: ctx.get('X-CSRF-Token') } });
  ctx.status = 201;
  ctx.body = JSON.stringify({ reference });
}

routes.suggest = suggest;
// A misconfigured endpoint: a redirect (which fetch would follow as a GET), or a web page with 200.
routes['suggest-redirect'] = (ctx) => {
  ctx.status = 302;
  ctx.set('Location', '/test-api/html-page');
};
routes['suggest-html'] = (ctx) => {
  ctx.type = 'text/html';
  ctx.body = '<!doctype html><title>Wi-Fi login</title><p>Please sign in';
};
// Switches a key's endpoint to another mode from now on (the connection "comes back").
routes['suggest-mode'] = (ctx, key) => {
  const log = suggestionLogs.get(key) ?? { requests: 0, stored: [], bodies: [] };
  log.mode = ctx.query.mode ?? 'ok';
  suggestionLogs.set(key, log);
  ctx.body = 'ok';
};
routes['suggest-log'] = (ctx, key) => {
  ctx.type = 'application/json';
  ctx.body = JSON.stringify(suggestionLogs.get(key) ?? { requests: 0, stored: [], bodies: [] });
};

/** Koa middleware for @web/test-runner. */
export async function testApi(ctx, next) {
  const match = /^\/test-api\/([^/?]+)(?:\/([^/?]+))?/.exec(ctx.path);
  if (!match || !routes[match[1]]) return next();
  ctx.set('Cache-Control', 'no-store');
  await routes[match[1]](ctx, decodeURIComponent(match[2] ?? ''));
}
