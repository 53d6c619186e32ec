// Reading consultation events from iCalendar, and expanding recurrence rules: loaded only when a
// source is ICS or an event recurs, since ical.js is the heaviest part of the calendar.
import ICAL from 'ical.js';
import {
  instantInZone,
  wallTime,
  isValidTimeZone,
  pickText,
  safeUrl,
  excerpt,
  type IcsCalendar,
  type ValidationProblem,
} from '../core/index.js';
import {
  defaultRange,
  type CalendarEvent,
  type EventList,
  type EventStatus,
  type Mode,
  type RecurrenceExpander,
  type DateRange,
} from './model.js';

type Component = InstanceType<typeof ICAL.Component>;
type Time = InstanceType<typeof ICAL.Time>;

/** At most this many occurrences of one series in the window. */
const MAX_OCCURRENCES = 2000;
/** At most this many steps through one rule, from its start (a rule every 5 minutes since 2024…). */
const MAX_STEPS = 100_000;

/**
 * An iCalendar time as an instant. An IANA zone (TZID=Africa/Casablanca) converts with the
 * browser's zone data, which knows Casablanca's Ramadan hour and its 2026 switch better than an
 * old VTIMEZONE in the feed. Other zones use the feed's VTIMEZONE; floating times use the feed's
 * zone (X-WR-TIMEZONE) or the widget's.
 */
function instantOf(
  time: Time,
  tzid: string | undefined,
  fallbackZone: string | undefined,
  warnings: ValidationProblem[],
  uid: string,
): Date {
  if (time.isDate) return new Date(Date.UTC(time.year, time.month - 1, time.day));
  const zone = time.zone?.tzid;
  if (zone === 'UTC' || zone === 'Z')
    return new Date(Date.UTC(time.year, time.month - 1, time.day, time.hour, time.minute, time.second));
  const name = tzid ?? (zone && zone !== 'floating' ? zone : undefined);
  if (name && isValidTimeZone(name))
    return instantInZone(time.year, time.month, time.day, time.hour, time.minute, time.second, name);
  if (name && zone === name) return time.toJSDate(); // converted through the feed's VTIMEZONE
  if (name)
    warnings.push({
      path: [uid],
      field: 'TZID',
      expected: 'valid',
      received: excerpt(name),
      note: 'unknown time zone; read in the calendar’s zone',
    });
  const fallback = fallbackZone && isValidTimeZone(fallbackZone) ? fallbackZone : undefined;
  return fallback
    ? instantInZone(time.year, time.month, time.day, time.hour, time.minute, time.second, fallback)
    : time.toJSDate();
}

function text(component: Component, name: string): string | undefined {
  const value = component.getFirstPropertyValue(name);
  return typeof value === 'string' && value.trim() ? value : undefined;
}

/** The fields of one VEVENT, without its times. */
function details(
  component: Component,
  uid: string,
  calendar: number,
  warnings: ValidationProblem[],
): Omit<CalendarEvent, 'key' | 'start' | 'end' | 'allDay' | 'recurring'> {
  const location = text(component, 'location');
  const geoValue = component.getFirstPropertyValue('geo') as unknown;
  const geo =
    Array.isArray(geoValue) && geoValue.length === 2 && geoValue.every((part) => Number.isFinite(Number(part)))
      ? { lat: Number(geoValue[0]), lon: Number(geoValue[1]) }
      : undefined;
  const rawUrl = text(component, 'url');
  const url = rawUrl ? safeUrl(rawUrl) : undefined;
  if (rawUrl && !url) warnings.push({ path: [uid], field: 'URL', expected: 'url', received: excerpt(rawUrl) });
  const conference = text(component, 'conference') ?? text(component, 'x-google-conference');
  // A meeting page (Decidim's …/meetings/12) is not a video call: only known conference hosts are.
  const conferenceHost = (link: string) =>
    /(^|\.)(meet\.google\.com|zoom\.us|teams\.microsoft\.com|teams\.live\.com|meet\.jit\.si|webex\.com|whereby\.com|bigbluebutton\.org)$|^meet\./i.test(
      new URL(link).hostname,
    );
  const online = conference ? safeUrl(conference) : url && conferenceHost(url) ? url : undefined;
  const categories = component
    .getAllProperties('categories')
    .flatMap((property) => property.getValues().map(String))
    .filter(Boolean);
  const organizerProperty = component.getFirstProperty('organizer');
  const organizer = organizerProperty
    ? String(organizerProperty.getParameter('cn') ?? organizerProperty.getFirstValue() ?? '').replace(/^mailto:/i, '')
    : undefined;
  const documents = component
    .getAllProperties('attach')
    .map((property) => String(property.getFirstValue() ?? ''))
    .flatMap((value) => {
      const safe = safeUrl(value);
      if (!safe) return [];
      let title = safe.split('/').pop() || safe;
      try {
        title = decodeURIComponent(title);
      } catch {
        // a file name in another encoding (r%E9union.pdf) stays as it is
      }
      return [{ title, url: safe }];
    });
  const status = String(component.getFirstPropertyValue('status') ?? '').toLowerCase() as EventStatus;
  const inPerson = Boolean(location || geo);
  const mode: Mode = online ? (inPerson ? 'hybrid' : 'online') : 'in-person';
  return {
    id: uid,
    title: text(component, 'summary') ?? '',
    description: text(component, 'description'),
    timeZone: undefined,
    location: location || geo ? { name: location, geo } : undefined,
    online,
    mode,
    area: text(component, 'x-og-area'),
    topic: categories[0],
    organizer: organizer || undefined,
    status: status === 'cancelled' || status === 'tentative' ? status : 'confirmed',
    documents,
    url: url && url !== online ? url : undefined,
    calendar,
  };
}

/** Instants of a wall-clock time: in an IANA zone, in UTC, or as an all-day date. */
type WallClock = (year: number, month: number, day: number, hour: number, minute: number, second: number) => Date;

const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

/**
 * The occurrences of the simple rules that consultation calendars mostly use (every N days,
 * weeks, months or years, with COUNT or UNTIL, and BYDAY only as the start's own weekday), by
 * plain date arithmetic in wall-clock time. It is much faster than a general expansion on large
 * feeds. Returns `undefined` for any other rule, which ical.js then expands.
 */
function simpleOccurrences(
  component: Component,
  start: Time,
  wallClock: WallClock,
  range: DateRange,
): Date[] | undefined {
  if (component.hasProperty('rdate') || component.getAllProperties('rrule').length !== 1) return undefined;
  const rule = component.getFirstPropertyValue('rrule') as InstanceType<typeof ICAL.Recur> | null;
  if (!rule) return undefined;
  const parts = (rule.parts ?? {}) as Record<string, unknown[]>;
  const byDay = parts.BYDAY as string[] | undefined;
  const others = Object.keys(parts).filter((part) => part !== 'BYDAY');
  const ownDay = WEEKDAYS[new Date(Date.UTC(start.year, start.month - 1, start.day)).getUTCDay()];
  if (others.length || (byDay && !(rule.freq === 'WEEKLY' && byDay.length === 1 && byDay[0] === ownDay)))
    return undefined;
  if (!['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'].includes(rule.freq)) return undefined;
  const interval = Math.max(1, rule.interval || 1);
  const until = rule.until
    ? rule.until.zone?.tzid === 'UTC' || rule.until.isDate
      ? Date.UTC(
          rule.until.year,
          rule.until.month - 1,
          rule.until.day,
          rule.until.hour,
          rule.until.minute,
          rule.until.second,
        )
      : wallClock(
          rule.until.year,
          rule.until.month,
          rule.until.day,
          rule.until.hour,
          rule.until.minute,
          rule.until.second,
        ).getTime()
    : Infinity;
  const count = rule.count ?? Infinity;
  const result: Date[] = [];
  let generated = 0;
  for (let step = 0; generated < count && result.length < MAX_OCCURRENCES && step < MAX_STEPS; step++) {
    let { year, month, day } = start;
    if (rule.freq === 'DAILY') day += step * interval;
    else if (rule.freq === 'WEEKLY') day += step * 7 * interval;
    else if (rule.freq === 'MONTHLY') month += step * interval;
    else year += step * interval;
    const normal = new Date(Date.UTC(year, month - 1, day));
    // A 31st or a 29 February that the month does not have is skipped, as RFC 5545 says.
    if ((rule.freq === 'MONTHLY' || rule.freq === 'YEARLY') && normal.getUTCDate() !== start.day) continue;
    const occurrence = wallClock(
      normal.getUTCFullYear(),
      normal.getUTCMonth() + 1,
      normal.getUTCDate(),
      start.hour,
      start.minute,
      start.second,
    );
    if (occurrence.getTime() > until || occurrence > range.end) break;
    generated += 1;
    // Occurrences long before the window count for COUNT but are not kept.
    if (occurrence.getTime() + 366 * 86_400_000 >= range.start.getTime()) result.push(occurrence);
  }
  return result;
}

/** A UTC time (an UNTIL) as the same instant on the zone's clock: ical.js compares it with wall-clock times. */
function utcInWallTime(time: InstanceType<typeof ICAL.Time>, zone: string): InstanceType<typeof ICAL.Time> {
  const instant = new Date(Date.UTC(time.year, time.month - 1, time.day, time.hour, time.minute, time.second));
  return ICAL.Time.fromData({ ...wallTime(instant, zone), isDate: false });
}

/**
 * Expands a rule with ical.js, in the start's wall-clock time: an UNTIL given in UTC is first
 * turned into the zone's wall time (ical.js would compare it with floating times). Stops past the
 * window, or after MAX_STEPS steps; at most MAX_OCCURRENCES inside the window.
 */
function generalOccurrences(
  component: Component,
  start: Time,
  zone: string | undefined,
  toInstant: (time: Time) => Date,
  range: DateRange,
): Date[] {
  const property = component.getFirstProperty('rrule');
  const rule = property?.getFirstValue() as InstanceType<typeof ICAL.Recur> | undefined;
  const result: Date[] = [];
  if (rule) {
    if (rule.until && zone && !start.isDate && (rule.until.zone?.tzid === 'UTC' || String(rule.until).endsWith('Z'))) {
      rule.until = utcInWallTime(rule.until, zone);
    }
    const iterator = rule.iterator(start);
    let steps = 0;
    for (
      let next = iterator.next();
      next && steps < MAX_STEPS && result.length < MAX_OCCURRENCES;
      next = iterator.next()
    ) {
      steps += 1;
      const instant = toInstant(next);
      if (instant > range.end) break;
      if (instant.getTime() + 366 * 86_400_000 >= range.start.getTime()) result.push(instant);
    }
  }
  for (const rdate of component.getAllProperties('rdate')) {
    for (const value of rdate.getValues()) {
      const time = (value as { start?: Time }).start ?? (value as Time);
      result.push(toInstant(time));
    }
  }
  return result;
}

/**
 * Reads the events of a VCALENDAR, expanding recurrence (RRULE, RDATE, EXDATE) within the window,
 * with RECURRENCE-ID overrides grouped once per series (no event scans the others).
 */
export function eventsFromIcs(
  ics: IcsCalendar,
  options: { timeZone?: string; calendar?: number; range?: DateRange } = {},
): EventList {
  // The public type names what readers need; here it is ical.js's own component.
  const vcalendar = ics.calendar as unknown as Component;
  const range = options.range ?? defaultRange();
  const warnings: ValidationProblem[] = [];
  const feedZone = text(vcalendar, 'x-wr-timezone');
  const fallbackZone = feedZone && isValidTimeZone(feedZone) ? feedZone : options.timeZone;
  for (const zone of vcalendar.getAllSubcomponents('vtimezone')) {
    try {
      ICAL.TimezoneService.register(zone);
    } catch {
      // a broken VTIMEZONE: IANA names still convert through the browser
    }
  }
  // Group once: masters, and their overrides by RECURRENCE-ID.
  const masters = new Map<string, Component>();
  const overrides = new Map<string, Component[]>();
  const vevents = vcalendar.getAllSubcomponents('vevent');
  vevents.forEach((component, index) => {
    const uid = text(component, 'uid') ?? `event-${index + 1}`;
    if (component.hasProperty('recurrence-id')) {
      const list = overrides.get(uid) ?? [];
      list.push(component);
      overrides.set(uid, list);
    } else if (!masters.has(uid)) masters.set(uid, component);
  });
  const events: CalendarEvent[] = [];
  const calendar = options.calendar ?? 0;
  const timeOf = (component: Component, name: string, uid: string) => {
    const property = component.getFirstProperty(name);
    const value = property?.getFirstValue() as Time | undefined;
    return value
      ? {
          date: instantOf(value, property!.getParameter('tzid') as string | undefined, fallbackZone, warnings, uid),
          allDay: value.isDate,
          tzid: property!.getParameter('tzid') as string | undefined,
        }
      : undefined;
  };
  for (const [uid, component] of masters) {
    const start = timeOf(component, 'dtstart', uid);
    if (!start) {
      warnings.push({ path: [uid], field: 'DTSTART', expected: 'present' });
      continue;
    }
    const endTime = timeOf(component, 'dtend', uid);
    let duration = endTime ? endTime.date.getTime() - start.date.getTime() : start.allDay ? 86_400_000 : 3_600_000;
    const durationValue = component.getFirstPropertyValue('duration') as { toSeconds?: () => number } | null;
    if (!endTime && durationValue?.toSeconds) duration = durationValue.toSeconds() * 1000;
    if (duration < 0) {
      warnings.push({
        path: [uid],
        field: 'DTEND',
        expected: 'valid',
        note: 'ends before it starts; shown as one hour',
      });
      duration = 3_600_000;
    }
    const base = details(component, uid, calendar, warnings);
    const zone = start.tzid && isValidTimeZone(start.tzid) ? start.tzid : undefined;
    const overrideList = overrides.get(uid) ?? [];
    const recurring = component.hasProperty('rrule') || component.hasProperty('rdate');
    if (!recurring) {
      if (start.date <= range.end && new Date(start.date.getTime() + duration) >= range.start) {
        events.push({
          ...base,
          timeZone: zone,
          key: uid,
          start: start.date,
          end: new Date(start.date.getTime() + duration),
          allDay: start.allDay,
          recurring: false,
        });
      }
      continue;
    }
    const startTime = component.getFirstPropertyValue('dtstart') as Time;
    // Floating times take the feed's zone (or the widget's).
    const wallZone = zone ?? (!startTime.zone || startTime.zone.tzid === 'floating' ? fallbackZone : undefined);
    const wallClock: WallClock | undefined = startTime.isDate
      ? (year, month, day) => new Date(Date.UTC(year, month - 1, day))
      : startTime.zone?.tzid === 'UTC'
        ? (year, month, day, hour, minute, second) => new Date(Date.UTC(year, month - 1, day, hour, minute, second))
        : wallZone
          ? (year, month, day, hour, minute, second) => instantInZone(year, month, day, hour, minute, second, wallZone)
          : undefined;
    // The start of every occurrence the rule makes: by date arithmetic for simple rules, else by
    // ical.js. EXDATE and RECURRENCE-ID are then matched by instant, the same way for both.
    let candidates: Date[];
    try {
      candidates =
        (wallClock ? simpleOccurrences(component, startTime, wallClock, range) : undefined) ??
        generalOccurrences(
          component,
          startTime,
          wallZone,
          (time) => instantOf(time, start.tzid, fallbackZone, warnings, uid),
          range,
        );
    } catch (error) {
      warnings.push({ path: [uid], field: 'RRULE', expected: 'valid', note: `${String(error)}; shown once` });
      candidates = [start.date];
    }
    if (!component.hasProperty('rrule') && !candidates.some((date) => date.getTime() === start.date.getTime()))
      candidates.unshift(start.date);
    const instantOfProperty = (property: InstanceType<typeof ICAL.Property>, value: unknown) =>
      instantOf(
        value as Time,
        property.getParameter('tzid') as string | undefined,
        fallbackZone,
        warnings,
        uid,
      ).getTime();
    const exdates = new Set(
      component
        .getAllProperties('exdate')
        .flatMap((property) => property.getValues().map((value) => instantOfProperty(property, value))),
    );
    const moved = new Map<number, Component>();
    for (const override of overrideList) {
      const property = override.getFirstProperty('recurrence-id');
      if (property) moved.set(instantOfProperty(property, property.getFirstValue()), override);
    }
    const push = (begin: Date, finish: Date, override?: Component) => {
      if (finish < range.start || begin > range.end) return;
      events.push({
        ...(override ? { ...base, ...details(override, uid, calendar, warnings) } : base),
        timeZone: zone,
        key: `${uid}@${begin.toISOString()}`,
        start: begin,
        end: finish,
        allDay: start.allDay,
        recurring: true,
      });
    };
    for (const occurrence of candidates) {
      const time = occurrence.getTime();
      if (exdates.has(time)) continue;
      const override = moved.get(time);
      moved.delete(time);
      if (override) {
        if (
          String(override.getFirstPropertyValue('status') ?? '').toLowerCase() === 'cancelled' &&
          !override.hasProperty('summary')
        )
          continue;
        const begin = timeOf(override, 'dtstart', uid)?.date ?? occurrence;
        push(
          begin,
          override.hasProperty('dtend') ? timeOf(override, 'dtend', uid)!.date : new Date(begin.getTime() + duration),
          override,
        );
      } else {
        push(occurrence, new Date(time + duration));
      }
    }
    // Overrides whose original date the expansion did not reach (outside the window, past the cap)
    // still show where they were moved to.
    for (const override of moved.values()) {
      const begin = timeOf(override, 'dtstart', uid)?.date;
      if (begin)
        push(
          begin,
          override.hasProperty('dtend') ? timeOf(override, 'dtend', uid)!.date : new Date(begin.getTime() + duration),
          override,
        );
    }
  }
  // Overrides without a master (Google exports single invitations so): shown as single events.
  for (const [uid, list] of overrides) {
    if (masters.has(uid)) continue;
    for (const override of list) {
      const begin = timeOf(override, 'dtstart', uid);
      if (!begin) continue;
      const finish =
        timeOf(override, 'dtend', uid)?.date ??
        new Date(begin.date.getTime() + (begin.allDay ? 86_400_000 : 3_600_000));
      if (finish < range.start || begin.date > range.end) continue;
      events.push({
        ...details(override, uid, calendar, warnings),
        key: `${uid}@${begin.date.toISOString()}`,
        start: begin.date,
        end: finish,
        allDay: begin.allDay,
        recurring: false,
      });
    }
  }
  return { events, warnings, timeZone: feedZone && isValidTimeZone(feedZone) ? feedZone : undefined };
}

/** Expands an RRULE string from a start, within a window (for JSON and CSV events that recur). */
export const expandRecurrence: RecurrenceExpander = (rule, start, allDay, timeZone, range) => {
  const recur = ICAL.Recur.fromString(rule.replace(/^RRULE:/i, ''));
  let first: Time;
  if (allDay) {
    first = ICAL.Time.fromDateString(start.toISOString().slice(0, 10));
  } else if (timeZone) {
    // Expand in the event's wall-clock time, then convert each occurrence with the zone's rules.
    first = ICAL.Time.fromData({ ...wallTime(start, timeZone), isDate: false });
    if (recur.until && !recur.until.isDate) {
      recur.until = utcInWallTime(recur.until, timeZone);
    }
  } else {
    first = ICAL.Time.fromJSDate(start, true);
  }
  const iterator = recur.iterator(first);
  const result: Date[] = [];
  let steps = 0;
  for (
    let next = iterator.next();
    next && steps < MAX_STEPS && result.length < MAX_OCCURRENCES;
    next = iterator.next()
  ) {
    steps += 1;
    const date = allDay
      ? new Date(Date.UTC(next.year, next.month - 1, next.day))
      : timeZone
        ? instantInZone(next.year, next.month, next.day, next.hour, next.minute, next.second, timeZone)
        : next.toJSDate();
    if (date > range.end) break;
    if (date >= range.start) result.push(date);
  }
  return result;
};

/** For the picker: a label for a source's feed, in the reader's language. */
export function feedName(ics: IcsCalendar, locale: string): string | undefined {
  const name = ics.calendar.getFirstPropertyValue('x-wr-calname');
  return typeof name === 'string' ? pickText(name, locale).text : undefined;
}
