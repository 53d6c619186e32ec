import { html, svg, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  OgElement,
  registerLocaleGroup,
  createEvent,
  msg,
  str,
  formatCalendarDate,
  formatCalendarRange,
  formatPercent,
  formatNumber,
  formatRelative,
  calendarDate,
  todayIso,
  pickText,
  type RawData,
  type SourceInfo,
  type LocalizedText,
  controlStyles,
} from '../core/index.js';
import { loaders as localeLoaders } from '../locales/commitment-tracker/index.js';
import {
  COMPLETION_LEVELS,
  SORT_KEYS,
  commitmentProgress,
  milestoneState,
  nextMilestone,
  isOverdue,
  summarizePlan,
  filterCommitments,
  sortCommitments,
  themesOf,
  institutionsOf,
  sectorsOf,
  type ActionPlan,
  type Commitment,
  type CompletionLevel,
  type Institution,
  type Milestone,
  type PlanModel,
  type Sector,
  type SortKey,
} from './model.js';
import { statusLabel, openedGovernmentLabel, sectorLabel, sortLabel } from './labels.js';
import { statusIcon, chevronIcon } from './icons.js';
import { trackerStyles } from './styles.js';
import { readPlan } from './reader.js';


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
  static override styles = [...OgElement.styles, controlStyles, trackerStyles];
  protected static override messageGroup = registerLocaleGroup('commitment-tracker', localeLoaders);

  @property({ reflect: true }) layout: 'full' | 'compact' = 'full';

  @property() commitment?: string;

  @property({ type: Boolean, attribute: 'show-summary' }) showSummary = false;

  @property({ type: Boolean, attribute: 'show-filters' }) showFilters = false;

  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  @state() private expanded = new Set<string>();
  @state() private query = '';
  @state() private statusFilter: CompletionLevel | '' = '';
  @state() private themeFilter = '';
  @state() private sectorFilter: Sector | '' = '';
  @state() private institutionFilter = '';
  @state() private sortKey: SortKey = 'due';

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
    const card = [...this.renderRoot.querySelectorAll<HTMLElement>('.card')].find((element) => element.dataset.id === id);
    this.pendingDeepLink = undefined;
    if (!card) return;
    card.scrollIntoView({ block: 'start', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
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
    const filtered = filterCommitments(
      plan.commitments,
      {
        statuses: this.statusFilter ? [this.statusFilter] : undefined,
        theme: this.themeFilter || undefined,
        sector: this.sectorFilter || undefined,
        institution: this.institutionFilter || undefined,
        query: this.query,
      },
      this.locale,
    );
    return sortCommitments(filtered, this.sortKey, this.locale);
  }

  private heading(level: number, content: unknown, className = ''): TemplateResult {
    return html`<div role="heading" aria-level=${Math.min(6, Math.max(1, level))} class=${className}>${content}</div>`;
  }

  protected renderData(model: PlanModel): TemplateResult {
    const { plan } = model;
    const today = todayIso();
    const visible = this.visibleCommitments(plan);
    const single = Boolean(this.commitment);
    const level = Number(this.headingLevel) || 2;
    return html`<div class="tracker ${this.layout === 'compact' ? 'compact' : 'full'}" part="tracker">
      ${single ? nothing : this.renderPlanHeader(plan, level)}
      ${this.showSummary && !single ? this.renderSummary(plan, today) : nothing}
      ${this.showFilters && !single ? this.renderFilters(plan, visible.length) : nothing}
      ${visible.length === 0
        ? this.renderNoMatch(single)
        : this.layout === 'compact'
          ? this.renderCompact(visible)
          : html`<ul class="cards" role="list">
              ${visible.map((commitment) => this.renderCard(commitment, today, single ? level : level + 1, single))}
            </ul>`}
    </div>`;
  }

  private renderPlanHeader(plan: ActionPlan, level: number): TemplateResult | typeof nothing {
    if (!plan.title && !plan.member && !plan.period) return nothing;
    const period = plan.period?.start && plan.period.end ? this.dateRange(plan.period.start, plan.period.end) : undefined;
    return html`<header class="plan-header">
      ${plan.title ? this.heading(level, this.localizedText(plan.title), 'plan-title') : nothing}
      <p class="plan-meta">
        ${plan.member ? html`<span>${this.localizedText(plan.member)}</span>` : nothing}
        ${period ? html`<span>${period}</span>` : nothing}
        ${plan.updated ? html`<span>${msg(str`Updated ${formatCalendarDate(this.locale, plan.updated)}`)}</span>` : nothing}
        ${plan.url ? html`<a href=${plan.url} rel="noopener">${msg('Full action plan')}</a>` : nothing}
      </p>
    </header>`;
  }

  private dateRange(start: string, end: string): string {
    return formatCalendarRange(this.locale, start, end);
  }

  private renderSummary(plan: ActionPlan, today: string): TemplateResult {
    const summary = summarizePlan(plan, today);
    const levels = COMPLETION_LEVELS.filter((level) => summary.byStatus[level] > 0);
    const percent = (value: number) => formatPercent(this.locale, value / 100, { maximumFractionDigits: 0 });
    return html`<section class="summary" part="summary" aria-label=${msg('Summary of the action plan')}>
      <dl class="stats">
        <div><dt>${msg('Commitments')}</dt><dd>${formatNumber(this.locale, summary.total)}</dd></div>
        <div>
          <dt>${msg('High completion')}</dt>
          <dd>${formatNumber(this.locale, summary.highCompletion)}</dd>
        </div>
        ${summary.overallProgress !== undefined
          ? html`<div><dt>${msg('Overall progress')}</dt><dd>${percent(summary.overallProgress)}</dd></div>`
          : nothing}
        <div class=${summary.overdue ? 'has-overdue' : ''}>
          <dt>${msg('With overdue milestones')}</dt>
          <dd>${formatNumber(this.locale, summary.overdue)}</dd>
        </div>
      </dl>
      <figure class="chart">
        ${this.stackedBar(levels.map((level) => [level, summary.byStatus[level]] as const))}
        <figcaption>
          <span class="visually-hidden">${msg('Commitments by completion level')}</span>
          <ul class="legend" role="list">
            ${levels.map(
              (level) => html`<li class="status-${level}">
                <span class="legend-icon">${statusIcon(level)}</span>
                ${statusLabel(level)}: <strong>${formatNumber(this.locale, summary.byStatus[level])}</strong>
              </li>`,
            )}
          </ul>
        </figcaption>
      </figure>
      ${summary.timeElapsed !== undefined && summary.overallProgress !== undefined
        ? html`<div class="time-vs-progress">
            ${this.bar(summary.timeElapsed * 100, msg('Time elapsed'), 'time')}
            ${this.bar(summary.overallProgress, msg('Overall progress'), 'done')}
          </div>`
        : nothing}
    </section>`;
  }

  /**
   * Commitments per completion level as one bar. Drawn in SVG (attributes, not inline styles, so
   * a strict CSP allows it); its text equivalent is the legend beside it.
   */
  private stackedBar(counts: readonly (readonly [CompletionLevel, number])[]): TemplateResult {
    const total = counts.reduce((sum, [, count]) => sum + count, 0) || 1;
    let offset = 0;
    return html`<svg class="stacked" viewBox="0 0 ${total} 1" preserveAspectRatio="none" aria-hidden="true" focusable="false">
      ${counts.map(([level, count]) => {
        const x = offset;
        offset += count;
        return svg`<rect class="segment status-${level}" x=${x} width=${count} height="1"></rect>`;
      })}
    </svg>`;
  }

  /** A labelled progress bar, 0–100, filling from the inline start. */
  private bar(value: number, label: string, kind = 'done'): TemplateResult {
    const rounded = Math.round(value);
    const text = formatPercent(this.locale, rounded / 100, { maximumFractionDigits: 0 });
    return html`<div class="bar-row ${kind}">
      <span class="bar-label">${label}</span>
      <span
        class="bar"
        part="progress"
        role="progressbar"
        aria-label=${label}
        aria-valuemin="0"
        aria-valuemax="100"
        aria-valuenow=${rounded}
        aria-valuetext=${text}
        ><svg viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
          <rect class="fill" width=${Math.min(100, Math.max(0, rounded))} height="10"></rect></svg
      ></span>
      <span class="bar-value">${text}</span>
    </div>`;
  }

  private renderFilters(plan: ActionPlan, shown: number): TemplateResult {
    const themes = themesOf(plan, this.locale);
    const institutions = institutionsOf(plan, this.locale);
    const sectors = sectorsOf(plan);
    const summary = summarizePlan(plan, todayIso());
    const change = (apply: (value: string) => void) => (event: Event) =>
      this.contain(() => {
        apply((event.target as HTMLInputElement | HTMLSelectElement).value);
        this.announceCount(plan);
      });
    return html`<div class="filters" part="filters" role="search" aria-label=${msg('Find commitments')}>
      <label class="field search">
        <span>${msg('Search')}</span>
        <input type="search" .value=${this.query} @input=${change((value) => (this.query = value))} />
      </label>
      <label class="field">
        <span>${msg('Completion')}</span>
        <select @change=${change((value) => (this.statusFilter = value as CompletionLevel | ''))}>
          <option value="" ?selected=${this.statusFilter === ''}>${msg('All')}</option>
          ${COMPLETION_LEVELS.filter((level) => summary.byStatus[level] > 0).map(
            (level) => html`<option value=${level} ?selected=${this.statusFilter === level}>
              ${statusLabel(level)} (${formatNumber(this.locale, summary.byStatus[level])})
            </option>`,
          )}
        </select>
      </label>
      ${themes.length
        ? html`<label class="field">
            <span>${msg('Theme')}</span>
            <select @change=${change((value) => (this.themeFilter = value))}>
              <option value="" ?selected=${this.themeFilter === ''}>${msg('All')}</option>
              ${themes.map((theme) => html`<option .value=${theme} ?selected=${this.themeFilter === theme}>${theme}</option>`)}
            </select>
          </label>`
        : nothing}
      ${sectors.length > 1
        ? html`<label class="field">
            <span>${msg('Sector')}</span>
            <select @change=${change((value) => (this.sectorFilter = value as Sector | ''))}>
              <option value="" ?selected=${this.sectorFilter === ''}>${msg('All')}</option>
              ${sectors.map((sector) => html`<option value=${sector} ?selected=${this.sectorFilter === sector}>${sectorLabel(sector)}</option>`)}
            </select>
          </label>`
        : nothing}
      ${institutions.length > 1
        ? html`<label class="field">
            <span>${msg('Institution')}</span>
            <select @change=${change((value) => (this.institutionFilter = value))}>
              <option value="" ?selected=${this.institutionFilter === ''}>${msg('All')}</option>
              ${institutions.map((name) => html`<option .value=${name} ?selected=${this.institutionFilter === name}>${name}</option>`)}
            </select>
          </label>`
        : nothing}
      <label class="field">
        <span>${msg('Sort by')}</span>
        <select @change=${change((value) => (this.sortKey = value as SortKey))}>
          ${SORT_KEYS.map((key) => html`<option value=${key} ?selected=${this.sortKey === key}>${sortLabel(key)}</option>`)}
        </select>
      </label>
      <p class="count">${this.countSentence(shown, plan.commitments.length)}</p>
    </div>`;
  }

  private countSentence(shown: number, total: number): string {
    return msg(str`Commitments shown: ${formatNumber(this.locale, shown)} of ${formatNumber(this.locale, total)}`);
  }

  private announceCount(plan: ActionPlan): void {
    this.announce(this.countSentence(this.visibleCommitments(plan).length, plan.commitments.length));
  }

  private clearFilters(): void {
    this.query = '';
    this.statusFilter = '';
    this.themeFilter = '';
    this.sectorFilter = '';
    this.institutionFilter = '';
  }

  private renderNoMatch(single: boolean): TemplateResult {
    if (single) {
      return html`<p class="empty">${msg(str`There is no commitment with the id "${this.commitment}" in this action plan.`)}</p>`;
    }
    return html`<div class="empty">
      <p>${msg('No commitment matches these filters.')}</p>
      <button type="button" class="button secondary" @click=${() => this.contain(() => this.clearFilters())}>${msg('Clear filters')}</button>
    </div>`;
  }

  private renderBadge(level: CompletionLevel): TemplateResult {
    return html`<span class="badge status-${level}" part="status-badge">${statusIcon(level)}<span>${statusLabel(level)}</span></span>`;
  }

  private renderCompact(commitments: Commitment[]): TemplateResult {
    return html`<ul class="compact-list" role="list">
      ${commitments.map((commitment) => {
          const progress = commitmentProgress(commitment);
          return html`<li class="compact-item card" data-id=${commitment.id} part="card">
            <span class="compact-title">${this.localizedText(commitment.title)}</span>
            ${this.renderBadge(commitment.status)}
            ${progress !== undefined ? this.bar(progress, msg(str`Progress of “${this.text(commitment.title)}”`), 'done compact-bar') : nothing}
          </li>`;
      })}
    </ul>`;
  }

  private renderInstitutions(label: string, institutions: Institution[]): TemplateResult | typeof nothing {
    if (institutions.length === 0) return nothing;
    return html`<div class="institutions">
      <span class="institutions-label">${label}</span>
      <ul class="chips" role="list">
        ${institutions.map(
          (institution) => html`<li class="chip sector-${institution.sector}">
            <span class="sector-tag">${sectorLabel(institution.sector)}</span>
            <span class="chip-name">${this.localizedText(institution.name)}</span>
          </li>`,
        )}
      </ul>
    </div>`;
  }

  private renderCard(commitment: Commitment, today: string, level: number, single: boolean): TemplateResult {
    const open = single || this.expanded.has(commitment.id);
    const progress = commitmentProgress(commitment);
    const next = nextMilestone(commitment);
    const overdue = isOverdue(commitment, today);
    // Ids from data may hold spaces or quotes: the element id uses the position instead.
    const detailsId = `details-${this.detailsIndex(commitment)}`;
    const title = this.localizedText(commitment.title);
    return html`<li class="card ${open ? 'open' : ''} ${commitment.status === 'withdrawn' ? 'withdrawn' : ''}" data-id=${commitment.id} part="card">
      <div class="card-head">
        ${this.heading(
          level,
          single
            ? title
            : html`<button
                type="button"
                class="toggle"
                aria-expanded=${open ? 'true' : 'false'}
                aria-controls=${detailsId}
                @click=${() => this.contain(() => this.toggleCommitment(commitment.id))}
              >
                ${chevronIcon}<span>${title}</span>
              </button>`,
          'card-title',
        )}
        ${this.renderBadge(commitment.status)}
      </div>
      ${progress !== undefined
        ? this.bar(progress, msg('Progress'), 'done')
        : html`<p class="muted">${msg('Progress not reported')}</p>`}
      ${this.renderInstitutions(msg('Led by'), commitment.lead)} ${this.renderInstitutions(msg('With'), commitment.supporting)}
      ${next
        ? html`<p class="next">
            <span class="next-label">${msg('Next milestone')}</span>
            <span>${this.localizedText(next.title)}</span>
            ${next.due ? html`<span class="due">${this.dueText(next.due, today)}</span>` : nothing}
            ${overdue ? html`<span class="flag overdue">${msg('Overdue')}</span>` : nothing}
          </p>`
        : nothing}
      <div class="details" id=${detailsId} ?hidden=${!open}>${this.renderDetails(commitment, today, level + 1)}</div>
    </li>`;
  }

  private detailsIndex(commitment: Commitment): number {
    const state = this.source.state;
    return state.status === 'ready' ? state.value.plan.commitments.indexOf(commitment) : 0;
  }

  private dueText(due: string, today: string): string {
    const date = calendarDate(due)!;
    const relative = formatRelative(this.locale, date, calendarDate(today));
    return msg(str`due ${formatCalendarDate(this.locale, due)} (${relative})`);
  }

  private renderDetails(commitment: Commitment, today: string, level: number): TemplateResult {
    const section = (title: string, text: LocalizedText | undefined) =>
      text && this.text(text) ? html`${this.heading(level, title, 'detail-heading')}<p class="prose">${this.localizedText(text)}</p>` : nothing;
    return html`
      ${section(msg('The problem'), commitment.problem)} ${section(msg('What the commitment does'), commitment.summary)}
      <dl class="facts">
        ${commitment.themes.length
          ? html`<div>
              <dt>${msg('Themes')}</dt>
              <dd>${commitment.themes.map((theme) => html`<span class="theme">${this.localizedText(theme)}</span>`)}</dd>
            </div>`
          : nothing}
        ${commitment.start || commitment.end
          ? html`<div>
              <dt>${msg('Dates')}</dt>
              <dd>
                ${commitment.start && commitment.end
                  ? this.dateRange(commitment.start, commitment.end)
                  : formatCalendarDate(this.locale, (commitment.start ?? commitment.end)!)}
              </dd>
            </div>`
          : nothing}
        ${commitment.openedGovernment
          ? html`<div>
              <dt>${msg('Did it open government?')}</dt>
              <dd>${openedGovernmentLabel(commitment.openedGovernment)}</dd>
            </div>`
          : nothing}
      </dl>
      ${commitment.milestones.length
        ? html`${this.heading(level, msg('Milestones'), 'detail-heading')}
            <ol class="timeline" part="timeline">
              ${commitment.milestones.map((milestone) => this.renderMilestone(milestone, today))}
            </ol>`
        : nothing}
    `;
  }

  private renderMilestone(milestone: Milestone, today: string): TemplateResult {
    const milestoneStatus = milestoneState(milestone, today);
    const stateText = { done: msg('Done'), overdue: msg('Overdue'), upcoming: msg('Upcoming') }[milestoneStatus];
    return html`<li class="milestone ${milestoneStatus}">
      <span class="marker" aria-hidden="true"></span>
      <div class="milestone-body">
        <p class="milestone-title">
          <span>${this.localizedText(milestone.title)}</span>
          <span class="flag ${milestoneStatus}">${stateText}</span>
        </p>
        <p class="milestone-dates muted">
          ${milestone.due ? html`<span>${msg(str`Due ${formatCalendarDate(this.locale, milestone.due)}`)}</span>` : nothing}
          ${milestone.completed ? html`<span>${msg(str`Completed ${formatCalendarDate(this.locale, milestone.completed)}`)}</span>` : nothing}
        </p>
        ${milestone.evidence.length
          ? html`<ul class="evidence" role="list" aria-label=${msg('Evidence')}>
              ${milestone.evidence.map((item) =>
                item.url
                  ? html`<li><a href=${item.url} rel="noopener">${this.localizedText(item.title)}</a></li>`
                  : html`<li>${pickText(item.title, this.locale).text}</li>`,
              )}
            </ul>`
          : nothing}
      </div>
    </li>`;
  }
}
