// og-consultation-calendar's reader: events from an iCalendar feed, JSON
// (`schemas/consultation-calendar.schema.json`) or a CSV, to the model, with recurring events
// expanded within a range of dates. Each format's reading is its own chunk, loaded only when a
// source needs it (ical.js for ICS and for JSON or CSV events that recur).
import { isValidTimeZone, type RawData, type Read, type ReadOptions, type ReadSummary } from '../core/index.js';
import { defaultRange, needsRecurrence, type DateRange, type EventList } from './model.js';

/** How the page asks for events to be read (the element's attributes). */
export interface EventsReadOptions extends ReadOptions {
  /** The municipality's IANA time zone, for times written without one. */
  timeZone?: string;
  /** Which of the widget's calendars this is (0: the main one). */
  calendar?: number;
  /** The dates within which recurring events are expanded (about a year around today by default). */
  range?: DateRange;
}

/** Reads events. @throws OgDataError naming each bad row or path and field */
export async function readEvents(raw: RawData, options: EventsReadOptions = {}): Promise<Read<EventList>> {
  const common = {
    timeZone: options.timeZone && isValidTimeZone(options.timeZone) ? options.timeZone : undefined,
    calendar: options.calendar ?? 0,
    range: options.range ?? defaultRange(),
  };
  let list: EventList;
  if (raw.format === 'ics') list = (await import('./ics.js')).eventsFromIcs(raw.ics, common);
  else if (raw.format === 'csv')
    list = (await import('./csv.js')).parseEventsCsv(raw.table, { ...common, columns: options.columns ?? {} });
  else {
    const [{ parseEventsJson }, expand] = await Promise.all([
      import('./json.js'),
      needsRecurrence(raw.value) ? import('./ics.js').then((ics) => ics.expandRecurrence) : undefined,
    ]);
    list = parseEventsJson(raw.value, { ...common, expand });
  }
  return { model: list, warnings: list.warnings };
}

/** What a list of events holds, in numbers. */
export function countEvents(list: EventList): ReadSummary {
  return {
    count: list.events.length,
    noun: 'event',
    parts: { recurring: list.events.filter((event) => event.recurring).length },
  };
}
