import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  OgElement,
  contained,
  DataSourceController,
  registerLocaleGroup,
  createEvent,
  msg,
  str,
  type RawData,
} from '../core/index.js';
import { loaders as localeLoaders } from '../locales/suggestion-form/index.js';
import {
  asksPersonalData,
  consentOf,
  buildPayload,
  formRules,
  isRequired,
  nameList,
  newSubmissionId,
  parseChoiceList,
  rateLimited,
  recheckField,
  refusalErrors,
  shownFields,
  topicsFromPlan,
  validateForm,
  type Choice,
  type FieldError,
  type FormConfig,
  type FormShape,
  type FormValues,
} from './model.js';
import { sendTimes } from './outbox-store.js';
import { DraftController, hasContent } from './drafts.js';
import { SubmissionController } from './submission.js';
import type { OgSubmitDetail, OgSubmitErrorDetail } from './events.js';

export type { OgSubmitDetail, OgSubmittedDetail, OgSubmitErrorDetail } from './events.js';
import { aboutYou, choiceField, consentBlock, messageField, remainingText } from './fields.js';
import type { FieldsView } from './field-parts.js';
import type { extraField } from './extra-fields.js';
import { errorSummary, formActions, queuedNotice, receipt } from './states.js';
import { errorText, fieldLabel } from './labels.js';
import { formStyles } from './styles.js';
import { readFormConfig } from './reader.js';

const HOUR = 3_600_000;

/**
 * A form for citizens' suggestions that never loses what they type: the draft is saved as they
 * write, and a submission that cannot be sent waits in an outbox on the device and is retried
 * (with the same idempotency key) until the server acknowledges it. Validation follows the
 * GOV.UK pattern; a consent block states who controls the data, why and for how long.
 *
 * The optional JSON configuration (`.data`, an inline `<script type="application/json">` or `src`)
 * declares extra fields, the consent text, topics and areas: see docs/suggestion-form.md.
 *
 * @element og-suggestion-form
 * @attr action - The URL the suggestion is POSTed to.
 * @attr encoding - `json` (default) or `form` (application/x-www-form-urlencoded).
 * @attr name - The form's name: sent with the suggestion, and part of the draft's key.
 * @attr fields - Built-in fields to show, among `topic area message name email phone` (default: `topic message name email`).
 * @attr required - Built-in fields that must be filled (the message always must).
 * @attr topics - Topics, `value: Label; value: Label` (or just labels).
 * @attr topics-src - URL of an action plan (the tracker's JSON): its commitments become the topics.
 * @attr areas - Areas (provinces, districts), `Azilal; Béni Mellal; …`.
 * @attr min-length - Fewest characters in the message (default 10).
 * @attr max-length - Most characters in the message (default 2000).
 * @attr controller - Consent block: who controls the data.
 * @attr purpose - Consent block: why it is collected.
 * @attr retention - Consent block: how long it is kept.
 * @attr declaration - Consent block: the CNDP or INPDP declaration or authorisation number.
 * @attr notice-url - Consent block: link to the full privacy notice.
 * @attr no-draft - Do not keep a draft on this device (shared computers).
 * @attr min-fill-seconds - A submission faster than this after the form appeared is treated as a robot's (default 3; 0 turns it off).
 * @attr max-per-hour - Most suggestions this browser may send in an hour (default 10; 0 turns it off).
 * @attr send-timeout - Seconds to wait for the server before keeping the suggestion in the outbox (default 20).
 * @attr follow-url - Address of the page with the response log (og-response-log): the receipt links "Follow your suggestion" to its `#suggestion-<reference>`.
 * @prop headers - Extra request headers, e.g. `{ 'X-CSRF-Token': token }`.
 * @prop topicList - Topics as `{ value, label }` objects (label may be multilingual).
 * @fires {CustomEvent<OgSubmitDetail>} og-submit - The citizen pressed Send and the form is valid, before anything is sent; detail `{ payload }`. Cancelable: cancel it to send the payload yourself, then call `markSent()`.
 * @fires {CustomEvent<OgSubmittedDetail>} og-submitted - The server acknowledged the suggestion; detail `{ payload, status?, response?, reference }`.
 * @fires {CustomEvent<OgSubmitErrorDetail>} og-submit-error - The suggestion was not acknowledged; detail `{ payload, outcome: 'queued' | 'rejected' | 'not-sent', status?, response? }` (`queued`: kept in the outbox and retried; `rejected`: refused by the server with a 4xx; `not-sent`: the form has no `action`).
 * @csspart form - The form.
 * @csspart error-summary - The list of problems shown on submit.
 * @csspart consent - The personal-data block.
 * @csspart submit-button - The Send button.
 * @csspart receipt - The acknowledgement with its reference number.
 * @csspart outbox - The "saved on this device" notice.
 */
export class OgSuggestionForm extends OgElement<FormConfig> {
  static override styles = [...OgElement.styles, formStyles];
  protected static override messageGroup = registerLocaleGroup('suggestion-form', localeLoaders);

  @property() action?: string;
  @property() encoding: 'json' | 'form' = 'json';
  @property() name = '';
  @property() fields?: string;
  @property() required?: string;
  @property() topics?: string;
  @property({ attribute: 'topics-src' }) topicsSrc?: string;
  @property() areas?: string;
  @property({ type: Number, attribute: 'min-length' }) minLength = 10;
  @property({ type: Number, attribute: 'max-length' }) maxLength = 2000;
  @property() controller?: string;
  @property() purpose?: string;
  @property() retention?: string;
  @property() declaration?: string;
  @property({ attribute: 'notice-url' }) noticeUrl?: string;
  @property({ type: Boolean, attribute: 'no-draft' }) noDraft = false;
  @property({ type: Number, attribute: 'min-fill-seconds' }) minFillSeconds = 3;
  @property({ type: Number, attribute: 'max-per-hour' }) maxPerHour = 10;
  @property({ type: Number, attribute: 'send-timeout' }) sendTimeout = 20;
  @property({ attribute: 'follow-url' }) followUrl?: string;
  @property({ attribute: false }) headers: Record<string, string> = {};
  @property({ attribute: false }) topicList?: Choice[];

  @state() private values: FormValues = {};
  @state() private errors: FieldError[] = [];
  @state() private touched = new Set<string>();
  @state() private summaryVersion = 0;
  @state() private generalError = '';
  @state() private restoredDraft = false;
  /** Errors listed in the summary: set on submit (and by a server's refusal), never on blur. */
  @state() private summaryFields: string[] = [];

  private shownAt = Date.now();
  private focusAfterRender?: string;

  private readonly drafts = new DraftController(this, {
    action: () => this.actionUrl(),
    name: () => this.name,
    enabled: () => !this.noDraft,
  });

  private readonly submission = new SubmissionController(this, {
    action: () => this.actionUrl(),
    name: () => this.name,
    headers: () => this.headers ?? {},
    timeout: () => (Number(this.sendTimeout) || 20) * 1000,
    drafts: this.drafts,
    values: () => this.values,
    clear: () => this.clearValues(),
    refused: (values, answer, moveFocus) => this.showRefused(values, answer, moveFocus),
    focus: (selector) => (this.focusAfterRender = selector),
    announce: (text) => this.announce(text),
    silence: () => this.announcer.clear(),
    contain: (fn) => this.contain(fn),
  });

  /** The topics of `topics-src` (an action plan), through the same loading as any data: abort, timeout, cache. */
  private readonly planTopics = new DataSourceController<Choice[]>(this, {
    request: () => ({ src: this.topicsSrc, format: 'json', timeout: this.timeoutMs() }),
    parse: (raw) => (raw.format === 'json' ? topicsFromPlan(raw.value) : []),
    onChange: (next) => {
      // Topics are a help, not a requirement: the form works without them.
      if (next.status === 'error')
        console.warn(`opengov-widgets <og-suggestion-form>: topics-src not loaded. ${next.error.detail}`);
    },
  });

  /** The template of a configuration's fields: loaded with the configuration, which alone declares them. */
  private extraField?: typeof extraField;

  protected async parseData(raw: RawData): Promise<FormConfig> {
    const [{ model, warnings }, templates] = await Promise.all([readFormConfig(raw), import('./extra-fields.js')]);
    this.extraField = templates.extraField;
    this.logWarnings(warnings);
    return model;
  }

  protected override isEmpty(): boolean {
    return false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.shownAt = Date.now();
    this.contain(() => this.restoreDraft());
    if (this.hasUpdated && this.planTopics.state.status === 'idle') void this.planTopics.load();
  }

  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    // After the first update, so that properties such as `headers` (a CSRF token) are set:
    // submissions left from an earlier visit (a closed tab, a crash) are sent now.
    this.submission.resume();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('topicsSrc') || changed.has('timeout')) void this.planTopics.load();
    if (this.hasUpdated && (changed.has('action') || changed.has('name'))) {
      if (!hasContent(this.values)) this.restoreDraft();
      this.submission.resume();
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.focusAfterRender) {
      this.renderRoot.querySelector<HTMLElement>(this.focusAfterRender)?.focus();
      this.focusAfterRender = undefined;
    }
  }

  private actionUrl(): string {
    try {
      return this.action ? new URL(this.action, document.baseURI).href : '';
    } catch {
      return this.action ?? '';
    }
  }

  // --- configuration ------------------------------------------------------------------------

  private config(): FormConfig {
    const state = this.source.state;
    return state.status === 'ready' ? state.value : { fields: [], consent: {} };
  }

  /** What the form asks, from its attributes and configuration. */
  private shape(): FormShape {
    const planTopics = this.planTopics.state.status === 'ready' ? this.planTopics.state.value : [];
    const config = this.config();
    return {
      shown: shownFields(this.fields),
      required: nameList(this.required),
      topics: this.topicList ?? (this.topics ? parseChoiceList(this.topics) : undefined) ?? config.topics ?? planTopics,
      areas: this.areas ? parseChoiceList(this.areas) : (config.areas ?? []),
      extra: config.fields,
      minLength: this.minLength,
      maxLength: this.maxLength,
    };
  }

  // --- drafts and editing -------------------------------------------------------------------

  private restoreDraft(): void {
    const values = this.drafts.restore();
    if (values) {
      this.values = { ...values };
      this.restoredDraft = true;
    }
  }

  /** Forgets the draft on this device and empties the form. */
  @contained
  clearDraft(): void {
    this.drafts.forget();
    this.clearValues();
    this.announce(msg('Your draft was cleared.'));
  }

  /** Empties the form: values, errors and notes. */
  private clearValues(): void {
    this.values = {};
    this.errors = [];
    this.summaryFields = [];
    this.touched = new Set();
    this.restoredDraft = false;
  }

  private setValue(name: string, value: string | boolean): void {
    this.values = { ...this.values, [name]: value };
    // A text changed after it was handed to og-submit is another suggestion, with its own id.
    this.submission.edited(this.values);
    this.touched = new Set(this.touched).add(name);
    // An error already shown is re-checked as the citizen corrects it.
    if (this.errors.some((error) => error.field === name)) this.revalidate(name);
    // The characters left are said once typing pauses, not on every key.
    if (name === 'message')
      this.announce(() => remainingText({ locale: this.locale, values: this.values }, this.maxLength), 1200);
  }

  private revalidate(name: string): void {
    this.errors = recheckField(formRules(this.shape(), this.values), this.errors, this.values, name);
  }

  // --- sending ------------------------------------------------------------------------------

  private async onSubmit(form: HTMLFormElement): Promise<void> {
    if (this.submission.phase === 'sending') return;
    this.generalError = '';
    if (form.querySelector<HTMLInputElement>('input[name="website"]')?.value) {
      // A robot filled the field people cannot see: pretend all went well, send nothing.
      console.info('opengov-widgets <og-suggestion-form>: hidden field filled; nothing sent.');
      this.submission.showReceipt(newSubmissionId(), true);
      return;
    }
    const errors = validateForm(formRules(this.shape(), this.values), this.values);
    if (errors.length) {
      this.touched = new Set([...this.touched, ...errors.map((error) => error.field)]);
      this.showErrors(errors);
      return;
    }
    this.errors = [];
    this.summaryFields = [];
    if (this.minFillSeconds > 0 && Date.now() - this.shownAt < this.minFillSeconds * 1000) {
      this.showErrors([], msg('Please read your suggestion over once more, then send it.'));
      this.shownAt = 0; // the second press goes through
      return;
    }
    if (rateLimited(sendTimes(), Date.now(), this.maxPerHour, HOUR)) {
      this.showErrors([], msg('You have sent many suggestions in a short time. Please try again later.'));
      return;
    }
    const context = {
      id: this.drafts.id,
      createdAt: new Date().toISOString(),
      locale: this.locale,
      page: location.href,
      form: this.name,
    };
    const payload = buildPayload(this.shape(), this.values, context);
    this.submission.dispatch();
    if (!this.dispatchEvent(createEvent<OgSubmitDetail>('og-submit', { payload }, { cancelable: true }))) return; // the developer sends it
    if (!this.action) {
      this.showErrors([], msg('This form has no address to send suggestions to. Please tell the website’s team.'));
      this.dispatchEvent(createEvent<OgSubmitErrorDetail>('og-submit-error', { payload, outcome: 'not-sent' }));
      return;
    }
    await this.submission.send(payload, this.encoding === 'form' ? 'form' : 'json');
  }

  /** The error summary: the errors it lists (on submit, or a server's refusal) and a general sentence. */
  private showErrors(errors: FieldError[], general = '', moveFocus = true): void {
    this.errors = errors;
    this.summaryFields = errors.map((error) => error.field);
    this.generalError = general;
    this.summaryVersion += 1;
    if (moveFocus) this.focusAfterRender = '.error-summary';
  }

  /** A refused suggestion back in the form, with the server's reasons. */
  private showRefused(values: FormValues, answer: { body?: unknown; status?: number }, moveFocus: boolean): void {
    this.values = values;
    const { errors, general } = refusalErrors(answer.body, formRules(this.shape(), values));
    const refused = msg(str`The server refused the suggestion (error ${answer.status ?? ''}).`);
    this.showErrors(errors, general.join(' ') || (errors.length ? '' : refused), moveFocus);
  }

  /**
   * Shows the receipt after a developer sent the payload their own way (after cancelling
   * `og-submit`), and clears the draft.
   */
  markSent(reference: string): void {
    this.submission.showReceipt(reference, true);
  }

  /**
   * Sends what waits in the outbox for this form.
   * @param {boolean} [now] - Ignore the backoff between retries (default `true`).
   */
  flushOutbox(now = true): Promise<void> {
    return this.submission.flush(now);
  }

  /** Back to an empty form after a receipt. */
  @contained
  startOver(): void {
    this.generalError = '';
    this.shownAt = Date.now();
    this.focusAfterRender = 'textarea, select, input:not([name="website"])';
    this.submission.startOver();
  }

  // --- rendering ----------------------------------------------------------------------------

  /** What the field templates need of the form, with every change contained. */
  private fieldsView(): FieldsView {
    return {
      locale: this.locale,
      values: this.values,
      errorFor: (name) => this.errors.find((error) => error.field === name),
      errorMessage: (error) => this.errorMessage(error),
      isRequired: (field) => isRequired({ required: nameList(this.required) }, field),
      fieldLabel: (name) => this.fieldLabel(name),
      text: (value) => this.text(value),
      localizedText: (value) => this.localizedText(value),
      change: (name, value) => this.contain(() => this.setValue(name, value)),
      blur: (name) => this.contain(() => this.touched.has(name) && this.revalidate(name)),
    };
  }

  private fieldLabel(name: string): string {
    return fieldLabel(name, this.config().fields, (label) => this.text(label));
  }

  private errorMessage(error: FieldError): string {
    return error.kind === 'server' && error.message
      ? error.message
      : errorText(error, this.fieldLabel(error.field), this.locale);
  }

  /** Without a configuration, the form as its attributes make it. */
  protected override renderIdle(): unknown {
    return this.renderData();
  }

  protected renderData(): TemplateResult {
    const { phase } = this.submission;
    if (phase === 'sent') {
      const next = this.config().next;
      const nextText = next ? this.localizedText(next) : undefined;
      return receipt(this.submission.reference, nextText, () => this.startOver(), this.followUrl);
    }
    if (phase === 'queued') return queuedNotice(this.submission.persisted, () => this.submission.retryNow());
    const view = this.fieldsView();
    const shape = this.shape();
    const { shown } = shape;
    const busy = phase === 'sending';
    const listed = this.errors.filter((error) => this.summaryFields.includes(error.field));
    const topicsWaiting = this.planTopics.state.status === 'loading';
    return html`<form part="form" novalidate aria-busy=${busy ? 'true' : 'false'} @submit=${(event: Event) => this.submit(event)}>
      ${errorSummary(listed, this.generalError, this.summaryVersion, (error) => this.errorMessage(error))}
      ${this.restoredDraft ? html`<p class="draft-note" role="status">${msg('We restored the draft you started earlier on this device.')}</p>` : nothing}
      ${shown.includes('topic') ? choiceField(view, 'topic', msg('What is your suggestion about?'), shape.topics, topicsWaiting) : nothing}
      ${shown.includes('area') ? choiceField(view, 'area', msg('Area'), shape.areas) : nothing} ${messageField(view, this.maxLength)}
      ${shape.extra.map((field) => this.extraField!(view, field))} ${aboutYou(view, shown)}
      <div class="trap" aria-hidden="true">
        <label>Website <input type="text" name="website" tabindex="-1" autocomplete="off" /></label>
      </div>
      ${asksPersonalData(shape) ? consentBlock(view, consentOf(this.config().consent, this)) : nothing}
      ${formActions(busy, this.noDraft ? undefined : { saved: this.drafts.saved, clear: () => this.clearDraft() })}
    </form>`;
  }

  private submit(event: Event): void {
    event.preventDefault();
    this.contain(() => void this.onSubmit(event.target as HTMLFormElement).catch((error: unknown) => this.fail(error)));
  }
}
