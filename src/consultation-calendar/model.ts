// Consultation events as plain data: reading JSON, grouping by day in a time zone,
// filters, the month grid, and .ics output for "add to calendar". iCalendar input is read in
// ics.ts, JSON in json.ts and CSV in csv.ts, each loaded only when a source needs it. No DOM here.
import { isIsoDate, safeUrl, pickText, searchKey, excerpt } from '../core/index.js';
// Time zones: built into the calendar's chunk, not the shared core (see vite.config.ts).
import { instantInZone, timeZoneOffsetMinutes, dayInZone } from '../core/index.js';
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

/**
 * An ISO date-time read as an instant: with its offset or Z as written, else in `timeZone`, else
 * in the visitor's zone. Built from its parts: `new Date("…+0100")` is not read by every browser.
 */
export function readDateTime(value: string, timeZone: string | undefined): { date: Date; allDay: boolean } {
  if (isIsoDate(value)) {
    const [year, month, day] = value.split('-').map(Number) as [number, number, number];
    return { date: new Date(Date.UTC(year, month - 1, day)), allDay: true };
  }
  const match = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/.exec(value)!;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map((part) => Number(part ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const offset = match[7];
  if (offset) {
    const sign = offset === 'Z' ? 0 : offset.startsWith('-') ? -1 : 1;
    const minutes = offset === 'Z' ? 0 : sign * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(-2)));
    return { date: new Date(Date.UTC(year, month - 1, day, hour, minute, second) - minutes * 60_000), allDay: false };
  }
  if (timeZone) return { date: instantInZone(year, month, day, hour, minute, second, timeZone), allDay: false };
  return { date: new Date(year, month - 1, day, hour, minute, second), allDay: false };
}

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
// Reading JSON and CSV

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

function modeOf(location: CalendarEvent['location'], online: string | undefined, given?: Mode): Mode {
  if (given) return given;
  const inPerson = Boolean(location?.name || location?.address || location?.geo);
  return online ? (inPerson ? 'hybrid' : 'online') : 'in-person';
}

/** Builds the occurrences of one event from its fields. */
export function occurrencesOf(
  input: EventInput,
  index: number,
  context: {
    timeZone?: string;
    calendar: number;
    range: DateRange;
    expand?: RecurrenceExpander;
    warnings: ValidationProblem[];
    row?: number;
  },
): CalendarEvent[] {
  const zone = input.timeZone ?? context.timeZone;
  const { date: written, allDay: startAllDay } = readDateTime(input.start, zone);
  const allDay = input.allDay ?? startAllDay;
  // An all-day event is the day as written, whatever time or zone came with it.
  const asDay = (text: string) => readDateTime(text.slice(0, 10), undefined).date;
  const start = allDay ? asDay(input.start) : written;
  // People write an all-day event's last day ("19 to 20 December"): the event ends the day after.
  let end = input.end
    ? allDay
      ? new Date(asDay(input.end).getTime() + 86_400_000)
      : readDateTime(input.end, zone).date
    : new Date(start.getTime() + (allDay ? 86_400_000 : 3_600_000));
  if (allDay && end <= start) end = new Date(start.getTime() + 86_400_000);
  const where = context.row !== undefined ? { row: context.row } : { path: [index] };
  if (end < start) {
    context.warnings.push({
      ...where,
      field: 'end',
      expected: 'valid',
      received: input.end,
      note: 'ends before it starts; shown as one hour',
    });
    end = new Date(start.getTime() + 3_600_000);
  }
  const location = typeof input.location === 'string' ? { name: input.location } : input.location;
  const onlineRaw = typeof input.online === 'string' ? input.online : input.online?.url;
  const online = onlineRaw ? safeUrl(onlineRaw) : undefined;
  if (onlineRaw && !online)
    context.warnings.push({ ...where, field: 'online', expected: 'url', received: excerpt(onlineRaw) });
  const id = String(input.id ?? `event-${index + 1}`);
  const base: Omit<CalendarEvent, 'key' | 'start' | 'end' | 'recurring'> = {
    id,
    title: input.title,
    description: input.description,
    allDay,
    timeZone: zone,
    location,
    online,
    mode: modeOf(location, online, input.mode),
    area: input.area,
    topic: input.topic,
    organizer: input.organizer,
    registration: input.registration
      ? {
          ...input.registration,
          url: input.registration.url ? safeUrl(input.registration.url) : undefined,
          deadline: input.registration.deadline ? readDateTime(input.registration.deadline, zone).date : undefined,
        }
      : undefined,
    status: input.status,
    documents: input.documents.flatMap((document) => {
      const url = safeUrl(document.url);
      return url ? [{ title: document.title ?? document.url, url }] : [];
    }),
    url: input.url ? safeUrl(input.url) : undefined,
    calendar: context.calendar,
  };
  const duration = end.getTime() - start.getTime();
  if (input.recurrence && context.expand) {
    let occurrences: Date[];
    try {
      occurrences = context.expand(input.recurrence, start, allDay, zone, context.range);
    } catch (error) {
      context.warnings.push({
        ...where,
        field: 'recurrence',
        expected: 'valid',
        received: excerpt(input.recurrence),
        note: `${String(error)}; shown once`,
      });
      return [{ ...base, key: id, start, end, recurring: false }];
    }
    return occurrences.map((occurrence) => ({
      ...base,
      key: `${id}@${occurrence.toISOString()}`,
      start: occurrence,
      end: new Date(occurrence.getTime() + duration),
      recurring: true,
    }));
  }
  return [{ ...base, key: id, start, end, recurring: false }];
}

/** Whether some events need the recurrence expander (so that ical.js loads only then). */
export function needsRecurrence(value: unknown): boolean {
  const list = Array.isArray(value) ? value : (value as { events?: unknown } | null)?.events;
  return (
    Array.isArray(list) &&
    list.some((item) => typeof (item as { recurrence?: unknown } | null)?.recurrence === 'string')
  );
}

// ---------------------------------------------------------------------------------------------
// Add to calendar

function icsDate(date: Date, allDay: boolean): string {
  const iso = date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
  return allDay ? iso.slice(0, 8) : iso;
}

/** Escapes text for iCalendar: backslash, semicolon, comma and line breaks. */
export function icsEscape(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Folds a content line at 75 octets, without cutting a UTF-8 character (RFC 5545 §3.1). */
export function icsFold(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const bytes = encoder.encode(char).length;
    if (size + bytes > (parts.length ? 74 : 75)) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += bytes;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** `YYYYMMDDTHHMMSS` of an instant's wall-clock time in a zone. */
function wallStamp(date: Date, timeZone: string): string {
  return new Date(date.getTime() + timeZoneOffsetMinutes(timeZone, date) * 60_000)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}Z$/, '');
}

/**
 * A VTIMEZONE with the zone's offset at the event, as RFC 5545 asks for each TZID: calendars that
 * know the IANA name use their own data, others (some Outlook versions) still place it right.
 */
function vtimezone(timeZone: string, at: Date): string[] {
  const minutes = timeZoneOffsetMinutes(timeZone, at);
  const offset = `${minutes < 0 ? '-' : '+'}${String(Math.floor(Math.abs(minutes) / 60)).padStart(2, '0')}${String(Math.abs(minutes) % 60).padStart(2, '0')}`;
  return [
    'BEGIN:VTIMEZONE',
    `TZID:${timeZone}`,
    'BEGIN:STANDARD',
    'DTSTART:19700101T000000',
    `TZOFFSETFROM:${offset}`,
    `TZOFFSETTO:${offset}`,
    'END:STANDARD',
    'END:VTIMEZONE',
  ];
}

/** The file name of an event for "add to my calendar": its title, in the visitor's language, as letters, digits and dashes. */
export function icsFileName(event: CalendarEvent, locale: string): string {
  return `${
    pickText(event.title, locale)
      .text.replace(/[^\p{L}\p{N}]+/gu, '-')
      .slice(0, 60) || 'consultation'
  }.ics`;
}

/**
 * One event as an .ics file: UID, DTSTAMP, escaped and folded text. Times of an event with an IANA
 * zone are written in that zone's wall time with its TZID, so that the citizen's calendar (with
 * current zone data) places them right even when this browser's zone data is out of date;
 * other times are written in UTC.
 */
export function eventToIcs(event: CalendarEvent, locale: string, now: Date = new Date()): string {
  const text = (value: LocalizedText | undefined) => (value ? pickText(value, locale).text : '');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//opengov-widgets//consultation-calendar//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...(event.timeZone && !event.allDay ? vtimezone(event.timeZone, event.start) : []),
    'BEGIN:VEVENT',
    `UID:${icsEscape(event.key.includes('@') ? event.key : `${event.key}-${event.start.getTime()}@${(globalThis as { location?: Location }).location?.hostname || 'opengov-widgets'}`)}`,
    `DTSTAMP:${icsDate(now, false)}`,
    ...(event.allDay
      ? [`DTSTART;VALUE=DATE:${icsDate(event.start, true)}`, `DTEND;VALUE=DATE:${icsDate(event.end, true)}`]
      : event.timeZone
        ? [
            `DTSTART;TZID=${event.timeZone}:${wallStamp(event.start, event.timeZone)}`,
            `DTEND;TZID=${event.timeZone}:${wallStamp(event.end, event.timeZone)}`,
          ]
        : [`DTSTART:${icsDate(event.start, false)}`, `DTEND:${icsDate(event.end, false)}`]),
    `SUMMARY:${icsEscape(text(event.title))}`,
  ];
  const description = [text(event.description), event.online ?? '', event.url ?? ''].filter(Boolean).join('\n\n');
  if (description) lines.push(`DESCRIPTION:${icsEscape(description)}`);
  const place = [event.location?.name, event.location?.address].filter(Boolean).join(', ');
  if (place) lines.push(`LOCATION:${icsEscape(place)}`);
  if (event.location?.geo) lines.push(`GEO:${event.location.geo.lat};${event.location.geo.lon}`);
  if (event.url) lines.push(`URL:${event.url}`);
  if (event.status === 'cancelled') lines.push('STATUS:CANCELLED');
  lines.push('END:VEVENT', 'END:VCALENDAR');
  return `${lines.map(icsFold).join('\r\n')}\r\n`;
}

function compactUtc(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** A Google Calendar link that prefills the event. */
export function googleCalendarUrl(event: CalendarEvent, locale: string): string {
  const dates = event.allDay
    ? `${icsDate(event.start, true)}/${icsDate(event.end, true)}`
    : event.timeZone
      ? `${wallStamp(event.start, event.timeZone)}/${wallStamp(event.end, event.timeZone)}`
      : `${compactUtc(event.start)}/${compactUtc(event.end)}`;
  const params = new URLSearchParams({
    action: 'TEMPLATE',
    ...(event.timeZone && !event.allDay ? { ctz: event.timeZone } : {}),
    text: pickText(event.title, locale).text,
    dates,
    details: [event.description ? pickText(event.description, locale).text : '', event.online ?? '']
      .filter(Boolean)
      .join('\n\n'),
    location: [event.location?.name, event.location?.address].filter(Boolean).join(', '),
  });
  return `https://calendar.google.com/calendar/render?${params}`;
}

/** An Outlook on the web link that prefills the event. */
export function outlookCalendarUrl(event: CalendarEvent, locale: string): string {
  const params = new URLSearchParams({
    path: '/calendar/action/compose',
    rru: 'addevent',
    subject: pickText(event.title, locale).text,
    startdt: event.start.toISOString(),
    enddt: event.end.toISOString(),
    allday: String(event.allDay),
    body: event.description ? pickText(event.description, locale).text : '',
    location: [event.location?.name, event.location?.address].filter(Boolean).join(', '),
  });
  return `https://outlook.office.com/calendar/0/deeplink/compose?${params}`;
}

/** A map link from the event's coordinates, else its address (no map library). */
export function mapUrl(event: CalendarEvent): string | undefined {
  const geo = event.location?.geo;
  if (geo) return `https://www.openstreetmap.org/?mlat=${geo.lat}&mlon=${geo.lon}#map=17/${geo.lat}/${geo.lon}`;
  const address = [event.location?.name, event.location?.address].filter(Boolean).join(', ');
  return address ? `https://www.openstreetmap.org/search?query=${encodeURIComponent(address)}` : undefined;
}

/** A webcal: link to subscribe to an ICS feed. */
export function subscribeUrl(feedUrl: string): string | undefined {
  const url = safeUrl(feedUrl);
  return url && /^https?:/.test(url) ? url.replace(/^https?:/, 'webcal:') : undefined;
}
