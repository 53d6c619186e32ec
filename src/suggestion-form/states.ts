// What the suggestion form shows besides its fields: the error summary (GOV.UK: it takes focus and
// links to each field), the "saved on this device" notice of a queued suggestion, and the receipt.
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '../core/index.js';
import type { FieldError } from './model.js';

/** The problems found on submit, as links to their fields, and a general sentence if any. */
export function errorSummary(
  listed: readonly FieldError[],
  general: string,
  version: number,
  errorMessage: (error: FieldError) => string,
  focusField: (event: Event, name: string) => void,
): TemplateResult | typeof nothing {
  if (!listed.length && !general) return nothing;
  return html`<div class="error-summary" part="error-summary" tabindex="-1" role="alert" aria-labelledby="error-summary-title" data-version=${version}>
    <p class="error-summary-title" id="error-summary-title">${msg('There is a problem')}</p>
    ${general ? html`<p>${general}</p>` : nothing}
    ${listed.length
      ? html`<ul>
          ${listed.map((error) => html`<li><a href=${`#f-${error.field}`} @click=${(event: Event) => focusField(event, error.field)}>${errorMessage(error)}</a></li>`)}
        </ul>`
      : nothing}
  </div>`;
}

/** A suggestion kept on the device until the server acknowledges it. */
export function queuedNotice(persisted: boolean, sendNow: () => void): TemplateResult {
  return html`<div class="outbox" part="outbox" role="status" tabindex="-1">
    <p class="outbox-title">${msg('Saved on this device. It will be sent automatically when the connection is back.')}</p>
    <p>
      ${persisted
        ? msg('You can close this page: your suggestion will be sent the next time you open it, or when the connection returns.')
        : msg('This browser does not let us keep it after the page closes: please keep this page open until it is sent.')}
    </p>
    <button type="button" class="button secondary" @click=${sendNow}>${msg('Try to send it now')}</button>
  </div>`;
}

/** The acknowledgement, with the server's reference and what happens next. */
export function receipt(reference: string, next: TemplateResult | string | undefined, startOver: () => void): TemplateResult {
  return html`<div class="receipt" part="receipt" role="status">
    <p class="receipt-title" tabindex="-1">${msg('Thank you: your suggestion was received.')}</p>
    <p>${msg('Your reference number:')} <strong class="reference" dir="ltr">${reference}</strong></p>
    <p>${next ?? msg('The team will read every suggestion and publish a reasoned response: what was taken up, and why or why not.')}</p>
    <button type="button" class="button secondary" @click=${startOver}>${msg('Send another suggestion')}</button>
  </div>`;
}
