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
// What each story must show. A story whose data is broken on purpose must end in the error state
// (with Retry where the file is missing); a stale story keeps its data under a notice with Retry;
// every other widget must be ready (or held loading), and no other story may log any error.
const SHOWS_AN_ERROR = /--(error-with-retry|broken-[a-z]+|validation-error|not-found)$/;
const HAS_RETRY = /--(error-with-retry|not-found|stale-data)$/;
const STALE = /--stale-data$/;
// The errors those stories log, and the offline form story's post to a host that does not exist.
const LOGS_ERRORS = /--(error-with-retry|broken-[a-z]+|validation-error|not-found|stale-data|queued-offline)$/;
const EXPECTED =
  /404|Not Found|could not be read|is not valid|has \d+ problems?|no BEGIN:VCALENDAR|not an iCalendar|failed before any response|ERR_NAME_NOT_RESOLVED|ERR_FILE_NOT_FOUND/;

/** Data read, or none needed (a form without a configuration file is `idle`). */
const READY = { state: ['ready', 'idle'], stale: false, retry: false };

/** The state every widget of a story must reach. */
const expectationOf = (id) => ({
  state: SHOWS_AN_ERROR.test(id) ? 'error' : READY.state,
  stale: STALE.test(id),
  retry: HAS_RETRY.test(id),
});

/**
 * For each widget, controls a designer changes on its first story (an enumeration, a switch, a number
 * and `lang`): the widget must take the value, show something else than before, and show what the
 * control is for (`shows`, evaluated with the element `el` and its shadow root `root`).
 */
const CONTROL_CHANGES = {
  'og-budget-table': [
    {
      args: { view: 'chart' },
      shows: `root.querySelector('[part~="chart"]') && !root.querySelector('[part~="table"]')`,
    },
    { args: { unit: 1000 }, shows: `/thousands/.test(root.querySelector('[part~="caption"]')?.textContent)` },
    {
      args: { type: 'revenue' },
      shows: `/Revenue/.test(root.querySelector('[role="tab"][aria-selected="true"]')?.textContent)`,
    },
    { args: { lang: 'ar' }, shows: `el.messageLocale === 'ar' && el.direction === 'rtl'` },
  ],
  'og-commitment-tracker': [
    { args: { layout: 'compact' }, shows: `root.querySelector('[part~="tracker"]').classList.contains('compact')` },
    { args: { 'show-summary': false }, shows: `!root.querySelector('[part~="summary"]')` },
    { args: { 'heading-level': 4 }, shows: `root.querySelector('[aria-level="4"]')` },
    { args: { lang: 'fr' }, shows: `el.messageLocale === 'fr'` },
  ],
  'og-consultation-calendar': [
    {
      args: { view: 'agenda' },
      shows: `root.querySelector('[part~="agenda"]') && !root.querySelector('[part~="grid"]')`,
    },
    { args: { 'show-filters': false }, shows: `!root.querySelector('select, input[type="search"]')` },
    {
      args: { 'week-start': 6 },
      shows: `/Sat/.test(root.querySelector('[part~="grid"] [role="columnheader"]')?.textContent)`,
    },
    { args: { lang: 'ar' }, shows: `el.messageLocale === 'ar' && el.direction === 'rtl'` },
  ],
  'og-suggestion-form': [
    {
      args: { theme: 'dark' },
      shows: `getComputedStyle(root.querySelector('[part~="base"]')).color === 'rgb(232, 234, 237)'`,
    },
    { args: { 'no-draft': false }, shows: `el.noDraft === false` },
    { args: { 'max-length': 80 }, shows: `/\\b80\\b/.test(root.textContent)` },
    { args: { lang: 'es' }, shows: `el.messageLocale === 'es'` },
  ],
  // No switch: the log has no boolean attribute.
  'og-response-log': [
    {
      args: { layout: 'summary' },
      shows: `root.querySelector('[part~="summary"]') && !root.querySelector('[part~="follow"], [part~="filters"]')`,
    },
    { args: { 'heading-level': 4 }, shows: `root.querySelector('.log-title[aria-level="4"]')` },
    { args: { 'page-size': 5 }, shows: `root.querySelectorAll('.entries [part~="entry"]').length === 5` },
    { args: { lang: 'ar' }, shows: `el.messageLocale === 'ar' && el.direction === 'rtl'` },
  ],
};

const server = createServer(async (request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url, 'http://localhost').pathname)).replace(
    /^(\.\.[/\\])+/,
    '',
  );
  // The browser asks for an icon the Storybook does not have: not a failure of any story.
  if (path === '/favicon.ico') {
    response.writeHead(204).end();
    return;
  }
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

/**
 * Waits until the widgets under `rootSelector` have settled as `expected` says, in the language their
 * page gives them, and the story's own elements (`og-story-*`) have rendered.
 */
async function settled(tab, rootSelector, problems, expected = READY) {
  await tab
    .waitForFunction(
      async (selector, expected) => {
        const all = [...(document.querySelector(selector)?.querySelectorAll('*') ?? [])];
        const own = all.filter((element) => element.localName.startsWith('og-story-'));
        await Promise.all(own.map((element) => element.updateComplete));
        const widgets = all.filter(
          (element) =>
            element.localName.startsWith('og-') && !element.localName.startsWith('og-story-') && 'dataState' in element,
        );
        return (
          widgets.length + own.length > 0 &&
          widgets.every((element) => {
            if (element.holdLoading) return element.shadowRoot?.childElementCount > 0;
            const language = (element.closest('[lang]')?.lang ?? 'en').split('-')[0];
            const root = element.shadowRoot;
            return (
              root?.childElementCount > 0 &&
              element.messageLocale === language &&
              [expected.state].flat().includes(element.dataState) &&
              (!expected.stale || Boolean(root.querySelector('[part~="notice"]'))) &&
              (!expected.retry || Boolean(root.querySelector('[part~="retry-button"], [part~="notice"] button')))
            );
          })
        );
      },
      { timeout: 15000 },
      rootSelector,
      expected,
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
      problems.push(`not ${JSON.stringify(expected)} in the page's language after 15 s (${state})`);
    });
  // The last render's frame.
  await tab.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
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

/** What a widget shows: its colours, its text and the names of its elements, through its shadow roots. */
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
    // And how it looks: the colours its theme gives it.
    const base = element?.shadowRoot?.querySelector('[part~="base"]');
    const look = base ? `${getComputedStyle(base).color} on ${getComputedStyle(base).backgroundColor}` : '';
    return element ? `${look}${walk(element)}` : '';
  }, tag);

/** A browser with one tab, and the problems its tab has reported for the task at hand. */
async function startWorker() {
  const browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });
  const tab = await browser.newPage();
  await tab.setViewport({ width: 1024, height: 900 });
  // `allowErrors`: the task's story logs a failure on purpose (a file that is not there).
  const worker = { browser, tab, problems: [], allowErrors: false };
  tab.on('pageerror', (error) => worker.problems.push(`page error: ${error.message}`));
  tab.on('console', (message) => {
    if (message.type() === 'error' && !(worker.allowErrors && EXPECTED.test(message.text())))
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
    worker.allowErrors = LOGS_ERRORS.test(story.id);
    await tab.goto(`${origin}/iframe.html?id=${story.id}&viewMode=story&globals=locale:${LANGUAGES[0]};${QUIET_A11Y}`, {
      waitUntil: 'load',
      timeout: 60000,
    });
    for (const [position, language] of LANGUAGES.entries()) {
      if (position > 0)
        await emitAndRender(tab, 'updateGlobals', { globals: { locale: language } }, 'storyRendered').catch((error) =>
          worker.problems.push(String(error.message)),
        );
      await settled(tab, '#storybook-root', worker.problems, expectationOf(story.id));
      worker.problems.push(...(await axeViolations(tab, '#storybook-root')));
      renders += 1;
      report(`${story.title} / ${story.name} (${language})`);
    }
  });

/** A widget's Docs page, left to right and right to left: its widgets settle, its reference is there, axe passes. */
const docsTask = (page) =>
  labelled(page.id, async (worker, report) => {
    const { tab } = worker;
    // A Docs page shows every story at once, those with a missing file too.
    worker.allowErrors = true;
    for (const language of [LANGUAGES[0], 'ar']) {
      await tab.goto(`${origin}/iframe.html?id=${page.id}&viewMode=docs&globals=locale:${language};${QUIET_A11Y}`, {
        waitUntil: 'load',
        timeout: 60000,
      });
      await settled(tab, '#storybook-docs', worker.problems, { ...READY, state: [...READY.state, 'error'] });
      // The page's text comes in with its blocks, after its first widgets.
      await tab
        .waitForFunction(() => document.querySelector('#storybook-docs')?.textContent.includes('npm install'), {
          timeout: 15000,
        })
        .catch(() => {});
      const tag = `og-${page.id.replace(/^widgets-|--docs$/g, '')}`;
      const missing = await tab.evaluate((tag) => {
        const text = document.querySelector('#storybook-docs')?.textContent ?? '';
        // The snippets, then a row of each part of the reference: an attribute every widget has, an
        // event, a slot, a CSS part and a design token.
        return [
          'npm install opengov-widgets',
          `<script type="module"`,
          `<${tag}`,
          'theme',
          'og-load',
          'slot: empty',
          'part: base',
          '--og-color-accent',
        ].filter((needle) => !text.includes(needle));
      }, tag);
      if (missing.length) worker.problems.push(`the Docs page lacks: ${missing.join(', ')}`);
      worker.problems.push(...(await axeViolations(tab, '#storybook-docs')));
      renders += 1;
      report(`${page.title} / Docs (${language})`);
    }
  });

/** A control changed from the Controls panel changes the widget of its first story. */
const controlTask = (tag, { args, shows }) =>
  labelled(`${tag} ${JSON.stringify(args)}`, async (worker, report) => {
    const { tab } = worker;
    worker.allowErrors = false;
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
    await emitAndRender(tab, 'updateStoryArgs', { storyId: first.id, updatedArgs: args }, 'storyRendered').catch(
      (error) => worker.problems.push(String(error.message)),
    );
    await settled(tab, '#storybook-root', worker.problems);
    const after = await fingerprint(tab, tag);
    const { ignored, shown } = await tab.evaluate(
      (tag, args, shows) => {
        const el = document.querySelector(`#storybook-root ${tag}`);
        return {
          ignored: Object.entries(args)
            .filter(([name, value]) =>
              typeof value === 'boolean' ? el?.hasAttribute(name) !== value : el?.getAttribute(name) !== String(value),
            )
            .map(([name]) => name),
          shown: Boolean(el && new Function('el', 'root', `return ${shows};`)(el, el.shadowRoot)),
        };
      },
      tag,
      args,
      shows,
    );
    if (ignored.length) worker.problems.push(`the widget did not take ${ignored.join(', ')}`);
    if (before === after) worker.problems.push('the widget shows the same as before');
    if (!shown) worker.problems.push(`the widget does not show it: ${shows}`);
    report(`${tag}: control ${JSON.stringify(args)}`);
  });

/** One of the workshop's own checks (scripts/stories/). */
const workshopTask = (name, check) =>
  labelled(name, async (worker, report) => {
    // "Your data" reads a broken file on purpose.
    worker.allowErrors = true;
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
        try {
          await task(worker, report);
        } catch (error) {
          // A task that throws (a page that never loads) fails alone; the others still run.
          worker.problems.push(`the check stopped: ${error.message}`);
          report(task.label);
        }
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
