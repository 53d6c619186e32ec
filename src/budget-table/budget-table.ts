import { html, svg, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  OgElement,
  registerLocaleGroup,
  createEvent,
  msg,
  str,
  formatCurrency,
  formatPercent,
  formatNumber,
  formatCalendarDate,
  currencyName,
  pickText,
  searchKey,
  type RawData,
  type SourceInfo,
  controlStyles,
} from '../core/index.js';
import { loaders as localeLoaders } from '../locales/budget-table/index.js';
import {
  BUDGET_TYPES,
  SECTIONS,
  amountsFor,
  latestAllocation,
  executionRate,
  yearChange,
  totals,
  visibleRows,
  expandableLines,
  type Budget,
  type BudgetType,
  type Section,
  type SortColumn,
  type YearAmounts,
  type VisibleRows,
} from './model.js';
import { budgetStyles } from './styles.js';
import { readBudget } from './reader.js';


/** Detail of `og-row-toggle`. */
export interface OgRowToggleDetail {
  code: string;
  expanded: boolean;
}

/** Detail of `og-view-change`. */
export interface OgViewChangeDetail {
  view: 'table' | 'chart';
}

declare global {
  interface HTMLElementEventMap {
    'og-row-toggle': CustomEvent<OgRowToggleDetail>;
    'og-view-change': CustomEvent<OgViewChangeDetail>;
  }
}

const COLUMNS = ['allocated', 'revised', 'executed', 'rate', 'change'] as const;
type Column = (typeof COLUMNS)[number];

/** Above this many rows, only the rows in view are rendered. */
const VIRTUALIZE_ABOVE = 300;
const OVERSCAN = 12;
/** The most bars the chart draws for one level. */
const CHART_ITEMS = 40;

/**
 * A municipal budget: a real table with its hierarchy (the WAI-ARIA treegrid pattern), allocated
 * against executed, execution rates and change from last year, in the currency's own decimals,
 * with a chart view, search, sorting within each level and a CSV download. Reads the JSON of
 * `schemas/budget-table.schema.json`, or a CSV as accounting exports produce it. Fast on 100,000
 * lines: only the rows in view are rendered.
 *
 * @element og-budget-table
 * @attr currency - ISO code (TND, MAD…); overrides the data's.
 * @attr unit - What one unit of the amounts is worth (1, 1000, 1000000); overrides the data's. The caption then says "Amounts in thousands of …".
 * @attr year - The year shown first (default: the data's fiscal year, else the latest).
 * @attr fiscal-year - For a CSV with plain amount columns and no year column: their year.
 * @attr view - `table` (default) or `chart`.
 * @attr columns-shown - Which columns show, among `allocated revised executed rate change` (default: all that have data).
 * @attr type - The tab shown first: `expenditure` (default) or `revenue`.
 * @fires {CustomEvent<OgRowToggleDetail>} og-row-toggle - A line was expanded or collapsed; detail `{ code, expanded }`.
 * @fires {CustomEvent<OgViewChangeDetail>} og-view-change - The view switched between table and chart; detail `{ view }`.
 * @csspart toolbar - Tabs, year, section, search and actions.
 * @csspart table - The table.
 * @csspart chart - The chart view.
 * @csspart row - A budget line.
 * @csspart rate - An execution rate (bar and text).
 * @csspart scroller - The box the table scrolls in (wide tables sideways, long budgets up and down).
 * @cssprop [--og-budget-row-block-size=2.75rem] - Height of a row when many rows are shown.
 * @cssprop [--og-budget-max-block-size=70vh] - Height of the scrolling area for long budgets.
 */
export class OgBudgetTable extends OgElement<Budget> {
  static override styles = [...OgElement.styles, controlStyles, budgetStyles];
  protected static override messageGroup = registerLocaleGroup('budget-table', localeLoaders);

  @property() currency?: string;
  @property({ type: Number }) unit?: number;
  @property({ type: Number }) year?: number;
  @property({ type: Number, attribute: 'fiscal-year' }) fiscalYear?: number;
  @property({ reflect: true }) view: 'table' | 'chart' = 'table';
  @property({ attribute: 'columns-shown' }) columnsShown?: string;
  @property() type?: BudgetType;

  @state() private selectedYear?: number;
  @state() private selectedType?: BudgetType;
  @state() private section: Section | '' = '';
  @state() private query = '';
  @state() private sort: { column: SortColumn; descending: boolean } = { column: 'code', descending: false };
  @state() private expanded = new Set<number>();
  @state() private focusedRow = 0;
  @state() private chartPath: number[] = [];
  @state() private firstRow = 0;
  @state() private rowHeight = 44;
  @state() private viewportRows = 30;

  private rowsCache?: { key: unknown[] } & VisibleRows;
  private viewCache?: { key: unknown[]; sections: Section[]; columns: Column[]; mismatches: number };
  private pendingFocus = false;
  private scrollToTop = false;

  protected async parseData(raw: RawData, source: SourceInfo): Promise<Budget> {
    const { model, warnings } = await readBudget(raw, {
      columns: this.columnMapping(),
      url: source.url,
      currency: this.currency,
      unit: this.unit,
      fiscalYear: this.fiscalYear,
    });
    this.logWarnings(warnings);
    return model;
  }

  protected override isEmpty(budget: Budget): boolean {
    return budget.lines.length === 0;
  }

  protected override emptyMessage(): string {
    return msg('No budget has been published here yet.');
  }

  private budget(): Budget | undefined {
    const state = this.source.state;
    return state.status === 'ready' ? state.value : undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('data') || changed.has('src')) {
      this.expanded = new Set();
      this.chartPath = [];
    }
    const viewChanged = (['data', 'src', 'selectedType', 'section', 'selectedYear', 'query', 'sort'] as const).some((key) =>
      changed.has(key as keyof OgBudgetTable),
    );
    if (viewChanged) {
      // Another set of rows: back to the top, with the first row as the grid's entry point.
      this.firstRow = 0;
      this.focusedRow = 0;
      this.scrollToTop = true;
      if (changed.has('selectedType' as keyof OgBudgetTable) || changed.has('section' as keyof OgBudgetTable)) this.chartPath = [];
    }
  }

  // --- what the view shows ------------------------------------------------------------------

  private currentYear(budget: Budget): number {
    const wanted = this.selectedYear ?? (this.year ? Number(this.year) : undefined) ?? budget.meta.fiscalYear;
    return wanted !== undefined && budget.years.includes(wanted) ? wanted : (budget.years[budget.years.length - 1] ?? new Date().getFullYear());
  }

  private types(budget: Budget): BudgetType[] {
    return BUDGET_TYPES.filter((type) => budget.roots.some((root) => budget.typeOf[root] === type));
  }

  private currentType(budget: Budget): BudgetType {
    const types = this.types(budget);
    const wanted = this.selectedType ?? this.type;
    return wanted && types.includes(wanted) ? wanted : (types[0] ?? 'expenditure');
  }

  private sections(budget: Budget, type: BudgetType): Section[] {
    return SECTIONS.filter((section) => budget.lines.some((_, index) => budget.typeOf[index] === type && budget.sectionOf[index] === section));
  }

  /** What does not change while scrolling: computed once per budget, year and tab. */
  private viewFacts(budget: Budget, year: number, type: BudgetType, amounts: YearAmounts, previous: YearAmounts | undefined) {
    const key = [budget, year, type, this.columnsShown];
    if (this.viewCache && this.viewCache.key.every((part, index) => part === key[index])) return this.viewCache;
    this.viewCache = { key, sections: this.sections(budget, type), columns: this.shownColumns(amounts, previous), mismatches: amounts.mismatched.size };
    return this.viewCache;
  }

  private previousYear(budget: Budget, year: number): number | undefined {
    return budget.years.filter((candidate) => candidate < year).pop();
  }

  private rows(budget: Budget): VisibleRows {
    const year = this.currentYear(budget);
    const type = this.currentType(budget);
    const key = [budget, year, type, this.section, this.query, this.sort, this.expanded, this.locale];
    if (this.rowsCache && this.rowsCache.key.every((part, index) => part === key[index])) return this.rowsCache;
    const result = visibleRows(budget, {
      year,
      type,
      section: this.section || undefined,
      expanded: this.expanded,
      query: this.query,
      sort: this.sort,
      locale: this.locale,
    });
    this.rowsCache = { key, ...result };
    return this.rowsCache;
  }

  private shownColumns(amounts: YearAmounts, previous: YearAmounts | undefined): Column[] {
    const wanted = (this.columnsShown ?? '').split(/[\s,;]+/).filter((name): name is Column => (COLUMNS as readonly string[]).includes(name));
    const hasData = (kind: 'allocated' | 'revised' | 'executed') => amounts[kind].some((value) => !Number.isNaN(value));
    const available = COLUMNS.filter((column) =>
      column === 'rate' ? hasData('executed') : column === 'change' ? previous !== undefined : hasData(column),
    );
    return wanted.length ? available.filter((column) => wanted.includes(column)) : available;
  }

  // --- formatting ---------------------------------------------------------------------------

  private money(value: number, budget: Budget, signed = false): string {
    if (Number.isNaN(value)) return '—';
    if (!budget.meta.currency) {
      return formatNumber(this.locale, value, { maximumFractionDigits: budget.meta.unit === 1 ? 3 : 0, signDisplay: signed ? 'exceptZero' : 'auto' });
    }
    return formatCurrency(this.locale, value, budget.meta.currency, { bare: true, signed, notation: budget.meta.unit === 1 ? 'standard' : 'whole' });
  }

  private unitSentence(budget: Budget): string {
    const { currency, unit } = budget.meta;
    if (!currency) {
      return unit === 1000 ? msg('Amounts in thousands') : unit === 1_000_000 ? msg('Amounts in millions') : '';
    }
    const name = currencyName(this.locale, currency);
    if (unit === 1000) return msg(str`Amounts in thousands of ${name} (${currency})`);
    if (unit === 1_000_000) return msg(str`Amounts in millions of ${name} (${currency})`);
    if (unit !== 1) return msg(str`Amounts in units of ${formatNumber(this.locale, unit)} ${currency}`);
    return msg(str`Amounts in ${name} (${currency})`);
  }

  private columnLabel(column: Column | 'label'): string {
    switch (column) {
      case 'label':
        return msg('Budget line');
      case 'allocated':
        return msg('Allocated');
      case 'revised':
        return msg('Revised');
      case 'executed':
        return msg('Executed');
      case 'rate':
        return msg('Execution rate');
      case 'change':
        return msg('Change from last year');
    }
  }

  private typeLabel(type: BudgetType): string {
    return type === 'expenditure' ? msg('Expenditure') : msg('Revenue');
  }

  private sectionLabel(section: Section): string {
    return section === 'operating' ? msg('Operating') : msg('Investment');
  }

  // --- interaction --------------------------------------------------------------------------

  /**
   * Expands or collapses a line that has sub-lines, by its code (the `code` of `og-row-toggle`).
   * @param {string} code - The line's code, as in the data (`E1.2`).
   * @param {boolean} [expanded] - `true` to expand, `false` to collapse; by default, toggles.
   */
  toggleLine(code: string, expanded?: boolean): void {
    const index = this.budget()?.lines.findIndex((line) => line.code === code) ?? -1;
    if (index >= 0) this.toggleLineAt(index, expanded ?? !this.expanded.has(index));
  }

  private toggleLineAt(index: number, expanded = !this.expanded.has(index)): void {
    const budget = this.budget();
    if (!budget || !budget.childrenOf[index]?.length) return;
    const next = new Set(this.expanded);
    if (expanded) next.add(index);
    else next.delete(index);
    this.expanded = next;
    this.dispatchEvent(createEvent<OgRowToggleDetail>('og-row-toggle', { code: budget.lines[index]!.code, expanded }));
  }

  /** Expands every line that has sub-lines. */
  expandAll(): void {
    const budget = this.budget();
    if (budget) this.expanded = expandableLines(budget);
  }

  /** Collapses every line: only the top lines show. */
  collapseAll(): void {
    this.expanded = new Set();
    this.focusedRow = 0;
  }

  private setView(view: 'table' | 'chart'): void {
    if (view === this.view) return;
    this.view = view;
    this.dispatchEvent(createEvent<OgViewChangeDetail>('og-view-change', { view }));
  }

  private sortBy(column: SortColumn): void {
    this.sort = { column, descending: this.sort.column === column ? !this.sort.descending : column !== 'code' && column !== 'label' };
    const name = this.columnLabel(column === 'code' ? 'label' : (column as Column));
    this.announce(this.sort.descending ? msg(str`Sorted by ${name}, descending`) : msg(str`Sorted by ${name}, ascending`));
  }

  /** The treegrid's keys: arrows, Home/End, Enter/Space, as the WAI-ARIA pattern describes. */
  private onGridKey(event: KeyboardEvent, budget: Budget, rows: number[]): void {
    // Keys on the sort buttons of the header are theirs.
    if (!rows.length || !(event.target instanceof HTMLTableRowElement) || !event.target.classList.contains('line')) return;
    const position = Math.min(this.focusedRow, rows.length - 1);
    const index = rows[position]!;
    const rtl = this.direction === 'rtl';
    const key = event.key === 'ArrowRight' && rtl ? 'ArrowLeft' : event.key === 'ArrowLeft' && rtl ? 'ArrowRight' : event.key;
    let next = position;
    switch (key) {
      case 'ArrowDown':
        next = Math.min(rows.length - 1, position + 1);
        break;
      case 'ArrowUp':
        next = Math.max(0, position - 1);
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = rows.length - 1;
        break;
      case 'PageDown':
        next = Math.min(rows.length - 1, position + 10);
        break;
      case 'PageUp':
        next = Math.max(0, position - 10);
        break;
      case 'ArrowRight':
        if (budget.childrenOf[index]!.length && !this.expanded.has(index) && !this.query) this.toggleLineAt(index, true);
        else if (this.expanded.has(index) || this.query) next = Math.min(rows.length - 1, position + 1);
        break;
      case 'ArrowLeft':
        if (this.expanded.has(index) && !this.query) this.toggleLineAt(index, false);
        else {
          const parent = budget.parentOf[index]!;
          const parentPosition = rows.indexOf(parent);
          if (parentPosition >= 0) next = parentPosition;
        }
        break;
      case 'Enter':
      case ' ':
        this.toggleLineAt(index);
        break;
      default:
        return;
    }
    event.preventDefault();
    this.focusRow(next);
  }

  private focusRow(position: number): void {
    this.focusedRow = position;
    this.pendingFocus = true;
    const scroller = this.renderRoot.querySelector<HTMLElement>('.scroller');
    if (scroller && this.isVirtual()) {
      const top = position * this.rowHeight;
      const header = this.rowHeight;
      if (top < scroller.scrollTop) scroller.scrollTop = top;
      else if (top + this.rowHeight * 2 > scroller.scrollTop + scroller.clientHeight) scroller.scrollTop = top + this.rowHeight * 2 - scroller.clientHeight + header;
      this.onScroll();
    }
  }

  /** The rows rendered: all of them, or the window around the scroll position. */
  private windowFor(total: number): { first: number; last: number } {
    if (total <= VIRTUALIZE_ABOVE) return { first: 0, last: total };
    const first = Math.max(0, Math.min(this.firstRow, total - this.viewportRows));
    return { first, last: Math.min(total, first + this.viewportRows) };
  }

  private isVirtual(): boolean {
    const budget = this.budget();
    return Boolean(budget && this.view === 'table' && this.rows(budget).rows.length > VIRTUALIZE_ABOVE);
  }

  private onScroll(): void {
    const scroller = this.renderRoot.querySelector<HTMLElement>('.scroller');
    if (!scroller) return;
    const first = Math.max(0, Math.floor(scroller.scrollTop / this.rowHeight) - OVERSCAN);
    const visible = Math.ceil(scroller.clientHeight / this.rowHeight) + OVERSCAN * 2;
    if (first !== this.firstRow || visible !== this.viewportRows) {
      this.firstRow = first;
      this.viewportRows = visible;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const table = this.renderRoot.querySelector<HTMLTableElement>('table');
    if (table && this.isVirtual()) {
      const row = table.querySelector<HTMLElement>('tbody tr.line');
      if (row && Math.abs(row.offsetHeight - this.rowHeight) > 0.5) this.rowHeight = row.offsetHeight;
      // Spacer heights are set through the CSSOM: a strict CSP allows it, unlike style="…".
      const budget = this.budget()!;
      const total = this.rows(budget).rows.length;
      const { first, last } = this.windowFor(total);
      table.querySelector<HTMLElement>('.spacer.before')?.style.setProperty('block-size', `${first * this.rowHeight}px`);
      table.querySelector<HTMLElement>('.spacer.after')?.style.setProperty('block-size', `${(total - last) * this.rowHeight}px`);
    }
    if (this.scrollToTop) {
      this.scrollToTop = false;
      const scroller = this.renderRoot.querySelector<HTMLElement>('.scroller');
      if (scroller) scroller.scrollTop = 0;
    }
    if (this.pendingFocus) {
      this.pendingFocus = false;
      const row = this.renderRoot.querySelector<HTMLElement>(`tr.line[data-position="${this.focusedRow}"]`);
      row?.focus({ preventScroll: true });
      row?.scrollIntoView({ block: 'nearest' });
    }
  }

  private download(budget: Budget, roots: number[]): void {
    const year = this.currentYear(budget);
    const type = this.currentType(budget);
    const section = this.section;
    const keep = (index: number) => (!section || budget.sectionOf[index] === section) && budget.typeOf[index] === type;
    const headers = [msg('Code'), msg('Parent code'), this.columnLabel('label'), this.columnLabel('allocated'), this.columnLabel('revised'), this.columnLabel('executed'), `${this.columnLabel('rate')} (%)`];
    const locale = this.locale;
    // The CSV writer is its own chunk: most readers never download the file.
    import('./export.js')
      .then(({ budgetToCsv, subtreeLines }) => {
        const blob = new Blob([budgetToCsv(budget, subtreeLines(budget, roots, keep), year, locale, headers)], { type: 'text/csv;charset=utf-8' });
        const link = document.createElement('a');
        link.href = URL.createObjectURL(blob);
        link.download = `budget-${year}-${type}${section ? `-${section}` : ''}.csv`;
        link.click();
        setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
      })
      .catch((error: unknown) => this.fail(error));
  }

  // --- rendering ----------------------------------------------------------------------------

  protected override renderLoading(): TemplateResult {
    return html`<div class="state skeleton" part="loading" aria-hidden="true">
      <span class="skeleton-line title"></span>
      ${Array.from({ length: 8 }, () => html`<span class="skeleton-line"></span>`)}
    </div>`;
  }

  protected renderData(budget: Budget): TemplateResult {
    const year = this.currentYear(budget);
    const type = this.currentType(budget);
    const amounts = amountsFor(budget, year);
    const previousYear = this.previousYear(budget, year);
    const previous = previousYear === undefined ? undefined : amountsFor(budget, previousYear);
    const view = this.rows(budget);
    const { rows, roots, matches } = view;
    const { columns, mismatches } = this.viewFacts(budget, year, type, amounts, previous);
    const totalWarnings = budget.warnings.filter((warning) => warning.note?.includes('the total differs')).length;
    return html`<div class="budget">
      ${this.renderToolbar(budget, year, type)}
      ${mismatches
        ? html`<p class="warning" role="note">
            <span aria-hidden="true">⚠</span>
            ${msg(str`${formatNumber(this.locale, mismatches)} lines have amounts that differ from the sum of their sub-lines; they are marked ⚠ and shown as published.`)}
          </p>`
        : nothing}
      ${totalWarnings
        ? html`<p class="warning" role="note">
            <span aria-hidden="true">⚠</span>
            ${msg(str`${formatNumber(this.locale, totalWarnings)} total rows of the file differ from the sum of the lines above them; the lines are shown as published.`)}
          </p>`
        : nothing}
      <div
        id="budget-panel"
        role=${this.types(budget).length > 1 ? 'tabpanel' : nothing}
        aria-labelledby=${this.types(budget).length > 1 ? `tab-${type}` : nothing}
      >
        ${this.view === 'chart'
          ? this.renderChart(budget, amounts, roots, type)
          : this.renderTable(budget, { year, type, amounts, previous, rows, roots, matches, columns, posInSet: view.posInSet, setSize: view.setSize })}
      </div>
      ${budget.meta.source || budget.meta.updated
        ? html`<p class="source">
            ${budget.meta.source ? html`<a href=${budget.meta.source} rel="noopener">${msg('Source data')}</a>` : nothing}
            ${budget.meta.updated ? html`<span>${msg(str`Updated ${formatCalendarDate(this.locale, budget.meta.updated)}`)}</span>` : nothing}
          </p>`
        : nothing}
    </div>`;
  }

  private renderToolbar(budget: Budget, year: number, type: BudgetType): TemplateResult {
    const types = this.types(budget);
    const sections = this.viewFacts(budget, year, type, amountsFor(budget, year), undefined).sections;
    const tabKey = (event: KeyboardEvent) => {
      if (!['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(event.key)) return;
      event.preventDefault();
      const position = types.indexOf(type);
      const forward = (event.key === 'ArrowRight') !== (this.direction === 'rtl');
      const next = event.key === 'Home' ? 0 : event.key === 'End' ? types.length - 1 : (position + (forward ? 1 : types.length - 1)) % types.length;
      this.selectedType = types[next];
      this.section = '';
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]')?.focus());
    };
    return html`<div class="toolbar" part="toolbar">
      ${types.length > 1
        ? html`<div class="tabs" role="tablist" aria-label=${msg('Part of the budget')} @keydown=${(event: KeyboardEvent) => this.contain(() => tabKey(event))}>
            ${types.map(
              (candidate) => html`<button
                type="button"
                role="tab"
                id=${`tab-${candidate}`}
                aria-selected=${candidate === type ? 'true' : 'false'}
                aria-controls="budget-panel"
                tabindex=${candidate === type ? '0' : '-1'}
                @click=${() => this.contain(() => ((this.selectedType = candidate), (this.section = '')))}
              >
                ${this.typeLabel(candidate)}
              </button>`,
            )}
          </div>`
        : nothing}
      <div class="filters">
        ${budget.years.length > 1
          ? html`<label class="field"
              ><span>${msg('Year')}</span>
              <select @change=${(event: Event) => this.contain(() => (this.selectedYear = Number((event.target as HTMLSelectElement).value)))}>
                ${[...budget.years].reverse().map((candidate) => html`<option value=${candidate} ?selected=${candidate === year}>${candidate}</option>`)}
              </select></label
            >`
          : nothing}
        ${sections.length > 1
          ? html`<label class="field"
              ><span>${msg('Section')}</span>
              <select @change=${(event: Event) => this.contain(() => (this.section = (event.target as HTMLSelectElement).value as Section | ''))}>
                <option value="" ?selected=${this.section === ''}>${msg('All')}</option>
                ${sections.map((section) => html`<option value=${section} ?selected=${this.section === section}>${this.sectionLabel(section)}</option>`)}
              </select></label
            >`
          : nothing}
        <label class="field search"
          ><span>${msg('Search by label or code')}</span>
          <input type="search" .value=${this.query} @input=${(event: Event) => this.contain(() => this.onSearch((event.target as HTMLInputElement).value, budget))} />
        </label>
        <div class="actions">
          <div class="segmented" role="group" aria-label=${msg('View')}>
            <button type="button" aria-pressed=${this.view === 'table' ? 'true' : 'false'} @click=${() => this.contain(() => this.setView('table'))}>${msg('Table')}</button>
            <button type="button" aria-pressed=${this.view === 'chart' ? 'true' : 'false'} @click=${() => this.contain(() => this.setView('chart'))}>${msg('Chart')}</button>
          </div>
          ${this.view === 'table'
            ? html`<button type="button" class="button secondary" @click=${() => this.contain(() => this.expandAll())}>${msg('Expand all')}</button>
                <button type="button" class="button secondary" @click=${() => this.contain(() => this.collapseAll())}>${msg('Collapse all')}</button>`
            : nothing}
          <button type="button" class="button secondary" @click=${() => this.contain(() => this.download(budget, this.rows(budget).roots))}>${msg('Download CSV')}</button>
        </div>
      </div>
    </div>`;
  }

  private onSearch(value: string, budget: Budget): void {
    this.query = value;
    this.focusedRow = 0;
    this.firstRow = 0;
    const { rows, matches } = this.rows(budget);
    const found = rows.filter((index) => matches.has(index)).length;
    this.announce(value.trim() ? msg(str`Lines found: ${formatNumber(this.locale, found)}`) : msg(str`Lines shown: ${formatNumber(this.locale, rows.length)}`));
  }

  private sortState(column: SortColumn): 'ascending' | 'descending' | 'none' {
    return this.sort.column === column ? (this.sort.descending ? 'descending' : 'ascending') : 'none';
  }

  private renderTable(
    budget: Budget,
    view: {
      year: number;
      type: BudgetType;
      amounts: YearAmounts;
      previous?: YearAmounts;
      rows: number[];
      roots: number[];
      matches: Set<number>;
      columns: Column[];
      posInSet: number[];
      setSize: number[];
    },
  ): TemplateResult {
    const { year, type, amounts, rows, roots, columns } = view;
    const virtual = rows.length > VIRTUALIZE_ABOVE;
    const { first, last } = this.windowFor(rows.length);
    // The row that takes Tab: the focused one when it is rendered, else the first rendered.
    const focused = Math.min(this.focusedRow, rows.length - 1);
    const entry = focused >= first && focused < last ? focused : first;
    const total = totals(amounts, roots);
    const entity = budget.meta.entity ? this.text(budget.meta.entity) : '';
    const sortable = (column: SortColumn, label: string) => html`<th scope="col" aria-sort=${this.sortState(column)} class=${column === 'code' ? 'label-col' : 'num'}>
      <button type="button" class="sort" @click=${() => this.contain(() => this.sortBy(column))}>
        ${label}<span class="sort-icon" aria-hidden="true">${this.sort.column === column ? (this.sort.descending ? '▼' : '▲') : '↕'}</span>
      </button>
    </th>`;
    // The caption stands above the scrolling box, so that a narrow screen shows all of it.
    return html`<div class="caption" id="budget-caption" part="caption">
        <span class="caption-title">${entity ? `${entity} — ` : ''}${msg(str`${this.typeLabel(type)} ${year}`)}</span>
        <span class="caption-unit">${this.unitSentence(budget)}</span>
      </div>
      <div class="scroller ${virtual ? 'virtual' : ''}" part="scroller" @scroll=${() => this.onScroll()}>
      <table
        role="treegrid"
        part="table"
        aria-labelledby="budget-caption"
        aria-rowcount=${rows.length + 2}
        aria-colcount=${columns.length + 1}
        @keydown=${(event: KeyboardEvent) => this.contain(() => this.onGridKey(event, budget, rows))}
      >
        <thead>
          <tr aria-rowindex="1">
            ${sortable('code', this.columnLabel('label'))}
            ${columns.map((column) => (column === 'change' ? sortable('change', this.columnLabel(column)) : sortable(column, this.columnLabel(column))))}
          </tr>
        </thead>
        <tbody>
          ${virtual ? html`<tr class="spacer before" aria-hidden="true"><td colspan=${columns.length + 1}></td></tr>` : nothing}
          ${rows.slice(first, last).map((index, offset) => this.renderRow(budget, index, first + offset, first + offset === entry, view))}
          ${virtual ? html`<tr class="spacer after" aria-hidden="true"><td colspan=${columns.length + 1}></td></tr>` : nothing}
          ${rows.length === 0
            ? html`<tr><td colspan=${columns.length + 1} class="no-match">${msg('No budget line matches this search.')}</td></tr>`
            : nothing}
        </tbody>
        <tfoot>
          <tr aria-rowindex=${rows.length + 2} class="total">
            <th scope="row">${msg('Total')}</th>
            ${columns.map((column) => {
              if (column === 'rate') {
                const allocation = Number.isNaN(total.revised) || total.revised === 0 ? total.allocated : total.revised;
                return html`<td class="num">${this.rateCell(allocation ? total.executed / allocation : Number.NaN)}</td>`;
              }
              if (column === 'change') return html`<td class="num"></td>`;
              return html`<td class="num">${this.money(total[column], budget)}</td>`;
            })}
          </tr>
        </tfoot>
      </table>
    </div>`;
  }

  /** Marks the first word of the search in a text, ignoring case and accents as the search does. */
  private highlight(text: string): TemplateResult | string {
    const word = searchKey(this.query.trim().split(/\s+/)[0] ?? '');
    if (!word) return text;
    // The reduced text, and where each of its characters comes from in the original.
    let reduced = '';
    const origin: number[] = [];
    for (let index = 0; index < text.length; index++) {
      const piece = searchKey(text[index]!);
      reduced += piece;
      for (let count = 0; count < piece.length; count++) origin.push(index);
    }
    const at = reduced.indexOf(word);
    if (at < 0) return text;
    const start = origin[at]!;
    const end = origin[at + word.length - 1]! + 1;
    return html`${text.slice(0, start)}<mark>${text.slice(start, end)}</mark>${text.slice(end)}`;
  }

  private rateCell(rate: number): TemplateResult | string {
    if (Number.isNaN(rate)) return '—';
    const over = rate > 1;
    return html`<span class="rate ${over ? 'over' : ''}" part="rate">
      <svg class="rate-bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
        ${svg`<rect class="rate-fill" width=${Math.max(0, Math.min(100, rate * 100))} height="10"></rect>`}
      </svg>
      <span class="rate-text">${formatPercent(this.locale, rate, { maximumFractionDigits: 1 })}${over
          ? html`<span class="over-mark" aria-hidden="true"> ▲</span><span class="visually-hidden"> (${msg('more than allocated')})</span>`
          : nothing}</span>
    </span>`;
  }

  private renderRow(
    budget: Budget,
    index: number,
    position: number,
    takesTab: boolean,
    view: { amounts: YearAmounts; previous?: YearAmounts; matches: Set<number>; columns: Column[]; posInSet: number[]; setSize: number[] },
  ): TemplateResult {
    const { amounts, previous, matches, columns } = view;
    const line = budget.lines[index]!;
    const depth = budget.depthOf[index]!;
    const hasChildren = budget.childrenOf[index]!.length > 0;
    const open = hasChildren && (this.expanded.has(index) || Boolean(this.query.trim()));
    const label = pickText(line.label, this.locale);
    const mismatch = amounts.mismatched.has(index);
    return html`<tr
      class="line depth-${Math.min(depth, 6)} ${matches.has(index) ? 'match' : ''} ${amounts.computed.has(index) ? 'computed' : ''}"
      part="row"
      data-position=${position}
      aria-level=${depth + 1}
      aria-expanded=${hasChildren ? (open ? 'true' : 'false') : nothing}
      aria-rowindex=${position + 2}
      aria-posinset=${view.posInSet[position]!}
      aria-setsize=${view.setSize[position]!}
      tabindex=${takesTab ? '0' : '-1'}
      @focus=${() => (this.focusedRow = position)}
      @click=${() => this.contain(() => {
        this.focusedRow = position;
        if (hasChildren) this.toggleLineAt(index);
      })}
    >
      <th scope="row" class="label-cell">
        <span class="indent" aria-hidden="true"></span>
        <span class="twisty" aria-hidden="true">${hasChildren ? (open ? '▾' : this.direction === 'rtl' ? '◂' : '▸') : ''}</span>
        <span class="code">${this.highlight(line.code)}</span>
        <span class="label" lang=${label.lang ?? nothing} dir="auto">${this.highlight(label.text)}</span>
        ${mismatch
          ? html`<span class="mismatch" title=${msg('The amounts differ from the sum of the sub-lines.')}
              ><span aria-hidden="true">⚠</span><span class="visually-hidden">${msg('The amounts differ from the sum of the sub-lines.')}</span></span
            >`
          : nothing}
      </th>
      ${columns.map((column) => {
        if (column === 'rate') return html`<td class="num">${this.rateCell(executionRate(amounts, index))}</td>`;
        if (column === 'change') {
          const change = yearChange(amounts, previous, index);
          return html`<td class="num change ${change.absolute < 0 ? 'down' : ''}">
            ${Number.isNaN(change.absolute)
              ? '—'
              : html`${this.money(change.absolute, budget, true)}<span class="change-pct"
                    >${Number.isNaN(change.relative) ? '' : ` (${formatPercent(this.locale, change.relative, { signDisplay: 'exceptZero', maximumFractionDigits: 1 })})`}</span
                  >`}
          </td>`;
        }
        const value = amounts[column][index]!;
        return html`<td class="num ${value < 0 ? 'negative' : ''}">${this.money(value, budget)}</td>`;
      })}
    </tr>`;
  }

  private renderChart(budget: Budget, amounts: YearAmounts, roots: number[], type: BudgetType): TemplateResult {
    const parent = this.chartPath[this.chartPath.length - 1];
    const keep = (index: number) => (!this.section || budget.sectionOf[index] === this.section) && budget.typeOf[index] === type;
    const all = (parent === undefined ? roots : budget.childrenOf[parent]!).filter(keep);
    // The largest lines of a long level; the table holds the rest.
    const items =
      all.length > CHART_ITEMS
        ? [...all].sort((a, b) => (latestAllocation(amounts, b) || 0) - (latestAllocation(amounts, a) || 0)).slice(0, CHART_ITEMS)
        : all;
    let max = 1;
    for (const index of items) max = Math.max(max, latestAllocation(amounts, index) || 0, amounts.executed[index] || 0);
    const scale = (value: number) => (Number.isNaN(value) || value <= 0 ? 0 : (value / max) * 100);
    return html`<div class="chart" part="chart">
      <nav class="breadcrumb" aria-label=${msg('Level of the budget')}>
        <ol>
          <li>
            ${this.chartPath.length
              ? html`<button type="button" class="link" @click=${() => this.contain(() => this.drill([]))}>${this.typeLabel(type)}</button>`
              : html`<span aria-current="location" tabindex="-1">${this.typeLabel(type)}</span>`}
          </li>
          ${this.chartPath.map((index, position) => {
            const name = `${budget.lines[index]!.code} ${pickText(budget.lines[index]!.label, this.locale).text}`;
            return html`<li>
              ${position === this.chartPath.length - 1
                ? html`<span aria-current="location" tabindex="-1">${name}</span>`
                : html`<button type="button" class="link" @click=${() => this.contain(() => this.drill(this.chartPath.slice(0, position + 1)))}>${name}</button>`}
            </li>`;
          })}
        </ol>
      </nav>
      <p class="legend">
        <span class="key allocated" aria-hidden="true"></span>${this.allocationLabel(items.map((index) => !Number.isNaN(amounts.revised[index]!)))}
        <span class="key executed" aria-hidden="true"></span>${msg('Executed')}
        <span class="caption-unit">· ${this.unitSentence(budget)}</span>
      </p>
      <ul class="bars" role="list">
        ${items.map((index) => {
          const line = budget.lines[index]!;
          const allocation = latestAllocation(amounts, index);
          const executed = amounts.executed[index]!;
          const drill = budget.childrenOf[index]!.some(keep);
          const label = `${line.code} ${pickText(line.label, this.locale).text}`;
          const body = html`<span class="bar-label" dir="auto">${label}</span>
            <svg class="bar-pair" viewBox="0 0 100 22" preserveAspectRatio="none" aria-hidden="true" focusable="false">
              ${svg`<rect class="allocated" y="0" height="10" width=${scale(allocation)}></rect><rect class="executed" y="12" height="10" width=${scale(executed)}></rect>`}
            </svg>
            <span class="bar-values"
              ><span class="visually-hidden">${Number.isNaN(amounts.revised[index]!) ? msg('Allocated') : msg('Revised')}</span> ${this.money(allocation, budget)} /
              <span class="visually-hidden">${msg('Executed')}</span> ${this.money(executed, budget)} ·
              <span class="visually-hidden">${msg('Execution rate')}</span>
              ${Number.isNaN(executionRate(amounts, index)) ? '—' : formatPercent(this.locale, executionRate(amounts, index))}</span
            >`;
          return html`<li>
            ${drill
              ? html`<button type="button" class="bar-item" @click=${() => this.contain(() => this.drill([...this.chartPath, index]))}>
                  ${body}<span class="visually-hidden">${msg('Show its details')}</span>
                </button>`
              : html`<div class="bar-item">${body}</div>`}
          </li>`;
        })}
      </ul>
      ${all.length > items.length
        ? html`<p class="caption-unit">${msg(str`The ${formatNumber(this.locale, items.length)} largest of ${formatNumber(this.locale, all.length)} lines; the table shows them all.`)}</p>`
        : nothing}
    </div>`;
  }

  /**
   * Names the amount the first bar of each line draws: the revised allocation where there is one
   * (the latest the council voted), else the initial one.
   */
  private allocationLabel(revised: boolean[]): string {
    if (revised.length && revised.every(Boolean)) return msg('Revised');
    return revised.some(Boolean) ? msg('Latest allocation (revised where there is one)') : msg('Allocated');
  }

  /** Goes to a level of the chart; focus moves to the breadcrumb's current level, which replaced the button. */
  private drill(path: number[]): void {
    this.chartPath = path;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.breadcrumb [aria-current]')?.focus());
  }
}

