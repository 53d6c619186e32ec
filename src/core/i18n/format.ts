// Formatting helpers over Intl. Nothing here formats a number or a date by hand: digits,
// separators, currency symbols, minor units and time-zone offsets all come from the browser.
// Formatters are cached, because a budget table formats hundreds of thousands of cells.

const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** A cached `Intl.NumberFormat`. */
export function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    numberFormats.set(key, format);
  }
  return format;
}

/** A cached `Intl.DateTimeFormat`. */
export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions = {}): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    dateFormats.set(key, format);
  }
  return format;
}

/** Formats a plain number: `formatNumber('fr', 12500.5)` → "12 500,5". */
export function formatNumber(locale: string, value: number, options: Intl.NumberFormatOptions = {}): string {
  return numberFormat(locale, options).format(value);
}

/**
 * Formats a ratio as a percentage: `formatPercent('fr', 0.873)` → "87,3 %".
 * One fraction digit at most unless `options` say otherwise.
 */
export function formatPercent(locale: string, ratio: number, options: Intl.NumberFormatOptions = {}): string {
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: 1, ...options }).format(ratio);
}

export interface DateOptions extends Intl.DateTimeFormatOptions {
  /** The IANA zone to show the date in, e.g. `Africa/Tunis`. Default: the visitor's own zone. */
  timeZone?: string;
}

const COMPONENT_OPTIONS = ['weekday', 'era', 'year', 'month', 'day', 'hour', 'minute', 'second'] as const;

/** Whether options name date or time components (which Intl refuses beside dateStyle/timeStyle). */
function hasComponents(options: Intl.DateTimeFormatOptions): boolean {
  return COMPONENT_OPTIONS.some((name) => options[name] !== undefined);
}

/**
 * Formats a date without its time: `formatDate('fr', d)` → "28 nov. 2026". Either a `dateStyle`
 * (default `medium`) or components (`{ month: 'long', year: 'numeric' }`).
 */
export function formatDate(locale: string, date: Date, options: DateOptions = {}): string {
  const resolved = hasComponents(options) || options.dateStyle ? options : { ...options, dateStyle: 'medium' as const };
  return dateTimeFormat(locale, resolved).format(date);
}

/**
 * Formats a date and time in a time zone, with the zone named so that nobody has to guess:
 * `formatDateTime('fr', d, { timeZone: 'Africa/Tunis' })` → "28 nov. 2026, 18:00 UTC+1".
 * With `dateStyle`/`timeStyle` (which Intl will not combine with a zone name) the offset is
 * appended instead.
 */
export function formatDateTime(locale: string, date: Date, options: DateOptions = {}): string {
  const { timeZone, ...rest } = options;
  if (rest.dateStyle || rest.timeStyle) {
    const text = dateTimeFormat(locale, { ...rest, timeZone }).format(date);
    return `${text} ${timeZoneOffsetName(locale, timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone, date)}`;
  }
  const parts: Intl.DateTimeFormatOptions = hasComponents(rest)
    ? rest
    : { year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' };
  return dateTimeFormat(locale, { ...parts, timeZone, timeZoneName: 'shortOffset' }).format(date);
}

/** Formats a time of day in a zone, with its offset: "18:00 UTC+1". */
export function formatTime(locale: string, date: Date, timeZone?: string): string {
  return dateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone, timeZoneName: 'shortOffset' }).format(
    date,
  );
}

export function formatList(
  locale: string,
  items: readonly string[],
  type: 'conjunction' | 'disjunction' = 'conjunction',
): string {
  return new Intl.ListFormat(locale, { style: 'long', type }).format(items);
}

/** A calendar date (`YYYY-MM-DD`, no time) as a Date at midnight UTC; `undefined` when invalid. */
export function calendarDate(isoDate: string | undefined | null): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate ?? '');
  if (!match) return undefined;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/**
 * Formats a calendar date (`2026-03-10`) without any time-zone shift: a due date is the same day
 * everywhere. `formatCalendarDate('fr', '2026-03-10')` → "10 mars 2026".
 */
export function formatCalendarDate(
  locale: string,
  isoDate: string,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' },
): string {
  const date = calendarDate(isoDate);
  return date ? dateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(date) : isoDate;
}

/**
 * Formats a span of calendar dates as the locale writes ranges: "1 sept. 2024 – 31 août 2027",
 * shared parts written once ("10–12 mars 2026").
 */
export function formatCalendarRange(
  locale: string,
  startIso: string,
  endIso: string,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' },
): string {
  const start = calendarDate(startIso);
  const end = calendarDate(endIso);
  if (!start || !end || end < start)
    return `${formatCalendarDate(locale, startIso, options)} – ${formatCalendarDate(locale, endIso, options)}`;
  return dateTimeFormat(locale, { ...options, timeZone: 'UTC' }).formatRange(start, end);
}

/** Today as `YYYY-MM-DD` in the visitor's own time zone (or in `timeZone`). */
export function todayIso(timeZone?: string, now: Date = new Date()): string {
  const parts = dateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(
    now,
  );
  const get = (type: string) => parts.find((piece) => piece.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** The zone's offset on `date` as the locale writes it ("GMT+1", "UTC+1", "غرينتش+١"). */
export function timeZoneOffsetName(locale: string, timeZone: string, date: Date = new Date()): string {
  const part = dateTimeFormat(locale, { timeZone, timeZoneName: 'shortOffset' })
    .formatToParts(date)
    .find((piece) => piece.type === 'timeZoneName');
  return part?.value ?? '';
}
