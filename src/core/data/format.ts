import { OgDataError } from './errors.js';

/** The formats a data source can be in. */
export type DataFormat = 'json' | 'csv' | 'ics';

export const DATA_FORMATS: readonly DataFormat[] = ['json', 'csv', 'ics'];

/** Reads a `format` attribute; anything else is `undefined` (then the format is detected). */
export function asDataFormat(value: string | null | undefined): DataFormat | undefined {
  const lower = value?.trim().toLowerCase();
  return (DATA_FORMATS as readonly string[]).includes(lower ?? '') ? (lower as DataFormat) : undefined;
}

/** The format a media type names, `html` for a web page, `undefined` when it does not tell. */
export function formatFromContentType(contentType: string): DataFormat | 'html' | undefined {
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  if (type === 'application/json' || type === 'text/json' || type.endsWith('+json')) return 'json';
  if (type === 'text/csv' || type === 'application/csv' || type === 'text/tab-separated-values') return 'csv';
  if (type === 'text/calendar' || type === 'application/ics' || type === 'text/x-vcalendar') return 'ics';
  if (type === 'text/html' || type === 'application/xhtml+xml') return 'html';
  return undefined;
}

/** The format a URL's file extension names (`budget.csv?v=2` → `csv`). */
export function formatFromUrl(url: string): DataFormat | undefined {
  let path: string;
  try {
    path = new URL(url, 'https://example.invalid/').pathname.toLowerCase();
  } catch {
    return undefined;
  }
  if (/\.(json|geojson|jsonld)$/.test(path)) return 'json';
  if (/\.(csv|tsv)$/.test(path)) return 'csv';
  if (/\.(ics|ical|ifb|icalendar)$/.test(path)) return 'ics';
  return undefined;
}

/** The format the text itself looks like; `html` for a web page. */
export function formatFromContent(text: string): DataFormat | 'html' | undefined {
  const start = text
    .replace(/^\uFEFF/, '')
    .trimStart()
    .slice(0, 200);
  if (/^BEGIN:VCALENDAR/i.test(start)) return 'ics';
  if (/^<(!doctype|html|head|body|\?xml|!--)/i.test(start)) return 'html';
  if (/^[[{]/.test(start)) return 'json';
  if (start.length > 0) return 'csv';
  return undefined;
}

export interface FormatClues {
  /** The `format` attribute. */
  explicit?: DataFormat;
  contentType?: string;
  url?: string;
  text: string;
}

/**
 * Decides a source's format: the `format` attribute, else the response's content type, else the
 * URL's extension, else what the text looks like.
 * @throws OgDataError (`format`) when the server sent a web page instead of data.
 */
export function detectFormat({ explicit, contentType = '', url, text }: FormatClues): DataFormat {
  const byType = formatFromContentType(contentType);
  const byContent = formatFromContent(text);
  // A web page is refused when it looks like one, whatever it is labelled (a proxy's error page
  // served as text/csv); a text/html label alone is not enough: many servers label JSON so.
  if (byContent === 'html') {
    throw new OgDataError({
      kind: 'format',
      received: 'html',
      url,
      detail: `${url ?? 'The source'} returned a web page (HTML), not data. Check that the address points at the JSON, CSV or ICS file itself.`,
    });
  }
  if (explicit) return explicit;
  const typed = byType === 'html' ? undefined : byType;
  const found = typed ?? (url ? formatFromUrl(url) : undefined) ?? byContent;
  if (!found) {
    throw new OgDataError({ kind: 'format', received: 'empty', url, detail: `${url ?? 'The source'} is empty.` });
  }
  return found;
}
