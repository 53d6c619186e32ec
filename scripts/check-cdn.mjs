// Proves the CDN build works as a webmaster uses it: a plain HTML page with nothing but one
// <script type="module"> (served from a sub-folder, as from a CDN), in French and Arabic.
// - no error reaches the console or the page;
// - every element in custom-elements.json is defined;
// - lazy chunks (locales) are fetched from the script's own folder;
// - a second copy of the library on the same page (another URL, so another module instance)
//   throws nothing.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';
import { findChromium, CHROMIUM_ARGS } from './chromium.mjs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const tags = manifest.modules.flatMap((module) => (module.declarations ?? []).map((declaration) => declaration.tagName).filter(Boolean));
const LIB = '/assets/opengov/';

function page(lang, copies) {
  const scripts = Array.from({ length: copies }, (_, index) => `<script type="module" src="${LIB}opengov-widgets.js${index ? `?copy=${index}` : ''}"></script>`).join('\n');
  const elements = tags.map((tag) => `<${tag} src="/nowhere.json"></${tag}>`).join('\n');
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>CDN check</title>${scripts}</head><body>${elements}</body></html>`;
}

const server = createServer(async (request, response) => {
  const url = new URL(request.url, 'http://localhost');
  if (url.pathname.startsWith(LIB)) {
    const file = join('dist/cdn', normalize(url.pathname.slice(LIB.length)));
    try {
      const body = await readFile(file);
      response.writeHead(200, { 'Content-Type': file.endsWith('.js') ? 'text/javascript' : 'application/json' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
    return;
  }
  const match = /^\/page-(\w+)-(\d)\.html$/.exec(url.pathname);
  if (match) {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(page(match[1], Number(match[2])));
    return;
  }
  response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });
const failures = [];
try {
  for (const [lang, copies] of [
    ['fr', 1],
    ['ar', 1],
    ['fr', 2],
  ]) {
    const tab = await browser.newPage();
    const requested = [];
    const problems = [];
    tab.on('request', (request) => requested.push(new URL(request.url()).pathname));
    tab.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    tab.on('console', (message) => {
      // The widgets point at a missing file on purpose: their warnings about it are expected.
      if (message.type() === 'error' && !/404|Not Found/.test(message.text())) problems.push(`console error: ${message.text()}`);
    });
    await tab.goto(`${origin}/page-${lang}-${copies}.html`, { waitUntil: 'networkidle0' });
    const undefinedTags = await tab.evaluate((names) => names.filter((name) => !customElements.get(name)), tags);
    if (undefinedTags.length) problems.push(`not defined: ${undefinedTags.join(', ')}`);
    if (tags.length && !requested.some((path) => path.startsWith(`${LIB}${lang}-`))) {
      problems.push(`the ${lang} locale chunk was not loaded from ${LIB}`);
    }
    const outside = requested.filter((path) => path.endsWith('.js') && !path.startsWith(LIB));
    if (outside.length) problems.push(`scripts requested outside the script's folder: ${outside.join(', ')}`);
    const label = `${lang}, ${copies} cop${copies === 1 ? 'y' : 'ies'}`;
    if (problems.length) failures.push(`${label}:\n    ${problems.join('\n    ')}`);
    else console.log(`CDN page (${label}): ${tags.length} elements defined, no error.`);
    await tab.close();
  }
} finally {
  await browser.close();
  server.close();
}
if (failures.length) {
  console.error(`The CDN build failed in a plain page:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
