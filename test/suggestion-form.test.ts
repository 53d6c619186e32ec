import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/suggestion-form/index.js';
import type {
  OgSuggestionForm,
  OgSubmitDetail,
  OgSubmittedDetail,
  OgSubmitErrorDetail,
} from '../src/suggestion-form/index.js';
import { outboxEntries } from '../src/suggestion-form/outbox-store.js';
import { shadow, uniqueKey, failOnPageErrors } from './helpers.js';

const text = (node: Element | null | undefined) =>
  node?.textContent
    ?.replace(/[\u2068\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim() ?? '';
const $ = <T extends Element = HTMLElement>(element: Element, selector: string) =>
  shadow(element).querySelector<T & Element>(selector) as T;

interface Log {
  requests: number;
  stored: { id: string; reference: string }[];
  bodies: { contentType: string; body: string; headers: { csrf: string } }[];
}
const log = async (key: string): Promise<Log> => (await fetch(`/test-api/suggest-log/${key}`)).json();

async function form(template: ReturnType<typeof html>): Promise<OgSuggestionForm> {
  const element = await fixture<OgSuggestionForm>(template);
  await waitUntil(() => $(element, 'form'), 'the form never rendered');
  return element;
}

function type(element: OgSuggestionForm, selector: string, value: string): void {
  const field = $<HTMLInputElement>(element, selector);
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

function tick(element: OgSuggestionForm, selector: string, checked = true): void {
  const box = $<HTMLInputElement>(element, selector);
  box.checked = checked;
  box.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

async function submit(element: OgSuggestionForm): Promise<void> {
  $<HTMLButtonElement>(element, '[part="submit-button"]').click();
  await element.updateComplete;
}

const MESSAGE = 'Publier le budget citoyen en arabe et en français chaque année.';

describe('og-suggestion-form', () => {
  failOnPageErrors({ before: () => localStorage.clear() });

  it('renders real labels, autocomplete tokens and the consent block, accessibly', async () => {
    const element = await form(
      html`<og-suggestion-form lang="fr" topics="budget: Budget ouvert; pdr: Plan régional" fields="topic area message name email phone" areas="Azilal; Khouribga" controller="Région Béni Mellal-Khénifra" purpose="Répondre à votre suggestion" retention="2 ans" declaration="D-GC-123/2026" notice-url="https://example.org/donnees"></og-suggestion-form>`,
    );
    expect(text(shadow(element).querySelector('label[for="f-message"]'))).to.equal('Votre suggestion');
    expect($(element, '#f-email').getAttribute('autocomplete')).to.equal('email');
    expect($(element, '#f-phone').getAttribute('autocomplete')).to.equal('tel');
    expect($(element, '#f-name').getAttribute('autocomplete')).to.equal('name');
    const consent = $(element, '[part="consent"]');
    expect(text(consent)).to.contain('Région Béni Mellal-Khénifra');
    expect(text(consent)).to.contain('D-GC-123/2026');
    expect(consent.querySelector('a')!.getAttribute('href')).to.equal('https://example.org/donnees');
    expect([...shadow(element).querySelectorAll('#f-area option')].map(text)).to.deep.equal([
      'Choisissez…',
      'Azilal',
      'Khouribga',
    ]);
    await expect(element).to.be.accessible();
  });

  it('on submit, an error summary takes focus, links to each field, and each field has its inline error', async () => {
    const element = await form(
      html`<og-suggestion-form lang="en" topics="Budget; Transport" required="topic email"></og-suggestion-form>`,
    );
    await submit(element);
    const summary = $(element, '[part="error-summary"]');
    expect(shadow(element).activeElement).to.equal(summary);
    expect([...summary.querySelectorAll('li')].map(text)).to.deep.equal([
      'Select what your suggestion is about',
      'Enter your suggestion',
      'Enter your email address',
    ]);
    const messageError = $(element, '#f-message-error');
    expect(text(messageError.querySelector('.visually-hidden'))).to.equal('Error:');
    expect($(element, '#f-message').getAttribute('aria-describedby')).to.contain('f-message-error');
    expect($(element, '#f-message').getAttribute('aria-invalid')).to.equal('true');
    await expect(element).to.be.accessible();
    (summary.querySelector('a[href="#f-email"]') as HTMLAnchorElement).click();
    expect(shadow(element).activeElement).to.equal($(element, '#f-email'));
    // Submitting again re-announces: the summary takes focus again.
    $<HTMLInputElement>(element, '#f-email').blur();
    await submit(element);
    expect(shadow(element).activeElement).to.equal($(element, '[part="error-summary"]'));
  });

  it('validates a field on blur only after it was touched', async () => {
    const element = await form(html`<og-suggestion-form lang="en"></og-suggestion-form>`);
    const email = $<HTMLInputElement>(element, '#f-email');
    email.focus();
    email.blur();
    await element.updateComplete;
    expect($(element, '#f-email-error')).to.equal(null);
    email.focus();
    await sendKeys({ type: 'not-an-email' });
    email.blur();
    await element.updateComplete;
    expect(text($(element, '#f-email-error'))).to.contain('Enter an email address in the correct format');
    type(element, '#f-email', 'citoyen@example.org');
    await element.updateComplete;
    expect($(element, '#f-email-error'), 'an error clears as it is corrected').to.equal(null);
  });

  it('asks for consent only when personal data is given', async () => {
    const key = uniqueKey('consent');
    const element = await form(
      html`<og-suggestion-form lang="en" min-fill-seconds="0" action=${`/test-api/suggest/${key}`}></og-suggestion-form>`,
    );
    type(element, '#f-message', MESSAGE);
    type(element, '#f-email', 'citoyen@example.org');
    await submit(element);
    expect([...$(element, '[part="error-summary"]').querySelectorAll('li')].map(text)).to.deep.equal([
      'Tick the box to agree to the use of your personal data, or remove your name, email and phone',
    ]);
    tick(element, '#f-consent');
    const sent = oneEvent(element, 'og-submitted');
    await submit(element);
    await sent;
    expect((await log(key)).stored).to.have.length(1);
    const body = JSON.parse((await log(key)).bodies[0]!.body);
    expect(body).to.include({
      message: MESSAGE,
      email: 'citoyen@example.org',
      consent: true,
      anonymous: true,
      locale: 'en',
    });
    expect(body.page).to.equal(location.href);
    expect(body.id).to.match(/^[0-9a-f-]{36}$/);
  });

  it('sends anonymously without consent, shows a receipt with the server reference, and starts over', async () => {
    const key = uniqueKey('receipt');
    const element = await form(
      html`<og-suggestion-form lang="en" min-fill-seconds="0" action=${`/test-api/suggest/${key}`}></og-suggestion-form>`,
    );
    type(element, '#f-message', MESSAGE);
    tick(element, '#f-anonymous');
    await element.updateComplete;
    expect($<HTMLInputElement>(element, '#f-name').disabled).to.equal(true);
    const sent = oneEvent(element, 'og-submitted');
    await submit(element);
    const event = (await sent) as CustomEvent<OgSubmittedDetail>;
    expect(event.detail.reference).to.equal('SUG-0001');
    await element.updateComplete;
    const receipt = $(element, '[part="receipt"]');
    expect(text(receipt)).to.contain('SUG-0001');
    expect(shadow(element).activeElement).to.equal(receipt.querySelector('.receipt-title'));
    await expect(element).to.be.accessible();
    (receipt.querySelector('button') as HTMLButtonElement).click();
    await element.updateComplete;
    expect($<HTMLTextAreaElement>(element, '#f-message').value).to.equal('');
  });

  it('sends the form encoding and custom headers when asked', async () => {
    const key = uniqueKey('encoding');
    const element = await form(
      html`<og-suggestion-form encoding="form" min-fill-seconds="0" fields="message" action=${`/test-api/suggest/${key}`} .headers=${{ 'X-CSRF-Token': 'tok-123' }}></og-suggestion-form>`,
    );
    type(element, '#f-message', MESSAGE);
    const sent = oneEvent(element, 'og-submitted');
    await submit(element);
    await sent;
    const { bodies } = await log(key);
    expect(bodies[0]!.contentType).to.equal('application/x-www-form-urlencoded');
    expect(new URLSearchParams(bodies[0]!.body).get('message')).to.equal(MESSAGE);
    expect(bodies[0]!.headers.csrf).to.equal('tok-123');
  });

  it('500 then 200: queued on the device, then sent exactly once with the same key', async () => {
    const key = uniqueKey('flaky');
    const element = await form(
      html`<og-suggestion-form lang="en" min-fill-seconds="0" fields="message" action=${`/test-api/suggest/${key}?mode=500&failFirst=1`}></og-suggestion-form>`,
    );
    type(element, '#f-message', MESSAGE);
    const queued = oneEvent(element, 'og-submit-error');
    await submit(element);
    expect(((await queued) as CustomEvent<OgSubmitErrorDetail>).detail.outcome).to.equal('queued');
    await element.updateComplete;
    const outbox = $(element, '[part="outbox"]');
    expect(text(outbox)).to.contain('Saved on this device. It will be sent automatically when the connection is back.');
    expect(outboxEntries()).to.have.length(1);
    await expect(element).to.be.accessible();
    const sent = oneEvent(element, 'og-submitted');
    (outbox.querySelector('button') as HTMLButtonElement).click();
    await sent;
    const result = await log(key);
    expect(result.requests).to.equal(2);
    expect(result.stored).to.have.length(1);
    expect(outboxEntries()).to.have.length(0);
  });

  it('offline, then online: sent exactly once when the connection comes back', async () => {
    const key = uniqueKey('offline');
    const element = await form(
      html`<og-suggestion-form lang="en" min-fill-seconds="0" fields="message" action=${`/test-api/suggest/${key}?mode=drop`}></og-suggestion-form>`,
    );
    type(element, '#f-message', MESSAGE);
    const queued = oneEvent(element, 'og-submit-error');
    await submit(element);
    await queued;
    await fetch(`/test-api/suggest-mode/${key}?mode=ok`);
    const sent = oneEvent(element, 'og-submitted');
    window.dispatchEvent(new Event('online'));
    window.dispatchEvent(new Event('online'));
    await sent;
    await element.updateComplete;
    expect(text($(element, '[part="receipt"]'))).to.contain('SUG-0001');
    expect((await log(key)).stored).to.have.length(1);
  });

  it('the connection comes back during an attempt that then fails: sent right after it, not after the backoff', async () => {
    const key = uniqueKey('back-mid-attempt');
    // The server answers after the form has given up (1 s), and keeps the suggestion.
    const element = await form(
      html`<og-suggestion-form lang="en" min-fill-seconds="0" fields="message" send-timeout="1" action=${`/test-api/suggest/${key}?mode=slow&ms=1500`}></og-suggestion-form>`,
    );
    type(element, '#f-message', MESSAGE);
    const queued = oneEvent(element, 'og-submit-error');
    await submit(element);
    await queued;
    // Many failures already: the next retry after a failure would come minutes later.
    const [entry] = outboxEntries();
    localStorage.setItem('og-suggestion-outbox', JSON.stringify([{ ...entry, attempts: 9 }]));
    const retry = element.flushOutbox();
    await waitUntil(async () => (await log(key)).requests === 2, 'the retry never reached the server');
    // The connection comes back while that retry still waits for its answer, which will come too late.
    await fetch(`/test-api/suggest-mode/${key}?mode=ok`);
    const sent = oneEvent(element, 'og-submitted');
    window.dispatchEvent(new Event('online'));
    await retry;
    await sent;
    await element.updateComplete;
    expect(text($(element, '[part="receipt"]'))).to.contain('SUG-0001');
    expect((await log(key)).stored).to.have.length(1);
    expect(outboxEntries()).to.have.length(0);
  });

  it('back online while another tab is sending the same suggestion: this tab sends it at once if that attempt fails', async () => {
    const key = uniqueKey('back-other-tab');
    const element = await form(
      html`<og-suggestion-form lang="en" min-fill-seconds="0" fields="message" action=${`/test-api/suggest/${key}?mode=500&failFirst=1`}></og-suggestion-form>`,
    );
    type(element, '#f-message', MESSAGE);
    const queued = oneEvent(element, 'og-submit-error');
    await submit(element);
    await queued;
    // Another tab holds the submission's lock: its attempt is under way.
    const [entry] = outboxEntries();
    let release = () => {};
    const otherTab = new Promise<void>((resolve) => (release = resolve));
    await new Promise<void>((locked) =>
      navigator.locks.request(`og-suggestion-${entry!.id}`, () => {
        locked();
        return otherTab;
      }),
    );
    const sent = oneEvent(element, 'og-submitted');
    window.dispatchEvent(new Event('online'));
    // That attempt fails, as the other tab records it: the next retry would come minutes later.
    localStorage.setItem(
      'og-suggestion-outbox',
      JSON.stringify([{ ...entry, attempts: 9, nextAttemptAt: Date.now() + 300_000 }]),
    );
    release();
    await sent;
    await element.updateComplete;
    expect(text($(element, '[part="receipt"]'))).to.contain('SUG-0001');
    expect((await log(key)).requests).to.equal(2);
    expect((await log(key)).stored).to.have.length(1);
  });

  it('a page reloaded mid-send: the re-created form sends what waited in the outbox, once', async () => {
    const key = uniqueKey('reload');
    const action = `/test-api/suggest/${key}?mode=500&failFirst=1`;
    const first = await form(
      html`<og-suggestion-form min-fill-seconds="0" fields="message" action=${action}></og-suggestion-form>`,
    );
    type(first, '#f-message', MESSAGE);
    const queued = oneEvent(first, 'og-submit-error');
    await submit(first);
    await queued;
    first.remove(); // the tab closes
    const second = document.createElement('og-suggestion-form') as OgSuggestionForm;
    second.setAttribute('action', action);
    const sent = oneEvent(second, 'og-submitted');
    document.body.append(second);
    await sent;
    expect((await log(key)).stored).to.have.length(1);
    second.remove();
  });

  it('a 422 shows the server message beside the field, and keeps the text', async () => {
    const key = uniqueKey('rejected');
    const element = await form(
      html`<og-suggestion-form lang="en" min-fill-seconds="0" action=${`/test-api/suggest/${key}?mode=422`}></og-suggestion-form>`,
    );
    type(element, '#f-message', MESSAGE);
    type(element, '#f-email', 'blocked@example.org');
    tick(element, '#f-consent');
    const rejected = oneEvent(element, 'og-submit-error');
    await submit(element);
    expect(((await rejected) as CustomEvent<OgSubmitErrorDetail>).detail.outcome).to.equal('rejected');
    await element.updateComplete;
    expect(text($(element, '#f-email-error'))).to.contain('This email address cannot receive mail.');
    expect($<HTMLTextAreaElement>(element, '#f-message').value).to.equal(MESSAGE);
    expect(outboxEntries()).to.have.length(0);
    await expect(element).to.be.accessible();
  });

  it('og-submit is cancelable: the developer sends it, then marks it sent', async () => {
    const key = uniqueKey('cancel');
    const element = await form(
      html`<og-suggestion-form lang="en" min-fill-seconds="0" fields="message" action=${`/test-api/suggest/${key}`}></og-suggestion-form>`,
    );
    element.addEventListener('og-submit', (event) => event.preventDefault());
    type(element, '#f-message', MESSAGE);
    const submitted = oneEvent(element, 'og-submit');
    await submit(element);
    const event = (await submitted) as CustomEvent<OgSubmitDetail>;
    expect(event.cancelable).to.equal(true);
    expect(event.detail.payload.message).to.equal(MESSAGE);
    expect((await log(key)).requests).to.equal(0);
    element.markSent('CRM-77');
    await element.updateComplete;
    expect(text($(element, '[part="receipt"]'))).to.contain('CRM-77');
  });

  it('a robot that fills the hidden field gets a receipt, and nothing is sent', async () => {
    const key = uniqueKey('honeypot');
    const element = await form(
      html`<og-suggestion-form min-fill-seconds="0" fields="message" action=${`/test-api/suggest/${key}`}></og-suggestion-form>`,
    );
    const trap = $<HTMLInputElement>(element, 'input[name="website"]');
    expect(trap.closest('[aria-hidden="true"]')).to.exist;
    expect(trap.tabIndex).to.equal(-1);
    trap.value = 'http://spam.example';
    type(element, '#f-message', MESSAGE);
    await submit(element);
    expect($(element, '[part="receipt"]')).to.exist;
    expect((await log(key)).requests).to.equal(0);
  });

  it('asks a too-fast sender to read again, and limits sends per hour', async () => {
    const key = uniqueKey('rate');
    const element = await form(
      html`<og-suggestion-form lang="en" min-fill-seconds="60" max-per-hour="1" fields="message" action=${`/test-api/suggest/${key}`}></og-suggestion-form>`,
    );
    type(element, '#f-message', MESSAGE);
    await submit(element);
    expect(text($(element, '[part="error-summary"]'))).to.contain('Please read your suggestion over once more');
    const sent = oneEvent(element, 'og-submitted');
    await submit(element);
    await sent;
    element.startOver();
    await element.updateComplete;
    type(element, '#f-message', MESSAGE);
    await submit(element);
    await submit(element);
    expect(text($(element, '[part="error-summary"]'))).to.contain('You have sent many suggestions in a short time');
    expect((await log(key)).stored).to.have.length(1);
  });

  it('restores the draft after the element is re-created, and clears it on demand', async () => {
    const first = await form(
      html`<og-suggestion-form name="pdr" action="/test-api/suggest/draft"></og-suggestion-form>`,
    );
    type(first, '#f-message', 'اقتراح طويل عن النقل في أزيلال');
    type(first, '#f-name', 'Fatima');
    first.remove(); // saved on disconnect even before the debounce
    const second = await form(
      html`<og-suggestion-form lang="ar" name="pdr" action="/test-api/suggest/draft"></og-suggestion-form>`,
    );
    expect($<HTMLTextAreaElement>(second, '#f-message').value).to.equal('اقتراح طويل عن النقل في أزيلال');
    expect($<HTMLInputElement>(second, '#f-name').value).to.equal('Fatima');
    expect(text($(second, '.draft-note'))).to.equal('استعدنا المسودة التي بدأتها سابقًا على هذا الجهاز.');
    const other = await form(
      html`<og-suggestion-form name="budget" action="/test-api/suggest/draft"></og-suggestion-form>`,
    );
    expect($<HTMLTextAreaElement>(other, '#f-message').value, 'another form has its own draft').to.equal('');
    const clear = [...shadow(second).querySelectorAll('button')].find((button) => text(button) === 'مسح مسودتي')!;
    clear.click();
    await second.updateComplete;
    expect($<HTMLTextAreaElement>(second, '#f-message').value).to.equal('');
    const third = await form(
      html`<og-suggestion-form name="pdr" action="/test-api/suggest/draft"></og-suggestion-form>`,
    );
    expect($<HTMLTextAreaElement>(third, '#f-message').value).to.equal('');
  });

  it('keeps no draft with no-draft', async () => {
    const first = await form(
      html`<og-suggestion-form no-draft action="/test-api/suggest/nodraft"></og-suggestion-form>`,
    );
    type(first, '#f-message', 'private text');
    first.remove();
    const second = await form(
      html`<og-suggestion-form no-draft action="/test-api/suggest/nodraft"></og-suggestion-form>`,
    );
    expect($<HTMLTextAreaElement>(second, '#f-message').value).to.equal('');
    expect(Object.keys(localStorage).filter((name) => name.includes('draft'))).to.deep.equal([]);
  });

  it('counts characters as people do, and says how many remain', async () => {
    const element = await form(html`<og-suggestion-form lang="fr" max-length="20"></og-suggestion-form>`);
    type(element, '#f-message', '👍 مَدْرَسَة');
    await element.updateComplete;
    expect(text($(element, '#f-message-count'))).to.equal('Il vous reste 13 caractères');
    type(element, '#f-message', 'x'.repeat(25));
    await element.updateComplete;
    expect(text($(element, '#f-message-count'))).to.equal('Vous avez 5 caractères de trop');
  });

  it('is fully usable in Arabic, right to left, with topics from an action plan and extra fields', async () => {
    const element =
      await form(html`<og-suggestion-form lang="ar" topics-src="/demo/data/bmk-plan.json" fields="topic area message name email">
      <script type="application/json">
        { "areas": ["أزيلال", "خريبكة"], "fields": [{ "name": "age", "type": "select", "label": { "ar": "الفئة العمرية", "fr": "Tranche d'âge" }, "options": [{ "value": "18-30", "label": "18-30" }] }] }
      </script>
    </og-suggestion-form>`);
    await waitUntil(() => shadow(element).querySelectorAll('#f-topic option').length > 1, 'topics from the plan');
    await waitUntil(() => $(element, '#f-age'), 'extra field from the configuration');
    expect($(element, '[part="base"]').getAttribute('dir')).to.equal('rtl');
    expect([...shadow(element).querySelectorAll('#f-topic option')].map(text)[1]).to.equal(
      'نشر ميزانية المواطن والمعطيات المفتوحة للميزانية',
    );
    expect(text(shadow(element).querySelector('label[for="f-age"]'))).to.contain('الفئة العمرية');
    await submit(element);
    expect(text(shadow(element).querySelector('.error-summary-title'))).to.equal('هناك مشكلة');
    expect(text($(element, '#f-message-error .visually-hidden'))).to.equal('خطأ:');
    await expect(element).to.be.accessible();
  });

  it('keeps the topic field in place, disabled, while the plan’s topics load, so that nothing below it moves', async () => {
    const key = uniqueKey('slow-topics');
    const element = await form(
      html`<og-suggestion-form lang="en" topics-src=${`/test-api/fault/${key}?file=demo/data/bmk-plan.json&kind=slow&ms=600`} fields="topic message"></og-suggestion-form>`,
    );
    const topic = $(element, '#f-topic') as HTMLSelectElement;
    expect(topic, 'the topic field while loading').to.be.ok;
    expect(topic.disabled).to.equal(true);
    const messageTop = $(element, '#f-message').getBoundingClientRect().top;
    await expect(element).to.be.accessible();
    await waitUntil(() => shadow(element).querySelectorAll('#f-topic option').length > 1, 'topics from the plan', {
      timeout: 5000,
    });
    expect(($(element, '#f-topic') as HTMLSelectElement).disabled).to.equal(false);
    expect($(element, '#f-message').getBoundingClientRect().top).to.equal(messageTop);
    await expect(element).to.be.accessible();
  });

  it('a background send for one form never touches another form on the same endpoint', async () => {
    const key = uniqueKey('two-forms');
    const action = `/test-api/suggest/${key}?mode=drop`;
    const page = await fixture<HTMLElement>(html`<div>
      <og-suggestion-form name="a" lang="en" min-fill-seconds="0" fields="message" action=${action}></og-suggestion-form>
      <og-suggestion-form name="b" lang="en" min-fill-seconds="0" fields="message" action=${action}></og-suggestion-form>
    </div>`);
    const [first, second] = [...page.querySelectorAll('og-suggestion-form')] as OgSuggestionForm[];
    await waitUntil(() => $(first!, 'form') && $(second!, 'form'));
    type(first!, '#f-message', MESSAGE);
    const queued = oneEvent(first!, 'og-submit-error');
    await submit(first!);
    await queued;
    type(second!, '#f-message', 'Une autre idée, en cours de saisie.');
    await fetch(`/test-api/suggest-mode/${key}?mode=ok`);
    const sent = oneEvent(first!, 'og-submitted');
    window.dispatchEvent(new Event('online'));
    await sent;
    await second!.updateComplete;
    expect($<HTMLTextAreaElement>(second!, '#f-message').value).to.equal('Une autre idée, en cours de saisie.');
    expect($(second!, '[part="receipt"]')).to.equal(null);
    expect((await log(key)).stored).to.have.length(1);
  });

  it('a queued suggestion that the server later refuses comes back into the form, whole', async () => {
    const key = uniqueKey('late-422');
    const element = await form(
      html`<og-suggestion-form lang="en" min-fill-seconds="0" topics="budget: Budget; pdr: Plan" action=${`/test-api/suggest/${key}?mode=drop`}></og-suggestion-form>`,
    );
    const topic = $<HTMLSelectElement>(element, '#f-topic');
    topic.value = 'pdr';
    topic.dispatchEvent(new Event('change'));
    type(element, '#f-message', MESSAGE);
    type(element, '#f-email', 'blocked@example.org');
    tick(element, '#f-consent');
    const queued = oneEvent(element, 'og-submit-error');
    await submit(element);
    await queued;
    await fetch(`/test-api/suggest-mode/${key}?mode=422`);
    const rejected = oneEvent(element, 'og-submit-error');
    $<HTMLButtonElement>(element, '[part="outbox"] button').click();
    expect(((await rejected) as CustomEvent<OgSubmitErrorDetail>).detail.outcome).to.equal('rejected');
    await element.updateComplete;
    expect($<HTMLTextAreaElement>(element, '#f-message').value).to.equal(MESSAGE);
    expect($<HTMLInputElement>(element, '#f-email').value).to.equal('blocked@example.org');
    expect($<HTMLSelectElement>(element, '#f-topic').value).to.equal('pdr');
    expect(text($(element, '#f-email-error'))).to.contain('This email address cannot receive mail.');
    expect(outboxEntries()).to.have.length(0);
    expect(
      Object.keys(localStorage).some((name) => name.startsWith('og-suggestion-draft:')),
      'kept as the draft',
    ).to.equal(true);
  });

  for (const [route, what] of [
    ['suggest-redirect', 'a redirect'],
    ['suggest-html', 'a web page with 200'],
  ]) {
    it(`${what} is not an acknowledgement: the suggestion stays in the outbox`, async () => {
      const element = await form(
        html`<og-suggestion-form lang="en" min-fill-seconds="0" fields="message" action=${`/test-api/${route}/x`}></og-suggestion-form>`,
      );
      type(element, '#f-message', MESSAGE);
      const queued = oneEvent(element, 'og-submit-error');
      await submit(element);
      expect(((await queued) as CustomEvent<OgSubmitErrorDetail>).detail.outcome).to.equal('queued');
      expect(outboxEntries()).to.have.length(1);
    });
  }

  it('shows the error summary on submit only, not when a field loses focus', async () => {
    const element = await form(html`<og-suggestion-form lang="en"></og-suggestion-form>`);
    type(element, '#f-email', 'nope');
    $<HTMLInputElement>(element, '#f-email').dispatchEvent(new Event('blur'));
    await element.updateComplete;
    expect($(element, '#f-email-error')).to.exist;
    expect($(element, '[part="error-summary"]')).to.equal(null);
  });

  it('keeps one submission id for one text, even when a developer cancels og-submit', async () => {
    const element = await form(
      html`<og-suggestion-form lang="en" min-fill-seconds="0" fields="message" action="/test-api/suggest/never"></og-suggestion-form>`,
    );
    const ids: string[] = [];
    element.addEventListener('og-submit', (event) => {
      ids.push(event.detail.payload.id);
      event.preventDefault();
    });
    type(element, '#f-message', MESSAGE);
    await submit(element);
    await submit(element);
    type(element, '#f-message', `${MESSAGE} Avec une précision.`);
    await submit(element);
    expect(ids[0]).to.equal(ids[1]);
    expect(ids[2]).not.to.equal(ids[0]);
  });

  it('says plainly when the form has no action', async () => {
    const element = await form(
      html`<og-suggestion-form lang="en" min-fill-seconds="0" fields="message"></og-suggestion-form>`,
    );
    type(element, '#f-message', MESSAGE);
    await submit(element);
    expect(text($(element, '[part="error-summary"]'))).to.contain('This form has no address to send suggestions to');
  });
});
