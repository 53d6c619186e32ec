// What every widget needs about CSV synchronously: the table types, header matching and the
// `columns` attribute. Mapping a table onto a widget's fields (csv-columns.ts) and the parser
// itself (csv.ts, with d3-dsv) are loaded only when a CSV source is read.
import { OgDataError } from './errors.js';

export type CsvDelimiter = ',' | ';' | '\t' | '|';

/** A CSV file as read: its header row and its data rows, with spreadsheet row numbers. */
export interface CsvTable {
  /** The header cells, trimmed, as the file spells them. */
  headers: string[];
  /** Data rows after the header; blank rows are left out. */
  rows: CsvRow[];
  delimiter: CsvDelimiter;
}

export interface CsvRow {
  /** The row number a spreadsheet shows for this row (the first row of the file is 1). */
  row: number;
  cells: string[];
}

/** Header text reduced for matching: case, accents, spacing and punctuation around it ignored. */
export function normalizeHeader(header: string): string {
  return header
    .replace(/[\uFEFF\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]/g, '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s_\-.:'’]+/g, ' ')
    .trim();
}

/**
 * Reads a `columns` attribute, which maps the widget's field names to the file's headers:
 * `code: Code; label: Libellé; executed: Réalisé 2025`, or the same as a JSON object.
 * @throws OgDataError (`validation`) when it is neither.
 */
export function parseColumnsAttribute(
  value: string | Readonly<Record<string, string>> | null | undefined,
): Record<string, string> {
  if (!value) return {};
  if (typeof value === 'object') return { ...value };
  const text = value.trim();
  if (text.startsWith('{')) {
    try {
      const parsed: unknown = JSON.parse(text);
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
        return Object.fromEntries(Object.entries(parsed).map(([field, header]) => [field, String(header)]));
      }
    } catch {
      // reported below
    }
    throw new OgDataError({ kind: 'validation', detail: `The columns attribute is not valid JSON: ${text}` });
  }
  const mapping: Record<string, string> = {};
  for (const pair of text.split(';')) {
    if (!pair.trim()) continue;
    const match = /^\s*([^:=]+?)\s*[:=]\s*(.*?)\s*$/.exec(pair);
    if (!match || !match[2]) {
      throw new OgDataError({
        kind: 'validation',
        detail: `The columns attribute should read "field: Header; field: Header", not "${pair.trim()}".`,
      });
    }
    mapping[match[1]!] = match[2];
  }
  return mapping;
}
