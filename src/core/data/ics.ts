// Loaded only when a source is iCalendar: ical.js stays out of the main bundle.
import ICAL from 'ical.js';
import { OgDataError } from './errors.js';

// The public types below describe ical.js's objects in our own words: the package's declarations
// never import ical.js's, which do not compile in a project with `skipLibCheck: false`.

/** The ical.js module (`import ICAL from 'ical.js'`), for code that reads a feed further. */
export type IcalModule = object;

/** An iCalendar property, as ical.js gives it (the members a reader needs). */
export interface IcsProperty {
  readonly name: string;
  getFirstValue(): unknown;
  getValues(): unknown[];
  getParameter(name: string): unknown;
}

/** An iCalendar component (VCALENDAR, VEVENT, VTIMEZONE…), as ical.js gives it. */
export interface IcsComponent {
  readonly name: string;
  getAllSubcomponents(name?: string): IcsComponent[];
  getFirstSubcomponent(name?: string): IcsComponent | null;
  getFirstProperty(name?: string): IcsProperty | null;
  getAllProperties(name?: string): IcsProperty[];
  getFirstPropertyValue(name?: string): unknown;
  hasProperty(name: string): boolean;
}

/** A parsed iCalendar feed, with the ical.js module that reads it further (events, recurrence). */
export interface IcsCalendar {
  ical: IcalModule;
  /** The VCALENDAR component. */
  calendar: IcsComponent;
}

/**
 * Parses RFC 5545 text (folded lines, escapes, VTIMEZONE) into a VCALENDAR component.
 * @throws OgDataError (`parse`) when the text is not iCalendar or has no VCALENDAR.
 */
export function parseIcs(text: string): IcsCalendar {
  const source = text.replace(/^\uFEFF/, '');
  if (!/BEGIN:VCALENDAR/i.test(source.slice(0, 2048))) {
    throw new OgDataError({ kind: 'parse', detail: 'This is not an iCalendar file: it has no BEGIN:VCALENDAR line.' });
  }
  let parsed: unknown;
  try {
    parsed = ICAL.parse(source);
  } catch (error) {
    throw new OgDataError({
      kind: 'parse',
      detail: `The iCalendar file could not be read: ${(error as Error).message}`,
      cause: error,
    });
  }
  const roots = (
    Array.isArray(parsed) && typeof parsed[0] === 'string' ? [parsed] : (parsed as unknown[])
  ) as unknown[];
  const root = roots.find(
    (candidate) => Array.isArray(candidate) && String(candidate[0]).toLowerCase() === 'vcalendar',
  );
  if (!root) {
    throw new OgDataError({ kind: 'parse', detail: 'The iCalendar file has no VCALENDAR component.' });
  }
  return {
    ical: ICAL,
    calendar: new ICAL.Component(root as ConstructorParameters<typeof ICAL.Component>[0]) as unknown as IcsComponent,
  };
}
