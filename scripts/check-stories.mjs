// Why not a tool: not yet replaced; @storybook/addon-vitest (vitest's browser mode on Debian's Chromium) could run the stories, at
// the cost of a second test runner beside web-test-runner. Until then, this drives the built Storybook as a designer does.
// The built Storybook (storybook-static/, or the folder given as the first argument), tested in
// headless Chromium as designers use it:
//   - every story, in every shipped language (switched from the toolbar, as a designer does), renders
//     without a console error or page error, its widgets speak that language, and it passes axe with
//     the WCAG 2.2 A and AA rules;
//   - every widget's Docs page renders its widgets and its reference, with no axe violation, left to
//     right and right to left (the pages' own text is Storybook's, in English);
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
// The a11y addon runs axe after every render for its panel; here axe runs once, from this script.
const QUIET_A11Y = 'a11y.manual:!true';
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
    const options = {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      // Only violations are read: axe skips listing every node that passes.
      resultTypes: ['violations'],
    };
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

/** A browser with one tab, and the problems its tab has reported for the task at hand. */
async function startWorker() {
  const browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });
  const tab = await browser.newPage();
  await tab.setViewport({ width: 1024, height: 900 });
  const worker = { browser, tab, problems: [] };
  tab.on('pageerror', (error) => worker.problems.push(`page error: ${error.message}`));
  tab.on('console', (message) => {
    if (message.type() === 'error' && !EXPECTED.test(message.text()))
      worker.problems.push(`console error: ${message.text().slice(0, 300)}`);
  });
  return worker;
}

/** A task, named for the timings (`STORIES_TIMING=1`). */
const labelled = (label, task) => Object.assign(task, { label });

const failures = [];
let renders = 0;
const started = Date.now();

/** Every story, in every language: loaded in the first, then switched from the toolbar as a designer does. */
const storyTask = (story) =>
  labelled(story.id, async (worker, report) => {
    const { tab } = worker;
    await tab.goto(`${origin}/iframe.html?id=${story.id}&viewMode=story&globals=locale:${LANGUAGES[0]};${QUIET_A11Y}`, {
      waitUntil: 'load',
      timeout: 60000,
    });
    for (const [position, language] of LANGUAGES.entries()) {
      if (position > 0)
        await emitAndRender(tab, 'updateGlobals', { globals: { locale: language } }, 'storyRendered').catch((error) =>
          worker.problems.push(String(error.message)),
        );
      if (story.title.startsWith('Widgets/') || story.title.startsWith('Foundation/Shared'))
        await settled(tab, '#storybook-root', worker.problems);
      else await tab.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
      worker.problems.push(...(await axeViolations(tab, '#storybook-root')));
      renders += 1;
      report(`${story.title} / ${story.name} (${language})`);
    }
  });

/** A widget's Docs page, left to right and right to left: its widgets settle, its reference is there, axe passes. */
const docsTask = (page) =>
  labelled(page.id, async (worker, report) => {
    const { tab } = worker;
    for (const language of [LANGUAGES[0], 'ar']) {
      await tab.goto(`${origin}/iframe.html?id=${page.id}&viewMode=docs&globals=locale:${language};${QUIET_A11Y}`, {
        waitUntil: 'load',
        timeout: 60000,
      });
      await settled(tab, '#storybook-docs', worker.problems);
      // The page's text comes in with its blocks, after its first widgets.
      await tab
        .waitForFunction(() => document.querySelector('#storybook-docs')?.textContent.includes('npm install'), {
          timeout: 15000,
        })
        .catch(() => {});
      const missing = await tab.evaluate(() => {
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
      if (missing.length) worker.problems.push(`the Docs page lacks: ${missing.join(', ')}`);
      worker.problems.push(...(await axeViolations(tab, '#storybook-docs')));
      renders += 1;
      report(`${page.title} / Docs (${language})`);
    }
  });

/** A control changed from the Controls panel changes the widget of its first story. */
const controlTask = (tag, change) =>
  labelled(`${tag} ${JSON.stringify(change)}`, async (worker, report) => {
    const { tab } = worker;
    // The widget's first story: the one its Docs page shows with the controls.
    const first = stories.find((entry) => entry.id.startsWith(`widgets-${tag.replace(/^og-/, '')}--`));
    if (!first) {
      worker.problems.push('no story to change controls on');
      report(tag);
      return;
    }
    await tab.goto(`${origin}/iframe.html?id=${first.id}&viewMode=story&globals=locale:en;${QUIET_A11Y}`, {
      waitUntil: 'load',
      timeout: 60000,
    });
    await settled(tab, '#storybook-root', worker.problems);
    const before = await fingerprint(tab, tag);
    await emitAndRender(tab, 'updateStoryArgs', { storyId: first.id, updatedArgs: change }, 'storyRendered').catch(
      (error) => worker.problems.push(String(error.message)),
    );
    await settled(tab, '#storybook-root', worker.problems);
    const after = await fingerprint(tab, tag);
    const ignored = await tab.evaluate(
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
    if (ignored.length) worker.problems.push(`the widget did not take ${ignored.join(', ')}`);
    if (before === after) worker.problems.push('the widget shows the same as before');
    report(`${tag}: control ${JSON.stringify(change)}`);
  });

/** One of the workshop's own checks (scripts/stories/). */
const workshopTask = (name, check) =>
  labelled(name, async (worker, report) => {
    worker.problems.push(...(await check(worker.tab, origin)));
    report(name);
  });

const only = process.env.STORIES_MATCH ? new RegExp(process.env.STORIES_MATCH) : undefined;
const tasks = [
  ...stories.map(storyTask),
  ...docsPages.map(docsTask),
  ...Object.entries(CONTROL_CHANGES).flatMap(([tag, changes]) => changes.map((change) => controlTask(tag, change))),
  workshopTask('Your data', checkYourData),
  workshopTask('Theming for your municipality', checkTheming),
].filter((task) => !only || only.test(task.label));

// Two browsers take the tasks in turn: most of a render is waiting (for data, for messages, for a
// frame), which the other browser fills. Each browser has one tab, always in front.
const workers = await Promise.all([startWorker(), startWorker()]);
try {
  await Promise.all(
    workers.map(async (worker) => {
      const report = (what) => {
        if (worker.problems.length) failures.push(`${what}:\n    ${worker.problems.join('\n    ')}`);
        worker.problems = [];
      };
      for (let task = tasks.shift(); task; task = tasks.shift()) {
        const start = Date.now();
        await task(worker, report);
        if (process.env.STORIES_TIMING) console.log(`${Date.now() - start} ms ${task.label}`);
      }
    }),
  );
} finally {
  await Promise.all(workers.map((worker) => worker.browser.close()));
  server.close();
}
if (failures.length) {
  console.error(`Storybook checks that fail (${failures.length}):\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log(
  `Storybook: ${stories.length} stories in ${LANGUAGES.length} languages and ${docsPages.length} Docs pages in 2 directions (${renders} renders), no console error, no axe violation (WCAG 2.2 A/AA); controls change ${Object.keys(CONTROL_CHANGES).length} widgets; "Your data" and theming work. ${Math.round((Date.now() - started) / 1000)} s.`,
);
