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
    ctx.body = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\nUID:1@test\r\nDTSTAMP:20260101T000000Z\r\nDTSTART:20260301T090000Z\r\nSUMMARY:Forum\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n';
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

/** Koa middleware for @web/test-runner. */
export async function testApi(ctx, next) {
  const match = /^\/test-api\/([^/?]+)(?:\/([^/?]+))?/.exec(ctx.path);
  if (!match || !routes[match[1]]) return next();
  ctx.set('Cache-Control', 'no-store');
  await routes[match[1]](ctx, decodeURIComponent(match[2] ?? ''));
}
