// The states every widget shares, as templates: loading, empty, error (with Retry), a notice above
// data whose refresh failed, and the notice of messages that could not be loaded.
import { html, nothing, type TemplateResult } from 'lit';
import type { OgDataError } from '../data/errors.js';
import { msg, str } from '../i18n/msg.js';
import { formatDateTime } from '../i18n/format.js';
import type * as Messages from '../messages.js';

/** How many problems the error state lists before "Technical details". */
const PROBLEMS_SHOWN = 5;

// The error sentences load only when a widget first has an error to show.
let messages: typeof Messages | undefined;
let messagesLoading: Promise<unknown> | undefined;
/** Set when the error sentences could not be had in time: the error state then says less, but shows. */
let messagesUnavailable = false;

/** Loads the error sentences, once per page; resolves when they are there or could not be. */
export function loadErrorSentences(): Promise<unknown> {
  messagesLoading ??= import('../messages.js').then(
    (module) => (messages = module),
    (error: unknown) => {
      messagesLoading = undefined;
      throw error;
    },
  );
  return messagesLoading;
}

/** Whether the error state can show now (with its sentences, or knowing it must do without). */
export function errorSentencesSettled(): boolean {
  return Boolean(messages) || messagesUnavailable;
}

/** Gives up on the error sentences: the error state shows its short form. */
export function withoutErrorSentences(): void {
  if (!messages) messagesUnavailable = true;
}

/** The default loading skeleton. */
export function skeleton(): TemplateResult {
  return html`<div class="state skeleton" part="loading" aria-hidden="true">
    <span class="skeleton-line title"></span>
    <span class="skeleton-line"></span>
    <span class="skeleton-line short"></span>
    <span class="skeleton-line block"></span>
    <span class="skeleton-line"></span>
  </div>`;
}

export function emptyState(sentence: string): TemplateResult {
  return html`<div class="empty" part="empty"><slot name="empty"><p>${sentence}</p></slot></div>`;
}

/**
 * The error state: what went wrong in one sentence, what to do, the problems (with their row or
 * field), the technical detail, and Retry. Without its sentences file, a shorter form.
 */
export function errorState(error: OgDataError, retry: () => void): TemplateResult {
  const headline = messages ? messages.errorHeadline(error) : msg('This content could not be shown.');
  const advice = messages?.errorAdvice(error);
  const describe =
    messages?.describeProblem ?? ((problem: OgDataError['problems'][number]) => problem.note ?? problem.field ?? '');
  const problems = error.problems.slice(0, PROBLEMS_SHOWN);
  const more = error.problems.length - problems.length;
  return html`<div class="error" part="error" role="alert">
    <p class="error-title">${headline}</p>
    ${advice ? html`<p>${advice}</p>` : nothing}
    ${
      problems.length > 0
        ? html`<ul>
          ${problems.map((problem) => html`<li>${describe(problem)}</li>`)}
          ${more > 0 ? html`<li>${msg('…and more: see the technical details.')}</li>` : nothing}
        </ul>`
        : nothing
    }
    <details>
      <summary>${msg('Technical details')}</summary>
      <pre dir="ltr" lang="en">${error.detail}</pre>
    </details>
    <button type="button" class="button" part="retry-button" @click=${retry}>${msg('Try again')}</button>
  </div>`;
}

/** Shown above still-valid data when a refresh failed. */
export function staleNotice(locale: string, receivedAt: number, retry: () => void): TemplateResult {
  const when = formatDateTime(locale, new Date(receivedAt), { hour: 'numeric', minute: '2-digit' });
  return html`<div class="notice" part="notice" role="status">
    <span>${msg(str`The data could not be refreshed. Showing the version loaded at ${when}.`)}</span>
    <button type="button" class="button secondary" @click=${retry}>${msg('Try again')}</button>
  </div>`;
}

/**
 * Says, in English (the language the widget then shows in), that its messages in the page's
 * language could not be had.
 */
export function missingMessagesNotice(locale: string): TemplateResult {
  let language = locale;
  try {
    language = new Intl.DisplayNames(['en'], { type: 'language' }).of(locale) ?? locale;
  } catch {
    // the code, then
  }
  return html`<p class="notice" part="notice" lang="en" dir="ltr">${`The ${language} texts of this widget could not be loaded, so it is shown in English.`}</p>`;
}
