// Why not a tool: the demo's tiny static server with the CDN build mounted, no dependency; vite preview would serve one root only.
// Serves the demo site on http://localhost:8080 (PORT to change): demo/ at the root, the CDN build
// at /dist/cdn/, the embed builder's script at /dist/builder/, and the built Storybook, when there
// is one (`npm run build-storybook`), at /storybook/. The pages load the library exactly
// as a webmaster would, with one script tag.
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
const STORE = '.data/suggestions.jsonl';
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
  await mkdir('.data', { recursive: true });
  await appendFile(STORE, `${JSON.stringify({ id, reference, receivedAt: new Date().toISOString(), payload })}\n`);
  response.writeHead(201, { 'Content-Type': 'application/json' });
  response.end(JSON.stringify({ reference }));
}

const server = createServer(async (request, response) => {
  const url = new URL(request.url ?? '/', `http://${request.headers.host ?? 'localhost'}`);
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
  console.log(`opengov-widgets demo: http://localhost:${port}/`);
});
