// What the page suites share: Debian's Chromium through puppeteer-core, a pool that runs a few
// tabs at once, and the one question every suite asks of a widget: what does the citizen see?
import puppeteer from 'puppeteer-core';
import { findChromium, CHROMIUM_ARGS } from '../../scripts/chromium.mjs';

export async function launch() {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium found: set CHROME_PATH or install Debian\'s "chromium".');
  return puppeteer.launch({ executablePath, headless: true, args: CHROMIUM_ARGS, protocolTimeout: 120_000 });
}

/** Runs `task(item)` for every item, `width` at a time; returns the results in order. */
export async function pool(items, width, task) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index], index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, worker));
  return results;
}

/**
 * Runs in the page: every og-* element with what it shows. `shown` is `content` (its data or, for
 * a form, the form), `error` (its error state, role="alert"), `loading` (a skeleton or nothing yet),
 * or `undefined` (its code never arrived). Also the text a citizen sees or hears in it.
 */
export function widgetStates() {
  return [...document.querySelectorAll('*')]
    .filter((element) => element.localName.startsWith('og-'))
    .map((element) => {
      const root = element.shadowRoot;
      const defined = Boolean(customElements.get(element.localName));
      const base = root?.querySelector('.base');
      let shown;
      if (!defined) shown = element.querySelector(':scope > [data-og-fallback]') ? 'error' : 'undefined';
      else if (!base || base.getAttribute('aria-busy') === 'true' || root.querySelector('[part="loading"]'))
        shown = 'loading';
      else if (root.querySelector('[part="error"]')) shown = 'error';
      else shown = 'content';
      return {
        tag: element.localName,
        lang: element.closest('[lang]')?.getAttribute('lang') ?? '',
        state: element.dataState,
        shown,
      };
    });
}
