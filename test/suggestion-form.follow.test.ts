// The receipt's "Follow your suggestion" link (follow-url): the tie-in with og-response-log, whose
// page opens the entry named by `#suggestion-<reference>`.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/suggestion-form/index.js';
import type { OgSuggestionForm, OgSubmittedDetail } from '../src/suggestion-form/index.js';
import { shadow, uniqueKey, failOnPageErrors } from './helpers.js';

const text = (node: Element | null | undefined) =>
  node?.textContent
    ?.replace(/[\u2068\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim() ?? '';
const $ = <T extends Element = HTMLElement>(element: Element, selector: string) =>
  shadow(element).querySelector<T & Element>(selector) as T;
const followLink = (element: OgSuggestionForm) => $<HTMLAnchorElement>(element, '[part="receipt"] a[href]');

const MESSAGE = 'Publier le budget citoyen en arabe et en français chaque année.';

async function form(template: ReturnType<typeof html>): Promise<OgSuggestionForm> {
  const element = await fixture<OgSuggestionForm>(template);
  await waitUntil(() => $(element, 'form'), 'the form never rendered');
  return element;
}

/** Writes the message and sends it to the test server; resolves with the server's reference. */
async function send(element: OgSuggestionForm): Promise<string> {
  const field = $<HTMLTextAreaElement>(element, '#f-message');
  field.value = MESSAGE;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  const sent = oneEvent(element, 'og-submitted');
  $<HTMLButtonElement>(element, '[part="submit-button"]').click();
  const { reference } = ((await sent) as CustomEvent<OgSubmittedDetail>).detail;
  await element.updateComplete;
  await waitUntil(() => $(element, '[part="receipt"]'), 'no receipt');
  return reference;
}

describe('og-suggestion-form follow-url', () => {
  failOnPageErrors({ before: () => localStorage.clear() });

  it('links the receipt to the response log at the suggestion, accessibly', async () => {
    const key = uniqueKey('follow');
    const element = await form(
      html`<og-suggestion-form lang="en" min-fill-seconds="0" fields="message" action=${`/test-api/suggest/${key}`} follow-url="/elkef/en/responses.html"></og-suggestion-form>`,
    );
    const reference = await send(element);
    expect(reference).to.equal('SUG-0001');
    const link = followLink(element);
    expect(text(link)).to.equal('Follow your suggestion');
    expect(link.getAttribute('href')).to.equal(
      new URL('/elkef/en/responses.html#suggestion-SUG-0001', document.baseURI).href,
    );
    await expect(element).to.be.accessible();
  });

  it('says it in the page language, encodes the reference and replaces a fragment of follow-url', async () => {
    const element = await form(
      html`<og-suggestion-form lang="fr" fields="message" follow-url="https://commune.example/suite-donnee?annee=2026#registre"></og-suggestion-form>`,
    );
    element.markSent('KEF 2026/42 é');
    await element.updateComplete;
    const link = followLink(element);
    expect(text(link)).to.equal('Suivre votre suggestion');
    expect(link.getAttribute('href')).to.equal(
      'https://commune.example/suite-donnee?annee=2026#suggestion-KEF%202026%2F42%20%C3%A9',
    );
    await expect(element).to.be.accessible();
  });

  it('shows no link for an unsafe follow-url, nor without one', async () => {
    for (const followUrl of ['javascript:alert(1)', ' java\tscript:alert(1)', 'data:text/html,<p>x</p>', undefined]) {
      const key = uniqueKey('unsafe');
      const element = await form(
        html`<og-suggestion-form lang="en" min-fill-seconds="0" fields="message" action=${`/test-api/suggest/${key}`} follow-url=${followUrl ?? ''}></og-suggestion-form>`,
      );
      if (followUrl === undefined) element.removeAttribute('follow-url');
      await send(element);
      expect(followLink(element), `follow-url ${String(followUrl)}`).to.equal(null);
      expect(text($(element, '[part="receipt"]'))).to.contain('SUG-0001');
      expect(text($(element, '[part="receipt"]'))).not.to.contain('Follow your suggestion');
      await expect(element).to.be.accessible();
    }
  });
});
