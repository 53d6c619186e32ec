// An event taken out of the widget: "add to my calendar" (an .ics file, links that prefill Google
// Calendar and Outlook) and its place on a map. Loaded with the details (details.ts), which alone
// use it. No DOM here.
import { pickText, timeZoneOffsetMinutes, type LocalizedText } from '../core/index.js';
import type { CalendarEvent } from './model.js';

/** A text of the event in the visitor's language; '' when it has none. */
function textOf(value: LocalizedText | undefined, locale: string): string {
  return value ? pickText(value, locale).text : '';
}

/** The event's place, "name, address"; '' when it has none. */
export function placeOf(event: CalendarEvent): string {
  return [event.location?.name, event.location?.address].filter(Boolean).join(', ');
}

/** `YYYYMMDDTHHMMSSZ` of an instant in UTC, or `YYYYMMDD` of an all-day event's day. */
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
  return icsDate(new Date(date.getTime() + timeZoneOffsetMinutes(timeZone, date) * 60_000), false).slice(0, -1);
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
    `SUMMARY:${icsEscape(textOf(event.title, locale))}`,
  ];
  const description = [textOf(event.description, locale), event.online ?? '', event.url ?? '']
    .filter(Boolean)
    .join('\n\n');
  if (description) lines.push(`DESCRIPTION:${icsEscape(description)}`);
  const place = placeOf(event);
  if (place) lines.push(`LOCATION:${icsEscape(place)}`);
  if (event.location?.geo) lines.push(`GEO:${event.location.geo.lat};${event.location.geo.lon}`);
  if (event.url) lines.push(`URL:${event.url}`);
  if (event.status === 'cancelled') lines.push('STATUS:CANCELLED');
  lines.push('END:VEVENT', 'END:VCALENDAR');
  return `${lines.map(icsFold).join('\r\n')}\r\n`;
}

/** A Google Calendar link that prefills the event. */
export function googleCalendarUrl(event: CalendarEvent, locale: string): string {
  const { start, end, allDay, timeZone } = event;
  const dates =
    timeZone && !allDay
      ? `${wallStamp(start, timeZone)}/${wallStamp(end, timeZone)}`
      : `${icsDate(start, allDay)}/${icsDate(end, allDay)}`;
  const params = new URLSearchParams({
    action: 'TEMPLATE',
    ...(timeZone && !allDay ? { ctz: timeZone } : {}),
    text: textOf(event.title, locale),
    dates,
    details: [textOf(event.description, locale), event.online ?? ''].filter(Boolean).join('\n\n'),
    location: placeOf(event),
  });
  return `https://calendar.google.com/calendar/render?${params}`;
}

/** An Outlook on the web link that prefills the event. */
export function outlookCalendarUrl(event: CalendarEvent, locale: string): string {
  const params = new URLSearchParams({
    path: '/calendar/action/compose',
    rru: 'addevent',
    subject: textOf(event.title, locale),
    startdt: event.start.toISOString(),
    enddt: event.end.toISOString(),
    allday: String(event.allDay),
    body: textOf(event.description, locale),
    location: placeOf(event),
  });
  return `https://outlook.office.com/calendar/0/deeplink/compose?${params}`;
}

/** A map link from the event's coordinates, else its address (no map library). */
export function mapUrl(event: CalendarEvent): string | undefined {
  const geo = event.location?.geo;
  if (geo) return `https://www.openstreetmap.org/?mlat=${geo.lat}&mlon=${geo.lon}#map=17/${geo.lat}/${geo.lon}`;
  const address = placeOf(event);
  return address ? `https://www.openstreetmap.org/search?query=${encodeURIComponent(address)}` : undefined;
}
