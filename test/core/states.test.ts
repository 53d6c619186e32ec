import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../fixtures/og-test-widget.js';
import type { OgTestWidget } from '../fixtures/og-test-widget.js';
import { clearFetchCache } from '../../src/core/data/fetch.js';
import { settled, shadow } from '../helpers.js';

const base = (element: Element) => shadow(element).querySelector('[part="base"]')!;

for (const lang of ['en', 'ar']) {
  describe(`shared states in ${lang}`, () => {
    beforeEach(() => clearFetchCache());

    it('loading: a skeleton that reserves height, announced politely, accessible', async () => {
      const element = await fixture<OgTestWidget>(
        html`<og-test-widget lang=${lang} src="/test-api/slow?ms=4000"></og-test-widget>`,
      );
      await element.updateComplete;
      expect(element.dataState).to.equal('loading');
      const skeleton = shadow(element).querySelector('[part="loading"]') as HTMLElement;
      expect(skeleton).to.exist;
      expect(skeleton.getBoundingClientRect().height).to.be.greaterThan(150);
      expect(base(element).getAttribute('aria-busy')).to.equal('true');
      const status = () => shadow(element).querySelector('[role="status"]')!.textContent!.trim();
      await waitUntil(() => status() !== '', 'nothing announced');
      expect(status()).to.equal(lang === 'ar' ? 'جارٍ التحميل…' : 'Loading…');
      await expect(element).to.be.accessible();
    });

    it('empty: a sentence, replaceable through the empty slot, accessible', async () => {
      const element = await fixture<OgTestWidget>(html`<og-test-widget lang=${lang} .data=${[]}></og-test-widget>`);
      await settled(element);
      const empty = shadow(element).querySelector('[part="empty"]')!;
      expect(empty.textContent!.trim()).to.equal(
        lang === 'ar' ? 'لا يوجد ما يُعرض بعد.' : 'There is nothing to show yet.',
      );
      await expect(element).to.be.accessible();
      const custom = await fixture<OgTestWidget>(
        html`<og-test-widget lang=${lang} .data=${[]}><p slot="empty">No budget published yet.</p></og-test-widget>`,
      );
      await settled(custom);
      const slot = shadow(custom).querySelector('slot[name="empty"]') as HTMLSlotElement;
      expect(slot.assignedElements()[0]!.textContent).to.equal('No budget published yet.');
    });

    it('error: role alert, a localized sentence, details and a Retry button, accessible', async () => {
      const element = await fixture<OgTestWidget>(
        html`<og-test-widget lang=${lang} src="/test-api/status/404"></og-test-widget>`,
      );
      await settled(element, 'error');
      const alert = shadow(element).querySelector('[role="alert"]')!;
      const retry = shadow(element).querySelector('[part="retry-button"]')!;
      if (lang === 'ar') {
        expect(alert.textContent).to.contain('لم يُعثر على ملف البيانات');
        expect(retry.textContent!.trim()).to.equal('حاول مرة أخرى');
        expect(base(element).getAttribute('dir')).to.equal('rtl');
      } else {
        expect(retry.textContent!.trim()).to.equal('Try again');
        expect(base(element).getAttribute('dir')).to.equal('ltr');
      }
      expect(shadow(element).querySelector('details summary')).to.exist;
      await expect(element).to.be.accessible();
    });

    it('ready, in dark theme too: accessible', async () => {
      const element = await fixture<OgTestWidget>(
        html`<og-test-widget lang=${lang} theme="dark" src="/test/fixtures/items.json"></og-test-widget>`,
      );
      await settled(element);
      await expect(element).to.be.accessible();
    });
  });
}

describe('locale and direction follow the page', () => {
  it('follows a change of an ancestor lang, and renders two languages side by side', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <section lang="fr"><og-test-widget id="first" src="/test-api/status/404"></og-test-widget></section>
      <section lang="ar"><og-test-widget id="second" src="/test-api/status/404"></og-test-widget></section>
    </div>`);
    const first = page.querySelector('#first') as OgTestWidget;
    const second = page.querySelector('#second') as OgTestWidget;
    await settled(first, 'error');
    await settled(second, 'error');
    const retryText = (element: Element) =>
      shadow(element).querySelector('[part="retry-button"]')?.textContent?.trim() ?? '';
    expect(retryText(first)).to.equal('Réessayer');
    expect(retryText(second)).to.equal('حاول مرة أخرى');
    expect(second.direction).to.equal('rtl');
    page.querySelector('section')!.setAttribute('lang', 'es');
    await waitUntil(() => retryText(first) === 'Reintentar', 'the widget did not follow the new lang');
    expect(first.locale).to.equal('es');
  });

  it('follows its own dir and the html lang', async () => {
    const element = await fixture<OgTestWidget>(html`<og-test-widget .data=${[]}></og-test-widget>`);
    await settled(element);
    const previous = document.documentElement.lang;
    document.documentElement.lang = 'ar-TN';
    try {
      await waitUntil(() => element.locale === 'ar-TN');
      expect(element.direction).to.equal('rtl');
      element.setAttribute('dir', 'ltr');
      await waitUntil(() => element.direction === 'ltr');
    } finally {
      document.documentElement.lang = previous;
    }
  });
});
