// What the suggestion form shows besides its fields: the error summary (GOV.UK: it takes focus and
// links to each field), the "saved on this device" notice of a queued suggestion, and the receipt.
import { html, nothing, type TemplateResult } from 'lit';
import { msg, safeUrl } from '../core/index.js';
import type { FieldError } from './model.js';

/** A link of the summary moves focus to its field (the field's id, or its name for a group). */
function focusField(event: Event, name: string): void {
  event.preventDefault();
  const root = (event.currentTarget as Element).getRootNode() as ParentNode;
  (root.querySelector<HTMLElement>(`#f-${name}`) ?? root.querySelector<HTMLElement>(`[name="${name}"]`))?.focus();
}

/** The problems found on submit, as links to their fields, and a general sentence if any. */
export function errorSummary(
  listed: readonly FieldError[],
  general: string,
  version: number,
  errorMessage: (error: FieldError) => string,
): TemplateResult | typeof nothing {
  if (!listed.length && !general) return nothing;
  return html`<div class="error-summary" part="error-summary" tabindex="-1" role="alert" aria-labelledby="error-summary-title" data-version=${version}>
    <p class="error-summary-title" id="error-summary-title">${msg('There is a problem')}</p>
    ${general ? html`<p>${general}</p>` : nothing}
    ${
      listed.length
        ? html`<ul>
          ${listed.map((error) => html`<li><a href=${`#f-${error.field}`} @click=${(event: Event) => focusField(event, error.field)}>${errorMessage(error)}</a></li>`)}
        </ul>`
        : nothing
    }
  </div>`;
}

/** A suggestion kept on the device until the server acknowledges it. */
export function queuedNotice(persisted: boolean, sendNow: () => void): TemplateResult {
  return html`<div class="outbox" part="outbox" role="status" tabindex="-1">
    <p class="outbox-title">${msg('Saved on this device. It will be sent automatically when the connection is back.')}</p>
    <p>
      ${
        persisted
          ? msg(
              'You can close this page: your suggestion will be sent the next time you open it, or when the connection returns.',
            )
          : msg(
              'This browser does not let us keep it after the page closes: please keep this page open until it is sent.',
            )
      }
    </p>
    <button type="button" class="button secondary" @click=${sendNow}>${msg('Try to send it now')}</button>
  </div>`;
}

/**
 * Where a citizen follows the suggestion: the page with the response log, at the entry's
 * `#suggestion-<reference>` (any fragment of `followUrl` is replaced). Unsafe addresses give none.
 */
export function followHref(followUrl: string | undefined, reference: string): string | undefined {
  const page = followUrl ? safeUrl(followUrl) : undefined;
  if (!page || !reference) return undefined;
  const url = new URL(page);
  url.hash = `suggestion-${encodeURIComponent(reference)}`;
  return url.href;
}

/** The acknowledgement, with the server's reference, what happens next and where to follow it. */
export function receipt(
  reference: string,
  next: TemplateResult | string | undefined,
  startOver: () => void,
  followUrl?: string,
): TemplateResult {
  const follow = followHref(followUrl, reference);
  return html`<div class="receipt" part="receipt" role="status">
    <p class="receipt-title" tabindex="-1">${msg('Thank you: your suggestion was received.')}</p>
    <p>${msg('Your reference number:')} <strong class="reference" dir="ltr">${reference}</strong></p>
    <p>${next ?? msg('The team will read every suggestion and publish a reasoned response: what was taken up, and why or why not.')}</p>
    ${follow ? html`<p><a class="follow" href=${follow}>${msg('Follow your suggestion')}</a></p>` : nothing}
    <button type="button" class="button secondary" @click=${startOver}>${msg('Send another suggestion')}</button>
  </div>`;
}

/** Send (busy while sending), and, with drafts on, "Clear my draft" and where the draft is. */
export function formActions(busy: boolean, drafts: { saved: boolean; clear: () => void } | undefined): TemplateResult {
  return html`<div class="actions">
      <button type="submit" class="button" part="submit-button" aria-disabled=${busy ? 'true' : 'false'}>${busy ? msg('Sending…') : msg('Send my suggestion')}</button>
      ${drafts ? html`<button type="button" class="button secondary" @click=${drafts.clear}>${msg('Clear my draft')}</button>` : nothing}
    </div>
    ${drafts ? html`<p class="hint draft-status">${drafts.saved ? msg('Your draft is saved on this device.') : msg('Your draft will be saved on this device as you write.')}</p>` : nothing}`;
}
