// What the budget says around its table or chart: lines whose amounts differ from the sum of
// their sub-lines, and where the data comes from.
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str, formatNumber, formatCalendarDate } from '../core/index.js';
import type { Budget, BudgetMeta } from './model.js';

function warning(text: string): TemplateResult {
  return html`<p class="warning" role="note"><span aria-hidden="true">⚠</span> ${text}</p>`;
}

/** Lines and total rows that differ from the sums they should be: shown as published, and said. */
export function lineWarnings(locale: string, budget: Budget, mismatches: number): TemplateResult {
  const totals = budget.warnings.filter((problem) => problem.note?.includes('the total differs')).length;
  return html`${
    mismatches
      ? warning(
          msg(
            str`${formatNumber(locale, mismatches)} lines have amounts that differ from the sum of their sub-lines; they are marked ⚠ and shown as published.`,
          ),
        )
      : nothing
  }${
    totals
      ? warning(
          msg(
            str`${formatNumber(locale, totals)} total rows of the file differ from the sum of the lines above them; the lines are shown as published.`,
          ),
        )
      : nothing
  }`;
}

/** The link to the source data and the date of its last update. */
export function sourceNote(locale: string, meta: BudgetMeta): TemplateResult | typeof nothing {
  if (!meta.source && !meta.updated) return nothing;
  return html`<p class="source">
    ${meta.source ? html`<a href=${meta.source} rel="noopener">${msg('Source data')}</a>` : nothing}
    ${meta.updated ? html`<span>${msg(str`Updated ${formatCalendarDate(locale, meta.updated)}`)}</span>` : nothing}
  </p>`;
}
