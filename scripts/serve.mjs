// Serves the demo site on http://localhost:8080 (PORT to change): demo/ at the root, the CDN build
// at /dist/cdn/. The pages load the library exactly as a webmaster would, with one script tag.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
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
  const base = path.startsWith('/dist/cdn/') ? root : join(root, 'demo');
  const file = join(base, path.endsWith('/') ? `${path}index.html` : path);
  return file.startsWith(base) ? file : undefined;
}

const server = createServer(async (request, response) => {
  const url = new URL(request.url ?? '/', `http://${request.headers.host ?? 'localhost'}`);
  const file = fileFor(url.pathname);
  try {
    if (!file) throw new Error('outside');
    let target = file;
    if ((await stat(target)).isDirectory()) target = join(target, 'index.html');
    const body = await readFile(target);
    response.writeHead(200, { 'Content-Type': TYPES[extname(target)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' });
    response.end(body);
  } catch {
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    response.end('Not found');
  }
});

server.listen(port, () => {
  console.log(`opengov-widgets demo: http://localhost:${port}/`);
});
