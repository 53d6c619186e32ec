// No lost or doubled suggestions: 100 citizens send through an endpoint that fails at random
// (500, dropped connection, too slow to answer), some close the page mid-send; the server must
// record each suggestion exactly once, and all 100 must arrive.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/suggestion-form/index.js';
import type { OgSuggestionForm } from '../../src/suggestion-form/index.js';
import { outboxEntries } from '../../src/suggestion-form/outbox-store.js';
import { shadow, uniqueKey, failOnPageErrors } from '../helpers.js';

const COUNT = 100;

interface Log {
  requests: number;
  stored: { id: string; reference: string }[];
  bodies: { body: string }[];
}

/** The form of one citizen (each has their own name: in real life, their own browser). */
function create(action: string, citizen: number): OgSuggestionForm {
  const element = document.createElement('og-suggestion-form') as OgSuggestionForm;
  for (const [name, value] of Object.entries({
    lang: 'fr',
    action,
    name: `citizen-${citizen}`,
    fields: 'message',
    'min-fill-seconds': '0',
    'max-per-hour': '0',
    'send-timeout': '1',
    'no-draft': '',
  })) {
    element.setAttribute(name, value);
  }
  document.body.append(element);
  return element;
}

describe('suggestions over a bad network', function () {
  this.timeout(240_000);
  failOnPageErrors({
    before: () => localStorage.clear(),
    after: () => document.querySelectorAll('og-suggestion-form').forEach((element) => element.remove()),
  });

  it(`delivers ${COUNT} suggestions exactly once through 500s, dropped connections, timeouts and closed pages`, async () => {
    const key = uniqueKey('stress');
    const action = `/test-api/suggest/${key}?mode=random&ms=1500`;
    const outcomes = { sent: 0, queued: 0, closedMidSend: 0 };
    for (let index = 0; index < COUNT; index++) {
      const element = create(action, index);
      await waitUntil(() => shadow(element).querySelector('#f-message'), 'the form renders');
      const field = shadow(element).querySelector<HTMLTextAreaElement>('#f-message')!;
      field.value = `Suggestion numéro ${index} : publier le budget citoyen en arabe et en français.`;
      field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      const done = Promise.race([
        oneEvent(element, 'og-submitted').then(() => 'sent' as const),
        oneEvent(element, 'og-submit-error').then(() => 'queued' as const),
      ]);
      shadow(element).querySelector<HTMLButtonElement>('[part="submit-button"]')!.click();
      if (index % 7 === 3) {
        // The citizen closes the tab while the request is in flight.
        await new Promise((resolve) => setTimeout(resolve, 20));
        outcomes.closedMidSend += 1;
      } else {
        outcomes[await done] += 1;
      }
      element.remove();
    }
    // The network comes back; each citizen's next visit sends what waited on their device.
    await fetch(`/test-api/suggest-mode/${key}?mode=ok`);
    const returning = Array.from({ length: COUNT }, (_, index) => create(action, index));
    window.dispatchEvent(new Event('online'));
    await waitUntil(() => outboxEntries().length === 0, `still waiting in the outbox: ${outboxEntries().length}`, {
      timeout: 60_000,
      interval: 200,
    });
    returning.forEach((element) => element.remove());
    // Requests that timed out on the device may still be finishing on the server.
    await new Promise((resolve) => setTimeout(resolve, 1800));
    const log = (await (await fetch(`/test-api/suggest-log/${key}`)).json()) as Log;
    const numbers = log.bodies.map((entry) => Number(/numéro (\d+)/.exec(entry.body)?.[1]));
    expect(outcomes.queued, 'the network did fail').to.be.above(10);
    expect(log.requests, 'retries happened').to.be.above(COUNT);
    expect(log.stored.length, 'recorded once each').to.equal(COUNT);
    expect(new Set(log.stored.map((entry) => entry.id)).size).to.equal(COUNT);
    expect([...new Set(numbers)].sort((a, b) => a - b)).to.deep.equal(
      Array.from({ length: COUNT }, (_, index) => index),
    );
  });
});
