// The budget as a chart: a bar pair per line of one level (its allocation and what was executed),
// with a breadcrumb to drill down and back up. The allocation drawn is the revised one where there
// is one, and the legend and each bar's label say so. The chart is a chunk of its own, with its
// styles, which the element loads the first time the chart shows (most readers stay on the table).
// It takes its words of labels.ts from the element instead of importing labels.ts: importing both
// it and model.ts, the chunk made the bundler move model.ts into a chunk that every page loads.
import { css, html, svg, nothing, type TemplateResult } from 'lit';
import { msg, str, formatNumber, formatPercent, pickText } from '../core/index.js';
import {
  executionRate,
  inView,
  latestAllocation,
  type Budget,
  type BudgetType,
  type Section,
  type YearAmounts,
} from './model.js';

/** The most bars the chart draws for one level (the table holds the rest). */
const CHART_ITEMS = 40;

/** What the chart needs of the element. */
export interface ChartView {
  readonly locale: string;
  /** The tab's name ("Expenditure"), at the top of the breadcrumb. */
  readonly typeName: string;
  /** What the amounts are in ("Amounts in thousands of …"), as the table's caption says it. */
  readonly unit: string;
  /** The lines drilled into, from the top. */
  readonly path: readonly number[];
  readonly section: Section | '';
  money(value: number): string;
  drill(path: number[]): void;
}

/**
 * Names the amount the first bar of each line draws: the revised allocation where there is one
 * (the latest the council voted), else the initial one.
 */
export function allocationLabel(revised: readonly boolean[]): string {
  if (revised.length && revised.every(Boolean)) return msg('Revised');
  return revised.some(Boolean) ? msg('Latest allocation (revised where there is one)') : msg('Allocated');
}

export function budgetChart(
  view: ChartView,
  budget: Budget,
  amounts: YearAmounts,
  roots: readonly number[],
  type: BudgetType,
): TemplateResult {
  const parent = view.path[view.path.length - 1];
  const keep = inView(budget, type, view.section);
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
        <li>${view.path.length ? html`<button type="button" class="link" @click=${() => view.drill([])}>${view.typeName}</button>` : here(view.typeName)}</li>
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
      <span class="caption-unit">· ${view.unit}</span>
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

/** The chart's look, which joins the element's styles when the chart loads. */
export const styles = css`
  .chart {
    display: grid;
    gap: var(--_space-3);
  }

  .breadcrumb ol {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .breadcrumb li + li::before {
    content: '›';
    margin-inline-end: var(--_space-1);
    color: var(--_color-text-muted);
  }

  .base[dir='rtl'] .breadcrumb li + li::before {
    content: '‹';
  }

  .link {
    padding: 0;
    border: 0;
    background: none;
    color: var(--_color-accent);
    text-decoration: underline;
    cursor: pointer;
  }

  .legend {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-2);
    margin: 0;
    font-size: var(--_font-size-small);
  }

  .key {
    display: inline-block;
    inline-size: 1rem;
    block-size: 0.75rem;
    border-radius: 2px;
  }

  .key.allocated,
  .bar-pair .allocated {
    background: var(--_color-neutral);
    fill: var(--_color-neutral);
  }

  .key.executed,
  .bar-pair .executed {
    background: var(--_color-accent);
    fill: var(--_color-accent);
  }

  .bars {
    display: grid;
    gap: var(--_space-2);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .bar-item {
    display: grid;
    grid-template-columns: minmax(8rem, 16rem) 1fr;
    grid-template-areas: 'label bars' 'label values';
    gap: var(--_space-1) var(--_space-3);
    inline-size: 100%;
    padding: var(--_space-2);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius-small);
    background: var(--_color-surface);
    color: inherit;
    font: inherit;
    text-align: start;
  }

  button.bar-item {
    cursor: pointer;
  }

  button.bar-item:hover {
    border-color: var(--_color-accent);
  }

  .bar-label {
    grid-area: label;
    align-self: center;
    font-weight: 600;
  }

  .bar-pair {
    grid-area: bars;
    inline-size: 100%;
    block-size: 1.5rem;
  }

  .bar-values {
    grid-area: values;
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
    font-variant-numeric: tabular-nums;
  }

  @media (max-width: 40rem) {
    .bar-item {
      grid-template-columns: 1fr;
      grid-template-areas: 'label' 'bars' 'values';
    }
  }

  .base[dir='rtl'] .bar-pair {
    transform: scaleX(-1);
  }

  @media (forced-colors: active) {
    .bar-pair .executed {
      fill: Highlight;
    }
    .bar-pair .allocated {
      fill: GrayText;
    }
    /* The legend's keys keep the colours of the bars they name. */
    .key {
      forced-color-adjust: none;
      outline: 1px solid CanvasText;
    }
    .key.executed {
      background: Highlight;
    }
    .key.allocated {
      background: GrayText;
    }
  }
`;
