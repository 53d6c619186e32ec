import type { OgDataError } from './data/errors.js';
import type { SourceInfo } from './data/source.js';

/** Detail of `og-load`: fired each time a widget's data has loaded and been read. */
export interface OgLoadDetail<T = unknown> {
  source: SourceInfo;
  /** The widget's model of the data. */
  data: T;
}

/** Detail of `og-error`: fired when a widget's data cannot be shown (or cannot be refreshed). */
export interface OgErrorDetail {
  error: OgDataError;
  source?: Partial<SourceInfo>;
  /** `true` when older data is still shown and only the refresh failed. */
  stale: boolean;
}

declare global {
  interface HTMLElementEventMap {
    'og-load': CustomEvent<OgLoadDetail>;
    'og-error': CustomEvent<OgErrorDetail>;
  }
}

/** Creates an event that bubbles out of shadow roots, as every event of this library does. */
export function createEvent<T>(type: string, detail: T, options: { cancelable?: boolean } = {}): CustomEvent<T> {
  return new CustomEvent<T>(type, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false });
}
