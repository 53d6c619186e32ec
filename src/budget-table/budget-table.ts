import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  OgElement,
  registerLocaleGroup,
  createEvent,
  contained,
  msg,
  type RawData,
  type SourceInfo,
} from '../core/index.js';
import { keyIntent, rovingMove } from '../core/controllers/keyboard.js';
import { controlStyles } from '../core/styles/controls.js';
import { saveFile } from '../core/download.js';
import { loaders as localeLoaders } from '../locales/budget-table/index.js';
import {
  amountsBefore,
  amountsFor,
  budgetTypes,
  sectionsOf,
  typeShown,
  yearShown,
  visibleRows,
  expandableLines,
  inView,
  shownColumns,
  type Column,
  type Budget,
  type BudgetType,
  type Section,
  type SortColumn,
  type YearAmounts,
  type VisibleRows,
} from './model.js';
import { readBudget } from './reader.js';
import { csvHeaders, formatAmount, linesSentence, sortSentence, typeLabel, unitSentence } from './labels.js';
import { lineWarnings, sourceNote } from './notes.js';
import { budgetStyles } from './styles.js';
import { budgetToolbar } from './toolbar.js';
import { budgetTable, tableSkeleton, VIRTUALIZE_ABOVE } from './table.js';
import { LazyModule } from '../core/lazy.js';
import { treegridKey } from './keys.js';
import type { VirtualRowsController } from './virtual-rows.js';

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
 * @csspart caption - The table's caption (what it shows, and in what the amounts are), above the scroller.
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

  /** A long table renders only the rows in view, with code loaded for budgets that long. */
  private readonly virtualCode = new LazyModule(this, () => import('./virtual-rows.js'), 'the long table');
  private virtualRows?: VirtualRowsController;
  /** The chart view: its code and styles are a chunk of their own, loaded the first time it shows. */
  private readonly chart = new LazyModule(this, () => import('./chart.js'), 'the chart');
  private rowsCache?: { key: unknown[] } & VisibleRows;
  private viewCache?: { key: unknown[]; sections: Section[]; columns: Column[]; mismatches: number };
  private pendingFocus = false;
  private scrollToTop = false;

  protected async parseData(raw: RawData, source: SourceInfo): Promise<Budget> {
    const { currency, unit, fiscalYear } = this;
    const options = { columns: this.columnMapping(), url: source.url, currency, unit, fiscalYear };
    const { model, warnings } = await readBudget(raw, options);
    this.logWarnings(warnings);
    // What the first view needs comes with the data (one skeleton, not two in turn); a long table's
    // code also loads, ahead of need, for any budget that can get that long.
    const virtual = model.lines.length > VIRTUALIZE_ABOVE && this.virtualCode.load(this.timeoutMs());
    if (virtual) virtual.catch(() => undefined);
    if (this.view === 'chart') await this.chart.load(this.timeoutMs());
    else if (virtual && this.rows(model).rows.length > VIRTUALIZE_ABOVE) await virtual;
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
    const has = (key: string) => changed.has(key as keyof OgBudgetTable);
    // The chart's code loads beside the data (a failure shows where the chart does).
    if (has('view') && this.view === 'chart') this.chart.load(this.timeoutMs()).catch(() => undefined);
    if (has('data') || has('src')) {
      this.expanded = new Set();
      this.chartPath = [];
    }
    if (['data', 'src', 'selectedType', 'section', 'selectedYear', 'query', 'sort'].some(has)) {
      // Another set of rows: back to the top, with the first row as the grid's entry point.
      this.virtualRows?.reset();
      this.focusedRow = 0;
      this.pendingFocus = false;
      this.scrollToTop = true;
      if (has('selectedType') || has('section')) this.chartPath = [];
    }
  }

  // --- what the view shows ------------------------------------------------------------------

  private currentYear(budget: Budget): number {
    return yearShown(budget, this.selectedYear ?? (Number(this.year) || undefined) ?? budget.meta.fiscalYear);
  }

  private currentType(budget: Budget): BudgetType {
    return typeShown(budget, this.selectedType ?? this.type);
  }

  /** What does not change while scrolling: computed once per budget, year and tab. */
  private viewFacts(budget: Budget, year: number, type: BudgetType, amounts: YearAmounts, previous?: YearAmounts) {
    const key = [budget, year, type, this.columnsShown];
    if (this.viewCache && this.viewCache.key.every((part, index) => part === key[index])) return this.viewCache;
    const columns = shownColumns(amounts, previous, (this.columnsShown ?? '').split(/[\s,;]+/));
    this.viewCache = { key, sections: sectionsOf(budget, type), columns, mismatches: amounts.mismatched.size };
    return this.viewCache;
  }

  private rows(budget: Budget): VisibleRows {
    const year = this.currentYear(budget);
    const type = this.currentType(budget);
    const { section, expanded, query, sort, locale } = this;
    const key = [budget, year, type, section, query, sort, expanded, locale];
    if (this.rowsCache && this.rowsCache.key.every((part, index) => part === key[index])) return this.rowsCache;
    this.rowsCache = { key, ...visibleRows(budget, { year, type, section, expanded, query, sort, locale }) };
    return this.rowsCache;
  }

  // --- interaction --------------------------------------------------------------------------

  /**
   * Expands or collapses a line that has sub-lines, by its code (the `code` of `og-row-toggle`).
   * @param {string} code - The line's code, as in the data (`E1.2`).
   * @param {boolean} [expanded] - `true` to expand, `false` to collapse; by default, toggles.
   */
  toggleLine(code: string, expanded?: boolean): void {
    const index = this.budget()?.lines.findIndex((line) => line.code === code) ?? -1;
    if (index >= 0) this.toggleLineAt(index, expanded);
  }

  @contained
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
  @contained
  expandAll(): void {
    const budget = this.budget();
    if (budget) this.expanded = expandableLines(budget);
  }

  /** Collapses every line: only the top lines show. */
  @contained
  collapseAll(): void {
    this.expanded = new Set();
    this.focusedRow = 0;
  }

  @contained
  private setView(view: 'table' | 'chart'): void {
    if (view === this.view) return;
    this.view = view;
    this.dispatchEvent(createEvent<OgViewChangeDetail>('og-view-change', { view }));
  }

  @contained
  private sortBy(column: SortColumn): void {
    this.sort = {
      column,
      descending: this.sort.column === column ? !this.sort.descending : column !== 'code' && column !== 'label',
    };
    this.announce(sortSentence(column, this.sort.descending));
  }

  @contained
  private search(value: string): void {
    const budget = this.budget();
    if (!budget) return;
    this.query = value;
    const { rows, matches } = this.rows(budget);
    this.announce(linesSentence(this.locale, value, rows.filter((index) => matches.has(index)).length, rows.length));
  }

  @contained
  private selectType(type: BudgetType): void {
    this.selectedType = type;
    this.section = '';
  }

  /** The tabs' keys: the arrows along the line (mirrored in RTL), Home and End. */
  @contained
  private onTabKey(event: KeyboardEvent, types: readonly BudgetType[], type: BudgetType): void {
    const next = rovingMove(keyIntent(event, this.direction), types.indexOf(type), types.length);
    if (next === undefined) return;
    event.preventDefault();
    this.selectType(types[next]!);
    this.focusAfterUpdate('[role="tab"][aria-selected="true"]');
  }

  /** The treegrid's keys (the WAI-ARIA pattern): what they do is worked out in keys.ts. */
  @contained
  private onGridKey(event: KeyboardEvent, budget: Budget, rows: readonly number[]): void {
    // Keys on the sort buttons of the header are theirs.
    if (!rows.length || !(event.target instanceof HTMLTableRowElement) || !event.target.classList.contains('line'))
      return;
    const position = Math.min(this.focusedRow, rows.length - 1);
    const index = rows[position]!;
    const outcome = treegridKey(keyIntent(event, this.direction), {
      position,
      count: rows.length,
      hasChildren: budget.childrenOf[index]!.length > 0,
      expanded: this.expanded.has(index),
      searching: Boolean(this.query),
      parentPosition: rows.indexOf(budget.parentOf[index]!),
    });
    if (!outcome) return;
    event.preventDefault();
    if ('expand' in outcome) this.toggleLineAt(index, outcome.expand);
    if ('toggle' in outcome) this.toggleLineAt(index);
    this.focusRow('move' in outcome ? outcome.move : position);
  }

  private focusRow(position: number): void {
    this.focusedRow = position;
    this.pendingFocus = true;
    if (this.isVirtual()) this.virtualRows?.reveal(position);
  }

  private isVirtual(): boolean {
    const budget = this.budget();
    return Boolean(budget && this.view === 'table' && this.rows(budget).rows.length > VIRTUALIZE_ABOVE);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.scrollToTop) {
      this.scrollToTop = false;
      const scroller = this.renderRoot.querySelector<HTMLElement>('.scroller');
      if (scroller) scroller.scrollTop = 0;
    }
    // While the skeleton stands in for a long table (its code loading), the row waits for it.
    if (this.pendingFocus && this.renderRoot.querySelector('table')) {
      this.pendingFocus = false;
      const row = this.renderRoot.querySelector<HTMLElement>(`tr.line[data-position="${this.focusedRow}"]`);
      row?.focus({ preventScroll: true });
      row?.scrollIntoView({ block: 'nearest' });
    }
  }

  @contained
  private download(budget: Budget): void {
    const year = this.currentYear(budget);
    const type = this.currentType(budget);
    const { section, locale } = this;
    const roots = this.rows(budget).roots;
    const headers = csvHeaders();
    // The CSV writer is its own chunk: most readers never download the file.
    import('./export.js')
      .then(({ budgetToCsv, subtreeLines }) => {
        const lines = subtreeLines(budget, roots, inView(budget, type, section));
        const csv = budgetToCsv(budget, lines, year, locale, headers);
        saveFile(`budget-${year}-${type}${section ? `-${section}` : ''}.csv`, csv, 'text/csv;charset=utf-8');
      })
      .catch((error: unknown) => this.fail(error));
  }

  /** Goes to a level of the chart; focus moves to the breadcrumb's current level, which replaced the button. */
  @contained
  private drill(path: number[]): void {
    this.chartPath = path;
    this.focusAfterUpdate('.breadcrumb [aria-current]');
  }

  /** Once rendered, focus moves to what `selector` finds: what replaced the control that had it. */
  private focusAfterUpdate(selector: string): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(selector)?.focus());
  }

  // --- rendering ----------------------------------------------------------------------------

  protected override renderLoading(): TemplateResult {
    return tableSkeleton();
  }

  protected renderData(budget: Budget): TemplateResult {
    const year = this.currentYear(budget);
    const type = this.currentType(budget);
    const types = budgetTypes(budget);
    const amounts = amountsFor(budget, year);
    const previous = amountsBefore(budget, year);
    const shown = this.rows(budget);
    const { columns, mismatches, sections } = this.viewFacts(budget, year, type, amounts, previous);
    const toolbar = budgetToolbar({
      types,
      type,
      years: budget.years,
      year,
      sections,
      section: this.section,
      query: this.query,
      view: this.view,
      selectType: (next) => this.selectType(next),
      onTabKey: (event) => this.onTabKey(event, types, type),
      selectYear: (next) => (this.selectedYear = next),
      selectSection: (next) => (this.section = next),
      search: (query) => this.search(query),
      setView: (next) => this.setView(next),
      expandAll: () => this.expandAll(),
      collapseAll: () => this.collapseAll(),
      download: () => this.download(budget),
    });
    return html`<div class="budget">
      ${toolbar}
      ${lineWarnings(this.locale, budget, mismatches)}
      <div id="budget-panel" role=${types.length > 1 ? 'tabpanel' : nothing} aria-labelledby=${types.length > 1 ? `tab-${type}` : nothing}>
        ${
          this.view === 'chart'
            ? this.renderChart(budget, amounts, shown.roots, type)
            : this.renderTable(budget, { budget, year, type, amounts, previous, ...shown, columns })
        }
      </div>
      ${sourceNote(this.locale, budget.meta)}
    </div>`;
  }

  /** The chart once its code is here; until then the loading skeleton, or the error state if it cannot load. */
  private renderChart(budget: Budget, amounts: YearAmounts, roots: number[], type: BudgetType): TemplateResult {
    const chart = this.chart.get(this.timeoutMs(), (error) => this.view === 'chart' && this.fail(error));
    if (!chart) return tableSkeleton();
    const view = {
      locale: this.locale,
      typeName: typeLabel(type),
      unit: unitSentence(budget.meta, this.locale),
      path: this.chartPath,
      section: this.section,
      money: (value: number) => formatAmount(this.locale, budget.meta, value),
      drill: (path: number[]) => this.drill(path),
    };
    return chart.budgetChart(view, budget, amounts, roots, type);
  }

  private renderTable(budget: Budget, data: Parameters<typeof budgetTable>[1]): TemplateResult {
    const virtual = data.rows.length > VIRTUALIZE_ABOVE;
    // A long table renders only the rows in view, with code loaded for it (the skeleton until then).
    if (virtual && !this.virtualRows) {
      const code = this.virtualCode.get(this.timeoutMs(), (error) => this.fail(error));
      if (!code) return tableSkeleton();
      this.virtualRows = new code.VirtualRowsController(this);
    }
    const { first, last } = virtual ? this.virtualRows!.window(data.rows.length) : { first: 0, last: data.rows.length };
    // The row that takes Tab: the focused one when it is rendered, else the first rendered.
    const focused = Math.min(this.focusedRow, data.rows.length - 1);
    return budgetTable(
      {
        locale: this.locale,
        direction: this.direction,
        query: this.query,
        sort: this.sort,
        expanded: this.expanded,
        first,
        last,
        tabRow: focused >= first && focused < last ? focused : first,
        virtual,
        entity: budget.meta.entity ? this.text(budget.meta.entity) : '',
        money: (value, signed) => formatAmount(this.locale, budget.meta, value, signed),
        sortBy: (column) => this.sortBy(column),
        onKey: (event) => this.onGridKey(event, budget, data.rows),
        onScroll: () => this.virtualRows?.onScroll(),
        rowFocused: (position) => (this.focusedRow = position),
        toggleRow: (index) => this.toggleLineAt(index),
      },
      data,
    );
  }
}
