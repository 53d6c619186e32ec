// Why not a tool: a few lines of puppeteer-core driving Debian's Chromium; screenshot tools download their own browser.
// Takes screenshots in headless Chromium, to look at what we built:
//   node scripts/screenshot.mjs storybook <story-id> [locale] [theme] [width]
//   node scripts/screenshot.mjs demo <path> [width]
// Serves storybook-static/ (run `npm run build-storybook` first) or the demo (`npm run build:cdn`
// first) on a free port and writes PNGs to screenshots/.
import { createServer } from 'node:http';
import { readFile, mkdir } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';
import { findChromium, CHROMIUM_ARGS } from './chromium.mjs';

const [kind, target, ...rest] = process.argv.slice(2);
if (!kind || !target) {
  console.error(
    'usage: node scripts/screenshot.mjs storybook <story-id> [locale] [theme] [width] | demo <path> [width]',
  );
  process.exit(2);
}
const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.csv': 'text/csv',
  '.ics': 'text/calendar',
  '.svg': 'image/svg+xml',
};
const server = createServer(async (request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname));
  const file =
    kind === 'storybook'
      ? join('storybook-static', path)
      : path.startsWith('/dist/cdn/') || path.startsWith('/dist/builder/')
        ? join('.', path)
        : join('demo', path);
  try {
    const body = await readFile(file.endsWith('/') ? join(file, 'index.html') : file);
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'text/html' });
    response.end(body);
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

let url;
let name;
let width;
let section;
if (kind === 'storybook') {
  const [locale = 'en', theme = 'light', w = '900'] = rest;
  url = `${origin}/iframe.html?id=${target}&viewMode=story&globals=locale:${locale};theme:${theme}`;
  name = `${target}-${locale}-${theme}-${w}`;
  width = Number(w);
} else {
  const [w = '1280', selector] = rest;
  url = `${origin}${target}`;
  name = `demo${target.replace(/[^\w]+/g, '-')}${selector ? `-${selector.replace(/[^\w]+/g, '')}` : ''}-${w}`;
  width = Number(w);
  section = selector;
}
await mkdir('screenshots', { recursive: true });
const browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage();
  page.on('pageerror', (error) => console.error('page error:', error.message));
  await page.setViewport({ width, height: 800, deviceScaleFactor: 1 });
  await page.goto(url, { waitUntil: 'networkidle0' });
  await new Promise((resolve) => setTimeout(resolve, 400));
  const file = `screenshots/${name}.png`;
  if (section) {
    const handle = await page.$(section);
    await handle.scrollIntoView();
    await new Promise((resolve) => setTimeout(resolve, 300));
    await handle.screenshot({ path: file });
    console.log(file);
    process.exit(0);
  }
  // fullPage screenshots shift right-to-left pages in headless Chromium: grow the viewport instead.
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewport({ width, height: Math.min(Math.max(height, 200), 4000), deviceScaleFactor: 1 });
  await page.screenshot({ path: file });
  console.log(file);
} finally {
  await browser.close();
  server.close();
}
