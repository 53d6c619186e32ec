// One suggestion of the register, as a template: its reference and topic, when and how it came,
// the suggestion as published, its status, and the reasoned answer (or how long it has waited),
// the commitments it led to and its links. The follow field shows the same card.
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str, formatCalendarDate, pickText, type LocalizedText } from '../core/index.js';
import { daysWaiting, daysBetween, isAnswered, isLate, type Suggestion } from './model.js';
import { statusLabel, channelLabel, daysText } from './labels.js';

/** What an entry needs of the log. */
export interface EntryView {
  readonly locale: string;
  readonly today: string;
  readonly answerWithin?: number;
  /** The page with the action plan: commitment ids link to `<planHref>#commitment-<id>`. */
  readonly planHref?: string;
  localizedText(value: LocalizedText | undefined): TemplateResult;
}

/** The `id` fragment that opens a suggestion: `#suggestion-<reference>`. */
export const SUGGESTION_HASH = '#suggestion-';
/** The `id` fragment that shows the suggestions linked to a commitment. */
export const COMMITMENT_HASH = '#suggestions-for-';

export const suggestionHash = (reference: string): string => `${SUGGESTION_HASH}${encodeURIComponent(reference)}`;

/** A heading whose level comes from the page (`heading-level`), kept between 1 and 6. */
export function heading(level: number, content: unknown, className = ''): TemplateResult {
  return html`<div role="heading" aria-level=${Math.min(6, Math.max(1, level))} class=${className}>${content}</div>`;
}

export function statusBadge(suggestion: Suggestion): TemplateResult {
  return html`<span class="badge status-${suggestion.status}" part="status-badge">${statusLabel(suggestion.status)}</span>`;
}

function answerBlock(view: EntryView, suggestion: Suggestion, level: number): TemplateResult {
  const { locale, today, answerWithin } = view;
  const answer = suggestion.answer;
  if (answer && isAnswered(suggestion)) {
    const after = answer.date ? daysBetween(suggestion.received, answer.date) : undefined;
    return html`<section class="answer" part="answer">
      ${heading(level, msg('Answer'), 'answer-title')}
      <p class="answer-text">${view.localizedText(answer.text)}</p>
      <p class="answer-meta">
        ${answer.by ? html`<span>${view.localizedText(answer.by)}</span>` : nothing}
        ${
          answer.date
            ? html`<span
                >${formatCalendarDate(locale, answer.date)}${
                  after !== undefined && after >= 0 ? msg(str` (after ${daysText(locale, after)})`) : ''
                }</span
              >`
            : nothing
        }
      </p>
    </section>`;
  }
  const waiting = daysWaiting(suggestion, today) ?? 0;
  const late = isLate(suggestion, today, answerWithin);
  // A note on a suggestion still under review (an Open311 request's status notes) is no answer yet.
  const note = answer && pickText(answer.text, locale).text ? answer.text : undefined;
  return html`${
    note
      ? html`<p class="progress-note"><span class="label">${msg('Latest note')}</span> ${view.localizedText(note)}</p>`
      : nothing
  }<p class="waiting ${late ? 'late' : ''}">
    ${
      suggestion.status === 'closed'
        ? msg('Closed without a published answer.')
        : msg(str`Not answered yet: waiting for ${daysText(locale, waiting)}.`)
    }
    ${late && answerWithin ? html`<strong>${msg(str`An answer was promised within ${daysText(locale, answerWithin)}.`)}</strong>` : nothing}
  </p>`;
}

function commitmentLinks(view: EntryView, ids: readonly string[]): TemplateResult | typeof nothing {
  if (!ids.length) return nothing;
  return html`<p class="commitments">
    <span class="label">${msg('Commitments')}</span>
    ${ids.map((id) =>
      view.planHref
        ? html`<a href="${view.planHref}#commitment-${encodeURIComponent(id)}">${id}</a>`
        : html`<span class="chip">${id}</span>`,
    )}
  </p>`;
}

/** A suggestion's card, with its headings at `level`. */
export function suggestionEntry(view: EntryView, suggestion: Suggestion, level: number): TemplateResult {
  const { locale } = view;
  const topic = suggestion.topic ? view.localizedText(suggestion.topic) : undefined;
  return html`<article class="entry status-${suggestion.status}" part="entry" data-reference=${suggestion.reference}>
    <div class="entry-head">
      ${heading(
        level,
        html`<span class="reference" dir="ltr">${suggestion.reference}</span>${topic ? html`<span class="topic">${topic}</span>` : nothing}`,
        'entry-title',
      )}
      ${statusBadge(suggestion)}
    </div>
    <p class="meta">
      <span>${msg(str`Received ${formatCalendarDate(locale, suggestion.received)}`)}</span>
      ${suggestion.channel ? html`<span>${channelLabel(suggestion.channel)}</span>` : nothing}
      ${suggestion.area ? html`<span>${view.localizedText(suggestion.area)}</span>` : nothing}
    </p>
    <blockquote class="text">${view.localizedText(suggestion.text)}</blockquote>
    ${answerBlock(view, suggestion, level + 1)} ${commitmentLinks(view, suggestion.commitments)}
    ${
      suggestion.links.length
        ? html`<ul class="links" role="list">
          ${suggestion.links.map((link) =>
            link.url
              ? html`<li><a href=${link.url} rel="noopener">${view.localizedText(link.title)}</a></li>`
              : html`<li>${view.localizedText(link.title)}</li>`,
          )}
        </ul>`
        : nothing
    }
    <a class="permalink" href=${suggestionHash(suggestion.reference)}
      >${msg('Link to this suggestion')}<span class="visually-hidden"> ${suggestion.reference}</span></a
    >
  </article>`;
}
