// What a citizen hears and reads, in every language: live regions after each change of state (no
// "Loading…" left once the data is there, sort changes said, the form's count in the page's
// language, nothing left saying "Sending…" beside a receipt), data text that keeps its own
// direction, a cancelled meeting said in words, a chart that names the amount it draws, the count
// of suggestions a filter leaves and what became of the one followed, and targets and focus a
// keyboard or a finger can use.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { OgBudgetTable, OgConsultationCalendar, OgResponseLog, OgSuggestionForm } from '../../src/index.js';
import { settled, shadow, uniqueKey, failOnPageErrors } from '../helpers.js';

const text = (node: Element | null | undefined) =>
  node?.textContent
    ?.replace(/[\u2068\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim() ?? '';
/** What the widget's polite live region says once it has settled (sentences are said 100 ms after a change). */
async function said(element: Element, expected?: string): Promise<string> {
  const region = () => text(shadow(element).querySelector('.base ~ [role="status"]'));
  if (expected !== undefined)
    await waitUntil(() => region() === expected, `the live region says "${region()}", not "${expected}"`, {
      timeout: 5000,
    });
  return region();
}
const LANGS = { en: 'en', fr: 'fr', ar: 'ar', es: 'es' } as const;
const SORTED: Record<string, string> = {
  en: 'Sorted by Executed, descending',
  fr: 'Trié par Réalisé, ordre décroissant',
  ar: 'مرتَّب حسب المنجز، تنازليًا',
  es: 'Ordenado por Ejecutado, descendente',
};
const REMAINING: Record<string, RegExp> = {
  en: /^You have 1,9\d\d characters remaining$/,
  fr: /^Il vous reste 1\s9\d\d caractères$/,
  ar: /(تبقّى|يتبقى|بقي|متبق)/,
  es: /^Le quedan 1\.?9\d\d caracteres$/,
};

/** The count of the register's 7 accepted suggestions, of 25. */
const COUNTED: Record<string, RegExp> = {
  en: /^Suggestions shown: 7 of 25$/,
  fr: /^Suggestions affichées\s?: 7 sur 25$/,
  ar: /^المقترحات المعروضة: (7|٧) من (25|٢٥)$/,
  es: /^Sugerencias mostradas: 7 de 25$/,
};
const FOLLOWED: Record<string, string> = {
  en: 'Your suggestion was accepted.',
  fr: 'Votre suggestion a été acceptée.',
  ar: 'تم قبول مقترحك.',
  es: 'Su sugerencia fue aceptada.',
};
/** Following a reference writes it into the page's address; the next log would follow it too. */
const forgetFollowed = () => history.replaceState(history.state, '', location.pathname + location.search);

describe('what citizens hear and read', function () {
  this.timeout(30_000);
  failOnPageErrors({ before: () => localStorage.clear() });

  for (const lang of Object.values(LANGS)) {
    it(`budget (${lang}): nothing left saying "Loading…" once loaded, and a sort is said`, async () => {
      const element = await fixture<OgBudgetTable>(
        html`<og-budget-table lang=${lang} src="/demo/data/elkef-budget.csv" currency="TND"></og-budget-table>`,
      );
      await settled(element);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(await said(element)).to.equal('');
      const executed = [...shadow(element).querySelectorAll<HTMLButtonElement>('th .sort')].find(
        (button) => button.closest('th')!.cellIndex === 3,
      )!;
      executed.click();
      await said(element, SORTED[lang]);
      expect(executed.closest('th')!.getAttribute('aria-sort')).to.equal('descending');
      await expect(element).to.be.accessible();
    });

    it(`form (${lang}): the characters left are said in the page's language, and nothing says "Sending…" beside the receipt`, async () => {
      const key = uniqueKey('hear');
      const element = await fixture<OgSuggestionForm>(
        html`<og-suggestion-form lang=${lang} fields="message" min-fill-seconds="0" action=${`/test-api/suggest/${key}`}></og-suggestion-form>`,
      );
      await waitUntil(() => shadow(element).querySelector('#f-message'));
      const field = shadow(element).querySelector<HTMLTextAreaElement>('#f-message')!;
      field.value = 'Des bancs au marché, et de l’ombre pour l’été.';
      field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await waitUntil(
        () => REMAINING[lang]!.test(text(shadow(element).querySelector('.base ~ [role="status"]'))),
        `the count is said as "${text(shadow(element).querySelector('.base ~ [role="status"]'))}"`,
        { timeout: 5000 },
      );
      expect(text(shadow(element).querySelector('#f-message-count'))).to.match(REMAINING[lang]!);
      const sent = oneEvent(element, 'og-submitted');
      shadow(element).querySelector<HTMLButtonElement>('[part="submit-button"]')!.click();
      await sent;
      await element.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(await said(element), 'the receipt is the status; nothing else speaks').to.equal('');
      await expect(element).to.be.accessible();
    });

    it(`log (${lang}): nothing left saying "Loading…"; the count a filter leaves and the status of a suggestion followed are said`, async () => {
      forgetFollowed();
      const element = await fixture<OgResponseLog>(
        html`<og-response-log lang=${lang} src="/demo/data/elkef-responses.json"></og-response-log>`,
      );
      try {
        await settled(element);
        await new Promise((resolve) => setTimeout(resolve, 300));
        expect(await said(element)).to.equal('');
        const status = shadow(element).querySelector<HTMLSelectElement>('.filters select')!;
        status.value = 'accepted';
        status.dispatchEvent(new Event('change'));
        await waitUntil(
          () => COUNTED[lang]!.test(text(shadow(element).querySelector('.base ~ [role="status"]'))),
          `the count is said as "${text(shadow(element).querySelector('.base ~ [role="status"]'))}"`,
          { timeout: 5000 },
        );
        expect(text(shadow(element).querySelector('.filters .count'))).to.match(COUNTED[lang]!);
        shadow(element).querySelector<HTMLInputElement>('.follow-form input[name="reference"]')!.value =
          'kef 2026 0001';
        shadow(element).querySelector<HTMLButtonElement>('.follow-form button[type="submit"]')!.click();
        await said(element, FOLLOWED[lang]);
        await expect(element).to.be.accessible();
      } finally {
        forgetFollowed();
      }
    });
  }

  it('calendar (ar): a cancelled meeting says so in its chip and in its day’s label, and is not counted as held', async () => {
    const element = await fixture<OgConsultationCalendar>(
      html`<og-consultation-calendar lang="ar" view="month" initial-date="2026-12-01" time-zone="Africa/Tunis" src="/demo/data/elkef-consultations.ics"></og-consultation-calendar>`,
    );
    await settled(element);
    const day = shadow(element).querySelector('[data-day="2026-12-05"]')!;
    expect(text(day.querySelector('.chip.cancelled .cancelled-flag'))).to.equal('ملغاة');
    expect(text(day.querySelector('.visually-hidden'))).to.contain('ملغاة: 1');
    expect(text(day.querySelector('.visually-hidden'))).not.to.contain('الاستشارات');
    await expect(element).to.be.accessible();
  });

  it('calendar (ar): titles from the data keep their own direction; the zone is named once; the checkbox is 24 px; the dialog title shows its focus', async () => {
    const element = await fixture<OgConsultationCalendar>(
      html`<og-consultation-calendar lang="ar" view="agenda" initial-date="2026-12-01" time-zone="Africa/Casablanca" src="/demo/data/elkef-consultations.ics"></og-consultation-calendar>`,
    );
    await settled(element);
    const title = shadow(element).querySelector('.event-title [dir="auto"]');
    expect(title, 'a French title in an Arabic calendar is isolated').to.exist;
    const zone = text(shadow(element).querySelector('.zone'));
    expect(zone).not.to.match(/توقيت\s+توقيت/);
    expect(zone).to.contain('المنطقة الزمنية');
    const box = shadow(element).querySelector<HTMLInputElement>('.zone-switch input');
    if (box) {
      const rect = box.getBoundingClientRect();
      expect(rect.width).to.be.at.least(24);
      expect(rect.height).to.be.at.least(24);
    }
    shadow(element).querySelector<HTMLButtonElement>('.event')!.click();
    await waitUntil(
      () => shadow(element).activeElement?.classList.contains('dialog-title'),
      'the dialog title did not take focus',
    );
    const focused = shadow(element).activeElement as HTMLElement;
    expect(getComputedStyle(focused).outlineStyle, 'focus is visible').not.to.equal('none');
    await expect(element).to.be.accessible();
  });

  it('budget chart (fr): says which amount each first bar draws (revised where there is one)', async () => {
    const element = await fixture<OgBudgetTable>(
      html`<og-budget-table lang="fr" view="chart" src="/demo/data/elkef-budget.csv" currency="TND"></og-budget-table>`,
    );
    await settled(element);
    const legend = text(shadow(element).querySelector('.legend'));
    expect(legend).to.contain('Crédits révisés');
    expect(legend).not.to.match(/Crédits initiaux/);
    const first = shadow(element).querySelector('.bar-values')!;
    expect(text(first)).to.match(/^Crédits révisés 6\s545\s000,000/);
    await expect(element).to.be.accessible();
  });
});
