// Consultation events as plain data: grouping by day in a time zone, filters, the month grid.
// iCalendar input is read in ics.ts, JSON in json.ts and CSV in csv.ts (an event's fields become
// occurrences in occurrences.ts), each loaded only when a source needs it; "add to calendar" is in
// export.ts, loaded with the details. No DOM here.
import { safeUrl, pickText, searchKey } from '../core/index.js';
// Time zones: built into the calendar's chunk, not the shared core (see vite.config.ts).
import { dayInZone } from '../core/index.js';
import type { LocalizedText, ValidationProblem } from '../core/index.js';

export const MODES = ['in-person', 'online', 'hybrid'] as const;
export type Mode = (typeof MODES)[number];
export const STATUSES = ['confirmed', 'tentative', 'cancelled'] as const;
export type EventStatus = (typeof STATUSES)[number];

/** One occurrence of a consultation meeting. */
export interface CalendarEvent {
  /** Unique per occurrence: the event's id, plus the occurrence's start for a recurring one. */
  key: string;
  /** The event's own id (UID in iCalendar). */
  id: string;
  title: LocalizedText;
  description?: LocalizedText;
  /** Instants. For an all-day event, midnight UTC of its first day and of the day after its last. */
  start: Date;
  end: Date;
  allDay: boolean;
  /** The event's own time zone, when it has one. */
  timeZone?: string;
  location?: { name?: string; address?: string; geo?: { lat: number; lon: number } };
  /** A safe link to join online. */
  online?: string;
  mode: Mode;
  area?: string;
  topic?: string;
  organizer?: string;
  registration?: { url?: string; capacity?: number; remaining?: number; deadline?: Date };
  status: EventStatus;
  documents: { title: string; url: string }[];
  /** A page about the event. */
  url?: string;
  /** Which of the widget's calendars it came from (0: the main one; then its `sources`, in order). */
  calendar: number;
  recurring: boolean;
}

/** Events with what the reader noticed, and the zone the feed names (X-WR-TIMEZONE). */
export interface EventList {
  events: CalendarEvent[];
  warnings: ValidationProblem[];
  timeZone?: string;
}

/** An extra source of events: a feed per province, with a label and a colour. */
export interface CalendarSource {
  src?: string;
  /** Events given directly (JSON, as `.data`). */
  data?: unknown;
  format?: 'json' | 'csv' | 'ics';
  label?: string;
  /** A colour for its events' marker, `#rgb` or `#rrggbb`. */
  color?: string;
}

/** The events of every source, in order of time, and what the widget shows of each source. */
export interface CalendarModel extends EventList {
  calendars: { label?: string; color?: string; feedUrl?: string; unread?: boolean }[];
  /** The municipality's zone, worked out once: the attribute, the feed's, or the first event's. */
  homeZone?: string;
}

/** The span of time in which recurring events are expanded. */
export interface DateRange {
  start: Date;
  end: Date;
}

/** From a year before `around` to two years after: what a consultation calendar shows. */
export function defaultRange(around: Date = new Date()): DateRange {
  return {
    start: new Date(around.getTime() - 366 * 86_400_000),
    end: new Date(around.getTime() + 2 * 366 * 86_400_000),
  };
}

// ---------------------------------------------------------------------------------------------
// Dates

/** `YYYY-MM-DD` of an instant in a zone; for all-day events, of the UTC date they stand for. */
export function dayKey(date: Date, allDay: boolean, timeZone: string): string {
  return allDay ? date.toISOString().slice(0, 10) : dayInZone(date, timeZone);
}

/** Adds days to a `YYYY-MM-DD` day. */
export function addDays(day: string, count: number): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, date + count)).toISOString().slice(0, 10);
}

/** The days an event covers in a zone (an event ending at midnight does not cover the next day). */
export function eventDays(event: CalendarEvent, timeZone: string): string[] {
  const first = dayKey(event.start, event.allDay, timeZone);
  const lastInstant = new Date(Math.max(event.start.getTime(), event.end.getTime() - 1));
  const last = dayKey(lastInstant, event.allDay, timeZone);
  const days = [first];
  for (let day = first; day < last && days.length < 366;) {
    day = addDays(day, 1);
    days.push(day);
  }
  return days;
}

/** Events by day in a zone, each day's events sorted by start (all-day first). One pass. */
export function groupByDay(events: readonly CalendarEvent[], timeZone: string): Map<string, CalendarEvent[]> {
  const byDay = new Map<string, CalendarEvent[]>();
  for (const event of events) {
    for (const day of eventDays(event, timeZone)) {
      let list = byDay.get(day);
      if (!list) byDay.set(day, (list = []));
      list.push(event);
    }
  }
  for (const list of byDay.values())
    list.sort((a, b) => Number(b.allDay) - Number(a.allDay) || a.start.getTime() - b.start.getTime());
  return byDay;
}

/**
 * The weeks of a month grid: from the week start on or before the 1st to the end of the week of
 * the last day. `weekStart` is 1 for Monday … 7 for Sunday.
 */
export function monthGrid(year: number, month: number, weekStart: number): string[][] {
  const first = new Date(Date.UTC(year, month - 1, 1));
  const isoDay = ((first.getUTCDay() + 6) % 7) + 1; // 1 Monday … 7 Sunday
  const lead = (isoDay - weekStart + 7) % 7;
  let day = addDays(first.toISOString().slice(0, 10), -lead);
  const lastDay = new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
  const weeks: string[][] = [];
  while (weeks.length < 6 && (weeks.length === 0 || day <= lastDay)) {
    const week: string[] = [];
    for (let index = 0; index < 7; index++) {
      week.push(day);
      day = addDays(day, 1);
    }
    weeks.push(week);
  }
  return weeks;
}

// ---------------------------------------------------------------------------------------------
// Filters

export interface EventFilter {
  area?: string;
  topic?: string;
  mode?: Mode;
  query?: string;
}

export function filterEvents(events: readonly CalendarEvent[], filter: EventFilter, locale: string): CalendarEvent[] {
  const words = searchKey(filter.query ?? '')
    .split(/\s+/)
    .filter(Boolean);
  return events.filter((event) => {
    if (filter.area && event.area !== filter.area) return false;
    if (filter.topic && event.topic !== filter.topic) return false;
    if (filter.mode && event.mode !== filter.mode) return false;
    if (words.length) {
      const text = searchKey(
        [
          pickText(event.title, locale).text,
          event.description ? pickText(event.description, locale).text : '',
          event.location?.name ?? '',
          event.location?.address ?? '',
          event.area ?? '',
          event.topic ?? '',
          event.organizer ?? '',
        ].join('\n'),
      );
      if (!words.every((word) => text.includes(word))) return false;
    }
    return true;
  });
}

/** Distinct values of a field, sorted in the locale. */
export function valuesOf(events: readonly CalendarEvent[], field: 'area' | 'topic', locale: string): string[] {
  return [...new Set(events.map((event) => event[field]).filter((value): value is string => Boolean(value)))].sort(
    new Intl.Collator(locale).compare,
  );
}

// ---------------------------------------------------------------------------------------------
// Reading JSON and CSV (occurrences.ts)

/** One event as a JSON source (or a CSV row) gives it, once read. */
export interface EventInput {
  id?: string | number;
  title: LocalizedText;
  start: string;
  end?: string;
  allDay?: boolean;
  timeZone?: string;
  location?: string | { name?: string; address?: string; geo?: { lat: number; lon: number } };
  online?: string | { url: string };
  mode?: Mode;
  area?: string;
  topic?: string;
  organizer?: string;
  registration?: { url?: string; capacity?: number; remaining?: number; deadline?: string };
  status: EventStatus;
  description?: LocalizedText;
  documents: { title?: string; url: string }[];
  url?: string;
  recurrence?: string;
}

/** What a reader of recurrence rules must do; the real one (ical.js) loads only when needed. */
export type RecurrenceExpander = (
  rule: string,
  start: Date,
  allDay: boolean,
  timeZone: string | undefined,
  range: DateRange,
) => Date[];

/** Whether some events need the recurrence expander (so that ical.js loads only then). */
export function needsRecurrence(value: unknown): boolean {
  const list = Array.isArray(value) ? value : (value as { events?: unknown } | null)?.events;
  return (
    Array.isArray(list) &&
    list.some((item) => typeof (item as { recurrence?: unknown } | null)?.recurrence === 'string')
  );
}

/** A webcal: link to subscribe to an ICS feed. */
export function subscribeUrl(feedUrl: string): string | undefined {
  const url = safeUrl(feedUrl);
  return url && /^https?:/.test(url) ? url.replace(/^https?:/, 'webcal:') : undefined;
}
