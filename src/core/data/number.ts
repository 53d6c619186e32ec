/** Which character marks the decimals in a column of numbers. */
export type DecimalSeparator = ',' | '.';

export interface NumberParseOptions {
  /**
   * The decimal separator when a value alone cannot tell (`1.250` or `1,250`). Leave it out to
   * read such a value as decimals; pass what {@link inferDecimalSeparator} found for the column.
   */
  decimal?: DecimalSeparator;
}

const ARABIC_INDIC = /[\u0660-\u0669\u06F0-\u06F9]/g;
// Direction marks that Intl and spreadsheets put around Arabic numbers and signs.
const BIDI_MARKS = /[\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]/g;
// What spreadsheets put between thousands: spaces (plain, no-break, narrow no-break, thin,
// figure) and apostrophes (Swiss style).
const SPACE_GROUPS = /[\s\u00A0\u202F\u2009\u2007]+/g;
const APOSTROPHES = /['\u2019]/g;
const ARABIC_DECIMAL = '\u066B';

/** Arabic-Indic and Persian digits to ASCII, bidi marks out, the Arabic thousands separator to a space. */
function cleanDigits(text: string): string {
  return text
    .replace(BIDI_MARKS, '')
    .replace(ARABIC_INDIC, (digit) => String((digit.charCodeAt(0) - 0x0660) % (0x06f0 - 0x0660)))
    .replace(/\u066C/g, ' ');
}

/** Digits grouped by threes with `separator`, the first group one to three digits, not a lone 0. */
function isGrouped(integer: string, separator: string): boolean {
  const groups = integer.split(separator);
  return /^[1-9]\d{0,2}$/.test(groups[0]!) && groups.slice(1).every((group) => /^\d{3}$/.test(group));
}

/**
 * Reads a number the way people type it in spreadsheets, never guessing from the page's locale:
 * `12 500,000` (Tunisian dinars with a narrow no-break space), `1.250.000,00` (Moroccan dirhams),
 * `1,250,000.00`, `-3,5`, `(1 200)` (accounting negatives), `−12`, `1,5E3`, Arabic-Indic digits
 * `١٢٫٥`, and numbers wrapped in direction marks as Intl writes them in Arabic.
 *
 * @returns the number; `null` for a blank cell; `NaN` when the text is not a number
 * (`12 500,000 DT`, `n/a`, `1.2.3,4,5`, `2024 2025`), so the caller can name the row and column.
 */
export function parseLocaleNumber(
  input: string | number | null | undefined,
  options: NumberParseOptions = {},
): number | null {
  if (input === null || input === undefined) return null;
  if (typeof input === 'number') return Number.isFinite(input) ? input : Number.NaN;
  let text = cleanDigits(input).trim();
  if (text === '' || text === '-' || text === '—' || text === '–') return null;

  let negative = false;
  if (/^\(.*\)$/.test(text)) {
    negative = true;
    text = text.slice(1, -1).trim();
    if (/^[-\u2212+]|[-\u2212]$/.test(text)) return Number.NaN;
  }
  const sign = /^[-\u2212+]/.exec(text);
  if (sign) {
    negative = negative !== (sign[0] !== '+');
    text = text.slice(1).trim();
  } else if (/[-\u2212]$/.test(text)) {
    negative = !negative;
    text = text.slice(0, -1).trim();
  }

  // Scientific notation, as spreadsheets write long numbers: 1,5E3, 1.5E+06.
  const exponent = /^(.+?)[eE]([+-]?\d{1,3})$/.exec(text);
  if (exponent) {
    const mantissa = parseLocaleNumber(exponent[1]!, options);
    if (mantissa === null || Number.isNaN(mantissa) || /[\s'\u2019]/.test(exponent[1]!)) return Number.NaN;
    return (negative ? -1 : 1) * mantissa * 10 ** Number(exponent[2]);
  }

  text = text.replace(SPACE_GROUPS, ' ').replace(APOSTROPHES, "'");
  if (!/^[\d.,' \u066B]+$/.test(text) || !/\d/.test(text)) return Number.NaN;
  const spaceGroup = text.includes(' ') ? ' ' : text.includes("'") ? "'" : undefined;
  if (text.includes(' ') && text.includes("'")) return Number.NaN;

  let decimal: string | undefined;
  let group: string | undefined = spaceGroup;
  if (text.includes(ARABIC_DECIMAL)) {
    decimal = ARABIC_DECIMAL;
  } else {
    const lastComma = text.lastIndexOf(',');
    const lastDot = text.lastIndexOf('.');
    if (lastComma >= 0 && lastDot >= 0) {
      if (spaceGroup) return Number.NaN;
      decimal = lastComma > lastDot ? ',' : '.';
      group = decimal === ',' ? '.' : ',';
    } else if (lastComma >= 0 || lastDot >= 0) {
      const mark = lastComma >= 0 ? ',' : '.';
      const index = text.lastIndexOf(mark);
      const count = text.split(mark).length - 1;
      const digitsAfter = text.length - index - 1;
      const before = text.slice(0, index);
      if (count > 1) {
        if (spaceGroup) return Number.NaN;
        group = mark; // 1.250.000 or 1,250,000
      } else if (spaceGroup || digitsAfter !== 3 || /^0?$/.test(before)) {
        decimal = mark; // 12 500,000 · 3,5 · 0,250
      } else if (options.decimal && options.decimal !== mark) {
        group = mark; // 1.250 in a column whose decimals are commas
      } else {
        decimal = mark;
      }
    }
  }

  const [integer = '', fraction, ...rest] = decimal ? text.split(decimal) : [text];
  if (rest.length > 0 || (fraction !== undefined && !/^\d+$/.test(fraction))) return Number.NaN;
  let digits = integer;
  if (group && integer.includes(group)) {
    if (!isGrouped(integer, group)) return Number.NaN;
    digits = integer.split(group).join('');
  }
  if (!/^\d*$/.test(digits) || (digits === '' && fraction === undefined)) return Number.NaN;
  const value = Number(`${digits || '0'}${fraction ? `.${fraction}` : ''}`);
  return negative ? -value : value;
}

/**
 * Finds the decimal separator a column of numbers uses, from the values that tell it
 * unambiguously (`3,5`, `1.250.000`, `1 250,00`, `12 500,000`). When none tells, `fallback`
 * (for a CSV file: a `;` delimiter means decimal commas).
 */
export function inferDecimalSeparator(
  values: Iterable<string>,
  fallback?: DecimalSeparator,
): DecimalSeparator | undefined {
  let votes = 0;
  for (const raw of values) {
    const text = cleanDigits(raw).trim().replace(SPACE_GROUPS, ' ');
    const spaced = /\d[ '\u2019]\d/.test(text);
    const lastComma = text.lastIndexOf(',');
    const lastDot = text.lastIndexOf('.');
    if (lastComma >= 0 && lastDot >= 0) votes += lastComma > lastDot ? 1 : -1;
    else if (lastComma >= 0) {
      if (text.indexOf(',') !== lastComma) votes -= 1;
      else if (spaced || text.length - lastComma - 1 !== 3) votes += 1;
    } else if (lastDot >= 0) {
      if (text.indexOf('.') !== lastDot) votes += 1;
      else if (spaced || text.length - lastDot - 1 !== 3) votes -= 1;
    }
  }
  return votes > 0 ? ',' : votes < 0 ? '.' : fallback;
}
