import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  OgElement,
  contained,
  registerLocaleGroup,
  createEvent,
  msg,
  str,
  safeUrl,
  formatCalendarDate,
  todayIso,
  type LocalizedText,
  type RawData,
  type SourceInfo,
} from '../core/index.js';
import { controlStyles } from '../core/styles/controls.js';
import { summaryStyles } from '../core/styles/summary.js';
import { loaders as localeLoaders } from '../locales/response-log/index.js';
import {
  summarizeResponses,
  filterSuggestions,
  sortSuggestions,
  findByReference,
  filterChoicesOf,
  type ResponseModel,
  type ResponseRegister,
  type ResponseStatus,
  type ResponseSummary,
  type Suggestion,
} from './model.js';
import { countSentence } from './labels.js';
import { responseSummary } from './summary.js';
import {
  heading,
  suggestionEntry,
  SUGGESTION_HASH,
  COMMITMENT_HASH,
  suggestionHash,
  type EntryView,
} from './entries.js';
import { followField, followSentence } from './follow.js';
import { filterBar, NO_FILTERS, type Derived, type FilterState } from './filters.js';
import { responseLogStyles } from './styles.js';
import { readResponses } from './reader.js';
import type { TextSearch } from '../core/i18n/search.js';

/** From how many suggestions a register gets the quick search. */
const QUICK_SEARCH_FROM = 1000;

/** Detail of `og-follow`. */
export interface OgFollowDetail {
  /** The reference as the citizen typed it (trimmed). */
  reference: string;
  /** Whether the register has a suggestion with that reference. */
  found: boolean;
  /** Its status, when found. */
  status?: ResponseStatus;
}

declare global {
  interface HTMLElementEventMap {
    'og-follow': CustomEvent<OgFollowDetail>;
  }
}

/**
 * The register of suggestions received and what became of each: OGP's reasoned response. Citizens
 * follow their suggestion by the reference on their receipt; anyone sees how many were answered,
 * how fast, and which led to commitments. Reads the JSON of `schemas/response-log.schema.json`, a
 * spreadsheet's CSV (one row per suggestion) or an Open311 GeoReport v2 `requests.json`. Names,
 * emails, phones and addresses in the data are never shown.
 *
 * @element og-response-log
 * @attr layout - `full` (default): follow field, summary, filters and the register; `follow`: only "Follow your suggestion"; `summary`: only the summary.
 * @attr answer-within - Days promised for an answer (over the data's `answerWithin`): longer waits are shown as late.
 * @attr commitment - Shows only the suggestions linked to the commitment with this id.
 * @attr plan-href - Address of the page with the action plan: commitment ids link to its `#commitment-<id>`.
 * @attr heading-level - Level of the register's heading (default 2); entries are one level below.
 * @attr page-size - Entries shown before "Show more" (default 20).
 * @fires {CustomEvent<OgFollowDetail>} og-follow - A citizen followed a reference; detail `{ reference, found, status }`.
 * @csspart log - The whole log.
 * @csspart follow - "Follow your suggestion": the field and its result.
 * @csspart summary - The summary block.
 * @csspart filters - The filter bar.
 * @csspart entry - A suggestion's card.
 * @csspart status-badge - A status badge.
 * @csspart answer - The reasoned answer in a card.
 */
export class OgResponseLog extends OgElement<ResponseModel> {
  static override styles = [...OgElement.styles, controlStyles, summaryStyles, responseLogStyles];
  protected static override messageGroup = registerLocaleGroup('response-log', localeLoaders);

  @property({ reflect: true }) layout: 'full' | 'follow' | 'summary' = 'full';

  @property({ type: Number, attribute: 'answer-within' }) answerWithin?: number;

  @property() commitment?: string;

  @property({ attribute: 'plan-href' }) planHref?: string;

  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  @property({ type: Number, attribute: 'page-size' }) pageSize = 20;

  @state() private filters: FilterState = { ...NO_FILTERS, sort: 'newest' };
  /** Pages of entries shown ("Show more" adds one). */
  @state() private pages = 1;
  /** The reference followed, as typed. */
  @state() private followed = '';
  /** Every entry that passes the filters is drawn, for printing. */
  @state() private printing = false;

  /** What to bring into view once rendered, from the URL: the follow result, or the filtered list. */
  private pendingScroll?: '.follow-result' | '.filters';
  private derived = new WeakMap<Suggestion[], Map<string, Derived>>();
  /** The last list shown and the last summary: a keystroke's announcement reads them again. */
  private visibleMemo?: { suggestions: Suggestion[]; filters: FilterState; locale: string; value: Suggestion[] };
  private summaryMemo?: {
    suggestions: Suggestion[];
    today: string;
    answerWithin: number | undefined;
    value: ResponseSummary;
  };

  /** The quick search, once its code is here. */
  private searchFor?: (query: string) => TextSearch | undefined;

  private readonly onHashChange = () => this.contain(() => this.followHash());
  private readonly onAfterPrint = () => (this.printing = false);

  protected async parseData(raw: RawData, source: SourceInfo): Promise<ResponseModel> {
    const { model, warnings } = await readResponses(raw, { columns: this.columnMapping(), url: source.url });
    this.logWarnings(warnings);
    // A large register gets the quick search, a chunk of its own (under a kilobyte), while it is
    // first drawn. A smaller one, and any until it arrives or if it cannot, reduces every text: the
    // same suggestions are found, in a few milliseconds for a thousand.
    if (model.register.suggestions.length > QUICK_SEARCH_FROM)
      import('../core/i18n/search.js').then(
        (module) => (this.searchFor = module.searchFor),
        () => undefined,
      );
    return model;
  }

  /** The follow layout's room is a field's: its skeleton is a heading and two lines, not a register's. */
  protected override renderLoading(): TemplateResult {
    return this.layout === 'follow'
      ? html`<div class="state skeleton" part="loading" aria-hidden="true">
          <span class="skeleton-line title"></span><span class="skeleton-line short"></span><span class="skeleton-line"></span>
        </div>`
      : super.renderLoading();
  }

  protected override isEmpty(model: ResponseModel): boolean {
    return model.register.suggestions.length === 0;
  }

  protected override emptyMessage(): string {
    return msg('No suggestion has been published in this register yet.');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
    window.addEventListener('afterprint', this.onAfterPrint);
    this.followHash();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
    window.removeEventListener('afterprint', this.onAfterPrint);
  }

  /** Follows `#suggestion-<reference>`, or filters on `#suggestions-for-<commitment>`, from the page's URL. */
  private followHash(): void {
    const hash = location.hash;
    const prefix = [SUGGESTION_HASH, COMMITMENT_HASH].find((candidate) => hash.startsWith(candidate));
    if (!prefix) return;
    let value: string;
    try {
      value = decodeURIComponent(hash.slice(prefix.length));
    } catch {
      return; // a malformed link (#suggestion-%E0) opens nothing, and breaks nothing
    }
    if (prefix === COMMITMENT_HASH) {
      this.filters = { ...this.filters, ...NO_FILTERS, commitment: value };
      this.pages = 1;
      this.pendingScroll = '.filters';
      return;
    }
    if (value.trim() === this.followed.trim()) return;
    this.followed = value;
    this.pendingScroll = '.follow-result';
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const target = this.pendingScroll;
    if (!target || this.dataState !== 'ready') return;
    this.pendingScroll = undefined;
    const element = this.renderRoot.querySelector<HTMLElement>(target);
    if (!element) return;
    element.scrollIntoView({
      block: 'start',
      behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth',
    });
    if (target === '.filters') return;
    element.focus({ preventScroll: true });
    const found = this.find(this.followed);
    this.announce(() => followSentence(this.followed.trim(), found));
  }

  /** The suggestion with this reference in the register now shown (case, spaces and dashes ignored). */
  private find(reference: string): Suggestion | undefined {
    const state = this.source.state;
    return state.status === 'ready' ? findByReference(state.value.register.suggestions, reference) : undefined;
  }

  /**
   * Shows what became of the suggestion with this reference, as the follow field does; the page's
   * URL follows (`#suggestion-<reference>`).
   * @param {string} reference - The reference on the receipt, however it is typed.
   */
  @contained
  follow(reference: string): void {
    const typed = reference.trim();
    this.followed = typed;
    if (!typed) return;
    const found = this.find(typed);
    const hash = suggestionHash(found?.reference ?? typed);
    if (location.hash !== hash) history.replaceState(history.state, '', hash);
    this.announce(() => followSentence(typed, found));
    this.dispatchEvent(
      createEvent<OgFollowDetail>('og-follow', { reference: typed, found: Boolean(found), status: found?.status }),
    );
  }

  private answerDays(register: ResponseRegister): number | undefined {
    const days = Number(this.answerWithin ?? register.answerWithin);
    return Number.isFinite(days) && days > 0 ? days : undefined;
  }

  /** The suggestions this log is about: all, or those linked to `commitment`. */
  private scope(register: ResponseRegister): Suggestion[] {
    const id = this.commitment?.trim();
    return id ? register.suggestions.filter((suggestion) => suggestion.commitments.includes(id)) : register.suggestions;
  }

  private derive(suggestions: Suggestion[]): Derived {
    let byLocale = this.derived.get(suggestions);
    if (!byLocale) this.derived.set(suggestions, (byLocale = new Map()));
    let derived = byLocale.get(this.locale);
    if (!derived) {
      derived = { sorted: new Map(), ...filterChoicesOf(suggestions, this.locale) };
      byLocale.set(this.locale, derived);
    }
    return derived;
  }

  private visibleSuggestions(suggestions: Suggestion[]): Suggestion[] {
    const { filters, locale } = this;
    const memo = this.visibleMemo;
    if (memo && memo.suggestions === suggestions && memo.filters === filters && memo.locale === locale)
      return memo.value;
    const derived = this.derive(suggestions);
    const { sort, status, area, topic, commitment, channel, year, query } = filters;
    let sorted = derived.sorted.get(sort);
    if (!sorted) derived.sorted.set(sort, (sorted = sortSuggestions(suggestions, sort)));
    const filter = { status: status || undefined, area, topic, commitment, channel: channel || undefined, year, query };
    const value = filterSuggestions(sorted, filter, locale, this.searchFor);
    this.visibleMemo = { suggestions, filters, locale, value };
    return value;
  }

  /** The summary of these suggestions, computed once per register, day and promised delay. */
  private summaryOf(suggestions: Suggestion[], today: string, answerWithin: number | undefined): ResponseSummary {
    const memo = this.summaryMemo;
    if (memo && memo.suggestions === suggestions && memo.today === today && memo.answerWithin === answerWithin)
      return memo.value;
    const value = summarizeResponses(suggestions, today, answerWithin);
    this.summaryMemo = { suggestions, today, answerWithin, value };
    return value;
  }

  /** What the entry templates need of the log. */
  private entryView(register: ResponseRegister): EntryView {
    const planHref = this.planHref ? safeUrl(this.planHref, location.href) : undefined;
    return {
      locale: this.locale,
      today: todayIso(),
      answerWithin: this.answerDays(register),
      planHref: planHref?.replace(/#.*$/, ''),
      localizedText: (value: LocalizedText | undefined) => this.localizedText(value),
    };
  }

  protected renderData(model: ResponseModel): TemplateResult {
    const { register } = model;
    const suggestions = this.scope(register);
    const level = Number(this.headingLevel) || 2;
    const view = this.entryView(register);
    const followed = this.followed.trim();
    const follow = followField({
      ...view,
      level: this.layout === 'follow' ? level : level + 1,
      followed: this.followed,
      found: followed ? findByReference(register.suggestions, followed) : undefined,
      follow: (reference) => this.follow(reference),
    });
    if (this.layout === 'follow') return html`<div class="log follow-only" part="log">${follow}</div>`;
    const summarized = this.summaryOf(suggestions, view.today, view.answerWithin);
    const summary = responseSummary(this.locale, summarized, view.answerWithin);
    if (this.layout === 'summary')
      return html`<div class="log" part="log">${this.renderHeader(register, level)}${summary}</div>`;
    const visible = this.visibleSuggestions(suggestions);
    const shown = this.printing ? visible : visible.slice(0, Math.max(1, this.pageSize || 20) * this.pages);
    return html`<div class="log" part="log">
      ${this.renderHeader(register, level)} ${follow} ${summary} ${this.renderFilters(suggestions, visible.length, summarized)}
      ${
        visible.length === 0
          ? html`<div class="empty">
            <p>${msg('No suggestion matches these filters.')}</p>
            <button type="button" class="button secondary" @click=${() => this.clearFilters()}>${msg('Clear filters')}</button>
          </div>`
          : html`<ol class="entries" role="list">
            ${shown.map((suggestion) => html`<li>${suggestionEntry(view, suggestion, level + 1)}</li>`)}
          </ol>`
      }
      <div class="more">
        ${
          shown.length < visible.length
            ? html`<button type="button" class="button secondary" @click=${() => this.showMore(visible.length)}>
              ${msg('Show more')}
            </button>`
            : nothing
        }
        <button type="button" class="button secondary print" @click=${() => this.print()}>${msg('Print')}</button>
      </div>
    </div>`;
  }

  private renderHeader(register: ResponseRegister, level: number): TemplateResult | typeof nothing {
    if (!register.title && !register.member && !register.updated) return nothing;
    return html`<div class="log-header">
      ${register.title ? heading(level, this.localizedText(register.title), 'log-title') : nothing}
      <p class="log-meta">
        ${register.member ? html`<span>${this.localizedText(register.member)}</span>` : nothing}
        ${register.updated ? html`<span>${msg(str`Updated ${formatCalendarDate(this.locale, register.updated)}`)}</span>` : nothing}
      </p>
    </div>`;
  }

  private renderFilters(suggestions: Suggestion[], shown: number, summary: ResponseSummary): TemplateResult {
    return filterBar({
      locale: this.locale,
      filters: this.filters,
      derived: this.derive(suggestions),
      byStatus: summary.byStatus,
      shown,
      total: suggestions.length,
      oneCommitment: Boolean(this.commitment),
      refine: (change) => this.changeFilters(suggestions, change),
    });
  }

  /** The reader changed a filter or the order: the list follows, from its first page, and the count is announced. */
  @contained
  private changeFilters(suggestions: Suggestion[], change: Partial<FilterState>): void {
    this.filters = { ...this.filters, ...change };
    this.pages = 1;
    this.announce(() => countSentence(this.locale, this.visibleSuggestions(suggestions).length, suggestions.length));
  }

  /** "Clear filters": every suggestion shows again, in the same order. */
  @contained
  private clearFilters(): void {
    this.filters = { ...this.filters, ...NO_FILTERS };
    this.pages = 1;
  }

  @contained
  private showMore(total: number): void {
    this.pages += 1;
    const shown = Math.min(total, Math.max(1, this.pageSize || 20) * this.pages);
    this.announce(() => countSentence(this.locale, shown, total));
  }

  /** Prints every suggestion that passes the filters (not only the page shown). */
  @contained
  private print(): void {
    this.printing = true;
    void this.updateComplete.then(() => this.contain(() => window.print()));
  }
}
