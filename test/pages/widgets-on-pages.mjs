// Pages as municipalities build them: several widgets on one page, in English, French, Arabic and
// Spanish, loaded through the CDN build from a server that delays every file (the lazy chunks too)
// by a random 0–250 ms. The pages: all five widgets, and each pair of them, in each language. The
// page with all five is loaded PAGE_LOADS times (20 by default), each pair PAIR_LOADS times (4 by
// default: each way of loading once), taking turns: the script tag in the head, the script tag
// after the widgets, widgets that the page adds once it has loaded, and the page's language
// switched while the widgets load; each of these at desktop and at phone width (a pair at desktop
// width in English and Arabic, at phone width in French and Spanish).
// In every load, every widget must show its content within BOUND_MS, in the page's (final)
// language, with no console or page error, no live region left saying "Loading…", and, on a page
// that is not in English, not one of the library's English sentences.
//   node test/pages/widgets-on-pages.mjs            (PAGE_LOADS=4 for a quicker look, PAGE_SEED=…)
import { startPageServer } from './server.mjs';
import { launch, pool, widgetStates } from './browser.mjs';
import { englishPieces, liveRegions, translationOf, widgetTexts } from './catalog.mjs';

const LANGS = ['en', 'fr', 'ar', 'es'];
const WIDGETS = ['tracker', 'form', 'budget', 'calendar', 'log'];
const LOADS = Number(process.env.PAGE_LOADS ?? 20);
const PAIR_LOADS = Number(process.env.PAIR_LOADS ?? 4);
/** Every widget's own waits (data, messages) end at its `timeout`, 15 s: this bound is above it. */
const BOUND_MS = 20_000;
const TABS = Number(process.env.PAGE_TABS ?? 8);
/** How the loads of a page take turns. */
const VARIANTS = ['head', 'end', 'late', 'switch'];

const pairs = WIDGETS.flatMap((first, index) => WIDGETS.slice(index + 1).map((second) => [first, second]));
const pages = LANGS.flatMap((lang) =>
  [WIDGETS, ...pairs].map((widgets) => ({ lang, widgets, loads: widgets === WIDGETS ? LOADS : PAIR_LOADS })),
);
/** The language a page switches to in its `switch` loads: one written the other way when it can. */
const switchTo = (lang) => ({ en: 'ar', fr: 'ar', ar: 'fr', es: 'ar' })[lang];
const english = Object.fromEntries(LANGS.filter((lang) => lang !== 'en').map((lang) => [lang, englishPieces(lang)]));
const loadingWord = Object.fromEntries(
  LANGS.map((lang) => [lang, lang === 'en' ? 'Loading…' : translationOf(lang, 'Loading…')]),
);

const server = await startPageServer({
  latency: [0, 250],
  seed: process.env.PAGE_SEED ? Number(process.env.PAGE_SEED) : undefined,
  root: process.env.PAGE_ROOT,
});
console.log(
  `Pages with several widgets, through the CDN build, files delayed 0–250 ms (seed ${server.seed}), ${LOADS} loads of the page with all of them, ${PAIR_LOADS} of each pair:`,
);
const browser = await launch();

const label = (page) => `${page.lang} ${page.widgets.join('+')}`;
const VARIANT_NAMES = {
  head: 'script in the head',
  end: 'script after the widgets',
  late: 'widgets added after load',
  switch: 'language switched while loading',
};

/** Tabs are reused from load to load (a new tab costs more than a navigation); each load has its own problems. */
const freeTabs = [];
async function takeTab() {
  const reused = freeTabs.pop();
  if (reused) return reused;
  const tab = await browser.newPage();
  tab.problems = [];
  tab.on('pageerror', (error) => tab.problems.push(`page error: ${error.message}`));
  tab.on('console', (message) => {
    if (message.type() === 'error') tab.problems.push(`console error: ${message.text().slice(0, 200)}`);
  });
  return tab;
}

async function loadOnce(page, run) {
  const tab = await takeTab();
  const problems = [];
  tab.problems = problems;
  const variant = VARIANTS[run % VARIANTS.length];
  // Each way of loading at desktop width, then at phone width; the pairs, loaded once each way,
  // are at desktop width in English and Arabic and at phone width in French and Spanish.
  const phone = (Math.floor(run / VARIANTS.length) + LANGS.indexOf(page.lang)) % 2 === 1;
  const finalLang = variant === 'switch' ? switchTo(page.lang) : page.lang;
  await tab.setViewport(phone ? { width: 390, height: 844 } : { width: 1280, height: 900 });
  const query = new URLSearchParams({
    w: page.widgets.join(','),
    lang: page.lang,
    script: variant === 'switch' ? 'head' : variant,
    run: `pages-${run}`,
  });
  const started = Date.now();
  let took;
  try {
    await tab.goto(`${server.origin}/page.html?${query}`, { waitUntil: 'domcontentloaded' });
    if (variant === 'switch') {
      await new Promise((resolve) => setTimeout(resolve, (run * 97) % 600));
      await tab.evaluate((lang) => {
        document.documentElement.lang = lang;
        document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
      }, finalLang);
    }
    const expected = page.widgets.length;
    await tab.waitForFunction(
      `(() => { const states = (${widgetStates})(); return states.length === ${expected} && states.every((s) => s.shown === 'content' || s.shown === 'error'); })()`,
      { timeout: BOUND_MS, polling: 100 },
    );
    took = Date.now() - started;
    // Whatever the widgets would still say a moment later.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const states = await tab.evaluate(widgetStates);
    for (const state of states)
      if (state.shown !== 'content') problems.push(`<${state.tag}> shows ${state.shown} (dataState ${state.state})`);
    const lang = finalLang;
    const shownIn = await tab.evaluate(() =>
      Object.fromEntries(
        [...document.querySelectorAll('*')]
          .filter((element) => element.localName.startsWith('og-'))
          .map((element) => [element.localName, element.shadowRoot?.querySelector('.base')?.getAttribute('lang')]),
      ),
    );
    for (const [tag, shown] of Object.entries(shownIn))
      if (!shown?.startsWith(lang)) problems.push(`<${tag}> shows in "${shown}", not ${lang}`);
    const regions = await tab.evaluate(liveRegions);
    for (const [tag, said] of Object.entries(regions)) {
      if (said.some((text) => text.includes(loadingWord[lang])))
        problems.push(`<${tag}>'s live region still says "${said.join(' | ')}"`);
    }
    if (lang !== 'en') {
      const texts = await tab.evaluate(widgetTexts);
      for (const [tag, list] of Object.entries(texts)) {
        const joined = list.join('\n');
        const leaked = english[lang].filter((piece) => joined.includes(piece));
        if (leaked.length) problems.push(`<${tag}> says in English: ${leaked.map((piece) => `"${piece}"`).join(', ')}`);
      }
    }
  } catch (error) {
    const states = await tab.evaluate(widgetStates).catch(() => []);
    problems.push(
      `not every widget showed its content within ${BOUND_MS / 1000} s: ${states.map((state) => `<${state.tag}> ${state.shown} (${state.state})`).join(', ') || error.message.split('\n')[0]}`,
    );
  }
  await tab.goto('about:blank');
  freeTabs.push(tab);
  return { took, problems, phone, variant };
}

const failures = [];
const jobs = pages.flatMap((page) => Array.from({ length: page.loads }, (_, run) => ({ page, run })));
const results = await pool(jobs, TABS, ({ page, run }) => loadOnce(page, run));
try {
  for (const page of pages) {
    const mine = results.filter((_, index) => jobs[index].page === page);
    const failed = mine.map((result, run) => ({ ...result, run })).filter((result) => result.problems.length);
    const slowest = Math.max(...mine.map((result) => result.took ?? 0));
    if (failed.length) {
      const lines = failed
        .slice(0, 3)
        .map(
          (result) =>
            `load ${result.run + 1} (${VARIANT_NAMES[result.variant]}, ${result.phone ? 'phone' : 'desktop'}): ${result.problems.join('; ')}`,
        );
      failures.push(`${label(page)}: ${failed.length} of ${page.loads} loads failed\n      ${lines.join('\n      ')}`);
      console.log(`✖ ${label(page)}: ${failed.length} of ${page.loads} loads failed`);
    } else {
      console.log(
        `✔ ${label(page)}: ${page.loads} loads, every widget shown each time (slowest ${(slowest / 1000).toFixed(1)} s)`,
      );
    }
  }
} finally {
  await browser.close();
  await server.close();
}
if (failures.length) {
  console.error(
    `\nPages with several widgets failed (seed ${server.seed}; PAGE_SEED=${server.seed} replays the same delays):\n  ${failures.join('\n  ')}`,
  );
  process.exit(1);
}
console.log(
  `\n${pages.length} pages, ${jobs.length} loads (${VARIANTS.map((variant) => VARIANT_NAMES[variant]).join(', ')}): every widget showed its content, in its page's language, every time.`,
);
