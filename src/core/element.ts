import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { VERSION } from './version.js';
import {
  DataSourceController,
  inlineFormat,
  type ParseContext,
  type SourceInfo,
  type SourceRequest,
  type SourceState,
} from './data/source.js';
import { toDataError, type OgDataError, type ValidationProblem } from './data/errors.js';
import { asDataFormat, type DataFormat } from './data/format.js';
import { parseColumnsAttribute } from './data/columns.js';
import { DEFAULT_TIMEOUT_MS } from './data/fetch.js';
import { settleWithin } from './data/deadline.js';
import type { RawData } from './data/parse.js';
import { withLocale, msg } from './i18n/msg.js';
import type { MessageLocale } from './i18n/locales.js';
import { pickText, type LocalizedText } from './i18n/text.js';
import { numberFormat, dateTimeFormat } from './i18n/format.js';
import { createEvent, type OgErrorDetail, type OgLoadDetail } from './events.js';
import { AnnouncerController, type Announcement } from './controllers/announcer.js';
import { LocaleController } from './controllers/locale.js';
import {
  emptyState,
  errorState,
  errorSentencesSettled,
  loadErrorSentences,
  missingMessagesNotice,
  skeleton,
  staleNotice,
  withoutErrorSentences,
} from './templates/states.js';
import { tokens } from './styles/tokens.js';
import { stateStyles } from './styles/states.js';

/** Languages whose formats are built or on their way (see `prepareLanguageData`). */
const preparedLanguages = new Set<string>();

/**
 * The base of every widget. It gives each one, in one place:
 * - its data, from `src`, an inline `<script type="application/json">` child or `.data`, with
 *   loading, empty and error states, Retry, and `og-load` / `og-error` events;
 * - its language and direction, from its own `lang`/`dir` or the nearest ancestor's, followed live;
 * - the design tokens and `theme`;
 * - containment: a bad data source or a rendering bug becomes a visible error, never an exception
 *   in the host page.
 *
 * A widget implements {@link parseData} (raw data → its model) and {@link renderData}.
 *
 * @attr src - URL of the data: JSON, CSV or ICS.
 * @attr format - `json`, `csv` or `ics`; otherwise detected from the response's content type, then the file extension, then the content.
 * @attr timeout - Seconds to wait for the data before showing an error. Default 15.
 * @attr columns - For CSV: maps the widget's field names to the file's headers, `field: Header; field: Header` (or JSON).
 * @attr theme - `light` (default), `dark`, or `auto` (follows the visitor's system setting).
 * @prop data - The data as an object or array, in the format of a JSON file; takes precedence over inline data and `src`.
 * @fires {CustomEvent<OgLoadDetail>} og-load - The data has loaded and been read; detail `{ source: { kind: 'url' | 'inline' | 'property', url?, format }, data }`, where `data` is the widget's model of it.
 * @fires {CustomEvent<OgErrorDetail>} og-error - The data could not be loaded or read, or a refresh failed (`stale: true`: the older data stays on screen); detail `{ error: { kind, detail, status?, problems }, source?, stale }`.
 * @slot empty - Replaces the text shown when there is nothing to show.
 * @csspart base - The widget's outer box.
 * @csspart loading - The loading skeleton.
 * @csspart empty - The empty state.
 * @csspart error - The error state.
 * @csspart retry-button - The error state's "Try again" button.
 * @csspart notice - A notice above the data, e.g. when a refresh failed and older data is shown.
 * @cssprop [--og-font-family=inherit] - Font of all text; the page's by default.
 * @cssprop [--og-font-size=1rem] - Base text size.
 * @cssprop [--og-font-size-small=0.875em] - Small text: hints, dates, badges.
 * @cssprop [--og-font-size-large=1.25em] - Titles inside the widget.
 * @cssprop [--og-line-height=1.5] - Line height of text.
 * @cssprop [--og-color-text=#1b1f24] - Body text.
 * @cssprop [--og-color-text-muted=#4f5661] - Secondary text.
 * @cssprop [--og-color-surface=#ffffff] - Background.
 * @cssprop [--og-color-surface-alt=#f3f4f6] - Second background: summaries, panels, hovered items.
 * @cssprop [--og-color-border=#c4c9d1] - Borders and rules.
 * @cssprop [--og-color-accent=#0b57a4] - Links, buttons, bars, highlights.
 * @cssprop [--og-color-on-accent=#ffffff] - Text on the accent colour.
 * @cssprop [--og-color-focus=#b35900] - The focus ring.
 * @cssprop [--og-color-skeleton=#e4e7eb] - The loading skeleton's lines.
 * @cssprop [--og-color-success=#146c2e] - Text of success and completion (4.5:1 on its surface, as every status colour).
 * @cssprop [--og-color-success-surface=#e3f4e7] - Background behind success text.
 * @cssprop [--og-color-warning=#8a4b00] - Text of warnings.
 * @cssprop [--og-color-warning-surface=#fff1dc] - Background behind warning text.
 * @cssprop [--og-color-danger=#b3261e] - Text of errors, negative amounts and cancellations.
 * @cssprop [--og-color-danger-surface=#fde8e7] - Background behind danger text.
 * @cssprop [--og-color-info=#0b57a4] - Text of information.
 * @cssprop [--og-color-info-surface=#e6f0fa] - Background behind information text.
 * @cssprop [--og-color-neutral=#4f5661] - Text of neutral statuses.
 * @cssprop [--og-color-neutral-surface=#eceef1] - Background behind neutral text; empty bars.
 * @cssprop [--og-space-1=0.25rem] - Smallest spacing step.
 * @cssprop [--og-space-2=0.5rem] - Spacing step 2.
 * @cssprop [--og-space-3=0.75rem] - Spacing step 3.
 * @cssprop [--og-space-4=1rem] - Spacing step 4, the padding of boxes.
 * @cssprop [--og-space-6=1.5rem] - Largest spacing step.
 * @cssprop [--og-radius=0.5rem] - Corner radius of boxes.
 * @cssprop [--og-radius-small=0.25rem] - Corner radius of buttons, fields and badges.
 * @cssprop --og-focus-ring - The focus outline; default `3px solid` in the focus colour.
 * @cssprop [--og-focus-offset=2px] - Gap between an element and its focus outline.
 * @cssprop --og-loading-block-size - Height reserved while the widget loads, before and after its code arrives (defaults per widget and variant: tracker 32rem, compact 16rem; form 36rem; budget table 24rem, chart 22rem; calendar 34rem, agenda 24rem, `max-events` 14rem); set it on the element itself.
 */

export abstract class OgElement<TModel> extends LitElement {
  /** The library version that defined this element (read by a second copy of the library). */
  static readonly ogVersion = VERSION;

  static override styles = [tokens, stateStyles];

  /**
   * The widget's group of messages, as `registerLocaleGroup` returns it. A widget waits for the
   * core's messages and its own group's, never for another widget's.
   */
  protected static messageGroup?: string;

  @property() src?: string;

  @property() format?: DataFormat;

  /** Seconds to wait for the data (and for anything else the widget needs) before giving up. */
  @property({ type: Number }) timeout = 15;

  @property() columns?: string | Record<string, string>;

  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' = 'light';

  @property({ attribute: false }) data?: unknown;

  /** The widget's language and direction, and its messages. */
  protected readonly language = new LocaleController(this, {
    groups: () => {
      const group = (this.constructor as typeof OgElement).messageGroup;
      return group ? ['core', group] : ['core'];
    },
    timeout: () => this.timeoutMs(),
  });

  /** The widget's polite live region. */
  protected readonly announcer = new AnnouncerController(this);

  /** The widget's data, as loaded and read. */
  protected readonly source = new DataSourceController<TModel>(this, {
    request: () => this.sourceRequest(),
    parse: (raw, info, context) => this.parseData(raw, info, context),
    onChange: (next) => this.sourceChanged(next),
    beforeSettle: (failed) => Promise.all([this.language.settled(), failed ? this.errorSentences() : undefined]),
  });

  private inline?: { type: string; text: string };
  private childObserver?: MutationObserver;
  private renderFailure?: OgDataError;

  /** The language tag the widget formats in (e.g. `ar-MA`), resolved from `lang` attributes. */
  get locale(): string {
    return this.language.resolved.locale;
  }

  /** The language of the widget's own messages (`en`, `fr`, `ar` or `es`). */
  get messageLocale(): MessageLocale {
    return this.language.resolved.messageLocale;
  }

  /** `rtl` or `ltr`, from the nearest `dir` or the language. */
  get direction(): 'ltr' | 'rtl' {
    return this.language.resolved.dir;
  }

  /**
   * What the widget shows: `loading` (also while its messages load), `idle` (no source yet),
   * `ready` or `error`.
   */
  get dataState(): 'idle' | 'loading' | 'ready' | 'error' {
    return this.language.ready ? this.source.state.status : 'loading';
  }

  /** Milliseconds the widget waits for anything it needs: the `timeout` attribute. */
  protected timeoutMs(): number {
    const seconds = Number(this.timeout);
    return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : DEFAULT_TIMEOUT_MS;
  }

  /** Resolves once the error sentences are loaded, failed, or waited for `timeout`. */
  private errorSentences(): Promise<void> {
    if (errorSentencesSettled()) return Promise.resolve();
    return settleWithin(
      loadErrorSentences().catch(() => undefined),
      this.timeoutMs(),
    ).then(() => {
      withoutErrorSentences();
      this.requestUpdate();
    });
  }

  /**
   * Turns raw data (JSON value, CSV table, iCalendar) into the widget's model, through the
   * widget's reader. Throw OgDataError for bad data. `context.load` reads further sources.
   */
  protected abstract parseData(raw: RawData, source: SourceInfo, context: ParseContext): TModel | Promise<TModel>;

  /** Logs the problems a reader found but read past (a webmaster's console shows them). */
  protected logWarnings(warnings: readonly ValidationProblem[]): void {
    for (const warning of warnings) console.warn(`opengov-widgets <${this.localName}>: ${JSON.stringify(warning)}`);
  }

  /** Renders the widget's model. */
  protected abstract renderData(model: TModel): unknown;

  /** Whether there is nothing to show. Default: an empty array. */
  protected isEmpty(model: TModel): boolean {
    return Array.isArray(model) && model.length === 0;
  }

  /** The `columns` mapping, read from the attribute or the property. @throws OgDataError */
  protected columnMapping(): Record<string, string> {
    return parseColumnsAttribute(this.columns);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.childObserver = new MutationObserver(() => this.readInline());
    this.childObserver.observe(this, { childList: true, characterData: true, subtree: true });
    // Inline data edited while the element was detached is read again on return.
    if (!this.readInline() && this.hasUpdated && this.source.state.status !== 'ready') void this.source.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.childObserver?.disconnect();
  }

  /** Loads the data again from the server (not the page's cache). What the Retry button does. */
  reload(): Promise<void> {
    this.renderFailure = undefined;
    return this.source.load({ fresh: true });
  }

  /** Retry from a button that the new state will remove: focus moves to the widget first. */
  protected retryFromButton(): void {
    this.renderRoot.querySelector<HTMLElement>('.base')?.focus({ preventScroll: true });
    void this.reload();
  }

  /** Reads the inline `<script>` data child; reloads when it changed. @returns whether it reloaded. */
  private readInline(): boolean {
    const script = [...this.children].find(
      (child): child is HTMLScriptElement =>
        child instanceof HTMLScriptElement && inlineFormat(child.type) !== undefined,
    );
    const next = script ? { type: script.type, text: script.textContent ?? '' } : undefined;
    if (next?.text === this.inline?.text && next?.type === this.inline?.type) return false;
    this.inline = next;
    if (!this.hasUpdated) return false;
    void this.source.load();
    return true;
  }

  private sourceRequest(): SourceRequest {
    let expectedHeaders: string[];
    try {
      // The headers named in `columns` help find the header row of a CSV below title lines.
      expectedHeaders = Object.values(parseColumnsAttribute(this.columns));
    } catch {
      expectedHeaders = [];
    }
    return {
      src: this.src === undefined || this.src === null ? undefined : String(this.src).trim() || undefined,
      format: asDataFormat(typeof this.format === 'string' ? this.format : undefined),
      timeout: this.timeoutMs(),
      data: this.data,
      inline: this.inline,
      csv: { expectedHeaders },
    };
  }

  private sourceChanged(next: SourceState<TModel>): void {
    if (next.status === 'loading') {
      void this.language.settled().then(() => {
        if (this.source.state.status === 'loading') this.announcer.announce(() => msg('Loading…'));
      });
      return;
    }
    this.announcer.clear();
    if (next.status === 'ready' && !next.refreshError) {
      this.dispatchEvent(createEvent<OgLoadDetail<TModel>>('og-load', { source: next.source, data: next.value }));
    } else if (next.status === 'ready' && next.refreshError) {
      this.reportError(next.refreshError, next.source, true);
    } else if (next.status === 'error') {
      this.reportError(next.error, next.source, false);
    }
  }

  private reportError(error: OgDataError, source: Partial<SourceInfo> | undefined, stale: boolean): void {
    console.warn(`opengov-widgets <${this.localName}>: ${error.detail}`);
    this.dispatchEvent(createEvent<OgErrorDetail>('og-error', { error, source, stale }));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.prepareLanguageData();
    const sourceChanged = (['src', 'format', 'data', 'columns', 'timeout'] as const).some((key) => changed.has(key));
    if (!this.hasUpdated || sourceChanged) {
      this.renderFailure = undefined;
      void this.source.load();
    }
  }

  /**
   * The page's first number format, date format and collator each take 5 to 30 ms to build (the
   * browser loads their data then): they are built in tasks of their own while the widget's
   * messages and data are on their way, not in the task that shows the data.
   */
  private prepareLanguageData(): void {
    const locale = this.locale;
    if (preparedLanguages.has(locale)) return;
    preparedLanguages.add(locale);
    for (const prepare of [
      () => numberFormat(locale),
      () => dateTimeFormat(locale, { dateStyle: 'medium' }),
      () => new Intl.Collator(locale).compare('a', 'b'),
    ])
      setTimeout(prepare, 0);
  }

  /** Renders inside the widget's own locale, so that two widgets in two languages can share a page. */
  protected override update(changed: PropertyValues<this>): void {
    withLocale(this.messageLocale, () => super.update(changed));
  }

  /**
   * Runs `fn` in the widget's locale and contains any exception: an event handler that fails shows
   * the error state instead of throwing into the host page. (Handler methods marked `@contained`
   * run through it.)
   */
  protected contain<T>(fn: () => T): T | undefined {
    try {
      return withLocale(this.messageLocale, fn);
    } catch (error) {
      this.fail(error);
      return undefined;
    }
  }

  /** Shows an unexpected failure as the error state and reports it. */
  protected fail(error: unknown): void {
    if (this.renderFailure) return; // already showing a failure: do not loop
    const failure = toDataError(error, 'render');
    console.error(`opengov-widgets <${this.localName}>:`, error);
    this.renderFailure = failure;
    this.requestUpdate();
    queueMicrotask(() => this.reportError(failure, undefined, false));
  }

  /**
   * Contains what goes wrong while Lit writes the DOM or runs `updated()`: the widget shows its
   * error state and the host page never sees an exception.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    try {
      const result = super.scheduleUpdate();
      return result instanceof Promise ? result.catch((error: unknown) => this.fail(error)) : result;
    } catch (error) {
      this.fail(error);
    }
  }

  /**
   * Announces a sentence to screen readers through the widget's polite live region. Give a
   * function when the sentence is said later than now: it is composed in the widget's language.
   */
  protected announce(sentence: Announcement, delay?: number): void {
    this.announcer.announce(sentence, delay);
  }

  /** Picks a multilingual text field in the widget's language (even one we have no messages for). */
  protected text(value: LocalizedText | null | undefined): string {
    return pickText(value, this.language.resolved.textLocale).text;
  }

  /**
   * Renders a text from the data: isolated with `dir="auto"`, so that a French title keeps its
   * punctuation in place in an Arabic widget (and the other way round), and marked with its `lang`
   * when a multilingual field falls back to another language than the widget's.
   */
  protected localizedText(value: LocalizedText | null | undefined): TemplateResult {
    const picked = pickText(value, this.language.resolved.textLocale);
    const other = picked.lang && picked.lang.split('-')[0] !== this.locale.split('-')[0];
    return html`<span lang=${other ? picked.lang! : nothing} dir="auto">${picked.text}</span>`;
  }

  protected override render(): unknown {
    const { locale, dir } = this.language.resolved;
    const state = this.source.state;
    const loading = this.dataState === 'loading';
    // Whatever made it render, a widget that waits for its messages is woken when they settle.
    if (!this.language.ready) void this.language.settled();
    let body: unknown;
    try {
      if (this.renderFailure) body = this.renderError(this.renderFailure);
      else if (loading) body = this.renderLoading();
      else if (state.status === 'error') body = this.renderError(state.error);
      else if (state.status === 'idle') body = this.renderIdle();
      else if (state.status === 'ready') {
        body = this.isEmpty(state.value)
          ? this.renderEmpty()
          : html`${state.refreshError ? staleNotice(locale, state.receivedAt, () => this.retryFromButton()) : nothing}${this.renderData(state.value)}`;
      }
    } catch (error) {
      this.fail(error);
      body = this.renderError(toDataError(error, 'render'));
    }
    // The live region sits outside the busy box: assistive technologies may ignore changes
    // inside an aria-busy subtree.
    return html`<div class="base" part="base" lang=${locale} dir=${dir} tabindex="-1" aria-busy=${loading ? 'true' : 'false'}>
        ${!loading && this.language.missing ? missingMessagesNotice(this.messageLocale) : nothing}${body}
      </div>
      ${this.announcer.render(locale, dir)}`;
  }

  /** The loading skeleton. Widgets override it to match their final shape and height. */
  protected renderLoading(): TemplateResult {
    return skeleton();
  }

  /** The sentence of the empty state. Widgets override it ("No commitments yet."). */
  protected emptyMessage(): string {
    return msg('There is nothing to show yet.');
  }

  /** What shows when no data source is set. Default: the empty state; a form shows itself. */
  protected renderIdle(): unknown {
    return this.renderEmpty();
  }

  protected renderEmpty(): TemplateResult {
    return emptyState(this.emptyMessage());
  }

  protected renderError(error: OgDataError): TemplateResult {
    if (!errorSentencesSettled()) {
      void this.errorSentences();
      return this.renderLoading();
    }
    return errorState(error, () => this.retryFromButton());
  }
}
