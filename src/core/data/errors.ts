/**
 * Why a data source could not be shown. Each kind gets its own localized sentence in the error
 * state; the technical detail stays available behind a disclosure.
 */
export type DataErrorKind =
  /** The request failed before any response (offline, DNS, connection refused). */
  | 'network'
  /** A cross-origin request was refused: the data server does not send CORS headers for this site. */
  | 'cors'
  /** No response within the `timeout`. */
  | 'timeout'
  /** The server answered with a status other than 2xx. */
  | 'http'
  /** The response could not be read as the expected format (JSON, CSV, ICS). */
  | 'parse'
  /** The data was read but does not fit the widget's schema. */
  | 'validation'
  /** The data format is not one the widget reads. */
  | 'format'
  /** Showing the data failed (a bug, or data the widget did not expect). */
  | 'render';

/**
 * What a value should have been. Each has a localized sentence in the error state:
 * `number` → "'executed' is not a number ('12 500,000 DT')".
 */
export type ExpectedKind =
  | 'number'
  | 'integer'
  | 'date'
  | 'text'
  | 'url'
  | 'boolean'
  | 'list'
  | 'object'
  /** A required field is missing or empty. */
  | 'present'
  /** A column named in `columns`, or required, is not in the CSV file. */
  | 'column'
  /** An id that must be unique appears twice. */
  | 'unique'
  /** A value outside a fixed list; `allowed` lists the choices. */
  | 'one-of'
  /** A number outside its range; `allowed` holds the bounds. */
  | 'range'
  /** A reference (a parent code, a commitment id) to a record that does not exist. */
  | 'reference'
  /** A field that holds personal data (a name, an email): never shown, but published by the file. */
  | 'personal'
  /** Anything else; `note` says what, in English. */
  | 'valid';

/** One thing wrong with one record, in words a webmaster can act on. */
export interface ValidationProblem {
  /** For CSV: the row number a spreadsheet shows (the header row is 1). */
  row?: number;
  /** For JSON: where the record is, e.g. `['commitments', 2, 'milestones', 0]`. */
  path?: readonly (string | number)[];
  /** The field, as the file names it (a CSV header, or a JSON key). */
  field?: string;
  expected: ExpectedKind;
  /** The choices for `one-of`, the bounds for `range`. */
  allowed?: readonly string[];
  /** The offending value, shortened for display; absent when the field is missing. */
  received?: string;
  /** Extra detail in English, for the technical disclosure. */
  note?: string;
}

export interface DataErrorInit {
  kind: DataErrorKind;
  /** Technical detail in English, for the disclosure and the console. */
  detail: string;
  url?: string;
  status?: number;
  statusText?: string;
  /** Seconds the server asked us to wait (Retry-After), when it said so. */
  retryAfter?: number;
  problems?: ValidationProblem[];
  /** For a `format` error: what came instead of data the widget reads (a web page, nothing, another format). */
  received?: 'html' | 'empty' | 'other';
  cause?: unknown;
}

/** A typed failure of a data source. Widgets render it; they never throw it into the host page. */
export class OgDataError extends Error {
  readonly kind: DataErrorKind;
  readonly detail: string;
  readonly url?: string;
  readonly status?: number;
  readonly statusText?: string;
  readonly retryAfter?: number;
  readonly problems: ValidationProblem[];
  readonly received?: 'html' | 'empty' | 'other';

  constructor(init: DataErrorInit) {
    super(init.detail, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = 'OgDataError';
    this.kind = init.kind;
    this.detail = init.detail;
    this.url = init.url;
    this.status = init.status;
    this.statusText = init.statusText;
    this.retryAfter = init.retryAfter;
    this.problems = init.problems ?? [];
    this.received = init.received;
  }
}

/** Turns anything thrown into an {@link OgDataError}, keeping typed errors as they are. */
export function toDataError(error: unknown, fallbackKind: DataErrorKind = 'parse'): OgDataError {
  if (error instanceof OgDataError) return error;
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return new OgDataError({ kind: fallbackKind, detail, cause: error });
}

/** Shortens a value for an error message: one line, at most `max` characters. */
export function excerpt(value: unknown, max = 40): string {
  let text: string;
  if (typeof value === 'string') text = value;
  else if (value === undefined) text = 'undefined';
  else {
    try {
      text = JSON.stringify(value) ?? String(value);
    } catch {
      text = String(value);
    }
  }
  text = text.replace(/\s+/g, ' ').trim();
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
