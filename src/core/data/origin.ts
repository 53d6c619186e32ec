// Where a record came from, for the problems a reader names: a CSV row or a JSON path. Shared by
// the widgets' readers, with the one kind of field several of them read the same way: a link
// with a title.
import { excerpt, type ValidationProblem } from './errors.js';
import { safeUrl } from '../url.js';
import type { LocalizedText } from '../i18n/text.js';

/** Where a record is, for a problem: a CSV row, or a JSON path. */
export type Origin = { row: number } | { path: (string | number)[] };

/** A problem with one field of the record at `origin`. */
export function problemAt(
  origin: Origin,
  field: string,
  problem: Omit<ValidationProblem, 'row' | 'path' | 'field'>,
): ValidationProblem {
  return 'row' in origin
    ? { ...problem, row: origin.row, field }
    : { ...problem, path: [...origin.path, field], field };
}

/** A link with its title; `url` is absent when the data's link was unsafe. */
export interface TitledLink {
  title: LocalizedText;
  /** A safe absolute link (http, https, mailto, tel). */
  url?: string;
}

/**
 * A link as data gives it: a URL, or `{ title, url }`. An unsafe URL (`javascript:`) is kept as
 * text only, with a warning on `field`; relative links resolve against `baseUrl`.
 */
export function readTitledLink(
  item: string | { title?: LocalizedText; url: string },
  origin: Origin,
  field: string,
  warnings: ValidationProblem[],
  baseUrl?: string,
): TitledLink {
  const raw = typeof item === 'string' ? { url: item } : item;
  const url = safeUrl(raw.url, baseUrl);
  if (!url) warnings.push(problemAt(origin, field, { expected: 'url', received: excerpt(raw.url) }));
  return { title: raw.title ?? raw.url, url };
}
