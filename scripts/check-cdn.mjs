// Proves the CDN build works as a webmaster uses it: a plain HTML page with nothing but one
// <script type="module"> (served from a sub-folder, as from a CDN), in French and Arabic.
// - no error reaches the console or the page;
// - every element in custom-elements.json is defined;
// - lazy chunks (locales) are fetched from the script's own folder;
// - a second copy of the library on the same page (another URL, so another module instance)
//   throws nothing; nor does another version from another folder, which warns once;
// - under the strict security policy documented in the README (CSP with Trusted Types), all five
//   widgets load real data, open their details, and cause no `securitypolicyviolation`.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';
import { findChromium, CHROMIUM_ARGS } from './chromium.mjs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const tags = manifest.modules.flatMap((module) =>
  (module.declarations ?? []).map((declaration) => declaration.tagName).filter(Boolean),
);
const LIB = '/assets/opengov/';
/** Another version of the library, from another folder: its files with another version number. */
const OTHER = '/assets/opengov-v9/';
/** The widgets of the strict page that read data (the form shows without any). */
const WITH_DATA = 'og-commitment-tracker, og-budget-table, og-consultation-calendar, og-response-log';
/** The policy a site needs, as the README documents it: nothing inline, Trusted Types required. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'; trusted-types lit-html";

function strictPage() {
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>CSP check</title>
<script type="module" src="${LIB}opengov-widgets.js"></script></head><body>
<og-commitment-tracker src="/data/bmk-plan.json"></og-commitment-tracker>
<og-budget-table src="/data/elkef-budget.csv" currency="TND" view="chart"></og-budget-table>
<og-consultation-calendar src="/data/elkef-consultations.ics" initial-date="2026-12-01" view="agenda" time-zone="Africa/Tunis"></og-consultation-calendar>
<og-suggestion-form action="/suggestions" fields="topic area message name email" areas="Centre-ville; Sakiet Sidi Youssef">
<script type="application/json">{ "consent": { "controller": "Municipalité du Kef", "noticeUrl": "https://example.org/privacy" } }</script>
</og-suggestion-form>
<og-response-log src="/data/elkef-responses.json" answer-within="30" plan-href="/plan.html"></og-response-log>
</body></html>`;
}

function page(lang, copies) {
  const scripts = Array.from(
    { length: copies },
    (_, index) => `<script type="module" src="${LIB}opengov-widgets.js${index ? `?copy=${index}` : ''}"></script>`,
  ).join('\n');
  const elements = tags.map((tag) => `<${tag} src="/nowhere.json"></${tag}>`).join('\n');
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>CDN check</title>${scripts}</head><body>${elements}</body></html>`;
}

const server = createServer(async (request, response) => {
  const url = new URL(request.url, 'http://localhost');
  const folder = [LIB, OTHER].find((prefix) => url.pathname.startsWith(prefix));
  if (folder) {
    const file = join('dist/cdn', normalize(url.pathname.slice(folder.length)));
    try {
      const original = await readFile(file);
      const body = folder === OTHER ? original.toString().replace(/`\d+\.\d+\.\d+`/g, '`9.0.0`') : original;
      response.writeHead(200, { 'Content-Type': file.endsWith('.js') ? 'text/javascript' : 'application/json' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
    return;
  }
  if (url.pathname.startsWith('/data/')) {
    try {
      const name = normalize(url.pathname.slice('/data/'.length)).replace(/^(\.\.[/\\])+/, '');
      const body = await readFile(join('demo/data', name));
      const type =
        { json: 'application/json', csv: 'text/csv; charset=utf-8', ics: 'text/calendar; charset=utf-8' }[
          name.split('.').pop()
        ] ?? 'text/plain';
      response.writeHead(200, { 'Content-Type': type });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
    return;
  }
  if (url.pathname === '/two-versions.html') {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(`<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Two versions</title>
<script type="module" src="${LIB}opengov-widgets.js"></script>
<script type="module" src="${OTHER}opengov-widgets.js"></script></head><body>
<og-commitment-tracker src="/data/bmk-plan.json"></og-commitment-tracker>
<og-budget-table src="/data/bmk-budget.json"></og-budget-table>
</body></html>`);
    return;
  }
  if (url.pathname === '/strict.html') {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': STRICT_CSP });
    response.end(strictPage());
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
      if (message.type() === 'error' && !/404|Not Found/.test(message.text()))
        problems.push(`console error: ${message.text()}`);
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
  // Two different versions on one page: the first defines the elements, the second warns once.
  {
    const tab = await browser.newPage();
    const problems = [];
    const warnings = [];
    tab.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    tab.on('console', (message) => {
      if (['warn', 'warning'].includes(message.type()) && message.text().includes('already defined'))
        warnings.push(message.text());
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
    await tab.goto(`${origin}/two-versions.html`, { waitUntil: 'networkidle0' });
    const states = await tab
      .waitForFunction(
        () =>
          [...document.querySelectorAll('og-commitment-tracker, og-budget-table')].every(
            (widget) => widget.dataState === 'ready',
          ),
        { timeout: 20000 },
      )
      .then(
        () => [],
        () =>
          tab.evaluate(() =>
            [...document.querySelectorAll('og-commitment-tracker, og-budget-table')].map(
              (widget) => `${widget.localName}: ${widget.dataState}`,
            ),
          ),
      );
    if (states.length) problems.push(`not ready with two versions: ${states.join(', ')}`);
    if (warnings.length !== 1 || !/version 9\.0\.0/.test(warnings[0] ?? ''))
      problems.push(`expected one warning naming both versions, got: ${JSON.stringify(warnings)}`);
    if (problems.length) failures.push(`two versions on one page:\n    ${problems.join('\n    ')}`);
    else console.log('Two versions on one page: the first works, one warning names the other.');
    await tab.close();
  }

  // The strict policy: every violation is recorded from the first line of the page.
  const tab = await browser.newPage();
  const problems = [];
  await tab.evaluateOnNewDocument(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      window.__violations.push(
        `${event.violatedDirective}: ${event.blockedURI || 'inline'} ${event.sample ?? ''} (${event.sourceFile}:${event.lineNumber})`,
      ),
    );
  });
  tab.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  tab.on('console', (message) => {
    if (message.type() === 'error' && !/404|Not Found/.test(message.text()))
      problems.push(`console error: ${message.text()}`);
  });
  await tab.goto(`${origin}/strict.html`, { waitUntil: 'networkidle0' });
  const states = await tab
    .waitForFunction(
      (selector) => {
        const widgets = [...document.querySelectorAll(selector)];
        return (
          widgets.every((widget) => widget.dataState === 'ready') &&
          widgets.map((widget) => `${widget.localName}: ${widget.dataState}`)
        );
      },
      { timeout: 20000 },
      WITH_DATA,
    )
    .then(
      (handle) => handle.jsonValue(),
      async () =>
        tab.evaluate(
          (selector) =>
            [...document.querySelectorAll(selector)].map((widget) => `${widget.localName}: ${widget.dataState}`),
          WITH_DATA,
        ),
    );
  // Open what only renders on demand: an event's details, a commitment's milestones, the form's
  // errors, a suggestion followed by its reference (typed as a citizen would).
  await tab.evaluate(async () => {
    const calendar = document.querySelector('og-consultation-calendar');
    calendar.shadowRoot?.querySelector('.agenda button, .event-title')?.click();
    await calendar.updateComplete;
    document
      .querySelector('og-commitment-tracker')
      .shadowRoot?.querySelector('details summary, button[aria-expanded]')
      ?.click();
    const form = document.querySelector('og-suggestion-form');
    form.shadowRoot?.querySelector('button[type="submit"]')?.click();
    await form.updateComplete;
    const log = document.querySelector('og-response-log');
    const reference = log.shadowRoot?.querySelector('.follow-form input[name="reference"]');
    if (reference) reference.value = 'kef 2026 0001';
    log.shadowRoot?.querySelector('.follow-form button[type="submit"]')?.click();
    await log.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 300));
  });
  const violations = await tab.evaluate(() => window.__violations);
  if (!states.every((state) => state.endsWith('ready')))
    problems.push(`not ready under the strict policy: ${states.join(', ')}`);
  const followed = await tab.evaluate(
    () => document.querySelector('og-response-log').shadowRoot?.querySelector('.follow-result .answer') !== null,
  );
  if (!followed) problems.push('the response log did not show the answer of the suggestion followed');
  problems.push(...violations.map((violation) => `violation: ${violation}`));
  if (problems.length) failures.push(`strict CSP with Trusted Types:\n    ${problems.join('\n    ')}`);
  else
    console.log(
      `CDN page under a strict CSP with Trusted Types: ${states.length} widgets with data and the form, no violation.`,
    );
  await tab.close();
} finally {
  await browser.close();
  server.close();
}
if (failures.length) {
  console.error(`The CDN build failed in a plain page:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
