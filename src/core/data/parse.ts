import type { CsvParseOptions } from './csv.js';
import type { CsvTable } from './columns.js';
import type { IcsCalendar } from './ics.js';
import { OgDataError } from './errors.js';
import type { DataFormat } from './format.js';

/** A source read into memory, before a widget's model makes sense of it. */
export type RawData =
  { format: 'json'; value: unknown } | { format: 'csv'; table: CsvTable } | { format: 'ics'; ics: IcsCalendar };

/** Reads JSON, saying where it breaks (line and column) and when it is really a web page. */
export function parseJson(text: string, url?: string): unknown {
  const source = text.replace(/^\uFEFF/, '');
  try {
    return JSON.parse(source);
  } catch (error) {
    const trimmed = source.trimStart();
    if (trimmed.startsWith('<')) {
      throw new OgDataError({
        kind: 'format',
        received: 'html',
        url,
        detail: `${url ?? 'The source'} sent a web page (HTML) where JSON was expected.`,
        cause: error,
      });
    }
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message);
    let where = '';
    if (position && !/line \d+/.test(message)) {
      const before = source.slice(0, Number(position[1]));
      const line = before.split('\n').length;
      where = ` (line ${line}, column ${before.length - before.lastIndexOf('\n')})`;
    }
    const truncated =
      trimmed === ''
        ? ' The file is empty.'
        : /end of (JSON|data) input|Unterminated/i.test(message)
          ? ' The file seems cut short.'
          : '';
    throw new OgDataError({
      kind: 'parse',
      url,
      detail: `Invalid JSON: ${message}${where}.${truncated}`,
      cause: error,
    });
  }
}

/** Loads a parser that lives in its own chunk; a chunk that cannot load is a network failure. */
async function loadParser<T>(load: () => Promise<T>, what: string): Promise<T> {
  try {
    return await load();
  } catch (error) {
    throw new OgDataError({
      kind: 'network',
      detail: `The ${what} parser could not be loaded: ${String(error)}`,
      cause: error,
    });
  }
}

export interface ParseTextOptions {
  url?: string;
  csv?: CsvParseOptions;
}

/**
 * Parses text in a known format. The CSV and iCalendar parsers are loaded on first use, so a page
 * that only shows JSON never downloads them.
 * @throws OgDataError (`parse` or `format`)
 */
export async function parseText(text: string, format: DataFormat, options: ParseTextOptions = {}): Promise<RawData> {
  switch (format) {
    case 'json':
      return { format, value: parseJson(text, options.url) };
    case 'csv': {
      const { parseCsv } = await loadParser(() => import('./csv.js'), 'CSV');
      return { format, table: parseCsv(text, options.csv) };
    }
    case 'ics': {
      const { parseIcs } = await loadParser(() => import('./ics.js'), 'iCalendar');
      return { format, ics: parseIcs(text) };
    }
  }
}
