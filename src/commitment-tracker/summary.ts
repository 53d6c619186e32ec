// The summary of an action plan, as a template: the counts (commitments, high completion, overall
// progress, overdue), the commitments per completion level as a stacked bar with its legend, and
// the time elapsed against the progress made.
import { html, nothing, type TemplateResult } from 'lit';
import { stackedBar } from '../core/templates/stacked-bar.js';
import { msg, formatNumber } from '../core/index.js';
import { COMPLETION_LEVELS, type PlanSummary } from './model.js';
import { statusLabel } from './labels.js';
import { statusIcon } from './icons.js';
import { progressBar, wholePercent } from './parts.js';

/** What the summary needs of the tracker. */
export interface SummaryView {
  readonly locale: string;
}

export function planSummary(view: SummaryView, summary: PlanSummary): TemplateResult {
  const { locale } = view;
  const levels = COMPLETION_LEVELS.filter((level) => summary.byStatus[level] > 0);
  return html`<section class="summary" part="summary" aria-label=${msg('Summary of the action plan')}>
    <dl class="stats">
      <div><dt>${msg('Commitments')}</dt><dd>${formatNumber(locale, summary.total)}</dd></div>
      <div>
        <dt>${msg('High completion')}</dt>
        <dd>${formatNumber(locale, summary.highCompletion)}</dd>
      </div>
      ${
        summary.overallProgress !== undefined
          ? html`<div><dt>${msg('Overall progress')}</dt><dd>${wholePercent(locale, summary.overallProgress)}</dd></div>`
          : nothing
      }
      <div class=${summary.overdue ? 'has-overdue' : ''}>
        <dt>${msg('With overdue milestones')}</dt>
        <dd>${formatNumber(locale, summary.overdue)}</dd>
      </div>
    </dl>
    <figure class="chart">
      ${stackedBar(levels.map((level) => [level, summary.byStatus[level]] as const))}
      <figcaption>
        <span class="visually-hidden">${msg('Commitments by completion level')}</span>
        <ul class="legend" role="list">
          ${levels.map(
            (level) => html`<li class="status-${level}">
              <span class="legend-icon">${statusIcon(level)}</span>
              ${statusLabel(level)}: <strong>${formatNumber(locale, summary.byStatus[level])}</strong>
            </li>`,
          )}
        </ul>
      </figcaption>
    </figure>
    ${
      summary.timeElapsed !== undefined && summary.overallProgress !== undefined
        ? html`<div class="time-vs-progress">
          ${progressBar(locale, summary.timeElapsed * 100, msg('Time elapsed'), 'time')}
          ${progressBar(locale, summary.overallProgress, msg('Overall progress'), 'done')}
        </div>`
        : nothing
    }
  </section>`;
}
