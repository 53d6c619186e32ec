import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  OgElement,
  contained,
  registerLocaleGroup,
  createEvent,
  msg,
  str,
  formatCalendarDate,
  formatCalendarRange,
  formatNumber,
  todayIso,
  safeUrl,
  type RawData,
  type SourceInfo,
} from '../core/index.js';
import { filterSelect, searchField } from '../core/templates/filters.js';
import { controlStyles } from '../core/styles/controls.js';
import { summaryStyles } from '../core/styles/summary.js';
import { loaders as localeLoaders } from '../locales/commitment-tracker/index.js';
import {
  COMPLETION_LEVELS,
  SORT_KEYS,
  summarizePlan,
  filterCommitments,
  sortCommitments,
  themesOf,
  institutionsOf,
  sectorsOf,
  type ActionPlan,
  type Commitment,
  type CommitmentFilter,
  type CompletionLevel,
  type PlanModel,
  type Sector,
  type SortKey,
} from './model.js';
import { statusLabel, sectorLabel, sortLabel, countSentence } from './labels.js';
import { planSummary } from './summary.js';
import { commitmentCard, compactList, type CardsView } from './cards.js';
import { heading } from './parts.js';
import { trackerStyles } from './styles.js';
import { readPlan } from './reader.js';
import { SuggestionCountsController } from './suggestion-counts.js';

/** Detail of `og-commitment-toggle`. */
export interface OgCommitmentToggleDetail {
  /** The commitment's id. */
  id: string;
  expanded: boolean;
}

declare global {
  interface HTMLElementEventMap {
    'og-commitment-toggle': CustomEvent<OgCommitmentToggleDetail>;
  }
}

const HASH_PREFIX = '#commitment-';

/** What the reader chose in the filter bar: a search, filters ('' is "All") and an order. */
interface FilterState {
  query: string;
  status: CompletionLevel | '';
  theme: string;
  sector: Sector | '';
  institution: string;
  sort: SortKey;
}

/** Every filter cleared ("Clear filters" keeps the order). */
const NO_FILTERS = { query: '', status: '', theme: '', sector: '', institution: '' } as const;

/**
 * An OGP action plan: its commitments, milestones and progress, in the Independent Reporting
 * Mechanism's terms. Reads the JSON format of `schemas/commitment-tracker.schema.json`, or a CSV
 * with one row per milestone.
 *
 * @element og-commitment-tracker
 * @attr layout - `full` (default): cards that expand; `compact`: one line per commitment, for sidebars.
 * @attr commitment - Shows only the commitment with this id, expanded.
 * @attr show-summary - Shows the summary: counts per completion level, overall progress, time elapsed.
 * @attr show-filters - Shows search, filters (status, theme, sector, institution) and sorting.
 * @attr heading-level - Level of the plan's heading (default 2); commitments are one level below.
 * @attr responses-src - Address of og-response-log's register (JSON or CSV): each commitment says how many citizens' suggestions led to it.
 * @attr responses-href - Address of the page with og-response-log: the count links to its `#suggestions-for-<id>`.
 * @fires {CustomEvent<OgCommitmentToggleDetail>} og-commitment-toggle - A commitment was expanded or collapsed; detail `{ id, expanded }`.
 * @csspart tracker - The whole tracker.
 * @csspart summary - The summary block.
 * @csspart filters - The filter bar.
 * @csspart card - A commitment card.
 * @csspart status-badge - A completion-level badge.
 * @csspart progress - A progress bar.
 * @csspart timeline - The milestones of an expanded commitment.
 */
export class OgCommitmentTracker extends OgElement<PlanModel> {
  static override styles = [...OgElement.styles, controlStyles, summaryStyles, trackerStyles];
  protected static override messageGroup = registerLocaleGroup('commitment-tracker', localeLoaders);

  @property({ reflect: true }) layout: 'full' | 'compact' = 'full';

  @property() commitment?: string;

  @property({ type: Boolean, attribute: 'show-summary' }) showSummary = false;

  @property({ type: Boolean, attribute: 'show-filters' }) showFilters = false;

  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  @property({ attribute: 'responses-src' }) responsesSrc?: string;

  @property({ attribute: 'responses-href' }) responsesHref?: string;

  /** Suggestions per commitment, from `responses-src`. */
  private readonly suggestionCounts = new SuggestionCountsController(
    this,
    () => this.responsesSrc,
    (message) => console.warn(`opengov-widgets <${this.localName}>: ${message}`),
  );

  @state() private expanded = new Set<string>();
  @state() private filters: FilterState = { ...NO_FILTERS, sort: 'due' };

  /** A commitment to open and scroll to once rendered (from the URL hash). */
  private pendingDeepLink?: string;

  private readonly onHashChange = () => this.contain(() => this.followHash());

  protected async parseData(raw: RawData, source: SourceInfo): Promise<PlanModel> {
    const { model, warnings } = await readPlan(raw, { columns: this.columnMapping(), url: source.url });
    this.logWarnings(warnings);
    return model;
  }

  protected override isEmpty(model: PlanModel): boolean {
    return model.plan.commitments.length === 0;
  }

  protected override emptyMessage(): string {
    return msg('This action plan has no commitments yet.');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
    this.followHash();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
  }

  /** Opens the commitment named by `#commitment-<id>` in the page's URL. */
  private followHash(): void {
    if (!location.hash.startsWith(HASH_PREFIX)) return;
    let id: string;
    try {
      id = decodeURIComponent(location.hash.slice(HASH_PREFIX.length));
    } catch {
      return; // a malformed link (#commitment-%E0) opens nothing, and breaks nothing
    }
    this.pendingDeepLink = id;
    this.expanded = new Set(this.expanded).add(id);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const id = this.pendingDeepLink;
    if (id === undefined || this.dataState !== 'ready') return;
    const card = [...this.renderRoot.querySelectorAll<HTMLElement>('.card')].find(
      (element) => element.dataset.id === id,
    );
    this.pendingDeepLink = undefined;
    if (!card) return;
    card.scrollIntoView({
      block: 'start',
      behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth',
    });
    card.querySelector<HTMLElement>('.toggle')?.focus({ preventScroll: true });
  }

  /**
   * Expands or collapses a commitment.
   * @param {string} id - The commitment's `id` in the data.
   * @param {boolean} [expanded] - `true` to expand, `false` to collapse; by default, toggles.
   */
  toggleCommitment(id: string, expanded = !this.expanded.has(id)): void {
    const next = new Set(this.expanded);
    if (expanded) next.add(id);
    else next.delete(id);
    this.expanded = next;
    this.dispatchEvent(createEvent<OgCommitmentToggleDetail>('og-commitment-toggle', { id, expanded }));
  }

  private visibleCommitments(plan: ActionPlan): Commitment[] {
    if (this.commitment) return plan.commitments.filter((commitment) => commitment.id === this.commitment);
    const { query, status, theme, sector, institution, sort } = this.filters;
    const filter: CommitmentFilter = {
      statuses: status ? [status] : undefined,
      theme: theme || undefined,
      sector: sector || undefined,
      institution: institution || undefined,
      query,
    };
    return sortCommitments(filterCommitments(plan.commitments, filter, this.locale), sort, this.locale);
  }

  protected renderData(model: PlanModel): TemplateResult {
    const { plan } = model;
    const today = todayIso();
    const visible = this.visibleCommitments(plan);
    const single = Boolean(this.commitment);
    const level = Number(this.headingLevel) || 2;
    const view = this.cardsView(today);
    return html`<div class="tracker ${this.layout === 'compact' ? 'compact' : 'full'}" part="tracker">
      ${single ? nothing : this.renderPlanHeader(plan, level)}
      ${this.showSummary && !single ? planSummary({ locale: this.locale }, summarizePlan(plan, today)) : nothing}
      ${this.showFilters && !single ? this.renderFilters(plan, visible.length) : nothing}
      ${
        visible.length === 0
          ? this.renderNoMatch(single)
          : this.layout === 'compact'
            ? compactList(view, visible)
            : html`<ul class="cards" role="list">
              ${visible.map((commitment) => commitmentCard(view, commitment, single ? level : level + 1, single))}
            </ul>`
      }
    </div>`;
  }

  /** What the commitment templates need of the tracker, with the toggle contained. */
  private cardsView(today: string): CardsView {
    return {
      locale: this.locale,
      today,
      isOpen: (id) => this.expanded.has(id),
      // Ids from data may hold spaces or quotes: the element id uses the position instead.
      detailsId: (commitment) => `details-${this.positionOf(commitment)}`,
      text: (value) => this.text(value),
      localizedText: (value) => this.localizedText(value),
      toggle: (id) => this.toggleFromCard(id),
      suggestionCount: (id) => this.suggestionCounts.counts?.get(id),
      responsesHref: this.responsesHref ? safeUrl(this.responsesHref, location.href)?.replace(/#.*$/, '') : undefined,
    };
  }

  private positionOf(commitment: Commitment): number {
    const state = this.source.state;
    return state.status === 'ready' ? state.value.plan.commitments.indexOf(commitment) : 0;
  }

  /** The reader pressed a card's toggle. */
  @contained
  private toggleFromCard(id: string): void {
    this.toggleCommitment(id);
  }

  private renderPlanHeader(plan: ActionPlan, level: number): TemplateResult | typeof nothing {
    if (!plan.title && !plan.member && !plan.period) return nothing;
    const period =
      plan.period?.start && plan.period.end
        ? formatCalendarRange(this.locale, plan.period.start, plan.period.end)
        : undefined;
    return html`<div class="plan-header">
      ${plan.title ? heading(level, this.localizedText(plan.title), 'plan-title') : nothing}
      <p class="plan-meta">
        ${plan.member ? html`<span>${this.localizedText(plan.member)}</span>` : nothing}
        ${period ? html`<span>${period}</span>` : nothing}
        ${plan.updated ? html`<span>${msg(str`Updated ${formatCalendarDate(this.locale, plan.updated)}`)}</span>` : nothing}
        ${plan.url ? html`<a href=${plan.url} rel="noopener">${msg('Full action plan')}</a>` : nothing}
      </p>
    </div>`;
  }

  private renderFilters(plan: ActionPlan, shown: number): TemplateResult {
    const { locale, filters } = this;
    const { byStatus } = summarizePlan(plan, todayIso());
    const refine = (next: Partial<FilterState>) => this.changeFilters(plan, next);
    return html`<div class="filters" part="filters" role="search" aria-label=${msg('Find commitments')}>
      ${searchField(msg('Search'), filters.query, (query) => refine({ query }))}
      ${filterSelect({
        label: msg('Completion'),
        choices: COMPLETION_LEVELS.filter((level) => byStatus[level] > 0).map((level) => ({
          value: level,
          label: `${statusLabel(level)} (${formatNumber(locale, byStatus[level])})`,
        })),
        current: filters.status,
        change: (status) => refine({ status: status as CompletionLevel | '' }),
      })}
      ${filterSelect({
        label: msg('Theme'),
        choices: themesOf(plan, locale),
        current: filters.theme,
        change: (theme) => refine({ theme }),
      })}
      ${filterSelect({
        label: msg('Sector'),
        choices: sectorsOf(plan).map((sector) => ({ value: sector, label: sectorLabel(sector) })),
        current: filters.sector,
        change: (sector) => refine({ sector: sector as Sector | '' }),
        showAbove: 1,
      })}
      ${filterSelect({
        label: msg('Institution'),
        choices: institutionsOf(plan, locale),
        current: filters.institution,
        change: (institution) => refine({ institution }),
        showAbove: 1,
      })}
      ${filterSelect({
        label: msg('Sort by'),
        choices: SORT_KEYS.map((key) => ({ value: key, label: sortLabel(key) })),
        current: filters.sort,
        change: (sort) => refine({ sort: sort as SortKey }),
        required: true,
      })}
      <p class="count">${countSentence(locale, shown, plan.commitments.length)}</p>
    </div>`;
  }

  /** The reader changed a filter or the order: the list follows, and the count is announced. */
  @contained
  private changeFilters(plan: ActionPlan, change: Partial<FilterState>): void {
    this.filters = { ...this.filters, ...change };
    this.announce(countSentence(this.locale, this.visibleCommitments(plan).length, plan.commitments.length));
  }

  /** "Clear filters": every commitment shows again, in the same order. */
  @contained
  private clearFilters(): void {
    this.filters = { ...this.filters, ...NO_FILTERS };
  }

  private renderNoMatch(single: boolean): TemplateResult {
    if (single) {
      return html`<p class="empty">${msg(str`There is no commitment with the id "${this.commitment}" in this action plan.`)}</p>`;
    }
    return html`<div class="empty">
      <p>${msg('No commitment matches these filters.')}</p>
      <button type="button" class="button secondary" @click=${() => this.clearFilters()}>${msg('Clear filters')}</button>
    </div>`;
  }
}
