import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import { withIsolatedValues } from '../../demo/builder/problem-text.js';

describe('a problem sentence on a page', () => {
  it('isolates each quoted value, so that an Arabic sentence keeps the value in its own order', async () => {
    const sentence = 'السطر 4: «Réalisé 2026» ليس رقمًا («12 500,000 DT»).';
    const item = await fixture<HTMLElement>(html`<p lang="ar" dir="rtl">${withIsolatedValues(sentence)}</p>`);
    expect([...item.querySelectorAll('bdi')].map((bdi) => bdi.textContent)).to.deep.equal([
      'Réalisé 2026',
      '12 500,000 DT',
    ]);
    // The quotes stay outside the isolates, and nothing is lost or added.
    expect(item.textContent).to.equal(sentence);
  });

  it('isolates English and French quotes alike, and shows markup in a value as text', async () => {
    const sentence = 'Row 2: "<b>x</b>" is not a number; parent “9” does not exist.';
    const item = await fixture<HTMLElement>(html`<p>${withIsolatedValues(sentence)}</p>`);
    expect([...item.querySelectorAll('bdi')].map((bdi) => bdi.textContent)).to.deep.equal(['<b>x</b>', '9']);
    expect(item.querySelector('b')).to.equal(null);
    expect(item.textContent).to.equal(sentence);
  });
});
