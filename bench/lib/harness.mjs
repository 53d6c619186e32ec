// Why not a tool: a few lines of puppeteer-core driving Debian's Chromium; benchmark runners download their own browser.
// What the benchmarks share: a static server for their pages, the CDN build and Tabulator; one
// headless Chromium; a fresh page per measure; the in-page timing helpers; medians and ratios.
// Every benchmark times in the page, from giving the data to two animation frames after the rows
// are there (the browser has painted them).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';
import { findChromium, CHROMIUM_ARGS } from '../../scripts/chromium.mjs';

const TYPES = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.html': 'text/html' };

/**
 * In-page helpers, as a script's text: `painted()` resolves after two animation frames (what was
 * rendered is painted); `until(check)` waits frame by frame for `check()` to hold (a minute at most).
 */
export const PAGE_TIMING = `
const painted = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
async function until(check, what = 'the condition') {
  const deadline = performance.now() + 60000;
  while (!check()) {
    if (performance.now() > deadline) throw new Error('timed out waiting for ' + what);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}
`;

/** What a page needs to use our widgets: the CDN build's entry. */
export const OURS_HEAD = '<script type="module" src="/dist/cdn/opengov-widgets.js"></script>';
/** What a page needs to use Tabulator 6 (its full build, from node_modules). */
export const TABULATOR_HEAD =
  '<link rel="stylesheet" href="/tabulator/css/tabulator.min.css"><script src="/tabulator/js/tabulator.min.js"></script>';

/** A benchmark's page: the head's tags, then its (classic) script. */
export const benchPage = ({ lang = 'en', head = '', script = '' }) =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">${head}<script>${script}</script></head><body></body></html>`;

/**
 * Serves `routes` (path → HTML text, or `{ type, body }`), Tabulator's dist under /tabulator/ and
 * the project's files (dist/cdn…), and launches headless Chromium.
 * @returns {Promise<{ origin: string; browser: import('puppeteer-core').Browser; close(): Promise<void> }>}
 */
export async function startBench(routes, { chromiumArgs = [] } = {}) {
  const server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname));
    const route = routes[path];
    if (route !== undefined) {
      const { type, body } = typeof route === 'string' ? { type: 'text/html', body: route } : route;
      return response.writeHead(200, { 'Content-Type': type }).end(body);
    }
    const file = path.startsWith('/tabulator/')
      ? join('node_modules/tabulator-tables/dist', path.slice('/tabulator/'.length))
      : join('.', path);
    try {
      const body = await readFile(file);
      response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  let browser;
  try {
    browser = await puppeteer.launch({
      executablePath: findChromium(),
      headless: true,
      args: [...CHROMIUM_ARGS, ...chromiumArgs],
    });
  } catch (error) {
    server.close();
    throw error;
  }
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    browser,
    async close() {
      await browser.close();
      server.close();
    },
  };
}

/**
 * Opens `path` in a fresh page (1280 × 900), calls the page's `window[name](...args)`, and returns
 * what it resolved to with the JS heap used afterwards. Errors in the page are printed.
 */
export async function inFreshPage(bench, path, name, ...args) {
  const page = await bench.browser.newPage();
  try {
    await page.setViewport({ width: 1280, height: 900 });
    page.on('pageerror', (error) => console.error(`${path}: ${error.message}`));
    await page.goto(`${bench.origin}${path}`, { waitUntil: 'load' });
    const result = await page.evaluate((fn, values) => window[fn](...values), name, args);
    const metrics = await page.metrics();
    return { result, heap: metrics.JSHeapUsedSize };
  } finally {
    await page.close();
  }
}

/** The median of some timings (the middle one; sorts them). */
export const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** "×2.1": how many times faster we are (the other's time divided by ours; above 1, we are faster). */
export const ratio = (ours, theirs) => `×${(theirs / ours).toFixed(1)}`;
