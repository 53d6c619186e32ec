// Time zones, through the browser's own zone data (IANA): a zone's offset on a date, a wall-clock
// time as an instant, a zone's name for a label. Only the calendar needs them, so they are their own
// module: pages without a calendar do not download them.
import { dateTimeFormat, timeZoneOffsetName } from './format.js';

const offsetCache = new Map<string, Map<number, number>>();
let offsetCacheSize = 0;

/**
 * Names a time zone for a label, in the reader's language, with the offset it has on `date`
 * (which changes with daylight saving and, in Casablanca, with Ramadan and the 2026 switch):
 * "Morocco Time (GMT+1)", "heure du Maroc (UTC+1)". Where Intl has no name for the zone, the
 * city of its IANA name stands in.
 */
export function formatTimeZone(locale: string, timeZone: string, date: Date = new Date()): string {
  const offset = timeZoneOffsetName(locale, timeZone, date);
  const generic = dateTimeFormat(locale, { timeZone, timeZoneName: 'longGeneric' })
    .formatToParts(date)
    .find((piece) => piece.type === 'timeZoneName')?.value;
  const name = generic && !/\d/.test(generic) ? generic : timeZone.split('/').pop()!.replace(/_/g, ' ');
  // "UTC (UTC+0)" says the same twice.
  return offset && offset !== name && !/^(UTC|GMT)$/.test(name) ? `${name} (${offset})` : name;
}

/** A wall-clock time: what a clock in a zone shows. */
export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** What a clock in `timeZone` shows at an instant. */
export function wallTime(date: Date, timeZone: string): WallTime {
  const numeric = 'numeric';
  const options = {
    year: numeric,
    month: numeric,
    day: numeric,
    hour: numeric,
    minute: numeric,
    second: numeric,
  } as const;
  const parts = dateTimeFormat('en-US', { timeZone, hourCycle: 'h23', ...options }).formatToParts(date);
  const get = (type: string) => Number(parts.find((piece) => piece.type === type)?.value);
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour'),
    minute: get('minute'),
    second: get('second'),
  };
}

/**
 * The offset of a zone from UTC, in minutes, on `date` (Africa/Tunis → 60). Cached by zone and
 * quarter hour: a calendar of 5,000 events asks for the same few offsets thousands of times.
 */
export function timeZoneOffsetMinutes(timeZone: string, date: Date): number {
  const key = Math.floor(date.getTime() / 900_000);
  let zoneCache = offsetCache.get(timeZone);
  const cached = zoneCache?.get(key);
  if (cached !== undefined) return cached;
  const { year, month, day, hour, minute, second } = wallTime(date, timeZone);
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second);
  const offset = Math.round((asUtc - Math.floor(date.getTime() / 1000) * 1000) / 60000);
  if (++offsetCacheSize > 100_000) {
    offsetCache.clear();
    offsetCacheSize = 1;
    zoneCache = undefined;
  }
  if (!zoneCache) offsetCache.set(timeZone, (zoneCache = new Map()));
  zoneCache.set(key, offset);
  return offset;
}

/** The calendar day (`YYYY-MM-DD`) of an instant in a zone. */
export function dayInZone(date: Date, timeZone: string): string {
  return new Date(date.getTime() + timeZoneOffsetMinutes(timeZone, date) * 60_000).toISOString().slice(0, 10);
}

/** Whether the browser knows an IANA time zone name. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    dateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/**
 * The instant at which a wall-clock time happens in an IANA zone: 10 March 2026 at 17:00 in
 * Africa/Tunis → 16:00 UTC. Uses the browser's zone data (so Casablanca's Ramadan hour and its
 * 2026 switch are right). A time that does not exist (a skipped hour) moves forward.
 */
export function instantInZone(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  timeZone: string,
): Date {
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second);
  const before = timeZoneOffsetMinutes(timeZone, new Date(asUtc - 86_400_000));
  const after = timeZoneOffsetMinutes(timeZone, new Date(asUtc + 86_400_000));
  if (before === after && timeZoneOffsetMinutes(timeZone, new Date(asUtc - before * 60000)) === before)
    return new Date(asUtc - before * 60000);
  // Near a change of offset: a wall time can exist twice (clocks go back) or not at all (clocks go
  // forward). As RFC 5545 says, take the first of two, and read a skipped time with the offset
  // before the gap (02:30 that does not exist is 03:30).
  const fits = [before, after]
    .map((offset) => asUtc - offset * 60000)
    .filter((instant) => timeZoneOffsetMinutes(timeZone, new Date(instant)) * 60000 === asUtc - instant);
  return new Date(fits.length ? Math.min(...fits) : asUtc - before * 60000);
}
