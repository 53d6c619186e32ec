// The budget as a table: a treegrid of lines with their amounts, execution rate and change from
// last year, sortable by column, with its caption above the box that scrolls.
import { html, svg, nothing, type TemplateResult } from 'lit';
import { msg, str, formatPercent, pickText, searchKey } from '../core/index.js';
import {
  executionRate,
  totals,
  yearChange,
  type Budget,
  type BudgetType,
  type Column,
  type SortColumn,
  type YearAmounts,
} from './model.js';
import { columnLabel, typeLabel, unitSentence } from './labels.js';

/** Above this many rows, the table renders only the rows in view (with virtual-rows.ts). */
export const VIRTUALIZE_ABOVE = 300;

/** What the table's templates need of the element. */
export interface TableView {
  readonly locale: string;
  readonly direction: 'ltr' | 'rtl';
  readonly query: string;
  readonly sort: { column: SortColumn; descending: boolean };
  readonly expanded: ReadonlySet<number>;
  /** The rows rendered (all, or the window of a long budget), and the row that takes Tab. */
  readonly first: number;
  readonly last: number;
  readonly tabRow: number;
  readonly virtual: boolean;
  money(value: number, signed?: boolean): string;
  entity: string;
  sortBy(column: SortColumn): void;
  onKey(event: KeyboardEvent): void;
  onScroll(): void;
  /** A row took focus, or was clicked: it becomes the one that takes Tab. */
  rowFocused(position: number): void;
  toggleRow(index: number): void;
}

/** What the table shows of a budget, for a year and a part (tab). */
export interface TableData {
  budget: Budget;
  year: number;
  type: BudgetType;
  amounts: YearAmounts;
  previous?: YearAmounts;
  rows: readonly number[];
  roots: readonly number[];
  matches: ReadonlySet<number>;
  columns: readonly Column[];
  posInSet: readonly number[];
  setSize: readonly number[];
}

/** Marks the first word of the search in a text, ignoring case and accents as the search does. */
function highlight(text: string, query: string): TemplateResult | string {
  const word = searchKey(query.trim().split(/\s+/)[0] ?? '');
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

/** An execution rate: a bar, and the percentage (with "more than allocated" said in words). */
export function rateCell(view: Pick<TableView, 'locale'>, rate: number): TemplateResult | string {
  if (Number.isNaN(rate)) return '—';
  const over = rate > 1;
  return html`<span class="rate ${over ? 'over' : ''}" part="rate">
    <svg class="rate-bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
      ${svg`<rect class="rate-fill" width=${Math.max(0, Math.min(100, rate * 100))} height="10"></rect>`}
    </svg>
    <span class="rate-text">${formatPercent(view.locale, rate, { maximumFractionDigits: 1 })}${
      over
        ? html`<span class="over-mark" aria-hidden="true"> ▲</span><span class="visually-hidden"> (${msg('more than allocated')})</span>`
        : nothing
    }</span>
  </span>`;
}

function sortState(view: TableView, column: SortColumn): 'ascending' | 'descending' | 'none' {
  return view.sort.column === column ? (view.sort.descending ? 'descending' : 'ascending') : 'none';
}

function sortableHeader(view: TableView, column: SortColumn, label: string): TemplateResult {
  const icon = view.sort.column === column ? (view.sort.descending ? '▼' : '▲') : '↕';
  return html`<th scope="col" aria-sort=${sortState(view, column)} class=${column === 'code' ? 'label-col' : 'num'}>
    <button type="button" class="sort" @click=${() => view.sortBy(column)}>${label}<span class="sort-icon" aria-hidden="true">${icon}</span></button>
  </th>`;
}

function row(view: TableView, data: TableData, index: number, position: number): TemplateResult {
  const { budget, amounts, previous, matches, columns } = data;
  const line = budget.lines[index]!;
  const depth = budget.depthOf[index]!;
  const hasChildren = budget.childrenOf[index]!.length > 0;
  const open = hasChildren && (view.expanded.has(index) || Boolean(view.query.trim()));
  const label = pickText(line.label, view.locale);
  const mismatch = amounts.mismatched.has(index);
  const twisty = hasChildren ? (open ? '▾' : view.direction === 'rtl' ? '◂' : '▸') : '';
  return html`<tr
    class="line depth-${Math.min(depth, 6)} ${matches.has(index) ? 'match' : ''} ${amounts.computed.has(index) ? 'computed' : ''}"
    part="row"
    data-position=${position}
    aria-level=${depth + 1}
    aria-expanded=${hasChildren ? (open ? 'true' : 'false') : nothing}
    aria-rowindex=${position + 2}
    aria-posinset=${data.posInSet[position]!}
    aria-setsize=${data.setSize[position]!}
    tabindex=${position === view.tabRow ? '0' : '-1'}
    @focus=${() => view.rowFocused(position)}
    @click=${() => (view.rowFocused(position), hasChildren && view.toggleRow(index))}
  >
    <th scope="row" class="label-cell">
      <span class="indent" aria-hidden="true"></span>
      <span class="twisty" aria-hidden="true">${twisty}</span>
      <span class="code">${highlight(line.code, view.query)}</span>
      <span class="label" lang=${label.lang ?? nothing} dir="auto">${highlight(label.text, view.query)}</span>
      ${
        mismatch
          ? html`<span class="mismatch" title=${msg('The amounts differ from the sum of the sub-lines.')}
            ><span aria-hidden="true">⚠</span><span class="visually-hidden">${msg('The amounts differ from the sum of the sub-lines.')}</span></span
          >`
          : nothing
      }
    </th>
    ${columns.map((column) => {
      if (column === 'rate') return html`<td class="num">${rateCell(view, executionRate(amounts, index))}</td>`;
      if (column === 'change') {
        const change = yearChange(amounts, previous, index);
        const percent = Number.isNaN(change.relative)
          ? ''
          : ` (${formatPercent(view.locale, change.relative, { signDisplay: 'exceptZero', maximumFractionDigits: 1 })})`;
        return html`<td class="num change ${change.absolute < 0 ? 'down' : ''}">
          ${Number.isNaN(change.absolute) ? '—' : html`${view.money(change.absolute, true)}<span class="change-pct">${percent}</span>`}
        </td>`;
      }
      const value = amounts[column][index]!;
      return html`<td class="num ${value < 0 ? 'negative' : ''}">${view.money(value)}</td>`;
    })}
  </tr>`;
}

/** The table, its caption above the scrolling box (so that a narrow screen shows all of it). */
export function budgetTable(view: TableView, data: TableData): TemplateResult {
  const { budget, year, type, amounts, rows, roots, columns } = data;
  const total = totals(amounts, [...roots]);
  const span = columns.length + 1;
  return html`<div class="caption" id="budget-caption" part="caption">
      <span class="caption-title">${view.entity ? `${view.entity} — ` : ''}${msg(str`${typeLabel(type)} ${year}`)}</span>
      <span class="caption-unit">${unitSentence(budget.meta, view.locale)}</span>
    </div>
    <div class="scroller ${view.virtual ? 'virtual' : ''}" part="scroller" @scroll=${() => view.onScroll()}>
      <table role="treegrid" part="table" aria-labelledby="budget-caption" aria-rowcount=${rows.length + 2} aria-colcount=${span} @keydown=${(event: KeyboardEvent) => view.onKey(event)}>
        <thead>
          <tr aria-rowindex="1">
            ${sortableHeader(view, 'code', columnLabel('label'))} ${columns.map((column) => sortableHeader(view, column, columnLabel(column)))}
          </tr>
        </thead>
        <tbody>
          ${view.virtual ? html`<tr class="spacer before" aria-hidden="true"><td colspan=${span}></td></tr>` : nothing}
          ${rows.slice(view.first, view.last).map((index, offset) => row(view, data, index, view.first + offset))}
          ${view.virtual ? html`<tr class="spacer after" aria-hidden="true"><td colspan=${span}></td></tr>` : nothing}
          ${rows.length === 0 ? html`<tr><td colspan=${span} class="no-match">${msg('No budget line matches this search.')}</td></tr>` : nothing}
        </tbody>
        <tfoot>
          <tr aria-rowindex=${rows.length + 2} class="total">
            <th scope="row">${msg('Total')}</th>
            ${columns.map((column) => {
              if (column === 'rate') {
                const allocation = Number.isNaN(total.revised) || total.revised === 0 ? total.allocated : total.revised;
                return html`<td class="num">${rateCell(view, allocation ? total.executed / allocation : Number.NaN)}</td>`;
              }
              return column === 'change'
                ? html`<td class="num"></td>`
                : html`<td class="num">${view.money(total[column])}</td>`;
            })}
          </tr>
        </tfoot>
      </table>
    </div>`;
}

/** The loading skeleton: a title and the table's first lines. */
export function tableSkeleton(): TemplateResult {
  return html`<div class="state skeleton" part="loading" aria-hidden="true">
    <span class="skeleton-line title"></span>
    ${Array.from({ length: 8 }, () => html`<span class="skeleton-line"></span>`)}
  </div>`;
}
