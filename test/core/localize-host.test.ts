// A host page that itself uses @lit/localize (runtime mode) must keep working, and so must our
// widgets in it, each in its own language.
import { expect, fixture, html } from '@open-wc/testing';
import { configureLocalization, msg as hostMsg } from '@lit/localize';
import '../fixtures/og-test-widget.js';
import type { OgTestWidget } from '../fixtures/og-test-widget.js';
import { settled, shadow } from '../helpers.js';

describe('a host page that uses @lit/localize', () => {
  it('keeps its own locale while our widgets keep theirs', async () => {
    const { setLocale, getLocale } = configureLocalization({
      sourceLocale: 'en',
      targetLocales: ['de'],
      loadLocale: async () => ({ templates: { greeting: 'Hallo Welt' } }),
    });
    await setLocale('de');
    expect(getLocale()).to.equal('de');
    expect(hostMsg('Hello world', { id: 'greeting' })).to.equal('Hallo Welt');

    const element = await fixture<OgTestWidget>(
      html`<og-test-widget lang="fr" src="/test-api/status/500"></og-test-widget>`,
    );
    await settled(element, 'error');
    expect(shadow(element).querySelector('[part="retry-button"]')!.textContent!.trim()).to.equal('Réessayer');
    expect(hostMsg('Hello world', { id: 'greeting' }), 'the host keeps its messages').to.equal('Hallo Welt');
    expect(getLocale()).to.equal('de');
  });
});
