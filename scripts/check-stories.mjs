// Why not a tool: not yet replaced; @storybook/addon-vitest (vitest's browser mode on Debian's Chromium) could run the stories, at
// the cost of a second test runner beside web-test-runner. Until then, this renders each story in en and ar with axe.
// Stories run as tests: every story of the built Storybook (storybook-static/) renders in headless
// Chromium without a console error or page error, and passes axe with the WCAG 2.2 A and AA rules,
// in its default language and in Arabic (right to left).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';
import { findChromium, CHROMIUM_ARGS } from './chromium.mjs';

const ROOT = 'storybook-static';
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.csv': 'text/csv',
  '.ics': 'text/calendar',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};
const index = JSON.parse(readFileSync(join(ROOT, 'index.json'), 'utf8'));
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');
const axeSource = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
// Stories that show a broken source on purpose log that source's failure, and the offline form
// story posts to a host that does not exist: that is their point.
const EXPECTED =
  /404|Not Found|could not be read|is not valid|has \d+ problems?|no BEGIN:VCALENDAR|not an iCalendar|failed before any response|ERR_NAME_NOT_RESOLVED/;

const server = createServer(async (request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url, 'http://localhost').pathname)).replace(
    /^(\.\.[/\\])+/,
    '',
  );
  try {
    const body = await readFile(join(ROOT, path.endsWith('/') ? `${path}index.html` : path));
    response.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream' });
    response.end(body);
  } catch {
    response.writeHead(request.method === 'POST' ? 202 : 404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });
const failures = [];
let checked = 0;
try {
  const tab = await browser.newPage();
  await tab.setViewport({ width: 1024, height: 900 });
  let problems = [];
  tab.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  tab.on('console', (message) => {
    if (message.type() === 'error' && !EXPECTED.test(message.text()))
      problems.push(`console error: ${message.text().slice(0, 300)}`);
  });
  for (const story of stories) {
    for (const locale of ['', 'ar']) {
      problems = [];
      const globals = locale ? `&globals=locale:${locale}` : '';
      await tab.goto(`${origin}/iframe.html?id=${story.id}&viewMode=story${globals}`, {
        waitUntil: 'load',
        timeout: 60000,
      });
      // The story renders, and its widgets settle: data read, or an error shown (a held loading
      // state stays loading).
      await tab
        .waitForFunction(
          () => {
            const widgets = [...document.querySelectorAll('#storybook-root *')].filter(
              (element) => element.localName.startsWith('og-') && 'dataState' in element,
            );
            return (
              widgets.length > 0 &&
              widgets.every(
                (element) =>
                  element.shadowRoot?.childElementCount && (element.dataState !== 'loading' || element.holdLoading),
              )
            );
          },
          { timeout: 15000 },
        )
        .catch(() => problems.push('still loading after 15 s'));
      await new Promise((resolve) => setTimeout(resolve, 150));
      await tab.evaluate(axeSource);
      const violations = await tab.evaluate(async () => {
        const options = { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } };
        // Storybook's a11y panel runs axe on each story too: wait for its run to finish.
        let result;
        for (let attempt = 0; !result; attempt++) {
          try {
            result = await window.axe.run(document.querySelector('#storybook-root'), options);
          } catch (error) {
            if (attempt > 50 || !/already running/i.test(String(error))) throw error;
            await new Promise((resolve) => setTimeout(resolve, 100));
          }
        }
        return result.violations.map(
          (violation) =>
            `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes
              .slice(0, 2)
              .map((node) => node.target.join(' '))
              .join('; ')}`,
        );
      });
      problems.push(...violations.map((violation) => `axe: ${violation}`));
      checked += 1;
      if (problems.length)
        failures.push(`${story.title} / ${story.name}${locale ? ` (${locale})` : ''}:\n    ${problems.join('\n    ')}`);
    }
  }
} finally {
  await browser.close();
  server.close();
}
if (failures.length) {
  console.error(`Stories that fail (${failures.length} of ${checked}):\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log(
  `Stories: ${stories.length} stories in 2 languages (${checked} renders), no console error, no axe violation (WCAG 2.2 A/AA).`,
);
