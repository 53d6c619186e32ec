// Why not a tool: a behaviour of one story across two shadow roots (the workshop's and the widget's), checked in the
// Chromium that scripts/check-stories.mjs already drives; a play function would need the vitest addon.
// The "Your data" story (stories/your-data.ts), as a designer uses it: text pasted into its
// textarea is read by the previewed widget and checked with the validation CLI's own sentences.
//   (a) French, the demo's El Kef budget CSV: og-budget-table is ready and shows its lines; no problem listed.
//   (b) French, a CSV with an amount in words and a parent code that no line has: the problems are
//       listed in the CLI's words (row 4, the value, how to fix it) and the widget shows its error state,
//       whose sentences are among those listed.
//   (c) The same in Arabic: the sentences are in Arabic.
// checkYourData(tab, origin) drives a puppeteer-core Page on a built Storybook served at `origin` and
// returns the failures, in words (an empty array: all good).
import { readFileSync } from 'node:fs';

const STORY = 'workshop-your-data--budget-table';
const TIMEOUT = 15_000;

const ELKEF = readFileSync(new URL('../../demo/data/elkef-budget.csv', import.meta.url), 'utf8');
/** A line of El Kef's budget as the table shows it (its label column). */
const ELKEF_LINE = 'Dépenses de fonctionnement';
/** Row 4 holds an amount with its currency, a number in words, and a parent code that no line has. */
const BROKEN = [
  'Code;Code parent;Libellé;Type;Crédits initiaux 2026;Réalisé 2026',
  '1;;Dépenses de fonctionnement;Dépenses;;',
  '1.1;1;Rémunérations du personnel;Dépenses;4 200 000,000;3 890 112,750',
  '1.2;9;Électricité et eau;Dépenses;12 500,000 DT;douze mille',
  '',
].join('\n');

/**
 * The sentences the library gives these problems (src/locales, through checkData), as patterns
 * that allow any kind of space: what a designer must read in each language.
 */
const EXPECTED = {
  fr: {
    ok: /^✔ Aucun problème trouvé : \d+ lignes lues/,
    summary: (count) => new RegExp(`^✖ ${count} problèmes trouvés`),
    amount: /^Ligne 4 : « Crédits initiaux 2026 » n’est pas un nombre \(« 12 500,000 DT »\)\.$/,
    words: /^Ligne 4 : « Réalisé 2026 » n’est pas un nombre \(« douze mille »\)\.$/,
    parent: /^Ligne 4 : « parent » renvoie à « 9 », qui n’existe pas\.$/,
    fix: /^Pour corriger : /,
  },
  ar: {
    summary: (count) => new RegExp(`^✖ عدد المشاكل الموجودة: ${count}`),
    amount: /^السطر 4: «Crédits initiaux 2026» ليس رقمًا \(«12 500,000 DT»\)\.$/,
    words: /^السطر 4: «Réalisé 2026» ليس رقمًا \(«douze mille»\)\.$/,
    parent: /^السطر 4: يشير «parent» إلى «9» غير الموجود\.$/,
    fix: /^للتصحيح: /,
  },
};

/** Spaces of any kind as one space, without bidi isolates: sentences compared as a reader sees them. */
const plain = (text) =>
  text
    .replace(/[\u2066-\u2069]/g, '')
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim();

async function openStory(tab, origin, locale) {
  await tab.goto(`${origin}/iframe.html?id=${STORY}&viewMode=story&globals=locale:${locale}`, {
    waitUntil: 'load',
    timeout: 60_000,
  });
  await tab.waitForFunction(
    (lang) =>
      document.querySelector('og-story-your-data')?.shadowRoot?.querySelector('textarea#text') &&
      document.querySelector('#storybook-root [lang]')?.getAttribute('lang') === lang,
    { timeout: TIMEOUT },
    locale,
  );
}

/**
 * Pastes `text` into the story's textarea as a designer would (value, then an `input` event) and
 * waits until both the widget and the check have read that very text. @returns what shows.
 */
async function paste(tab, text) {
  await tab.evaluate((value) => {
    const area = document.querySelector('og-story-your-data').shadowRoot.querySelector('textarea#text');
    area.focus();
    area.value = value;
    area.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertFromPaste' }));
  }, text);
  await tab.waitForFunction(
    (value) => {
      const root = document.querySelector('og-story-your-data')?.shadowRoot;
      const widget = root?.querySelector('.stage > og-budget-table');
      return (
        // A textarea keeps line breaks as \n only.
        widget?.querySelector('script')?.textContent === value.replace(/\r\n?/g, '\n') &&
        (widget.dataState === 'ready' || widget.dataState === 'error') &&
        root.querySelector('.check')?.dataset.status === 'done'
      );
    },
    { timeout: TIMEOUT },
    text,
  );
  return tab.evaluate(() => {
    const root = document.querySelector('og-story-your-data').shadowRoot;
    const widget = root.querySelector('.stage > og-budget-table');
    const shown = (element) => element.getClientRects().length > 0;
    return {
      dataState: widget.dataState,
      rows: [...widget.shadowRoot.querySelectorAll('tbody tr, [role="row"]')]
        .filter(shown)
        .map((row) => row.textContent),
      alert: widget.shadowRoot.querySelector('[role="alert"]')?.textContent ?? '',
      alertProblems: [...widget.shadowRoot.querySelectorAll('[role="alert"] ul > li')].map((item) => item.textContent),
      summary: root.querySelector('.check [role="status"]')?.textContent ?? '',
      problems: [...root.querySelectorAll('.check ol.problems > li')].map((item) => ({
        message: item.querySelector('.message')?.textContent ?? '',
        fix: item.querySelector('.fix')?.textContent ?? '',
      })),
    };
  });
}

/** Runs `step`; a timeout or an exception becomes a failure in words. */
async function attempt(failures, what, step) {
  try {
    await step();
  } catch (error) {
    failures.push(`${what}: ${String(error?.message ?? error).split('\n')[0]}`);
  }
}

function checkBroken(failures, locale, seen) {
  const words = EXPECTED[locale];
  const where = `broken CSV (${locale})`;
  const messages = seen.problems.map((problem) => plain(problem.message));
  if (seen.dataState !== 'error') failures.push(`${where}: the widget is "${seen.dataState}", not in its error state`);
  if (!plain(seen.alert)) failures.push(`${where}: the widget shows no alert`);
  if (messages.length === 0) failures.push(`${where}: no problem listed (summary: "${plain(seen.summary)}")`);
  if (!words.summary(messages.length).test(plain(seen.summary)))
    failures.push(`${where}: the summary does not count ${messages.length} problems: "${plain(seen.summary)}"`);
  for (const name of ['amount', 'words', 'parent']) {
    if (!messages.some((message) => words[name].test(message)))
      failures.push(`${where}: no problem reads ${words[name]}; listed: ${JSON.stringify(messages)}`);
  }
  for (const problem of seen.problems) {
    if (!words.fix.test(plain(problem.fix)))
      failures.push(`${where}: "${plain(problem.message)}" has no hint ${words.fix} ("${plain(problem.fix)}")`);
  }
  // The widget's own error state and the check speak with the same sentences.
  for (const sentence of seen.alertProblems.map(plain)) {
    if (!messages.includes(sentence))
      failures.push(`${where}: the widget says "${sentence}", which the list does not: ${JSON.stringify(messages)}`);
  }
  if (locale === 'ar') {
    const arabic = /[\u0600-\u06FF]/;
    for (const message of messages)
      if (!arabic.test(message)) failures.push(`${where}: a problem is not in Arabic: "${message}"`);
    if (!arabic.test(seen.summary)) failures.push(`${where}: the summary is not in Arabic: "${plain(seen.summary)}"`);
    if (!arabic.test(seen.alert)) failures.push(`${where}: the widget's alert is not in Arabic`);
  }
}

/**
 * Checks the "Your data" story on a built Storybook served at `origin`, with `tab` (a puppeteer-core
 * Page). @returns the failures, in words; empty when the story works.
 */
export async function checkYourData(tab, origin) {
  const failures = [];

  await attempt(failures, 'valid CSV (fr)', async () => {
    await openStory(tab, origin, 'fr');
    const seen = await paste(tab, ELKEF);
    if (seen.dataState !== 'ready') failures.push(`valid CSV (fr): the widget is "${seen.dataState}", not ready`);
    if (!seen.rows.some((row) => row.includes(ELKEF_LINE)))
      failures.push(`valid CSV (fr): no visible row of the table reads "${ELKEF_LINE}"`);
    if (seen.problems.length)
      failures.push(
        `valid CSV (fr): problems listed for a valid file: ${JSON.stringify(seen.problems.map((p) => p.message))}`,
      );
    if (!EXPECTED.fr.ok.test(plain(seen.summary)))
      failures.push(`valid CSV (fr): the summary does not say that no problem was found: "${plain(seen.summary)}"`);
  });

  await attempt(failures, 'broken CSV (fr)', async () => {
    // Same page: the story reads the new text in place of the old one.
    checkBroken(failures, 'fr', await paste(tab, BROKEN));
  });

  await attempt(failures, 'broken CSV (ar)', async () => {
    await openStory(tab, origin, 'ar');
    checkBroken(failures, 'ar', await paste(tab, BROKEN));
  });

  return failures;
}
