import { dsvFormat } from 'd3-dsv';
import { OgDataError } from './errors.js';
import { normalizeHeader } from './columns.js';
import type { CsvDelimiter, CsvRow, CsvTable } from './columns.js';

const CANDIDATES: CsvDelimiter[] = [',', ';', '\t', '|'];

function isBlank(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

/**
 * Guesses the delimiter from the first rows: the candidate that splits them into the same number
 * of columns, most often, and into the most columns. French and Arabic spreadsheet exports use `;`.
 */
export function sniffDelimiter(text: string): CsvDelimiter {
  const sample = text.slice(0, 64 * 1024);
  let best: { delimiter: CsvDelimiter; score: number } = { delimiter: ',', score: -1 };
  for (const delimiter of CANDIDATES) {
    const rows = dsvFormat(delimiter)
      .parseRows(sample)
      .slice(0, 25)
      .filter((cells) => !isBlank(cells));
    if (rows.length > 1 && text.length > sample.length) rows.pop(); // the sample cut the last row short
    const widths = rows.map((cells) => cells.length);
    const counts = new Map<number, number>();
    for (const width of widths) counts.set(width, (counts.get(width) ?? 0) + 1);
    let modeWidth = 1;
    let modeCount = 0;
    for (const [width, count] of counts) {
      if (count > modeCount || (count === modeCount && width > modeWidth)) [modeWidth, modeCount] = [width, count];
    }
    if (modeWidth < 2) continue;
    const score = (modeCount / Math.max(1, widths.length)) * 1000 + modeWidth;
    if (score > best.score) best = { delimiter, score };
  }
  return best.delimiter;
}

/** How many cells of a row hold something. */
function filled(cells: readonly string[]): number {
  return cells.filter((cell) => cell.trim() !== '').length;
}

/**
 * The first row of the table proper: spreadsheet exports often put a title line ("Budget 2026 —
 * Commune du Kef;;") and blank lines above the header. Rows with a single filled cell are skipped
 * when most rows have several.
 */
function firstTableRow(records: readonly string[][]): number {
  const sample = records.slice(0, 50).filter((cells) => !isBlank(cells));
  const wide = sample.filter((cells) => filled(cells) > 1).length;
  const skipTitles = wide > sample.length / 2;
  return records.findIndex((cells) => (skipTitles ? filled(cells) > 1 : !isBlank(cells)));
}

export interface CsvParseOptions {
  /** Force a delimiter instead of sniffing it. */
  delimiter?: CsvDelimiter;
  /**
   * Headers the caller expects (after column mapping). When given, the header row is the first
   * row, within the first ten, that contains one of them, which skips title lines that exports
   * put above the table ("Budget 2026 — Commune du Kef").
   */
  expectedHeaders?: readonly string[];
}

/**
 * Parses CSV text: a UTF-8 byte-order mark, Excel's `sep=;` line, quoted fields with
 * delimiters, quotes and line breaks inside, CRLF, and blank rows are all handled.
 * @throws OgDataError (`parse`) when there is no header row.
 */
export function parseCsv(input: string, options: CsvParseOptions = {}): CsvTable {
  let text = input.replace(/^\uFEFF/, '');
  let delimiter = options.delimiter;
  let skipped = 0;
  const sepLine = /^sep=(.)\r?\n/i.exec(text);
  if (sepLine) {
    delimiter ??= sepLine[1] as CsvDelimiter;
    text = text.slice(sepLine[0].length);
    skipped = 1;
  }
  delimiter ??= sniffDelimiter(text);
  const records = dsvFormat(delimiter).parseRows(text);

  let headerIndex = firstTableRow(records);
  if (options.expectedHeaders?.length) {
    const wanted = new Set(options.expectedHeaders.map(normalizeHeader));
    const found = records.slice(0, 10).findIndex((cells) => cells.some((cell) => wanted.has(normalizeHeader(cell))));
    if (found >= 0) headerIndex = found;
  }
  if (headerIndex < 0) {
    throw new OgDataError({ kind: 'parse', detail: 'The CSV file is empty: it has no header row.' });
  }
  const headers = records[headerIndex]!.map((cell) => cell.trim());
  const rows: CsvRow[] = [];
  for (let index = headerIndex + 1; index < records.length; index++) {
    const cells = records[index]!;
    if (!isBlank(cells)) rows.push({ row: index + 1 + skipped, cells });
  }
  return { headers, rows, delimiter };
}
