// The calendar's events from several sources: the main one (`src`, inline data or `.data`) and its
// `sources`, a feed per province with a label and a colour, each read by the reader and merged.
// The code that loads the extra sources (more-sources.ts) loads only when there are some.
import { isValidTimeZone, type ParseContext, type RawData, type SourceInfo } from '../core/index.js';
import { defaultRange, type CalendarModel, type CalendarSource } from './model.js';
import { readEvents } from './reader.js';
import type { SourcesRead } from './more-sources.js';

// The model's types for the sources, also named here, where they are read.
export type { CalendarModel, CalendarSource };

/** Reads the main source's events and loads and reads the extra sources', and merges them. */
export async function readCalendars(
  raw: RawData,
  info: SourceInfo,
  context: ParseContext,
  options: { columns: Record<string, string>; timeZone?: string; sources: readonly CalendarSource[] },
): Promise<CalendarModel> {
  const { sources, timeZone } = options;
  const reading = { columns: options.columns, timeZone, range: defaultRange() };
  const read = async (source: RawData, calendar: number, url: string | undefined) =>
    (await readEvents(source, { ...reading, url, calendar })).model;
  // The code for more sources loads while the main one is read (a failure surfaces below).
  const moreSources = sources.length === 0 ? undefined : import('./more-sources.js');
  moreSources?.catch(() => undefined);
  const main = await read(raw, 0, info.url);
  const sourcesRead: SourcesRead = {
    lists: [main],
    warnings: [...main.warnings],
    calendars: [{ feedUrl: info.format === 'ics' ? info.url : undefined }],
  };
  if (moreSources) await (await moreSources).readMoreSources(sources, context, read, sourcesRead);
  const events = sourcesRead.lists.flatMap((list) => list.events).sort((a, b) => a.start.getTime() - b.start.getTime());
  const homeZone =
    timeZone && isValidTimeZone(timeZone)
      ? timeZone
      : (main.timeZone ?? events.find((event) => event.timeZone)?.timeZone);
  return {
    events,
    warnings: sourcesRead.warnings,
    timeZone: main.timeZone,
    homeZone,
    calendars: sourcesRead.calendars,
  };
}

/** The `sources` attribute: JSON, `[{ "src": "azilal.ics", "label": "Azilal" }]`; nothing when it is not JSON. */
export function sourcesFromAttribute(value: string | null): CalendarSource[] | undefined {
  try {
    return value ? (JSON.parse(value) as CalendarSource[]) : undefined;
  } catch {
    return undefined;
  }
}
