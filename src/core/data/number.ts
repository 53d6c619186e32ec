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
// Spaces that spreadsheets put between thousands: space, no-break, narrow no-break, thin, figure.
const GROUP_SPACES = /[\s\u00A0\u202F\u2009\u2007'\u2019]/g;

/** Arabic-Indic and Persian digits to ASCII; the Arabic thousands separator to a space (the Arabic decimal separator U+066B stays, and always marks decimals). */
function asciiDigits(text: string): string {
  return text
    .replace(ARABIC_INDIC, (digit) => String((digit.charCodeAt(0) - 0x0660) % (0x06f0 - 0x0660)))
    .replace(/\u066C/g, ' '); // Arabic thousands separator
}

/**
 * Reads a number the way people type it in spreadsheets, never guessing from the page's locale:
 * `12 500,000` (Tunisian dinars with a narrow no-break space), `1.250.000,00` (Moroccan dirhams),
 * `1,250,000.00`, `-3,5`, `(1 200)` (accounting negatives), `−12`, Arabic-Indic digits `١٢٫٥`.
 *
 * @returns the number; `null` for a blank cell; `NaN` when the text is not a number
 * (`12 500,000 DT`, `n/a`, `1.2.3,4,5`), so the caller can name the row and the column.
 */
export function parseLocaleNumber(input: string | number | null | undefined, options: NumberParseOptions = {}): number | null {
  if (input === null || input === undefined) return null;
  if (typeof input === 'number') return Number.isFinite(input) ? input : Number.NaN;
  let text = asciiDigits(input).trim();
  if (text === '' || text === '-' || text === '—' || text === '–') return null;

  let negative = false;
  if (/^\(.*\)$/.test(text)) {
    negative = true;
    text = text.slice(1, -1).trim();
  }
  const sign = /^[-\u2212+]/.exec(text);
  if (sign) {
    negative = negative !== (sign[0] !== '+');
    text = text.slice(1).trim();
  } else if (/[-\u2212]$/.test(text)) {
    negative = !negative;
    text = text.slice(0, -1).trim();
  }

  const ungrouped = text.replace(GROUP_SPACES, '');
  const spaced = ungrouped !== text;
  text = ungrouped;
  if (!/^[\d.,\u066B]+$/.test(text) || !/\d/.test(text)) return Number.NaN;

  let decimal: string | undefined;
  if (text.includes('\u066B')) {
    decimal = '\u066B';
  } else {
    const lastComma = text.lastIndexOf(',');
    const lastDot = text.lastIndexOf('.');
    if (lastComma >= 0 && lastDot >= 0) {
      decimal = lastComma > lastDot ? ',' : '.';
    } else if (lastComma >= 0 || lastDot >= 0) {
      const mark = lastComma >= 0 ? ',' : '.';
      const count = text.split(mark).length - 1;
      const digitsAfter = text.length - text.lastIndexOf(mark) - 1;
      if (count > 1) decimal = undefined; // 1.250.000 or 1,250,000: grouping
      else if (digitsAfter !== 3 || spaced) decimal = mark; // 3,5 or 12 500,000
      else decimal = options.decimal ? (options.decimal === mark ? mark : undefined) : mark;
    }
  }

  const group = decimal === ',' ? '.' : decimal === '.' ? ',' : undefined;
  const [first, fraction, ...rest] = decimal ? text.split(decimal) : [text];
  let whole = first;
  if (rest.length > 0 || fraction?.match(/[.,]/)) return Number.NaN;
  whole ??= '';
  if (group && whole.includes(group)) {
    if (!/^\d{1,3}(\D\d{3})*$/.test(whole)) return Number.NaN;
    whole = whole.split(group).join('');
  } else if (!decimal && /[.,]/.test(whole)) {
    if (!/^\d{1,3}([.,]\d{3})*$/.test(whole)) return Number.NaN;
    whole = whole.replace(/[.,]/g, '');
  }
  if (!/^\d*$/.test(whole) || (fraction !== undefined && !/^\d+$/.test(fraction))) return Number.NaN;
  const value = Number(`${whole || '0'}${fraction ? `.${fraction}` : ''}`);
  return negative ? -value : value;
}

/**
 * Finds the decimal separator a column of numbers uses, from the values that tell it
 * unambiguously (`3,5`, `1.250.000`, `1 250,00`). `undefined` when none tells.
 */
export function inferDecimalSeparator(values: Iterable<string>): DecimalSeparator | undefined {
  let votes = 0;
  for (const raw of values) {
    const text = asciiDigits(raw).replace(GROUP_SPACES, '');
    const lastComma = text.lastIndexOf(',');
    const lastDot = text.lastIndexOf('.');
    if (lastComma >= 0 && lastDot >= 0) votes += lastComma > lastDot ? 1 : -1;
    else if (lastComma >= 0) {
      if (text.indexOf(',') !== lastComma) votes -= 1;
      else if (text.length - lastComma - 1 !== 3) votes += 1;
    } else if (lastDot >= 0) {
      if (text.indexOf('.') !== lastDot) votes += 1;
      else if (text.length - lastDot - 1 !== 3) votes -= 1;
    }
  }
  return votes > 0 ? ',' : votes < 0 ? '.' : undefined;
}
