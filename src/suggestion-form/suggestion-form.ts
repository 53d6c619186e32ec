import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  OgElement,
  DataSourceController,
  registerLocaleGroup,
  createEvent,
  safeUrl,
  msg,
  str,
  type RawData,
} from '../core/index.js';
import { loaders as localeLoaders } from '../locales/suggestion-form/index.js';
import {
  BUILT_IN_FIELDS,
  parseChoiceList,
  topicsFromPlan,
  validateForm,
  validateField,
  newSubmissionId,
  valuesFromPayload,
  serverErrors,
  rateLimited,
  type BuiltInField,
  type Choice,
  type FieldError,
  type FieldRule,
  type FormConfig,
  type FormValues,
  type SuggestionPayload,
} from './model.js';
import { deliveredRecord, deliveredRecords, outboxEntry, removeOutboxEntry, sendTimes, textKey, type OutboxEntry, type SendResult } from './outbox.js';
import { DraftController, hasContent } from './drafts.js';
import { OutboxController } from './outbox-controller.js';
import { aboutYou, choiceField, consentBlock, extraField, messageField, remainingText, PERSONAL, type FieldsView } from './fields.js';
import { errorSummary, queuedNotice, receipt } from './states.js';
import { errorText } from './labels.js';
import { formStyles } from './styles.js';
import { readFormConfig } from './reader.js';

/** Detail of `og-submit` (cancelable: call `preventDefault()` to send the payload yourself). */
export interface OgSubmitDetail {
  payload: SuggestionPayload;
}

/** Detail of `og-submitted`: the server acknowledged the suggestion. */
export interface OgSubmittedDetail {
  payload: SuggestionPayload;
  status?: number;
  /** The server's answer, parsed as JSON when it is JSON. */
  response?: unknown;
  /** The reference shown to the citizen. */
  reference: string;
}

/** Detail of `og-submit-error`: the suggestion was queued for a retry, or rejected by the server. */
export interface OgSubmitErrorDetail {
  payload: SuggestionPayload;
  outcome: 'queued' | 'rejected' | 'not-sent';
  status?: number;
  response?: unknown;
}

declare global {
  interface HTMLElementEventMap {
    'og-submit': CustomEvent<OgSubmitDetail>;
    'og-submitted': CustomEvent<OgSubmittedDetail>;
    'og-submit-error': CustomEvent<OgSubmitErrorDetail>;
  }
}

type Phase = 'editing' | 'sending' | 'queued' | 'sent';

const DEFAULT_FIELDS: BuiltInField[] = ['topic', 'message', 'name', 'email'];
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
  @property({ attribute: false }) headers: Record<string, string> = {};
  @property({ attribute: false }) topicList?: Choice[];

  @state() private values: FormValues = {};
  @state() private errors: FieldError[] = [];
  @state() private touched = new Set<string>();
  @state() private phase: Phase = 'editing';
  @state() private reference = '';
  @state() private summaryVersion = 0;
  @state() private generalError = '';
  @state() private restoredDraft = false;
  /** Errors listed in the summary: set on submit (and by a server's refusal), never on blur. */
  @state() private summaryFields: string[] = [];
  /** Whether the outbox could be saved on the device (false: kept in memory for this page only). */
  @state() private persisted = true;

  private shownAt = Date.now();
  private focusAfterRender?: string;
  /** The submission this form is showing (sending or queued); other entries are earlier ones. */
  private pendingId?: string;
  /** Whether the id of the text on screen was handed to og-submit: a change of text then is a new intent. */
  private dispatched = false;

  private readonly drafts = new DraftController(this, {
    action: () => this.actionUrl(),
    name: () => this.name,
    enabled: () => !this.noDraft,
  });

  private readonly outbox = new OutboxController(this, {
    action: () => this.actionUrl(),
    name: () => this.name,
    headers: () => this.headers ?? {},
    timeout: () => (Number(this.sendTimeout) || 20) * 1000,
    onResult: (entry, result, fromSubmit) => this.contain(() => this.showResult(entry, result, fromSubmit)),
    onElsewhere: () => this.contain(() => this.followOtherTabs()),
  });

  /** The topics of `topics-src` (an action plan), through the same loading as any data: abort, timeout, cache. */
  private readonly planTopics = new DataSourceController<Choice[]>(this, {
    request: () => ({ src: this.topicsSrc, format: 'json', timeout: this.timeoutMs() }),
    parse: (raw) => (raw.format === 'json' ? topicsFromPlan(raw.value) : []),
    onChange: (next) => {
      // Topics are a help, not a requirement: the form works without them.
      if (next.status === 'error') console.warn(`opengov-widgets <og-suggestion-form>: the topics could not be loaded. ${next.error.detail}`);
    },
  });

  protected async parseData(raw: RawData): Promise<FormConfig> {
    return (await readFormConfig(raw)).model;
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
    this.resumeOutbox();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('topicsSrc') || changed.has('timeout')) void this.planTopics.load();
    if (this.hasUpdated && (changed.has('action') || changed.has('name'))) {
      if (!hasContent(this.values)) this.restoreDraft();
      this.resumeOutbox();
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

  /** Takes up what this form left in the outbox: shows it as queued, and sends it. */
  private resumeOutbox(): void {
    if (!this.action) return;
    const waiting = this.outbox.entries().filter((entry) => !entry.rejected);
    if (waiting.length && this.phase === 'editing' && !this.pendingId) {
      this.pendingId = waiting[0]!.id;
      this.phase = 'queued';
    }
    this.offerRejected();
    this.outbox.flushInBackground(true);
  }

  // --- configuration ------------------------------------------------------------------------

  private config(): FormConfig {
    const state = this.source.state;
    return state.status === 'ready' ? state.value : { fields: [], consent: {} };
  }

  private shownFields(): BuiltInField[] {
    const listed = (this.fields ?? '').split(/[\s,;]+/).filter((name): name is BuiltInField => (BUILT_IN_FIELDS as readonly string[]).includes(name));
    const shown = listed.length ? listed : DEFAULT_FIELDS;
    return BUILT_IN_FIELDS.filter((field) => field === 'message' || shown.includes(field));
  }

  private isRequired(field: BuiltInField): boolean {
    return field === 'message' || (this.required ?? '').split(/[\s,;]+/).includes(field);
  }

  private topicChoices(): Choice[] {
    const planTopics = this.planTopics.state.status === 'ready' ? this.planTopics.state.value : [];
    return this.topicList ?? (this.topics ? parseChoiceList(this.topics) : undefined) ?? this.config().topics ?? planTopics;
  }

  private areaChoices(): Choice[] {
    return this.areas ? parseChoiceList(this.areas) : (this.config().areas ?? []);
  }

  private consent(): FormConfig['consent'] {
    const fromConfig = this.config().consent;
    return {
      controller: this.controller ?? fromConfig.controller,
      purpose: this.purpose ?? fromConfig.purpose,
      retention: this.retention ?? fromConfig.retention,
      declaration: this.declaration ?? fromConfig.declaration,
      noticeUrl: this.noticeUrl ? safeUrl(this.noticeUrl) : fromConfig.noticeUrl,
    };
  }

  /** Whether the form asks for personal data, and so shows the consent block. */
  private asksPersonalData(): boolean {
    return this.shownFields().some((field) => PERSONAL.includes(field));
  }

  /** Whether the citizen has given personal data, which makes consent necessary. */
  private givesPersonalData(): boolean {
    const given = (name: string) => typeof this.values[name] === 'string' && (this.values[name] as string).trim() !== '';
    return (given('name') && this.values.anonymous !== true) || given('email') || given('phone');
  }

  private rules(): FieldRule[] {
    const shown = this.shownFields();
    const rules: FieldRule[] = [];
    const topics = this.topicChoices();
    const areas = this.areaChoices();
    if (shown.includes('topic') && topics.length) rules.push({ name: 'topic', required: this.isRequired('topic'), kind: 'choice', options: topics.map((choice) => choice.value) });
    if (shown.includes('area') && areas.length) rules.push({ name: 'area', required: this.isRequired('area'), kind: 'choice', options: areas.map((choice) => choice.value) });
    rules.push({ name: 'message', required: true, minLength: this.minLength, maxLength: this.maxLength });
    for (const field of this.config().fields) {
      const kind = field.type === 'checkbox' ? 'checkbox' : field.type === 'date' ? 'date' : field.type === 'select' || field.type === 'radio' ? 'choice' : 'text';
      rules.push({ name: field.name, required: field.required, kind, pattern: field.pattern, maxLength: field.maxLength, options: field.options.length ? field.options.map((choice) => choice.value) : undefined });
    }
    if (shown.includes('name') && this.values.anonymous !== true) rules.push({ name: 'name', required: this.isRequired('name'), maxLength: 200 });
    if (shown.includes('email')) rules.push({ name: 'email', required: this.isRequired('email'), kind: 'email' });
    if (shown.includes('phone')) rules.push({ name: 'phone', required: this.isRequired('phone'), kind: 'phone' });
    if (this.asksPersonalData()) rules.push({ name: 'consent', required: this.givesPersonalData(), kind: 'checkbox' });
    return rules;
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
  clearDraft(): void {
    this.drafts.forget();
    this.values = {};
    this.errors = [];
    this.touched = new Set();
    this.restoredDraft = false;
    this.announce(msg('Your draft was cleared.'));
  }

  private setValue(name: string, value: string | boolean): void {
    this.values = { ...this.values, [name]: value };
    // A text changed after it was handed to og-submit is another suggestion, with its own id.
    if (this.dispatched) this.drafts.adopt(this.values);
    else this.drafts.update(this.values);
    this.dispatched = false;
    this.touched = new Set(this.touched).add(name);
    // An error already shown is re-checked as the citizen corrects it.
    if (this.errors.some((error) => error.field === name)) this.revalidate(name);
    // The characters left are said once typing pauses, not on every key.
    if (name === 'message') this.announce(() => remainingText({ locale: this.locale, values: this.values }, this.maxLength), 1200);
  }

  private revalidate(name: string): void {
    const rules = this.rules();
    const rule = rules.find((candidate) => candidate.name === name);
    const error = rule ? validateField(rule, this.values[name]) : undefined;
    const order = (field: string) => ((index) => (index < 0 ? 999 : index))(rules.findIndex((candidate) => candidate.name === field));
    this.errors = [...this.errors.filter((other) => other.field !== name), ...(error ? [error] : [])].sort((a, b) => order(a.field) - order(b.field));
  }

  // --- sending ------------------------------------------------------------------------------

  private buildPayload(id: string): SuggestionPayload {
    const value = (name: string) => {
      const entry = this.values[name];
      return typeof entry === 'string' && entry.trim() ? entry.trim() : undefined;
    };
    const anonymous = this.values.anonymous === true;
    const extra: Record<string, string | boolean> = {};
    for (const field of this.config().fields) {
      const entry = this.values[field.name];
      if (entry !== undefined && entry !== '') extra[field.name] = typeof entry === 'string' ? entry.trim() : entry;
    }
    const shown = this.shownFields();
    return {
      id,
      createdAt: new Date().toISOString(),
      locale: this.locale,
      page: location.href,
      form: this.name || undefined,
      topic: shown.includes('topic') ? value('topic') : undefined,
      area: shown.includes('area') ? value('area') : undefined,
      message: value('message') ?? '',
      name: shown.includes('name') && !anonymous ? value('name') : undefined,
      anonymous: anonymous || !value('name'),
      email: shown.includes('email') ? value('email') : undefined,
      phone: shown.includes('phone') ? value('phone') : undefined,
      extra,
      consent: this.asksPersonalData() ? this.values.consent === true : undefined,
    };
  }

  private async onSubmit(form: HTMLFormElement): Promise<void> {
    if (this.phase === 'sending') return;
    this.generalError = '';
    if (form.querySelector<HTMLInputElement>('input[name="website"]')?.value) {
      // A robot filled the field people cannot see: pretend all went well, send nothing.
      console.info('opengov-widgets <og-suggestion-form>: the hidden field was filled; nothing was sent.');
      this.showReceipt(newSubmissionId(), true);
      return;
    }
    const errors = validateForm(this.rules(), this.values);
    if (errors.length) {
      this.errors = errors;
      this.summaryFields = errors.map((error) => error.field);
      this.touched = new Set([...this.touched, ...errors.map((error) => error.field)]);
      this.showGeneralError('');
      return;
    }
    this.errors = [];
    this.summaryFields = [];
    if (this.minFillSeconds > 0 && Date.now() - this.shownAt < this.minFillSeconds * 1000) {
      this.showGeneralError(msg('Please read your suggestion over once more, then send it.'));
      this.shownAt = 0; // the second press goes through
      return;
    }
    if (rateLimited(sendTimes(), Date.now(), this.maxPerHour, HOUR)) {
      this.showGeneralError(msg('You have sent many suggestions in a short time. Please try again later.'));
      return;
    }
    const payload = this.buildPayload(this.drafts.id);
    this.dispatched = true;
    if (!this.dispatchEvent(createEvent<OgSubmitDetail>('og-submit', { payload }, { cancelable: true }))) return; // the developer sends it
    if (!this.action) {
      this.showGeneralError(msg('This form has no address to send suggestions to. Please tell the website’s team.'));
      this.dispatchEvent(createEvent<OgSubmitErrorDetail>('og-submit-error', { payload, outcome: 'not-sent' }));
      return;
    }
    const entry: OutboxEntry = { id: payload.id, action: this.actionUrl(), form: this.name, encoding: this.encoding === 'form' ? 'form' : 'json', payload, attempts: 0, nextAttemptAt: 0 };
    // Into the outbox, and the draft handed over, in one go: if the tab closes now, the suggestion
    // is on the device once, and its text is never offered again as a draft.
    this.persisted = this.outbox.queue(entry);
    if (this.persisted) this.drafts.handOver();
    this.pendingId = entry.id;
    this.phase = 'sending';
    this.announce(msg('Sending…'));
    await this.outbox.attempt(entry.id, true);
    // Another tab (or a flush) had it: it shows as queued until that attempt is known.
    if (this.phase === 'sending' && this.pendingId === entry.id) this.phase = 'queued';
  }

  private showGeneralError(text: string): void {
    this.generalError = text;
    this.summaryVersion += 1;
    this.focusAfterRender = '.error-summary';
  }

  /** Shows the outcome of an attempt, once the outbox has recorded it. Only the submission on screen changes the form. */
  private showResult(entry: OutboxEntry, result: SendResult & { reference?: string }, fromSubmit: boolean): void {
    const { payload } = entry;
    const mine = entry.id === this.pendingId;
    const hasFocus = fromSubmit || this.matches(':focus-within');
    if (result.outcome === 'sent') {
      const reference = result.reference ?? entry.id;
      this.dispatchEvent(createEvent<OgSubmittedDetail>('og-submitted', { payload, status: result.status, response: result.body, reference }));
      if (mine) this.showReceipt(reference, hasFocus);
      else this.announce(msg(str`A suggestion saved earlier on this device was sent. Reference: ${reference}`));
      return;
    }
    if (result.outcome === 'rejected') {
      // Retrying will not help; nothing is dropped either: the entry waits, marked refused, until
      // the form can put it back for correction (now, if this is the suggestion on screen).
      this.dispatchEvent(createEvent<OgSubmitErrorDetail>('og-submit-error', { payload, outcome: 'rejected', status: result.status, response: result.body }));
      if (mine) {
        this.pendingId = undefined;
        this.phase = 'editing';
        this.values = {};
      }
      this.offerRejected(hasFocus);
      return;
    }
    if (mine) {
      const wasQueued = this.phase === 'queued';
      this.phase = 'queued';
      if (!wasQueued || fromSubmit) {
        this.announcer.clear();
        if (hasFocus) this.focusAfterRender = '.outbox';
        this.dispatchEvent(createEvent<OgSubmitErrorDetail>('og-submit-error', { payload, outcome: 'queued', status: result.status, response: result.body }));
      } else {
        this.announce(msg('Still not sent. It stays saved on this device, and we will try again.'));
      }
    }
    this.outbox.scheduleRetry();
  }

  /**
   * Puts a refused suggestion back into the form, with the server's messages, when the form is
   * free (editing, nothing typed). Its text becomes the draft before it leaves the outbox.
   */
  private offerRejected(moveFocus = false): void {
    if (this.phase !== 'editing' || hasContent(this.values)) return;
    const refused = this.outbox.entries().find((entry) => entry.rejected);
    if (!refused) return;
    this.values = valuesFromPayload(refused.payload);
    this.drafts.adopt(this.values); // saved as the draft before it leaves the outbox
    removeOutboxEntry(refused.id);
    const found = serverErrors(refused.rejected?.body);
    const shownNames = new Set(this.rules().map((rule) => rule.name));
    this.errors = found.filter((item) => item.field && shownNames.has(item.field)).map((item) => ({ field: item.field!, kind: 'server' as const, message: item.message }));
    this.summaryFields = this.errors.map((error) => error.field);
    const general = found.filter((item) => !item.field || !shownNames.has(item.field)).map((item) => item.message);
    this.generalError = general.join(' ') || (this.errors.length ? '' : msg(str`The server refused the suggestion (error ${refused.rejected?.status ?? ''}).`));
    this.summaryVersion += 1;
    if (moveFocus) this.focusAfterRender = '.error-summary';
  }

  /**
   * Another tab sent, queued or refused something. The suggestion on screen follows: delivered
   * elsewhere, it shows its receipt with the server's reference; the same text queued or delivered
   * by another tab is not offered here as unsent.
   */
  private followOtherTabs(): void {
    if (this.pendingId && (this.phase === 'queued' || this.phase === 'sending') && !outboxEntry(this.pendingId)) {
      const record = deliveredRecord(this.pendingId);
      if (record) this.showReceipt(record.reference, false);
      else this.resumeOutbox();
      return;
    }
    if (this.phase !== 'editing' || !hasContent(this.values)) return;
    const text = textKey(String(this.values.message ?? ''));
    const queued = this.outbox.entries().find((entry) => !entry.rejected && textKey(entry.payload.message) === text);
    const delivered = deliveredRecords().find((record) => record.text === text && record.id === this.drafts.id);
    if (queued) {
      this.drafts.forget();
      this.values = {};
      this.pendingId = queued.id;
      this.phase = 'queued';
    } else if (delivered) {
      this.showReceipt(delivered.reference, false);
    } else if (outboxEntry(this.drafts.id) || deliveredRecord(this.drafts.id)) {
      this.drafts.adopt(this.values); // the id went with another text: this one is a new intent
    }
  }

  private showReceipt(reference: string, moveFocus: boolean): void {
    this.reference = reference;
    this.phase = 'sent';
    this.pendingId = undefined;
    this.dispatched = false;
    this.drafts.forget();
    this.values = {};
    this.touched = new Set();
    this.errors = [];
    this.summaryFields = [];
    this.restoredDraft = false;
    // The receipt is its own status: nothing else may still say "Sending…".
    this.announcer.clear();
    if (moveFocus) this.focusAfterRender = '.receipt-title';
  }

  /**
   * Shows the receipt after a developer sent the payload their own way (after cancelling
   * `og-submit`), and clears the draft.
   */
  markSent(reference: string): void {
    this.showReceipt(reference, true);
  }

  /**
   * Sends what waits in the outbox for this form.
   * @param {boolean} [now] - Ignore the backoff between retries (default `true`).
   */
  flushOutbox(now = true): Promise<void> {
    return this.outbox.flush(now);
  }

  /** Back to an empty form after a receipt. */
  startOver(): void {
    this.phase = 'editing';
    this.reference = '';
    this.generalError = '';
    this.shownAt = Date.now();
    this.focusAfterRender = 'textarea, select, input:not([name="website"])';
    this.offerRejected(true);
  }

  // --- rendering ----------------------------------------------------------------------------

  /** What the field templates need of the form, with every change contained. */
  private fieldsView(): FieldsView {
    return {
      locale: this.locale,
      values: this.values,
      errorFor: (name) => this.errors.find((error) => error.field === name),
      errorMessage: (error) => this.errorMessage(error),
      isRequired: (field) => this.isRequired(field),
      fieldLabel: (name) => this.fieldLabel(name),
      text: (value) => this.text(value),
      localizedText: (value) => this.localizedText(value),
      change: (name, value) => this.contain(() => this.setValue(name, value)),
      blur: (name) => this.contain(() => this.touched.has(name) && this.revalidate(name)),
    };
  }

  private fieldLabel(name: string): string {
    const builtIn: Record<string, () => string> = {
      topic: () => msg('Topic'),
      area: () => msg('Area'),
      message: () => msg('Your suggestion'),
      name: () => msg('Your name'),
      email: () => msg('Email address'),
      phone: () => msg('Phone number'),
      consent: () => msg('Consent'),
    };
    const extra = this.config().fields.find((field) => field.name === name);
    return builtIn[name]?.() ?? (extra ? this.text(extra.label) : name);
  }

  private errorMessage(error: FieldError): string {
    return error.kind === 'server' && error.message ? error.message : errorText(error, this.fieldLabel(error.field), this.locale);
  }

  private focusField(event: Event, name: string): void {
    event.preventDefault();
    const target = this.renderRoot.querySelector<HTMLElement>(`#f-${name}`) ?? this.renderRoot.querySelector<HTMLElement>(`[name="${name}"]`);
    target?.focus();
  }

  protected override renderIdle(): unknown {
    return this.renderForm();
  }

  protected renderData(): TemplateResult {
    return this.renderForm();
  }

  private renderForm(): TemplateResult {
    if (this.phase === 'sent') {
      const next = this.config().next;
      return receipt(this.reference, next ? this.localizedText(next) : undefined, () => this.contain(() => this.startOver()));
    }
    if (this.phase === 'queued') return queuedNotice(this.persisted, () => this.outbox.flushInBackground(true));
    const view = this.fieldsView();
    const shown = this.shownFields();
    const busy = this.phase === 'sending';
    const listed = this.errors.filter((error) => this.summaryFields.includes(error.field));
    const topicsWaiting = this.planTopics.state.status === 'loading';
    return html`<form part="form" novalidate aria-busy=${busy ? 'true' : 'false'} @submit=${(event: Event) => this.submit(event)}>
      ${errorSummary(listed, this.generalError, this.summaryVersion, (error) => this.errorMessage(error), (event, name) => this.focusField(event, name))}
      ${this.restoredDraft ? html`<p class="draft-note" role="status">${msg('We restored the draft you started earlier on this device.')}</p>` : nothing}
      ${shown.includes('topic') ? choiceField(view, 'topic', msg('What is your suggestion about?'), this.topicChoices(), topicsWaiting) : nothing}
      ${shown.includes('area') ? choiceField(view, 'area', msg('Area'), this.areaChoices()) : nothing} ${messageField(view, this.maxLength)}
      ${this.config().fields.map((field) => extraField(view, field))} ${aboutYou(view, shown)}
      <div class="trap" aria-hidden="true">
        <label>Website <input type="text" name="website" tabindex="-1" autocomplete="off" /></label>
      </div>
      ${this.asksPersonalData() ? consentBlock(view, this.consent()) : nothing}
      <div class="actions">
        <button type="submit" class="button" part="submit-button" aria-disabled=${busy ? 'true' : 'false'}>${busy ? msg('Sending…') : msg('Send my suggestion')}</button>
        ${this.noDraft ? nothing : html`<button type="button" class="button secondary" @click=${() => this.contain(() => this.clearDraft())}>${msg('Clear my draft')}</button>`}
      </div>
      ${this.noDraft
        ? nothing
        : html`<p class="hint draft-status">${this.drafts.saved ? msg('Your draft is saved on this device.') : msg('Your draft will be saved on this device as you write.')}</p>`}
    </form>`;
  }

  private submit(event: Event): void {
    event.preventDefault();
    this.contain(() => void this.onSubmit(event.target as HTMLFormElement).catch((error: unknown) => this.fail(error)));
  }
}
