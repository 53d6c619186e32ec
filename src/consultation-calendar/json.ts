// Reading consultation events from JSON (an array, or `{ timeZone, events }`), checked against
// their schema: loaded only for JSON sources, with the schema validation (valibot), so that a
// calendar read from an iCalendar feed never downloads either.
import * as v from 'valibot';
import { isIsoDateTime, isValidTimeZone, type ValidationProblem } from '../core/index.js';
import { validate, localizedTextSchema } from '../core/data/schema.js';
import {
  MODES,
  STATUSES,
  defaultRange,
  type EventInput,
  type EventList,
  type RecurrenceExpander,
  type DateRange,
} from './model.js';
import { occurrencesOf } from './occurrences.js';

const geoSchema = v.object({
  lat: v.pipe(v.number(), v.minValue(-90), v.maxValue(90)),
  lon: v.pipe(v.number(), v.minValue(-180), v.maxValue(180)),
});

const eventSchema = v.object({
  id: v.optional(v.union([v.string(), v.number()])),
  title: localizedTextSchema,
  start: v.pipe(v.string(), v.check(isIsoDateTime, 'date')),
  end: v.optional(v.pipe(v.string(), v.check(isIsoDateTime, 'date'))),
  allDay: v.optional(v.boolean()),
  timeZone: v.optional(v.pipe(v.string(), v.check(isValidTimeZone, 'valid'))),
  location: v.optional(
    v.union([
      v.string(),
      v.object({ name: v.optional(v.string()), address: v.optional(v.string()), geo: v.optional(geoSchema) }),
    ]),
  ),
  online: v.optional(v.union([v.string(), v.object({ url: v.string() })])),
  mode: v.optional(v.picklist(MODES)),
  area: v.optional(v.string()),
  topic: v.optional(v.string()),
  organizer: v.optional(v.string()),
  registration: v.optional(
    v.object({
      url: v.optional(v.string()),
      capacity: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
      remaining: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
      deadline: v.optional(v.pipe(v.string(), v.check(isIsoDateTime, 'date'))),
    }),
  ),
  status: v.optional(v.picklist(STATUSES), 'confirmed'),
  description: v.optional(localizedTextSchema),
  documents: v.optional(v.array(v.object({ title: v.optional(v.string()), url: v.string() })), []),
  url: v.optional(v.string()),
  recurrence: v.optional(v.string()),
});

const eventsSchema: v.GenericSchema<unknown, EventInput[] | { timeZone?: string; events: EventInput[] }> = v.union([
  v.array(eventSchema),
  v.object({ timeZone: v.optional(v.string()), events: v.array(eventSchema) }),
]);

/**
 * Reads events from JSON: an array, or `{ timeZone, events }`. A `recurrence` (an RRULE) is
 * expanded within the window by `expand` (ical.js, loaded when an event needs it).
 * @throws OgDataError (`validation`)
 */
export function parseEventsJson(
  value: unknown,
  options: { timeZone?: string; calendar?: number; range?: DateRange; expand?: RecurrenceExpander } = {},
): EventList {
  const input = validate(eventsSchema, value, { what: 'events' });
  const list = Array.isArray(input) ? input : input.events;
  const feedZone =
    !Array.isArray(input) && input.timeZone && isValidTimeZone(input.timeZone) ? input.timeZone : undefined;
  const warnings: ValidationProblem[] = [];
  const range = options.range ?? defaultRange();
  const events = list.flatMap((item, index) =>
    occurrencesOf(item, index, {
      timeZone: item.timeZone ?? feedZone ?? options.timeZone,
      calendar: options.calendar ?? 0,
      range,
      expand: options.expand,
      warnings,
    }),
  );
  return { events, warnings, timeZone: feedZone };
}
