// Mapping a CSV table onto a widget's fields, and words onto codes: used by the widgets' CSV
// readers only, which are loaded when a CSV source is read (kept out of the shared core chunk).
import { OgDataError, type ValidationProblem } from './errors.js';
import { normalizeHeader, type CsvTable } from './columns.js';

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
