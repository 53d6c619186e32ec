// The commitments, as templates: a commitment's card (its head, progress, institutions and next
// milestone, then its details and milestones timeline when expanded), and the compact list, one
// line per commitment.
import { html, nothing, type TemplateResult } from 'lit';
import {
  msg,
  str,
  formatCalendarDate,
  formatCalendarRange,
  formatNumber,
  pickText,
  type LocalizedText,
} from '../core/index.js';
import {
  commitmentProgress,
  milestoneState,
  nextMilestone,
  isOverdue,
  type Commitment,
  type CompletionLevel,
  type Institution,
  type Milestone,
} from './model.js';
import { statusLabel, openedGovernmentLabel, sectorLabel, milestoneStateLabel, dueText } from './labels.js';
import { statusIcon, chevronIcon } from './icons.js';
import { heading, progressBar } from './parts.js';

/** What the commitment templates need of the tracker. */
export interface CardsView {
  readonly locale: string;
  /** Today's date (ISO), against which milestones are done, overdue or upcoming. */
  readonly today: string;
  /** Whether a commitment is expanded. */
  isOpen(id: string): boolean;
  /** The element id of a commitment's details (ids from data may hold spaces or quotes). */
  detailsId(commitment: Commitment): string;
  /** A multilingual text in the tracker's language, as a string. */
  text(value: LocalizedText | undefined): string;
  /** A multilingual text from the data, isolated and marked with its language. */
  localizedText(value: LocalizedText | undefined): TemplateResult;
  /** The reader expands or collapses a commitment. */
  toggle(id: string): void;
  /** How many citizens' suggestions led to a commitment, when the register is known. */
  suggestionCount(id: string): number | undefined;
  /** The page with the response log (`responses-href`), without its fragment. */
  readonly responsesHref?: string;
}

/** "Citizens' suggestions that led to it: 3", linked to the log filtered on the commitment. */
function suggestionsLine(view: CardsView, commitment: Commitment): TemplateResult | typeof nothing {
  const count = view.suggestionCount(commitment.id);
  if (!count) return nothing;
  const sentence = msg(str`Citizens' suggestions that led to it: ${formatNumber(view.locale, count)}`);
  return html`<p class="suggestions-led">
    ${
      view.responsesHref
        ? html`<a href="${view.responsesHref}#suggestions-for-${encodeURIComponent(commitment.id)}">${sentence}</a>`
        : sentence
    }
  </p>`;
}

function badge(level: CompletionLevel): TemplateResult {
  return html`<span class="badge status-${level}" part="status-badge">${statusIcon(level)}<span>${statusLabel(level)}</span></span>`;
}

/** The compact layout: one line per commitment, its title, badge and progress. */
export function compactList(view: CardsView, commitments: readonly Commitment[]): TemplateResult {
  return html`<ul class="compact-list" role="list">
    ${commitments.map((commitment) => {
      const progress = commitmentProgress(commitment);
      return html`<li class="compact-item card" data-id=${commitment.id} part="card">
        <span class="compact-title">${view.localizedText(commitment.title)}</span>
        ${badge(commitment.status)}
        ${
          progress !== undefined
            ? progressBar(
                view.locale,
                progress,
                msg(str`Progress of “${view.text(commitment.title)}”`),
                'done compact-bar',
              )
            : nothing
        }
      </li>`;
    })}
  </ul>`;
}

function institutionChips(
  view: CardsView,
  label: string,
  institutions: readonly Institution[],
): TemplateResult | typeof nothing {
  if (institutions.length === 0) return nothing;
  return html`<div class="institutions">
    <span class="institutions-label">${label}</span>
    <ul class="chips" role="list">
      ${institutions.map(
        (institution) => html`<li class="chip sector-${institution.sector}">
          <span class="sector-tag">${sectorLabel(institution.sector)}</span>
          <span class="chip-name">${view.localizedText(institution.name)}</span>
        </li>`,
      )}
    </ul>
  </div>`;
}

/**
 * A commitment's card. Its title is a heading at `level`; alone (the `commitment` attribute), it is
 * always expanded and has no toggle.
 */
export function commitmentCard(
  view: CardsView,
  commitment: Commitment,
  level: number,
  single: boolean,
): TemplateResult {
  const { today } = view;
  const open = single || view.isOpen(commitment.id);
  const progress = commitmentProgress(commitment);
  const next = nextMilestone(commitment);
  const overdue = isOverdue(commitment, today);
  const detailsId = view.detailsId(commitment);
  const title = view.localizedText(commitment.title);
  return html`<li class="card ${open ? 'open' : ''} ${commitment.status === 'withdrawn' ? 'withdrawn' : ''}" data-id=${commitment.id} part="card">
    <div class="card-head">
      ${heading(
        level,
        single
          ? title
          : html`<button
              type="button"
              class="toggle"
              aria-expanded=${open ? 'true' : 'false'}
              aria-controls=${detailsId}
              @click=${() => view.toggle(commitment.id)}
            >
              ${chevronIcon}<span>${title}</span>
            </button>`,
        'card-title',
      )}
      ${badge(commitment.status)}
    </div>
    ${
      progress !== undefined
        ? progressBar(view.locale, progress, msg('Progress'), 'done')
        : html`<p class="muted">${msg('Progress not reported')}</p>`
    }
    ${institutionChips(view, msg('Led by'), commitment.lead)} ${institutionChips(view, msg('With'), commitment.supporting)}
    ${suggestionsLine(view, commitment)}
    ${
      next
        ? html`<p class="next">
          <span class="next-label">${msg('Next milestone')}</span>
          <span>${view.localizedText(next.title)}</span>
          ${next.due ? html`<span class="due">${dueText(view.locale, next.due, today)}</span>` : nothing}
          ${overdue ? html`<span class="flag overdue">${msg('Overdue')}</span>` : nothing}
        </p>`
        : nothing
    }
    <div class="details" id=${detailsId} ?hidden=${!open}>${details(view, commitment, level + 1)}</div>
  </li>`;
}

function details(view: CardsView, commitment: Commitment, level: number): TemplateResult {
  const { locale } = view;
  const section = (title: string, text: LocalizedText | undefined) =>
    text && view.text(text)
      ? html`${heading(level, title, 'detail-heading')}<p class="prose">${view.localizedText(text)}</p>`
      : nothing;
  return html`
    ${section(msg('The problem'), commitment.problem)} ${section(msg('What the commitment does'), commitment.summary)}
    <dl class="facts">
      ${
        commitment.themes.length
          ? html`<div>
            <dt>${msg('Themes')}</dt>
            <dd>${commitment.themes.map((theme) => html`<span class="theme">${view.localizedText(theme)}</span>`)}</dd>
          </div>`
          : nothing
      }
      ${
        commitment.start || commitment.end
          ? html`<div>
            <dt>${msg('Dates')}</dt>
            <dd>
              ${
                commitment.start && commitment.end
                  ? formatCalendarRange(locale, commitment.start, commitment.end)
                  : formatCalendarDate(locale, (commitment.start ?? commitment.end)!)
              }
            </dd>
          </div>`
          : nothing
      }
      ${
        commitment.openedGovernment
          ? html`<div>
            <dt>${msg('Did it open government?')}</dt>
            <dd>${openedGovernmentLabel(commitment.openedGovernment)}</dd>
          </div>`
          : nothing
      }
    </dl>
    ${
      commitment.milestones.length
        ? html`${heading(level, msg('Milestones'), 'detail-heading')}
          <ol class="timeline" part="timeline">
            ${commitment.milestones.map((milestone) => milestoneItem(view, milestone))}
          </ol>`
        : nothing
    }
  `;
}

function milestoneItem(view: CardsView, milestone: Milestone): TemplateResult {
  const { locale } = view;
  const milestoneStatus = milestoneState(milestone, view.today);
  return html`<li class="milestone ${milestoneStatus}">
    <span class="marker" aria-hidden="true"></span>
    <div class="milestone-body">
      <p class="milestone-title">
        <span>${view.localizedText(milestone.title)}</span>
        <span class="flag ${milestoneStatus}">${milestoneStateLabel(milestoneStatus)}</span>
      </p>
      <p class="milestone-dates muted">
        ${milestone.due ? html`<span>${msg(str`Due ${formatCalendarDate(locale, milestone.due)}`)}</span>` : nothing}
        ${milestone.completed ? html`<span>${msg(str`Completed ${formatCalendarDate(locale, milestone.completed)}`)}</span>` : nothing}
      </p>
      ${
        milestone.evidence.length
          ? html`<ul class="evidence" role="list" aria-label=${msg('Evidence')}>
            ${milestone.evidence.map((item) =>
              item.url
                ? html`<li><a href=${item.url} rel="noopener">${view.localizedText(item.title)}</a></li>`
                : html`<li>${pickText(item.title, locale).text}</li>`,
            )}
          </ul>`
          : nothing
      }
    </div>
  </li>`;
}
