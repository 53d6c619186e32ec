import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  OgElement,
  registerLocaleGroup,
  OgDataError,
  createEvent,
  fetchText,
  parseJson,
  safeUrl,
  msg,
  str,
  formatNumber,
  type RawData,
  type LocalizedText,
} from '../core/index.js';
import { loaders as localeLoaders } from '../locales/suggestion-form/index.js';
import {
  BUILT_IN_FIELDS,
  parseChoiceList,
  topicsFromPlan,
  validateForm,
  validateField,
  characterCount,
  newSubmissionId,
  referenceFrom,
  valuesFromPayload,
  serverErrors,
  backoffDelay,
  rateLimited,
  choiceLabel,
  type BuiltInField,
  type Choice,
  type ExtraField,
  type FieldError,
  type FieldRule,
  type FormConfig,
  type FormValues,
  type SuggestionPayload,
} from './model.js';
import {
  outboxEntries,
  outboxEntry,
  putOutboxEntry,
  updateOutboxEntry,
  removeOutboxEntry,
  draftKey,
  loadDraft,
  saveDraft,
  clearDraft,
  sendTimes,
  recordSend,
  sendSubmission,
  type OutboxEntry,
  type SendResult,
} from './outbox.js';
import { errorText } from './labels.js';
import { formStyles } from './styles.js';


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
const PERSONAL: BuiltInField[] = ['name', 'email', 'phone'];
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
  @state() private planTopics: Choice[] = [];
  /** Whether the topics of `topics-src` are on their way: their field keeps its place meanwhile. */
  @state() private planTopicsLoading = false;
  @state() private restoredDraft = false;
  @state() private draftSaved = false;
  @state() private countAnnouncement = '';
  /** Errors listed in the summary: set on submit (and by a server's refusal), never on blur. */
  @state() private summaryFields: string[] = [];
  /** Whether the outbox could be saved on the device (false: kept in memory for this page only). */
  @state() private persisted = true;

  private shownAt = Date.now();
  private retryTimer?: ReturnType<typeof setTimeout>;
  private saveTimer?: ReturnType<typeof setTimeout>;
  private countTimer?: ReturnType<typeof setTimeout>;
  private flushing = false;
  private focusAfterRender?: string;
  /** The submission this form is showing (sending or queued); other entries are earlier ones. */
  private pendingId?: string;
  /** The id of the current text: kept across presses of Send until the text changes. */
  private submissionId?: string;
  private readonly onOnline = () => this.flushInBackground(true);
  private readonly onStorage = (event: StorageEvent) => {
    if (event.key === null || event.key.startsWith('og-suggestion-outbox')) this.contain(() => this.checkPendingGone());
  };

  protected async parseData(raw: RawData): Promise<FormConfig> {
    if (raw.format !== 'json') throw new OgDataError({ kind: 'format', detail: 'A form configuration is JSON.' });
    return (await import('./config.js')).parseFormConfig(raw.value);
  }

  protected override isEmpty(): boolean {
    return false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('online', this.onOnline);
    window.addEventListener('storage', this.onStorage);
    this.shownAt = Date.now();
    this.contain(() => this.restoreDraft());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('online', this.onOnline);
    window.removeEventListener('storage', this.onStorage);
    clearTimeout(this.retryTimer);
    clearTimeout(this.countTimer);
    if (this.saveTimer) {
      clearTimeout(this.saveTimer);
      this.saveDraftNow();
    }
  }

  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    // After the first update, so that properties such as `headers` (a CSRF token) are set:
    // submissions left from an earlier visit (a closed tab, a crash) are sent now.
    this.resumeOutbox();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('topicsSrc')) void this.loadPlanTopics();
    if (this.hasUpdated && (changed.has('action') || changed.has('name'))) {
      if (!Object.keys(this.values).length) this.restoreDraft();
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

  /** Takes up what this form left in the outbox: shows it as queued, and sends it. */
  private resumeOutbox(): void {
    if (!this.action) return;
    const mine = this.myEntries();
    const waiting = mine.filter((entry) => !entry.rejected);
    if (waiting.length && this.phase === 'editing' && !this.pendingId) {
      this.pendingId = waiting[0]!.id;
      this.phase = 'queued';
    }
    this.offerRejected();
    this.flushInBackground(true);
  }

  /** This form's entries in the outbox (its action and name). */
  private myEntries(): OutboxEntry[] {
    return this.action ? outboxEntries(this.actionUrl(), this.name) : [];
  }

  private actionUrl(): string {
    try {
      return this.action ? new URL(this.action, document.baseURI).href : '';
    } catch {
      return this.action ?? '';
    }
  }

  private draftStorageKey(): string {
    return draftKey(this.actionUrl() || location.pathname, this.name);
  }

  private async loadPlanTopics(): Promise<void> {
    if (!this.topicsSrc) {
      this.planTopics = [];
      return;
    }
    const src = this.topicsSrc;
    this.planTopicsLoading = true;
    try {
      const body = await fetchText(src);
      if (src !== this.topicsSrc) return; // topics-src changed meanwhile: its own load decides
      this.planTopics = topicsFromPlan(parseJson(body.text, body.url));
    } catch (error) {
      if (src !== this.topicsSrc) return;
      // Topics are a help, not a requirement: the form still works without them.
      console.warn('opengov-widgets <og-suggestion-form>: the topics could not be loaded.', error);
      this.planTopics = [];
    } finally {
      if (src === this.topicsSrc) this.planTopicsLoading = false;
    }
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
    return this.topicList ?? (this.topics ? parseChoiceList(this.topics) : undefined) ?? this.config().topics ?? this.planTopics;
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
      rules.push({
        name: field.name,
        required: field.required,
        kind: field.type === 'checkbox' ? 'checkbox' : field.type === 'date' ? 'date' : field.type === 'select' || field.type === 'radio' ? 'choice' : 'text',
        pattern: field.pattern,
        maxLength: field.maxLength,
        options: field.options.length ? field.options.map((choice) => choice.value) : undefined,
      });
    }
    if (shown.includes('name') && this.values.anonymous !== true) rules.push({ name: 'name', required: this.isRequired('name'), maxLength: 200 });
    if (shown.includes('email')) rules.push({ name: 'email', required: this.isRequired('email'), kind: 'email' });
    if (shown.includes('phone')) rules.push({ name: 'phone', required: this.isRequired('phone'), kind: 'phone' });
    if (this.asksPersonalData()) rules.push({ name: 'consent', required: this.givesPersonalData(), kind: 'checkbox' });
    return rules;
  }

  // --- drafts -------------------------------------------------------------------------------

  private restoreDraft(): void {
    if (this.noDraft) return;
    const draft = loadDraft(this.draftStorageKey());
    if (draft && Object.values(draft).some((value) => value !== '' && value !== false)) {
      this.values = { ...draft };
      this.restoredDraft = true;
    }
  }

  private saveDraftNow(): void {
    this.saveTimer = undefined;
    if (this.noDraft || this.phase !== 'editing') return;
    saveDraft(this.draftStorageKey(), this.values);
    this.draftSaved = true;
  }

  /** Forgets the draft on this device and empties the form. */
  clearDraft(): void {
    clearDraft(this.draftStorageKey());
    this.values = {};
    this.errors = [];
    this.touched = new Set();
    this.restoredDraft = false;
    this.draftSaved = false;
    this.announce(msg('Your draft was cleared.'));
  }

  // --- editing ------------------------------------------------------------------------------

  private setValue(name: string, value: string | boolean): void {
    this.values = { ...this.values, [name]: value };
    this.submissionId = undefined; // new text, new submission
    this.touched = new Set(this.touched).add(name);
    // An error already shown is re-checked as the citizen corrects it.
    if (this.errors.some((error) => error.field === name)) this.revalidate(name);
    if (!this.noDraft) {
      clearTimeout(this.saveTimer);
      this.saveTimer = setTimeout(() => this.saveDraftNow(), 400);
    }
    if (name === 'message') this.scheduleCountAnnouncement();
  }

  private revalidate(name: string): void {
    const rule = this.rules().find((candidate) => candidate.name === name);
    const error = rule ? validateField(rule, this.values[name]) : undefined;
    this.errors = [...this.errors.filter((other) => other.field !== name), ...(error ? [error] : [])].sort(
      (a, b) => this.fieldOrder(a.field) - this.fieldOrder(b.field),
    );
  }

  private fieldOrder(name: string): number {
    const index = this.rules().findIndex((rule) => rule.name === name);
    return index < 0 ? 999 : index;
  }

  /** Validates a field when it loses focus, once the citizen has changed it. */
  private onBlur(name: string): void {
    if (this.touched.has(name)) this.revalidate(name);
  }

  private scheduleCountAnnouncement(): void {
    clearTimeout(this.countTimer);
    // Said once typing pauses, not on every key.
    this.countTimer = setTimeout(() => {
      this.countAnnouncement = this.remainingText();
    }, 1200);
  }

  private remainingText(): string {
    const remaining = this.maxLength - characterCount(String(this.values.message ?? ''));
    return remaining >= 0
      ? msg(str`You have ${formatNumber(this.locale, remaining)} characters remaining`)
      : msg(str`You have ${formatNumber(this.locale, -remaining)} characters too many`);
  }

  // --- sending ------------------------------------------------------------------------------

  private buildPayload(): SuggestionPayload {
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
      id: newSubmissionId(),
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

  private submit(event: Event): void {
    event.preventDefault();
    this.contain(() => void this.onSubmit(event.target as HTMLFormElement).catch((error: unknown) => this.fail(error)));
  }

  private async onSubmit(form: HTMLFormElement): Promise<void> {
    if (this.phase === 'sending') return;
    this.generalError = '';
    const honeypot = form.querySelector<HTMLInputElement>('input[name="website"]');
    if (honeypot?.value) {
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
      this.summaryVersion += 1;
      this.focusAfterRender = '.error-summary';
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
    const payload = { ...this.buildPayload(), id: (this.submissionId ??= newSubmissionId()) };
    const submit = createEvent<OgSubmitDetail>('og-submit', { payload }, { cancelable: true });
    if (!this.dispatchEvent(submit)) return; // the developer sends it their own way
    if (!this.action) {
      this.showGeneralError(msg('This form has no address to send suggestions to. Please tell the website’s team.'));
      this.dispatchEvent(createEvent<OgSubmitErrorDetail>('og-submit-error', { payload, outcome: 'not-sent' }));
      return;
    }
    const entry: OutboxEntry = {
      id: payload.id,
      action: this.actionUrl(),
      form: this.name,
      encoding: this.encoding === 'form' ? 'form' : 'json',
      payload,
      attempts: 0,
      nextAttemptAt: 0,
    };
    // Into the outbox first: if the tab closes now, the suggestion is still on the device.
    this.persisted = putOutboxEntry(entry);
    clearTimeout(this.saveTimer);
    this.pendingId = entry.id;
    this.phase = 'sending';
    this.announce(msg('Sending…'));
    const result = await this.attempt(entry);
    if (result) this.contain(() => this.handleResult(entry, result, true));
  }

  private showGeneralError(text: string): void {
    this.generalError = text;
    this.summaryVersion += 1;
    this.focusAfterRender = '.error-summary';
  }

  /**
   * Sends one entry unless another tab or form is sending it. The entry is read afresh: one that
   * is gone was sent (or refused) elsewhere. Across tabs, a Web Lock makes the claim atomic.
   */
  private async attempt(entry: OutboxEntry): Promise<SendResult | undefined> {
    const timeout = (Number(this.sendTimeout) || 20) * 1000;
    const run = async (): Promise<SendResult | undefined> => {
      const current = outboxEntry(entry.id);
      if (!current || current.rejected || (current.lockedUntil && current.lockedUntil > Date.now())) return undefined;
      updateOutboxEntry(entry.id, { lockedUntil: Date.now() + timeout + 5000 });
      return sendSubmission(current, this.headers ?? {}, timeout);
    };
    const locks = (navigator as Navigator & { locks?: LockManager }).locks;
    if (!locks) return run();
    return locks.request(`og-suggestion-${entry.id}`, { ifAvailable: true }, (lock) => (lock ? run() : undefined));
  }

  /** Applies the outcome of one attempt. Only the submission this form shows changes the form. */
  private handleResult(entry: OutboxEntry, result: SendResult, fromSubmit: boolean): void {
    const { payload } = entry;
    const mine = entry.id === this.pendingId;
    const hasFocus = fromSubmit || this.matches(':focus-within');
    if (result.outcome === 'sent') {
      removeOutboxEntry(entry.id);
      recordSend();
      const reference = referenceFrom(result.body, entry.id);
      this.dispatchEvent(createEvent<OgSubmittedDetail>('og-submitted', { payload, status: result.status, response: result.body, reference }));
      if (mine) this.showReceipt(reference, hasFocus);
      else this.announce(msg(str`A suggestion saved earlier on this device was sent. Reference: ${reference}`));
      return;
    }
    if (result.outcome === 'rejected') {
      // Retrying will not help; nothing is dropped either: the entry waits, marked refused, until
      // the form can put it back for correction (now, if this is the suggestion on screen).
      updateOutboxEntry(entry.id, { rejected: { status: result.status, body: result.body }, lockedUntil: undefined });
      this.dispatchEvent(createEvent<OgSubmitErrorDetail>('og-submit-error', { payload, outcome: 'rejected', status: result.status, response: result.body }));
      if (mine) {
        this.pendingId = undefined;
        this.phase = 'editing';
        this.values = {};
      }
      this.offerRejected(hasFocus);
      return;
    }
    const delay = Math.max(backoffDelay(entry.attempts), (result.retryAfter ?? 0) * 1000);
    updateOutboxEntry(entry.id, { attempts: entry.attempts + 1, nextAttemptAt: Date.now() + delay, lockedUntil: undefined });
    if (mine) {
      const wasQueued = this.phase === 'queued';
      this.phase = 'queued';
      // The suggestion is in the outbox now: the draft of it is no longer needed (only if saved).
      if (!this.noDraft && this.persisted) clearDraft(this.draftStorageKey());
      if (!wasQueued) {
        if (hasFocus) this.focusAfterRender = '.outbox';
        this.dispatchEvent(createEvent<OgSubmitErrorDetail>('og-submit-error', { payload, outcome: 'queued', status: result.status, response: result.body }));
      } else if (!fromSubmit) {
        this.announce(msg('Still not sent. It stays saved on this device, and we will try again.'));
      }
    }
    this.scheduleRetry();
  }

  /**
   * Puts a refused suggestion back into the form, with the server's messages, when the form is
   * free (editing, nothing typed). Its text is saved as the draft before it leaves the outbox.
   */
  private offerRejected(moveFocus = false): void {
    if (this.phase !== 'editing' || Object.values(this.values).some((value) => value !== '' && value !== false)) return;
    const refused = this.myEntries().find((entry) => entry.rejected);
    if (!refused) return;
    this.values = valuesFromPayload(refused.payload);
    this.submissionId = undefined;
    if (!this.noDraft) saveDraft(this.draftStorageKey(), this.values);
    removeOutboxEntry(refused.id);
    const found = serverErrors(refused.rejected?.body);
    const shownNames = new Set(this.rules().map((rule) => rule.name));
    this.errors = found
      .filter((item) => item.field && shownNames.has(item.field))
      .map((item) => ({ field: item.field!, kind: 'server' as const, message: item.message }));
    this.summaryFields = this.errors.map((error) => error.field);
    const general = found.filter((item) => !item.field || !shownNames.has(item.field)).map((item) => item.message);
    this.generalError = general.join(' ') || (this.errors.length ? '' : msg(str`The server refused the suggestion (error ${refused.rejected?.status ?? ''}).`));
    this.summaryVersion += 1;
    if (moveFocus) this.focusAfterRender = '.error-summary';
  }

  /** When another tab has sent (or taken) the suggestion this form shows. */
  private checkPendingGone(): void {
    if (this.pendingId && (this.phase === 'queued' || this.phase === 'sending') && !outboxEntry(this.pendingId)) {
      this.showReceipt(this.pendingId, false);
    }
  }

  private scheduleRetry(): void {
    clearTimeout(this.retryTimer);
    const entries = this.myEntries().filter((entry) => !entry.rejected);
    if (!entries.length) return;
    // Not before the backoff, nor before another tab's claim expires.
    const soonest = Math.min(...entries.map((entry) => Math.max(entry.nextAttemptAt, entry.lockedUntil ?? 0)));
    this.retryTimer = setTimeout(() => this.flushInBackground(false), Math.max(1000, soonest - Date.now()));
  }

  private flushInBackground(now: boolean): void {
    void this.flushOutbox(now).catch((error: unknown) => this.fail(error));
  }

  /**
   * Sends what waits in the outbox for this form.
   * @param {boolean} [now] - Ignore the backoff between retries (default `true`).
   */
  async flushOutbox(now = true): Promise<void> {
    if (this.flushing || !this.action) return;
    this.flushing = true;
    try {
      for (const { id } of this.myEntries()) {
        const entry = outboxEntry(id); // afresh: another form or tab may have sent it meanwhile
        const time = Date.now();
        if (!entry || entry.rejected || (!now && entry.nextAttemptAt > time) || (entry.lockedUntil && entry.lockedUntil > time)) continue;
        try {
          const result = await this.attempt(entry);
          if (result) this.contain(() => this.handleResult(entry, result, false));
        } catch (error) {
          console.warn('opengov-widgets <og-suggestion-form>: a queued suggestion could not be tried.', error);
        }
      }
    } finally {
      this.flushing = false;
    }
    this.checkPendingGone();
    this.scheduleRetry();
  }

  private showReceipt(reference: string, moveFocus: boolean): void {
    this.reference = reference;
    this.phase = 'sent';
    this.pendingId = undefined;
    this.submissionId = undefined;
    clearTimeout(this.saveTimer);
    if (!this.noDraft) clearDraft(this.draftStorageKey());
    this.values = {};
    this.touched = new Set();
    this.errors = [];
    this.summaryFields = [];
    this.restoredDraft = false;
    this.draftSaved = false;
    if (moveFocus) this.focusAfterRender = '.receipt-title';
  }

  /**
   * Shows the receipt after a developer sent the payload their own way (after cancelling
   * `og-submit`), and clears the draft.
   */
  markSent(reference: string): void {
    this.showReceipt(reference, true);
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

  protected override renderIdle(): unknown {
    return this.renderForm();
  }

  protected renderData(): TemplateResult {
    return this.renderForm();
  }

  private renderForm(): TemplateResult {
    if (this.phase === 'sent') return this.renderReceipt();
    if (this.phase === 'queued') return this.renderQueued();
    const shown = this.shownFields();
    const busy = this.phase === 'sending';
    return html`<form part="form" novalidate @submit=${(event: Event) => this.submit(event)} aria-busy=${busy ? 'true' : 'false'}>
      ${this.renderSummary()}
      ${this.restoredDraft
        ? html`<p class="draft-note" role="status">${msg('We restored the draft you started earlier on this device.')}</p>`
        : nothing}
      ${shown.includes('topic') ? this.renderChoice('topic', msg('What is your suggestion about?'), this.topicChoices()) : nothing}
      ${shown.includes('area') ? this.renderChoice('area', msg('Area'), this.areaChoices()) : nothing} ${this.renderMessage()}
      ${this.config().fields.map((field) => this.renderExtra(field))} ${this.renderAboutYou(shown)}
      <div class="trap" aria-hidden="true">
        <label>Website <input type="text" name="website" tabindex="-1" autocomplete="off" /></label>
      </div>
      ${this.asksPersonalData() ? this.renderConsent() : nothing}
      <div class="actions">
        <button type="submit" class="button" part="submit-button" aria-disabled=${busy ? 'true' : 'false'}>
          ${busy ? msg('Sending…') : msg('Send my suggestion')}
        </button>
        ${this.noDraft
          ? nothing
          : html`<button type="button" class="button secondary" @click=${() => this.contain(() => this.clearDraft())}>${msg('Clear my draft')}</button>`}
      </div>
      ${this.noDraft ? nothing : html`<p class="hint draft-status">${this.draftSaved ? msg('Your draft is saved on this device.') : msg('Your draft will be saved on this device as you write.')}</p>`}
      <p class="visually-hidden" aria-live="polite">${this.countAnnouncement}</p>
    </form>`;
  }

  private renderSummary(): TemplateResult | typeof nothing {
    // The summary lists what the last submit found, as long as it is not corrected.
    const listed = this.errors.filter((error) => this.summaryFields.includes(error.field));
    if (!listed.length && !this.generalError) return nothing;
    return html`<div class="error-summary" part="error-summary" tabindex="-1" role="alert" aria-labelledby="error-summary-title" data-version=${this.summaryVersion}>
      <p class="error-summary-title" id="error-summary-title">${msg('There is a problem')}</p>
      ${this.generalError ? html`<p>${this.generalError}</p>` : nothing}
      ${listed.length
        ? html`<ul>
            ${listed.map(
              (error) => html`<li>
                <a href=${`#f-${error.field}`} @click=${(event: Event) => this.focusField(event, error.field)}>${this.errorMessage(error)}</a>
              </li>`,
            )}
          </ul>`
        : nothing}
    </div>`;
  }

  private focusField(event: Event, name: string): void {
    event.preventDefault();
    const target = this.renderRoot.querySelector<HTMLElement>(`#f-${name}`) ?? this.renderRoot.querySelector<HTMLElement>(`[name="${name}"]`);
    target?.focus();
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

  private errorFor(name: string): FieldError | undefined {
    return this.errors.find((error) => error.field === name);
  }

  /** The error line under a label: a hidden "Error:" prefix so that it is announced as one. */
  private renderFieldError(name: string): TemplateResult | typeof nothing {
    const error = this.errorFor(name);
    if (!error) return nothing;
    return html`<p class="field-error" id=${`f-${name}-error`}><span class="visually-hidden">${msg('Error:')}</span> ${this.errorMessage(error)}</p>`;
  }

  private describedBy(name: string, hint: boolean): string | typeof nothing {
    const ids = [hint ? `f-${name}-hint` : '', this.errorFor(name) ? `f-${name}-error` : ''].filter(Boolean);
    return ids.length ? ids.join(' ') : nothing;
  }

  private labelText(label: string, required: boolean): TemplateResult {
    return html`${label}${required ? nothing : html` <span class="optional">${msg('(optional)')}</span>`}`;
  }

  private renderChoice(name: 'topic' | 'area', label: string, choices: Choice[]): TemplateResult | typeof nothing {
    // Topics still loading from the plan: the field is there, disabled, so that nothing below it
    // moves when they arrive.
    const waiting = name === 'topic' && !choices.length && this.planTopicsLoading;
    if (!choices.length && !waiting) return nothing;
    const required = this.isRequired(name);
    const value = String(this.values[name] ?? '');
    return html`<div class="field ${this.errorFor(name) ? 'has-error' : ''}">
      <label for=${`f-${name}`}>${this.labelText(label, required)}</label>
      ${this.renderFieldError(name)}
      <select
        id=${`f-${name}`}
        name=${name}
        aria-describedby=${this.describedBy(name, false)}
        aria-invalid=${this.errorFor(name) ? 'true' : 'false'}
        ?required=${required}
        ?disabled=${waiting}
        aria-busy=${waiting ? 'true' : 'false'}
        @change=${(event: Event) => this.contain(() => this.setValue(name, (event.target as HTMLSelectElement).value))}
        @blur=${() => this.contain(() => this.onBlur(name))}
      >
        <option value="" ?selected=${value === ''}>${msg('Choose…')}</option>
        ${choices.map((choice) => html`<option .value=${choice.value} ?selected=${value === choice.value}>${choiceLabel(choice, this.locale)}</option>`)}
      </select>
    </div>`;
  }

  private renderMessage(): TemplateResult {
    const value = String(this.values.message ?? '');
    const count = characterCount(value);
    const over = count > this.maxLength;
    return html`<div class="field ${this.errorFor('message') ? 'has-error' : ''}">
      <label for="f-message">${msg('Your suggestion')}</label>
      <p class="hint" id="f-message-hint">${msg('Say what you propose and why. Please do not include personal information about other people.')}</p>
      ${this.renderFieldError('message')}
      <textarea
        id="f-message"
        name="message"
        rows="7"
        dir="auto"
        required
        aria-describedby=${this.describedBy('message', true) === nothing ? 'f-message-count' : `${this.describedBy('message', true) as string} f-message-count`}
        aria-invalid=${this.errorFor('message') ? 'true' : 'false'}
        .value=${value}
        @input=${(event: Event) => this.contain(() => this.setValue('message', (event.target as HTMLTextAreaElement).value))}
        @blur=${() => this.contain(() => this.onBlur('message'))}
      ></textarea>
      <p class="count ${over ? 'over' : ''}" id="f-message-count">${this.remainingText()}</p>
    </div>`;
  }

  private renderExtra(field: ExtraField): TemplateResult {
    const name = field.name;
    const id = `f-${name}`;
    const label = this.text(field.label);
    const help = field.help ? this.text(field.help) : '';
    const error = this.errorFor(name);
    const value = this.values[name];
    const change = (next: string | boolean) => this.contain(() => this.setValue(name, next));
    const common = {
      describedBy: this.describedBy(name, Boolean(help)),
      invalid: error ? 'true' : 'false',
    };
    const hint = help ? html`<p class="hint" id=${`${id}-hint`}>${help}</p>` : nothing;
    if (field.type === 'checkbox') {
      return html`<div class="field checkbox ${error ? 'has-error' : ''}">
        ${this.renderFieldError(name)}
        <input
          type="checkbox"
          id=${id}
          name=${name}
          .checked=${value === true}
          aria-describedby=${common.describedBy}
          aria-invalid=${common.invalid}
          @change=${(event: Event) => change((event.target as HTMLInputElement).checked)}
        />
        <label for=${id}>${this.labelText(label, field.required)}</label>
        ${hint}
      </div>`;
    }
    if (field.type === 'radio') {
      return html`<fieldset class="field ${error ? 'has-error' : ''}" id=${id} tabindex="-1" aria-describedby=${common.describedBy}>
        <legend>${this.labelText(label, field.required)}</legend>
        ${hint} ${this.renderFieldError(name)}
        ${field.options.map(
          (choice, index) => html`<div class="radio">
            <input
              type="radio"
              id=${`${id}-${index}`}
              name=${name}
              .value=${choice.value}
              .checked=${value === choice.value}
              @change=${() => change(choice.value)}
            />
            <label for=${`${id}-${index}`}>${choiceLabel(choice, this.locale)}</label>
          </div>`,
        )}
      </fieldset>`;
    }
    const control =
      field.type === 'select'
        ? html`<select id=${id} name=${name} aria-describedby=${common.describedBy} aria-invalid=${common.invalid} @change=${(event: Event) => change((event.target as HTMLSelectElement).value)} @blur=${() => this.contain(() => this.onBlur(name))}>
            <option value="" ?selected=${!value}>${msg('Choose…')}</option>
            ${field.options.map((choice) => html`<option .value=${choice.value} ?selected=${value === choice.value}>${choiceLabel(choice, this.locale)}</option>`)}
          </select>`
        : field.type === 'textarea'
          ? html`<textarea id=${id} name=${name} rows="4" dir="auto" aria-describedby=${common.describedBy} aria-invalid=${common.invalid} .value=${String(value ?? '')} @input=${(event: Event) => change((event.target as HTMLTextAreaElement).value)} @blur=${() => this.contain(() => this.onBlur(name))}></textarea>`
          : html`<input
              type=${field.type === 'date' ? 'date' : 'text'}
              id=${id}
              name=${name}
              dir="auto"
              aria-describedby=${common.describedBy}
              aria-invalid=${common.invalid}
              .value=${String(value ?? '')}
              @input=${(event: Event) => change((event.target as HTMLInputElement).value)}
              @blur=${() => this.contain(() => this.onBlur(name))}
            />`;
    return html`<div class="field ${error ? 'has-error' : ''}">
      <label for=${id}>${this.labelText(label, field.required)}</label>
      ${hint} ${this.renderFieldError(name)} ${control}
    </div>`;
  }

  private renderInput(name: 'name' | 'email' | 'phone', type: string, autocomplete: string, inputmode: string, disabled = false): TemplateResult {
    const required = this.isRequired(name);
    return html`<div class="field ${this.errorFor(name) ? 'has-error' : ''}">
      <label for=${`f-${name}`}>${this.labelText(this.fieldLabel(name), required)}</label>
      ${this.renderFieldError(name)}
      <input
        type=${type}
        id=${`f-${name}`}
        name=${name}
        autocomplete=${autocomplete}
        inputmode=${inputmode}
        dir=${name === 'name' ? 'auto' : 'ltr'}
        ?disabled=${disabled}
        ?required=${required}
        aria-describedby=${this.describedBy(name, false)}
        aria-invalid=${this.errorFor(name) ? 'true' : 'false'}
        .value=${String(this.values[name] ?? '')}
        @input=${(event: Event) => this.contain(() => this.setValue(name, (event.target as HTMLInputElement).value))}
        @blur=${() => this.contain(() => this.onBlur(name))}
      />
    </div>`;
  }

  private renderAboutYou(shown: BuiltInField[]): TemplateResult | typeof nothing {
    if (!PERSONAL.some((field) => shown.includes(field))) return nothing;
    const anonymous = this.values.anonymous === true;
    return html`<fieldset class="about-you">
      <legend>${msg('About you')}</legend>
      ${shown.includes('name')
        ? html`<div class="field checkbox">
              <input
                type="checkbox"
                id="f-anonymous"
                name="anonymous"
                .checked=${anonymous}
                @change=${(event: Event) => this.contain(() => this.setValue('anonymous', (event.target as HTMLInputElement).checked))}
              />
              <label for="f-anonymous">${msg('Send my suggestion anonymously')}</label>
            </div>
            ${this.renderInput('name', 'text', 'name', 'text', anonymous)}`
        : nothing}
      ${shown.includes('email') ? this.renderInput('email', 'email', 'email', 'email') : nothing}
      ${shown.includes('phone') ? this.renderInput('phone', 'tel', 'tel', 'tel') : nothing}
    </fieldset>`;
  }

  private renderConsent(): TemplateResult {
    const consent = this.consent();
    const row = (term: string, value: LocalizedText | undefined) =>
      value ? html`<div><dt>${term}</dt><dd>${this.localizedText(value)}</dd></div>` : nothing;
    const error = this.errorFor('consent');
    return html`<fieldset class="consent ${error ? 'has-error' : ''}" part="consent">
      <legend>${msg('Your personal data')}</legend>
      <p class="hint">${msg('Only if you give your name, email or phone: you can also send your suggestion anonymously.')}</p>
      <dl>
        ${row(msg('Who controls it'), consent.controller)} ${row(msg('Why we ask'), consent.purpose)}
        ${row(msg('How long we keep it'), consent.retention)} ${row(msg('Declaration number'), consent.declaration)}
      </dl>
      ${consent.noticeUrl ? html`<p><a href=${consent.noticeUrl} rel="noopener">${msg('Read the full privacy notice')}</a></p>` : nothing}
      ${this.renderFieldError('consent')}
      <div class="field checkbox">
        <input
          type="checkbox"
          id="f-consent"
          name="consent"
          .checked=${this.values.consent === true}
          aria-describedby=${this.describedBy('consent', false)}
          aria-invalid=${error ? 'true' : 'false'}
          @change=${(event: Event) => this.contain(() => this.setValue('consent', (event.target as HTMLInputElement).checked))}
        />
        <label for="f-consent">${msg('I agree that my personal data is used as described above.')}</label>
      </div>
    </fieldset>`;
  }

  private renderQueued(): TemplateResult {
    return html`<div class="outbox" part="outbox" role="status" tabindex="-1">
      <p class="outbox-title">${msg('Saved on this device. It will be sent automatically when the connection is back.')}</p>
      <p>
        ${this.persisted
          ? msg('You can close this page: your suggestion will be sent the next time you open it, or when the connection returns.')
          : msg('This browser does not let us keep it after the page closes: please keep this page open until it is sent.')}
      </p>
      <button type="button" class="button secondary" @click=${() => this.flushInBackground(true)}>${msg('Try to send it now')}</button>
    </div>`;
  }

  private renderReceipt(): TemplateResult {
    const next = this.config().next;
    return html`<div class="receipt" part="receipt" role="status">
      <p class="receipt-title" tabindex="-1">${msg('Thank you: your suggestion was received.')}</p>
      <p>${msg('Your reference number:')} <strong class="reference" dir="ltr">${this.reference}</strong></p>
      <p>
        ${next
          ? this.localizedText(next)
          : msg('The team will read every suggestion and publish a reasoned response: what was taken up, and why or why not.')}
      </p>
      <button type="button" class="button secondary" @click=${() => this.contain(() => this.startOver())}>${msg('Send another suggestion')}</button>
    </div>`;
  }
}
