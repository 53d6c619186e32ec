// The calendar's words for its model's values, and its dates and times, localized. Call while
// rendering (msg() reads the rendering widget's locale). It takes only types from model.ts (see the
// note in details.ts); when an event takes place, in full, is said in details.ts.
import { msg, dateTimeFormat } from '../core/index.js';
import type { Mode } from './model.js';

export function modeLabel(mode: Mode): string {
  return mode === 'online' ? msg('Online') : mode === 'hybrid' ? msg('In person and online') : msg('In person');
}

/** A day (`YYYY-MM-DD`) as a date must be read: a date, not an instant. */
function utcDay(day: string): Date {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, date));
}

/** "December 2026", for a month `YYYY-MM`. */
export function monthTitle(locale: string, month: string): string {
  return dateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(utcDay(`${month}-01`));
}

/** "Thursday 3 December 2026", for a day `YYYY-MM-DD`. */
export function dayTitle(locale: string, day: string, style: 'full' | 'long' = 'full'): string {
  return dateTimeFormat(locale, { dateStyle: style, timeZone: 'UTC' }).format(utcDay(day));
}

/** A weekday's names, long, short and narrow, for a day `YYYY-MM-DD`. */
export function weekdayNames(locale: string, day: string): { long: string; short: string; narrow: string } {
  const instant = utcDay(day);
  const name = (weekday: 'long' | 'short' | 'narrow') =>
    dateTimeFormat(locale, { weekday, timeZone: 'UTC' }).format(instant);
  return { long: name('long'), short: name('short'), narrow: name('narrow') };
}

/** A time of day in a zone: "14:30". */
export function timeLabel(locale: string, zone: string, date: Date): string {
  return dateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: zone }).format(date);
}
