// Why not a tool: not yet replaced; @storybook/addon-vitest (vitest's browser mode on Debian's Chromium) could run the stories, at
// the cost of a second test runner beside web-test-runner. Until then, this drives the built Storybook as a designer does.
// The built Storybook (storybook-static/, or the folder given as the first argument), tested in
// headless Chromium as designers use it:
//   - every story, in every shipped language (switched from the toolbar, as a designer does), renders
//     without a console error or page error, its widgets speak that language, and it passes axe with
//     the WCAG 2.2 A and AA rules;
//   - every widget's Docs page renders its widgets and its reference, with no axe violation, in every language;
//   - for each widget, changing controls (a list of words, a switch, a number, `lang`) changes the widget;
//   - the "Your data" story reads a pasted CSV and reports a bad one; the theming story's CSS rule
//     applies and matches the embed builder's.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';
import { findChromium, CHROMIUM_ARGS } from './chromium.mjs';
import { checkYourData } from './stories/your-data-check.mjs';
import { checkTheming } from './stories/theming-check.mjs';

const ROOT = process.argv[2] ?? 'storybook-static';
const LOCALES = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
const LANGUAGES = [LOCALES.sourceLocale, ...LOCALES.targetLocales];
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
const entries = Object.values(index.entries);
const stories = entries.filter((entry) => entry.type === 'story');
const docsPages = entries.filter((entry) => entry.type === 'docs' && entry.title.startsWith('Widgets/'));
const axeSource = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
// Stories that show a broken source on purpose log that source's failure, and the offline form
// story posts to a host that does not exist: that is their point.
const EXPECTED =
  /404|Not Found|could not be read|is not valid|has \d+ problems?|no BEGIN:VCALENDAR|not an iCalendar|failed before any response|ERR_NAME_NOT_RESOLVED|the story cut the network/;

/**
 * For each widget, controls a designer changes, from the widget's first story: each must change what
 * the widget shows (its text or its structure), and the widget must take the value.
 */
const CONTROL_CHANGES = {
  'og-budget-table': [{ view: 'chart' }, { unit: 1000 }, { type: 'revenue' }, { lang: 'ar' }],
  'og-commitment-tracker': [{ layout: 'compact' }, { 'show-summary': false }, { 'heading-level': 4 }, { lang: 'fr' }],
  'og-consultation-calendar': [{ view: 'agenda' }, { 'show-filters': false }, { 'week-start': 6 }, { lang: 'ar' }],
  'og-suggestion-form': [
    { encoding: 'form', fields: 'message email' },
    { 'no-draft': false },
    { 'max-length': 80 },
    { lang: 'es' },
  ],
};

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

/** Waits until the widgets under `rootSelector` have settled, in the language their page gives them. */
async function settled(tab, rootSelector, problems) {
  await tab
    .waitForFunction(
      (selector) => {
        const root = document.querySelector(selector);
        const widgets = [...(root?.querySelectorAll('*') ?? [])].filter(
          (element) => element.localName.startsWith('og-') && 'dataState' in element,
        );
        return (
          widgets.length > 0 &&
          widgets.every((element) => {
            const language = (element.closest('[lang]')?.lang ?? 'en').split('-')[0];
            return (
              element.shadowRoot?.childElementCount &&
              (element.dataState !== 'loading' || element.holdLoading) &&
              (element.messageLocale === language || element.holdLoading)
            );
          })
        );
      },
      { timeout: 15000 },
      rootSelector,
    )
    .catch(async () => {
      const state = await tab.evaluate(
        (selector) =>
          [...(document.querySelector(selector)?.querySelectorAll('*') ?? [])]
            .filter((element) => element.localName.startsWith('og-') && 'dataState' in element)
            .map((element) => `${element.localName}: ${element.dataState}, ${element.messageLocale}`)
            .join('; ') || 'no widget',
        rootSelector,
      );
      problems.push(`not settled in the page's language after 15 s (${state})`);
    });
  // A frame for the last render.
  await tab.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))));
}

/** axe's WCAG 2.2 A/AA violations under `rootSelector`, as lines. */
async function axeViolations(tab, rootSelector) {
  if (!(await tab.evaluate(() => 'axe' in window))) await tab.evaluate(axeSource);
  return tab.evaluate(async (selector) => {
    const options = { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } };
    // Storybook's a11y panel runs axe on each story too: wait for its run to finish.
    let result;
    for (let attempt = 0; !result; attempt++) {
      try {
        result = await window.axe.run(document.querySelector(selector), options);
      } catch (error) {
        if (attempt > 50 || !/already running/i.test(String(error))) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
    return result.violations.map(
      (violation) =>
        `axe: ${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes
          .slice(0, 2)
          .map((node) => node.target.join(' '))
          .join('; ')}`,
    );
  }, rootSelector);
}

/** Sends a Storybook event from the preview, as the manager's toolbar or Controls panel does, and waits for the re-render. */
function emitAndRender(tab, event, payload, renderedEvent) {
  return tab.evaluate(
    (event, payload, renderedEvent) =>
      new Promise((resolve, reject) => {
        const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
        const timer = setTimeout(() => reject(new Error(`no ${renderedEvent} within 15 s after ${event}`)), 15000);
        const done = () => {
          clearTimeout(timer);
          channel.off(renderedEvent, done);
          resolve();
        };
        channel.on(renderedEvent, done);
        channel.emit(event, payload);
      }),
    event,
    payload,
    renderedEvent,
  );
}

/** What a widget shows: its text and the names of its elements, through its shadow roots. */
const fingerprint = (tab, tag) =>
  tab.evaluate((tag) => {
    const walk = (node) =>
      [...(node.shadowRoot ?? node).childNodes]
        .map((child) =>
          child.nodeType === Node.TEXT_NODE
            ? child.textContent.trim()
            : child.nodeType === Node.ELEMENT_NODE
              ? `<${child.localName}${['part', 'aria-level'].map((name) => (child.hasAttribute(name) ? ` ${name}=${child.getAttribute(name)}` : '')).join('')}>${walk(child)}`
              : '',
        )
        .join('');
    const element = document.querySelector(`#storybook-root ${tag}`);
    return element ? walk(element) : '';
  }, tag);

const browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });
const failures = [];
let renders = 0;
const started = Date.now();
try {
  const tab = await browser.newPage();
  await tab.setViewport({ width: 1024, height: 900 });
  let problems = [];
  tab.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  tab.on('console', (message) => {
    if (message.type() === 'error' && !EXPECTED.test(message.text()))
      problems.push(`console error: ${message.text().slice(0, 300)}`);
  });
  const report = (what) => {
    if (problems.length) failures.push(`${what}:\n    ${problems.join('\n    ')}`);
    problems = [];
  };

  // Every story, in every language: loaded in the first, then switched from the toolbar.
  for (const story of stories) {
    problems = [];
    await tab.goto(`${origin}/iframe.html?id=${story.id}&viewMode=story&globals=locale:${LANGUAGES[0]}`, {
      waitUntil: 'load',
      timeout: 60000,
    });
    for (const [position, language] of LANGUAGES.entries()) {
      if (position > 0)
        await emitAndRender(tab, 'updateGlobals', { globals: { locale: language } }, 'storyRendered').catch((error) =>
          problems.push(String(error.message)),
        );
      if (story.title.startsWith('Widgets/') || story.title.startsWith('Foundation/Shared'))
        await settled(tab, '#storybook-root', problems);
      else await tab.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
      problems.push(...(await axeViolations(tab, '#storybook-root')));
      renders += 1;
      report(`${story.title} / ${story.name} (${language})`);
    }
  }

  // Each widget's Docs page, in every language.
  for (const page of docsPages) {
    problems = [];
    await tab.goto(`${origin}/iframe.html?id=${page.id}&viewMode=docs&globals=locale:${LANGUAGES[0]}`, {
      waitUntil: 'load',
      timeout: 60000,
    });
    for (const [position, language] of LANGUAGES.entries()) {
      if (position > 0)
        await emitAndRender(tab, 'updateGlobals', { globals: { locale: language } }, 'docsRendered').catch(() => {});
      await settled(tab, '#storybook-docs', problems);
      const reference = await tab.evaluate(() => {
        const text = document.querySelector('#storybook-docs')?.textContent ?? '';
        return [
          'npm install opengov-widgets',
          '<script type="module"',
          'attributes',
          'events',
          'CSS parts',
          'design tokens',
        ].filter((needle) => !text.includes(needle));
      });
      if (reference.length) problems.push(`the Docs page lacks: ${reference.join(', ')}`);
      problems.push(...(await axeViolations(tab, '#storybook-docs')));
      renders += 1;
      report(`${page.title} / Docs (${language})`);
    }
  }

  // Controls change the widget.
  for (const [tag, changes] of Object.entries(CONTROL_CHANGES)) {
    // The widget's first story: the one its Docs page shows with the controls.
    const first = stories.find((entry) => entry.id.startsWith(`widgets-${tag.replace(/^og-/, '')}--`));
    if (!first) {
      failures.push(`${tag}: no story to change controls on`);
      continue;
    }
    for (const change of changes) {
      problems = [];
      await tab.goto(`${origin}/iframe.html?id=${first.id}&viewMode=story&globals=locale:en`, {
        waitUntil: 'load',
        timeout: 60000,
      });
      await settled(tab, '#storybook-root', problems);
      const before = await fingerprint(tab, tag);
      await emitAndRender(tab, 'updateStoryArgs', { storyId: first.id, updatedArgs: change }, 'storyRendered').catch(
        (error) => problems.push(String(error.message)),
      );
      await settled(tab, '#storybook-root', problems);
      const after = await fingerprint(tab, tag);
      const taken = await tab.evaluate(
        (tag, change) => {
          const element = document.querySelector(`#storybook-root ${tag}`);
          return Object.entries(change)
            .filter(([name, value]) =>
              typeof value === 'boolean'
                ? element?.hasAttribute(name) !== value
                : element?.getAttribute(name) !== String(value),
            )
            .map(([name]) => name);
        },
        tag,
        change,
      );
      if (taken.length) problems.push(`the widget did not take ${taken.join(', ')}`);
      if (before === after) problems.push('the widget shows the same as before');
      report(`${tag}: control ${JSON.stringify(change)}`);
    }
  }

  // The workshop's own stories.
  for (const [name, check] of [
    ['Your data', checkYourData],
    ['Theming for your municipality', checkTheming],
  ]) {
    problems = [];
    problems.push(...(await check(tab, origin)));
    report(name);
  }
} finally {
  await browser.close();
  server.close();
}
if (failures.length) {
  console.error(`Storybook checks that fail (${failures.length}):\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log(
  `Storybook: ${stories.length} stories and ${docsPages.length} Docs pages in ${LANGUAGES.length} languages (${renders} renders), no console error, no axe violation (WCAG 2.2 A/AA); controls change ${Object.keys(CONTROL_CHANGES).length} widgets; "Your data" and theming work. ${Math.round((Date.now() - started) / 1000)} s.`,
);
