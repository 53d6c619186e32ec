// A widget waits for its own messages only, never forever: on a page where other widgets register
// their messages later, where a messages file is slow, or where it cannot be had at all.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { OgTestWidget } from '../fixtures/og-test-widget.js';
import { defineElement, registerLocaleGroup, type LocaleLoader } from '../../src/core/index.js';
import { settled, shadow, failOnPageErrors } from '../helpers.js';

/** A messages file whose arrival the test decides. */
function heldLoader(): { load: LocaleLoader; arrive: () => void; fail: () => void } {
  let arrive!: () => void;
  let fail!: () => void;
  const promise = new Promise<{ templates: Record<string, string> }>((resolve, reject) => {
    arrive = () => resolve({ templates: {} });
    fail = () => reject(new Error('the messages file is gone'));
  });
  return { load: () => promise as ReturnType<LocaleLoader>, arrive, fail };
}

const held = { a: heldLoader(), slow: heldLoader(), broken: heldLoader(), other: heldLoader() };

class OgGroupAWidget extends OgTestWidget {
  protected static override messageGroup = registerLocaleGroup('test-group-a', { fr: held.a.load });
}
class OgSlowWidget extends OgTestWidget {
  protected static override messageGroup = registerLocaleGroup('test-group-slow', { fr: held.slow.load });
}
class OgBrokenWidget extends OgTestWidget {
  protected static override messageGroup = registerLocaleGroup('test-group-broken', { ar: held.broken.load });
}
defineElement('og-group-a-widget', OgGroupAWidget);
defineElement('og-slow-widget', OgSlowWidget);
defineElement('og-broken-widget', OgBrokenWidget);

const items = [{ id: 'a', title: { fr: 'Audit interne', en: 'Internal audit' }, amount: 1 }];
const notice = (element: Element) =>
  shadow(element).querySelector('.notice[lang="en"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const shows = (element: Element) =>
  shadow(element).querySelector('[part="loading"]')
    ? 'loading'
    : shadow(element).querySelector('[part="list"]')
      ? 'content'
      : 'other';

describe('a widget and its messages', () => {
  failOnPageErrors();

  it('shows its content when another widget registers its messages later (the multi-widget page)', async () => {
    const element = await fixture<OgGroupAWidget>(
      html`<og-group-a-widget lang="fr" .data=${items}></og-group-a-widget>`,
    );
    expect(shows(element)).to.equal('loading');
    // Another widget's code arrives and registers a group whose French never comes.
    registerLocaleGroup('test-group-other', { fr: held.other.load });
    held.a.arrive();
    await settled(element);
    await waitUntil(() => shows(element) === 'content', 'the widget stayed a skeleton');
    expect(notice(element)).to.equal('');
    await expect(element).to.be.accessible();
  });

  it('shows in English after its timeout when its messages are slow, says so, and switches when they arrive', async () => {
    const element = await fixture<OgSlowWidget>(
      html`<og-slow-widget lang="fr" timeout="1" .data=${items}></og-slow-widget>`,
    );
    expect(shows(element)).to.equal('loading');
    await waitUntil(() => shows(element) === 'content', 'the widget waited for its messages forever', {
      timeout: 5000,
    });
    expect(notice(element)).to.equal('The French texts of this widget could not be loaded, so it is shown in English.');
    expect(shadow(element).querySelector('.notice')!.getAttribute('lang')).to.equal('en');
    await expect(element).to.be.accessible();
    held.slow.arrive();
    await waitUntil(() => notice(element) === '', 'the notice stayed after the messages arrived');
    expect(shows(element)).to.equal('content');
  });

  it('shows in English with a notice when its messages cannot be had', async () => {
    const element = await fixture<OgBrokenWidget>(html`<og-broken-widget lang="ar" .data=${items}></og-broken-widget>`);
    held.broken.fail();
    await waitUntil(() => shows(element) === 'content', 'the widget never showed');
    expect(notice(element)).to.equal('The Arabic texts of this widget could not be loaded, so it is shown in English.');
    expect(shadow(element).querySelector('.base')!.getAttribute('dir')).to.equal('rtl');
    await expect(element).to.be.accessible();
  });

  it('leaves nothing in its live region once the data has arrived, even when it arrives at once', async () => {
    for (const lang of ['fr', 'ar', 'en']) {
      const element = await fixture<OgTestWidget>(
        html`<og-test-widget lang=${lang} src="/test-api/slow?ms=20"></og-test-widget>`,
      );
      await settled(element);
      // The "Loading…" sentence was due 100 ms after loading began: past that, the region must be empty.
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(shadow(element).querySelector('[role="status"]')!.textContent!.trim(), lang).to.equal('');
      element.remove();
    }
  });
});
