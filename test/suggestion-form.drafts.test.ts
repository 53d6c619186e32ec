// One intent, one key: the draft carries the id of its submission, leaves the device in the same
// step as the suggestion enters the outbox, is saved at every keystroke (nothing waits for a pause
// in typing), and a text that was already queued or delivered is never offered again as unsent.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/suggestion-form/index.js';
import type { OgSuggestionForm, OgSubmitDetail } from '../src/suggestion-form/index.js';
import {
  draftKey,
  markDelivered,
  outboxEntries,
  putOutboxEntry,
  type OutboxEntry,
} from '../src/suggestion-form/outbox-store.js';
import { shadow, uniqueKey, failOnPageErrors } from './helpers.js';

const $ = <T extends Element = HTMLElement>(element: Element, selector: string) =>
  shadow(element).querySelector<T & Element>(selector) as T;
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const MESSAGE = 'Installer des bancs et de l’ombre au marché de Sidi Mansour.';

async function form(action: string, lang = 'fr'): Promise<OgSuggestionForm> {
  const element = await fixture<OgSuggestionForm>(
    html`<og-suggestion-form lang=${lang} name="plan" fields="message" min-fill-seconds="0" action=${action}></og-suggestion-form>`,
  );
  await waitUntil(
    () => $(element, 'form') || $(element, '[part="outbox"]') || $(element, '[part="receipt"]'),
    'the form never rendered',
    { timeout: 10_000 },
  );
  return element;
}

function type(element: OgSuggestionForm, value: string): void {
  const field = $<HTMLTextAreaElement>(element, '#f-message');
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

const storedDraft = (action: string) =>
  JSON.parse(localStorage.getItem(draftKey(new URL(action, location.href).href, 'plan')) ?? 'null') as {
    id: string;
    values: { message?: string };
  } | null;
const log = async (key: string) =>
  (await (await fetch(`/test-api/suggest-log/${key}`)).json()) as {
    stored: { id: string }[];
    bodies: { body: string }[];
  };

/** What another tab of the same site does: it writes storage, and this tab hears a storage event. */
function fromAnotherTab(change: () => void): void {
  change();
  window.dispatchEvent(new StorageEvent('storage', { key: 'og-suggestion-delivered' }));
}

function entry(action: string, id: string, message: string): OutboxEntry {
  return {
    id,
    action: new URL(action, location.href).href,
    form: 'plan',
    encoding: 'json',
    payload: {
      id,
      createdAt: new Date().toISOString(),
      locale: 'fr',
      page: location.href,
      form: 'plan',
      message,
      anonymous: true,
      extra: {},
    },
    attempts: 0,
    nextAttemptAt: 0,
  };
}

describe('og-suggestion-form: one intent, one key', () => {
  failOnPageErrors({
    before: () => localStorage.clear(),
    after: () => document.querySelectorAll('og-suggestion-form').forEach((element) => element.remove()),
  });

  it('saves the last word typed at once, with the id its submission will carry', async () => {
    const action = `/test-api/suggest/${uniqueKey('draft')}`;
    const element = await form(action);
    type(element, MESSAGE);
    // No pause, no timer: a reload right now would find it.
    const draft = storedDraft(action);
    expect(draft?.values.message).to.equal(MESSAGE);
    expect(draft?.id).to.match(/^[0-9a-f-]{36}$/);
    type(element, `${MESSAGE} Merci`);
    expect(storedDraft(action)?.values.message).to.equal(`${MESSAGE} Merci`);
    expect(storedDraft(action)?.id, 'the same intent keeps its id').to.equal(draft?.id);
    const sending = oneEvent(element, 'og-submit') as Promise<CustomEvent<OgSubmitDetail>>;
    $<HTMLButtonElement>(element, '[part="submit-button"]').click();
    expect((await sending).detail.payload.id, 'the draft’s id is the submission’s').to.equal(draft?.id);
  });

  it('takes the draft off the device as Send queues it: a form closed mid-send and opened again offers no stale draft, and the server stores it once', async () => {
    const key = uniqueKey('closed');
    const action = `/test-api/suggest/${key}?mode=slow&ms=600&failFirst=1`;
    const element = await form(action);
    type(element, MESSAGE);
    $<HTMLButtonElement>(element, '[part="submit-button"]').click();
    await element.updateComplete;
    expect(storedDraft(action), 'the draft left with Send').to.equal(null);
    expect(outboxEntries()).to.have.length(1);
    element.remove(); // closed mid-send; the server still stores it
    await waitUntil(async () => (await log(key)).stored.length === 1, 'the server never stored it', {
      timeout: 10_000,
    });
    await waitUntil(() => outboxEntries().length === 0, 'the answer was not recorded', { timeout: 10_000 });
    const again = await form(action);
    expect($<HTMLTextAreaElement>(again, '#f-message').value, 'the delivered text is not offered as a draft').to.equal(
      '',
    );
    expect(Boolean($(again, '.draft-note'))).to.equal(false);
    expect((await log(key)).stored).to.have.length(1);
  });

  it('never restores a draft whose text another tab has queued or delivered, and keeps a draft whose id went with another text', async () => {
    const action = `/test-api/suggest/${uniqueKey('other')}?mode=500`;
    const first = await form(action);
    type(first, MESSAGE);
    const id = storedDraft(action)!.id;
    first.remove();
    // Another tab sent this same text, under this id, and it was delivered.
    markDelivered(entry(action, id, MESSAGE), 'ELK-00042');
    const second = await form(action);
    expect($<HTMLTextAreaElement>(second, '#f-message').value).to.equal('');
    expect(storedDraft(action)).to.equal(null);
    second.remove();
    // A draft with that id but a text edited since: the text stays, under a new id.
    localStorage.setItem(
      draftKey(new URL(action, location.href).href, 'plan'),
      JSON.stringify({ id, values: { message: `${MESSAGE} Et des fontaines.` } }),
    );
    const third = await form(action);
    expect($<HTMLTextAreaElement>(third, '#f-message').value).to.equal(`${MESSAGE} Et des fontaines.`);
    const sending = oneEvent(third, 'og-submit') as Promise<CustomEvent<OgSubmitDetail>>;
    $<HTMLButtonElement>(third, '[part="submit-button"]').click();
    expect((await sending).detail.payload.id).not.to.equal(id);
  });

  it('a draft of a text waiting in the outbox is not offered: the queued suggestion shows instead', async () => {
    const action = `/test-api/suggest/${uniqueKey('queued')}?mode=500`;
    localStorage.setItem(
      draftKey(new URL(action, location.href).href, 'plan'),
      JSON.stringify({ values: { message: MESSAGE } }),
    );
    putOutboxEntry(entry(action, 'queued-elsewhere-1', MESSAGE));
    const element = await form(action);
    await waitUntil(() => $(element, '[part="outbox"]'), 'the queued suggestion is not shown', { timeout: 10_000 });
    expect(Boolean($(element, '#f-message'))).to.equal(false);
    expect(storedDraft(action)).to.equal(null);
  });

  it('when another tab delivers the suggestion on screen, its receipt shows the server’s reference, not the browser’s id', async () => {
    const action = `/test-api/suggest/${uniqueKey('tabs')}?mode=500`;
    const element = await form(action, 'ar');
    type(element, MESSAGE);
    const queued = oneEvent(element, 'og-submit-error');
    $<HTMLButtonElement>(element, '[part="submit-button"]').click();
    await queued;
    const [waiting] = outboxEntries();
    fromAnotherTab(() => markDelivered(waiting!, 'ELK-00107'));
    await waitUntil(() => $(element, '[part="receipt"]'), 'the form did not learn that the other tab sent it', {
      timeout: 10_000,
    });
    expect(text($(element, '.reference'))).to.equal('ELK-00107');
    expect(
      shadow(element).querySelector('.visually-hidden[role="status"]')!.textContent!.trim(),
      'nothing still says "Sending…"',
    ).to.equal('');
    await expect(element).to.be.accessible();
  });

  it('when another tab queues the same text, this tab shows it as queued instead of offering it again', async () => {
    const action = `/test-api/suggest/${uniqueKey('same')}?mode=500`;
    const element = await form(action);
    type(element, MESSAGE);
    fromAnotherTab(() => putOutboxEntry(entry(action, 'queued-by-tab-b', MESSAGE)));
    await waitUntil(() => $(element, '[part="outbox"]'), 'the form still offers the text as unsent', {
      timeout: 10_000,
    });
    expect(storedDraft(action)).to.equal(null);
  });

  it('saves the draft when the page is hidden or left, even without a keystroke since', async () => {
    const action = `/test-api/suggest/${uniqueKey('hide')}`;
    const element = await form(action);
    type(element, MESSAGE);
    localStorage.clear(); // as if the write had been lost
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    expect(storedDraft(action)?.values.message).to.equal(MESSAGE);
  });
});
