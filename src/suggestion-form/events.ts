// The events of the suggestion form and their details.
import type { SuggestionPayload } from './model.js';

/** Detail of `og-submit` (cancelable: call `preventDefault()` to send the payload yourself). */
export interface OgSubmitDetail {
  payload: SuggestionPayload;
}

/** Detail of `og-submitted`: the server acknowledged the suggestion. */
export interface OgSubmittedDetail {
  payload: SuggestionPayload;
  status?: number;
  /** The server's answer, parsed as JSON when it is JSON. */
  response?: unknown;
  /** The reference shown to the citizen. */
  reference: string;
}

/** Detail of `og-submit-error`: the suggestion was queued for a retry, or rejected by the server. */
export interface OgSubmitErrorDetail {
  payload: SuggestionPayload;
  outcome: 'queued' | 'rejected' | 'not-sent';
  status?: number;
  response?: unknown;
}

declare global {
  interface HTMLElementEventMap {
    'og-submit': CustomEvent<OgSubmitDetail>;
    'og-submitted': CustomEvent<OgSubmittedDetail>;
    'og-submit-error': CustomEvent<OgSubmitErrorDetail>;
  }
}
