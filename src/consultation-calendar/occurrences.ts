// An event's occurrences from its fields, as JSON or a CSV row gives them: its dates read in its
// zone, its format worked out, its links checked, its recurrence expanded. Loaded with json.ts and
// csv.ts, which alone use it: a calendar read from an iCalendar feed never downloads it.
import { isIsoDate, safeUrl, excerpt, instantInZone, type ValidationProblem } from '../core/index.js';
import type { CalendarEvent, DateRange, EventInput, Mode, RecurrenceExpander } from './model.js';

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
