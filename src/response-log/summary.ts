// The register at a glance, as a template: suggestions received and answered, the share answered,
// the median days to an answer, those waiting beyond the promised delay, those that led to
// commitments, and the suggestions per status as a bar with its text legend.
import { html, nothing, type TemplateResult } from 'lit';
import { stackedBar } from '../core/templates/stacked-bar.js';
import { msg, str, formatNumber, formatPercent } from '../core/index.js';
import { RESPONSE_STATUSES, type ResponseSummary } from './model.js';
import { statusLabel, daysText } from './labels.js';

export function responseSummary(locale: string, summary: ResponseSummary, answerWithin?: number): TemplateResult {
  const statuses = RESPONSE_STATUSES.filter((status) => summary.byStatus[status] > 0);
  const stat = (label: string, value: string, className = '') =>
    html`<div class=${className}><dt>${label}</dt><dd>${value}</dd></div>`;
  return html`<section class="summary" part="summary" aria-label=${msg('Summary of the answers')}>
    <dl class="stats">
      ${stat(msg('Suggestions received'), formatNumber(locale, summary.received))}
      ${stat(
        msg('Answered'),
        summary.answeredShare === undefined
          ? formatNumber(locale, summary.answered)
          : msg(
              str`${formatNumber(locale, summary.answered)} (${formatPercent(locale, summary.answeredShare, { maximumFractionDigits: 0 })})`,
            ),
      )}
      ${
        summary.medianDaysToAnswer === undefined
          ? nothing
          : stat(msg('Median time to an answer'), daysText(locale, summary.medianDaysToAnswer))
      }
      ${
        answerWithin
          ? stat(
              msg(str`Waiting more than ${daysText(locale, answerWithin)}`),
              formatNumber(locale, summary.late),
              summary.late ? 'late' : '',
            )
          : nothing
      }
      ${stat(msg('Led to commitments'), formatNumber(locale, summary.linkedToCommitments))}
    </dl>
    ${
      statuses.length
        ? html`<figure class="chart">
          ${stackedBar(statuses.map((status) => [status, summary.byStatus[status]] as const))}
          <figcaption>
            <span class="visually-hidden">${msg('Suggestions by status')}</span>
            <ul class="legend" role="list">
              ${statuses.map(
                (status) => html`<li class="status-${status}">
                  <span class="swatch" aria-hidden="true"></span>
                  ${statusLabel(status)}: <strong>${formatNumber(locale, summary.byStatus[status])}</strong>
                </li>`,
              )}
            </ul>
          </figcaption>
        </figure>`
        : nothing
    }
  </section>`;
}
