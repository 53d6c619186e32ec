// Mapping a CSV table onto a widget's fields, and words onto codes: used by the widgets' CSV
// readers only, which are loaded when a CSV source is read (kept out of the shared core chunk).
import { OgDataError, excerpt, type ValidationProblem } from './errors.js';
import { normalizeHeader, type CsvTable } from './columns.js';
import { isIsoDate } from './validate.js';
import type { LocalizedText } from '../i18n/text.js';

/** A field a widget reads from a CSV file. */
export interface CsvField {
  /** The widget's own name for it (`executed`). */
  name: string;
  required?: boolean;
  /** Headers that mean this field without any mapping: `['réalisé', 'منجز']`. */
  aliases?: readonly string[];
}

/** A CSV data row, keyed by the widget's field names. */
export interface MappedRow {
  row: number;
  values: Record<string, string>;
}

export interface MappedTable {
  rows: MappedRow[];
  /** Field name → the header it was read from. */
  headerOf: Record<string, string>;
  /** The file's headers, for an embed builder or an error message. */
  headers: string[];
}

/**
 * Maps a CSV table onto a widget's fields. A field is read from the header named in `columns`,
 * else from a header equal to its name or to one of its aliases (case and accents ignored).
 * @throws OgDataError (`validation`) naming every required field that has no column, and the
 * headers the file does have.
 */
export function mapCsvColumns(
  table: CsvTable,
  fields: readonly CsvField[],
  columns: Record<string, string> = {},
): MappedTable {
  const indexByHeader = new Map<string, number>();
  table.headers.forEach((header, index) => {
    const key = normalizeHeader(header);
    if (!indexByHeader.has(key)) indexByHeader.set(key, index);
  });
  const indexOf: Record<string, number> = {};
  const headerOf: Record<string, string> = {};
  const problems: ValidationProblem[] = [];
  for (const field of fields) {
    const mapped = columns[field.name];
    const candidates = mapped ? [mapped] : [field.name, ...(field.aliases ?? [])];
    const index = candidates
      .map((name) => indexByHeader.get(normalizeHeader(name)))
      .find((found) => found !== undefined);
    if (index === undefined) {
      if (field.required || mapped) {
        problems.push({ field: mapped ?? field.name, expected: 'column', row: 1 });
      }
      continue;
    }
    indexOf[field.name] = index;
    headerOf[field.name] = table.headers[index]!;
  }
  if (problems.length > 0) {
    throw new OgDataError({
      kind: 'validation',
      detail: `Missing column(s): ${problems.map((problem) => `"${problem.field}"`).join(', ')}. The file's headers are: ${table.headers
        .map((header) => `"${header}"`)
        .join(', ')}.`,
      problems,
    });
  }
  const rows = table.rows.map(({ row, cells }) => {
    const values: Record<string, string> = {};
    for (const [name, index] of Object.entries(indexOf)) values[name] = (cells[index] ?? '').trim();
    return { row, values };
  });
  return { rows, headerOf, headers: table.headers };
}

/**
 * Finds which code a cell's word stands for, from lists of synonyms in several languages,
 * ignoring case and accents: `matchWord({ complete: ['achevé', 'مكتمل'] }, 'Achevé')` → `complete`.
 * The code itself matches too.
 */
export function matchWord<T extends string>(
  words: Readonly<Record<T, readonly string[]>>,
  value: string,
): T | undefined {
  const key = normalizeHeader(value);
  for (const [code, list] of Object.entries(words) as [T, readonly string[]][]) {
    if (normalizeHeader(code) === key || list.some((word) => normalizeHeader(word) === key)) return code;
  }
  return undefined;
}

/**
 * A date as spreadsheets write it, to `YYYY-MM-DD`: `2026-10-15`, `15/10/2026`, `15-10-2026`,
 * `15.10.2026` (day first, as in Morocco and Tunisia), `2026/10/15`, with an optional time after
 * it (`15/10/2026 09:30`). `undefined` when it is not a date on the calendar.
 */
export function readSpreadsheetDate(value: string): string | undefined {
  const text = value.trim();
  const dayFirst = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ T].*)?$/.exec(text);
  const yearFirst = /^(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})(?:[ T].*)?$/.exec(text);
  const [year, month, day] = dayFirst
    ? [dayFirst[3], dayFirst[2], dayFirst[1]]
    : yearFirst
      ? [yearFirst[1], yearFirst[2], yearFirst[3]]
      : [];
  if (!year) return undefined;
  const iso = `${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : undefined;
}

/** Splits a cell holding several items: `|`, `;` or line breaks separate them. */
export function splitList(cell: string | undefined): string[] {
  return (cell ?? '')
    .split(/[|;\n]/)
    .map((item) => item.trim())
    .filter(Boolean);
}

/**
 * The language variants of text columns in the file or the mapping: `title_ar`, `Titre (ar)`,
 * `jalon_fr`. `words` maps a header's first word to a text field (`titre` → `title`); each
 * variant becomes a field such as `title_ar`.
 */
export function languageFields(
  table: CsvTable,
  columns: Record<string, string>,
  words: Readonly<Record<string, string>>,
): CsvField[] {
  const found = new Map<string, CsvField>();
  const pattern = /^(.+) ([a-z]{2,3}(?: [a-z]{2})?)$/;
  const add = (name: string, header?: string) => {
    const match = pattern.exec(name);
    const field = match && words[match[1]!];
    if (!field) return;
    const key = `${field}_${match[2]!.replace(' ', '-')}`;
    const entry = found.get(key) ?? { name: key, aliases: [] as string[] };
    if (header) (entry.aliases as string[]).push(header);
    found.set(key, entry);
  };
  for (const header of table.headers)
    add(normalizeHeader(header).replace(/[()_]/g, ' ').replace(/\s+/g, ' ').trim(), header);
  for (const key of Object.keys(columns)) add(normalizeHeader(key).replace(/_/g, ' '));
  return [...found.values()];
}

/**
 * A text field of a mapped row, in every language given: the plain column and its variants
 * (`title`, `title_fr`, `title_ar`) make `{ und, fr, ar }`; the plain column alone stays a string.
 */
export function textFrom(values: Record<string, string>, field: string): LocalizedText | undefined {
  const variants: Record<string, string> = {};
  for (const [key, value] of Object.entries(values)) {
    if (key.startsWith(`${field}_`) && value) variants[key.slice(field.length + 1)] = value;
  }
  const plain = values[field];
  if (Object.keys(variants).length === 0) return plain || undefined;
  // A plain column beside language columns stands for any language without a column of its own
  // (`und`: undetermined; pickText takes it when neither the reader's language nor a fallback has one).
  return plain ? { und: plain, ...variants } : variants;
}

/**
 * A cell that holds one of a fixed list of words (a status, a channel), in any of the languages
 * `words` knows: its code, or a problem naming the row, the header and the choices (`allowed`,
 * by default the codes). An empty cell is `undefined`, and a problem when `required`.
 */
export function wordCell<T extends string>(
  words: Readonly<Record<T, readonly string[]>>,
  cell: { row: number; field: string; value: string | undefined; required?: boolean; allowed?: readonly string[] },
  problems: ValidationProblem[],
): T | undefined {
  const { row, field, value, required, allowed = Object.keys(words) } = cell;
  if (!value) {
    if (required) problems.push({ row, field, expected: 'present' });
    return undefined;
  }
  const code = matchWord(words, value);
  if (!code) problems.push({ row, field, expected: 'one-of', allowed, received: excerpt(value) });
  return code;
}
