// Loaded only when a source is iCalendar: ical.js stays out of the main bundle.
import ICAL from 'ical.js';
import { OgDataError } from './errors.js';

export type IcalModule = typeof ICAL;

/** A parsed iCalendar feed, with the ical.js module that reads it further (events, recurrence). */
export interface IcsCalendar {
  ical: IcalModule;
  /** The VCALENDAR component. */
  calendar: InstanceType<IcalModule['Component']>;
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
    throw new OgDataError({ kind: 'parse', detail: `The iCalendar file could not be read: ${(error as Error).message}`, cause: error });
  }
  const roots = (Array.isArray(parsed) && typeof parsed[0] === 'string' ? [parsed] : (parsed as unknown[])) as unknown[];
  const root = roots.find((candidate) => Array.isArray(candidate) && String(candidate[0]).toLowerCase() === 'vcalendar');
  if (!root) {
    throw new OgDataError({ kind: 'parse', detail: 'The iCalendar file has no VCALENDAR component.' });
  }
  return { ical: ICAL, calendar: new ICAL.Component(root as ConstructorParameters<IcalModule['Component']>[0]) };
}
