// Each widget in Arabic (right to left), through the CDN build, at 320 and 390 px, with Windows'
// forced colors (high contrast) emulated, and at 390 px without them:
// - nothing is clipped: no box reaches past the widget's sides, and no text overflows the box it
//   sits in (a weekday name wider than its column, a caption cut by the table's scroller), except
//   inside a box that scrolls sideways on purpose;
// - with forced colors, every selected state stays visible (a pressed toggle, a selected tab looks
//   unlike its siblings), the chart's legend keys are the colours of the bars they name, and the
//   segments of a stacked bar stay told apart.
// It also writes screenshots to tmp/screenshots/ for people to look at.
import { mkdirSync } from 'node:fs';
import { startPageServer } from './server.mjs';
import { launch, pool, widgetStates } from './browser.mjs';

const WIDGETS = ['tracker', 'form', 'budget', 'chart', 'calendar', 'month', 'agenda', 'log'];
const SIZES = [
  { width: 320, forced: true },
  { width: 390, forced: true },
  { width: 390, forced: false },
];
const SHOTS = 'tmp/screenshots';
mkdirSync(SHOTS, { recursive: true });

/** Runs in the page: what is clipped or overflows in each widget. */
function clipped() {
  const problems = [];
  const describe = (element) =>
    `${element.localName}${element.className && typeof element.className === 'string' ? `.${element.className.trim().split(/\s+/).join('.')}` : ''} "${(element.textContent ?? '').trim().slice(0, 30)}"`;
  for (const host of document.querySelectorAll('*')) {
    if (!host.localName.startsWith('og-') || !host.shadowRoot) continue;
    const box = host.getBoundingClientRect();
    if (box.left < -1 || box.right > innerWidth + 1)
      problems.push(
        `${host.localName} is wider than the screen (${Math.round(box.left)}…${Math.round(box.right)} of ${innerWidth} px)`,
      );
    const walk = (root, scroller) => {
      for (const element of root.children) {
        if (element.localName === 'style' || element.localName === 'dialog') continue;
        const style = getComputedStyle(element);
        if (
          style.display === 'none' ||
          style.visibility === 'hidden' ||
          element.classList.contains('visually-hidden') ||
          element.classList.contains('trap')
        )
          continue;
        const rect = element.getBoundingClientRect();
        const scrolls = /auto|scroll/.test(style.overflowX);
        // Inside a box that scrolls sideways, only what names the whole box must stay in view.
        const frame =
          scroller && element.localName === 'caption' ? scroller.getBoundingClientRect() : scroller ? undefined : box;
        if (frame && rect.width > 0 && (rect.left < frame.left - 1 || rect.right > frame.right + 1)) {
          problems.push(
            `${host.localName}: ${describe(element)} reaches past ${scroller ? 'its scrolling box' : 'the widget'} (${Math.round(rect.left - frame.left)}…${Math.round(rect.right - frame.left)} of ${Math.round(frame.width)} px)`,
          );
        }
        const blockish =
          !/^inline/.test(style.display) ||
          style.display === 'inline-block' ||
          style.display === 'inline-flex' ||
          style.display === 'inline-grid';
        // A text cut with an ellipsis on purpose (a chip in a month cell) is not an overflow.
        if (
          !scrolls &&
          blockish &&
          style.textOverflow !== 'ellipsis' &&
          element.clientWidth > 0 &&
          element.scrollWidth > element.clientWidth + 1 &&
          element.textContent.trim()
        ) {
          problems.push(
            `${host.localName}: the text of ${describe(element)} overflows its box (${element.scrollWidth} > ${element.clientWidth} px)`,
          );
        }
        walk(element, scroller ?? (scrolls ? element : undefined));
      }
    };
    walk(host.shadowRoot, undefined);
  }
  if (document.documentElement.scrollWidth > innerWidth + 1)
    problems.push(
      `the page scrolls sideways (${document.documentElement.scrollWidth} px wide on a ${innerWidth} px screen)`,
    );
  return problems;
}

/** Runs in the page, under forced colors: selected states, legend keys and bar segments. */
function forcedColorProblems() {
  const problems = [];
  for (const host of document.querySelectorAll('*')) {
    if (!host.localName.startsWith('og-') || !host.shadowRoot) continue;
    const root = host.shadowRoot;
    const look = (element) => {
      const style = getComputedStyle(element);
      return [
        style.backgroundColor,
        style.color,
        style.borderBottomColor,
        style.borderBottomWidth,
        style.outlineStyle,
      ].join(' ');
    };
    for (const [attribute, selector] of [
      ['aria-pressed', '[aria-pressed]'],
      ['aria-selected', '[role="tab"]'],
    ]) {
      const group = [...root.querySelectorAll(selector)];
      const on = group.filter((element) => element.getAttribute(attribute) === 'true');
      const off = group.filter((element) => element.getAttribute(attribute) === 'false');
      for (const selected of on) {
        const sibling = off.find((other) => other.parentElement === selected.parentElement);
        if (sibling && getComputedStyle(selected).backgroundColor === getComputedStyle(sibling).backgroundColor) {
          problems.push(
            `${host.localName}: the selected "${selected.textContent.trim()}" looks like "${sibling.textContent.trim()}" (${look(selected)})`,
          );
        }
      }
    }
    for (const kind of ['allocated', 'executed']) {
      const key = root.querySelector(`.key.${kind}`);
      const bar = root.querySelector(`.bar-pair .${kind}`);
      if (key && bar && getComputedStyle(key).backgroundColor !== getComputedStyle(bar).fill) {
        problems.push(
          `${host.localName}: the legend key "${kind}" (${getComputedStyle(key).backgroundColor}) is not the colour of its bars (${getComputedStyle(bar).fill})`,
        );
      }
    }
    const segments = [...root.querySelectorAll('.stacked .segment')].map((segment) => getComputedStyle(segment).fill);
    if (segments.length > 1 && new Set(segments).size === 1)
      problems.push(`${host.localName}: the stacked bar's ${segments.length} segments are all ${segments[0]}`);
  }
  return problems;
}

const server = await startPageServer({ latency: [0, 20] });
const browser = await launch();
const failures = [];
try {
  const jobs = WIDGETS.flatMap((widget) => SIZES.map((size) => ({ widget, ...size })));
  // One tab at a time: a screenshot of a tab in the background may never come.
  await pool(jobs, 1, async ({ widget, width, forced }) => {
    const tab = await browser.newPage();
    const label = `${widget} in Arabic at ${width} px${forced ? ' with forced colors' : ''}`;
    try {
      const errors = [];
      tab.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
      await tab.setViewport({ width, height: 900 });
      if (forced) {
        const cdp = await tab.createCDPSession();
        await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'active' }] });
      }
      await tab.goto(`${server.origin}/page.html?w=${widget}&lang=ar`);
      await tab.waitForFunction(`(${widgetStates})().every((state) => state.shown === 'content')`, {
        polling: 100,
        timeout: 20_000,
      });
      await tab.evaluate(() => document.fonts.ready);
      const problems = [...errors, ...(await tab.evaluate(clipped))];
      if (forced) problems.push(...(await tab.evaluate(forcedColorProblems)));
      // The whole page, by making the screen as tall as it (a full-page capture shifts right-to-left pages).
      const height = await tab.evaluate(() => document.documentElement.scrollHeight);
      await tab.setViewport({ width, height: Math.min(height, 4000) });
      await tab.screenshot({ path: `${SHOTS}/${widget}-ar-${width}${forced ? '-forced' : ''}.png` });
      if (problems.length) failures.push(`${label}:\n      ${[...new Set(problems)].slice(0, 8).join('\n      ')}`);
      console.log(
        `${problems.length ? '✖' : '✔'} ${label}${problems.length ? `: ${problems.length} problems` : ': nothing clipped, every state visible'}`,
      );
    } catch (error) {
      failures.push(`${label}: ${error.message.split('\n')[0]}`);
    } finally {
      await tab.close();
    }
  });
} finally {
  await browser.close();
  await server.close();
}
if (failures.length) {
  console.error(`\nWidgets clipped on phones or losing states in forced colors:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log(
  `\nEvery widget in Arabic at 320 and 390 px: nothing clipped; with forced colors, every selected state visible.`,
);
