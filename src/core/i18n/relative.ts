// How far a date is from now, in words, over Intl. Only the tracker says it ("in 3 days"), so this
// is a module of its own: pages without a tracker do not download it.

const RELATIVE_UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
];
const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();

/**
 * Says how far a date is from `now` in words: "in 3 days", "il y a 2 mois", "غدًا".
 * Uses the largest unit that fits, and `numeric: 'auto'` so that one day ahead reads "tomorrow".
 */
export function formatRelative(locale: string, date: Date, now: Date = new Date()): string {
  let format = relativeFormats.get(locale);
  if (!format) {
    format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
    relativeFormats.set(locale, format);
  }
  const seconds = (date.getTime() - now.getTime()) / 1000;
  for (const [unit, size] of RELATIVE_UNITS) {
    if (Math.abs(seconds) >= size || unit === 'second') {
      return format.format(Math.round(seconds / size), unit);
    }
  }
  return format.format(0, 'second');
}
