// The budget as a chart: a bar pair per line of one level (its allocation and what was executed),
// with a breadcrumb to drill down and back up. The allocation drawn is the revised one where there
// is one, and the legend and each bar's label say so.
import { html, svg, nothing, type TemplateResult } from 'lit';
import { msg, str, formatNumber, formatPercent, pickText } from '../core/index.js';
import {
  executionRate,
  latestAllocation,
  type Budget,
  type BudgetType,
  type Section,
  type YearAmounts,
} from './model.js';
import { allocationLabel, typeLabel, unitSentence } from './labels.js';

/** The most bars the chart draws for one level (the table holds the rest). */
const CHART_ITEMS = 40;

/** What the chart needs of the element. */
export interface ChartView {
  readonly locale: string;
  /** The lines drilled into, from the top. */
  readonly path: readonly number[];
  readonly section: Section | '';
  money(value: number): string;
  drill(path: number[]): void;
}

export function budgetChart(
  view: ChartView,
  budget: Budget,
  amounts: YearAmounts,
  roots: readonly number[],
  type: BudgetType,
): TemplateResult {
  const parent = view.path[view.path.length - 1];
  const keep = (index: number) =>
    (!view.section || budget.sectionOf[index] === view.section) && budget.typeOf[index] === type;
  const all = (parent === undefined ? roots : budget.childrenOf[parent]!).filter(keep);
  const items =
    all.length > CHART_ITEMS
      ? [...all]
          .sort((a, b) => (latestAllocation(amounts, b) || 0) - (latestAllocation(amounts, a) || 0))
          .slice(0, CHART_ITEMS)
      : all;
  let max = 1;
  for (const index of items) max = Math.max(max, latestAllocation(amounts, index) || 0, amounts.executed[index] || 0);
  const scale = (value: number) => (Number.isNaN(value) || value <= 0 ? 0 : (value / max) * 100);
  const revised = (index: number) => !Number.isNaN(amounts.revised[index]!);
  const name = (index: number) =>
    `${budget.lines[index]!.code} ${pickText(budget.lines[index]!.label, view.locale).text}`;
  const here = (text: string) => html`<span aria-current="location" tabindex="-1">${text}</span>`;
  return html`<div class="chart" part="chart">
    <nav class="breadcrumb" aria-label=${msg('Level of the budget')}>
      <ol>
        <li>${view.path.length ? html`<button type="button" class="link" @click=${() => view.drill([])}>${typeLabel(type)}</button>` : here(typeLabel(type))}</li>
        ${view.path.map(
          (index, position) =>
            html`<li>
              ${
                position === view.path.length - 1
                  ? here(name(index))
                  : html`<button type="button" class="link" @click=${() => view.drill(view.path.slice(0, position + 1))}>${name(index)}</button>`
              }
            </li>`,
        )}
      </ol>
    </nav>
    <p class="legend">
      <span class="key allocated" aria-hidden="true"></span>${allocationLabel(items.map(revised))}
      <span class="key executed" aria-hidden="true"></span>${msg('Executed')}
      <span class="caption-unit">· ${unitSentence(budget.meta, view.locale)}</span>
    </p>
    <ul class="bars" role="list">
      ${items.map((index) => {
        const allocation = latestAllocation(amounts, index);
        const executed = amounts.executed[index]!;
        const rate = executionRate(amounts, index);
        const body = html`<span class="bar-label" dir="auto">${name(index)}</span>
          <svg class="bar-pair" viewBox="0 0 100 22" preserveAspectRatio="none" aria-hidden="true" focusable="false">
            ${svg`<rect class="allocated" y="0" height="10" width=${scale(allocation)}></rect><rect class="executed" y="12" height="10" width=${scale(executed)}></rect>`}
          </svg>
          <span class="bar-values"
            ><span class="visually-hidden">${revised(index) ? msg('Revised') : msg('Allocated')}</span> ${view.money(allocation)} /
            <span class="visually-hidden">${msg('Executed')}</span> ${view.money(executed)} ·
            <span class="visually-hidden">${msg('Execution rate')}</span> ${Number.isNaN(rate) ? '—' : formatPercent(view.locale, rate)}</span
          >`;
        return html`<li>
          ${
            budget.childrenOf[index]!.some(keep)
              ? html`<button type="button" class="bar-item" @click=${() => view.drill([...view.path, index])}>
                ${body}<span class="visually-hidden">${msg('Show its details')}</span>
              </button>`
              : html`<div class="bar-item">${body}</div>`
          }
        </li>`;
      })}
    </ul>
    ${
      all.length > items.length
        ? html`<p class="caption-unit">${msg(str`The ${formatNumber(view.locale, items.length)} largest of ${formatNumber(view.locale, all.length)} lines; the table shows them all.`)}</p>`
        : nothing
    }
  </div>`;
}
