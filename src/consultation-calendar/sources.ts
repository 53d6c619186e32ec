// The calendar's events from several sources: the main one (`src`, inline data or `.data`) and its
// `sources`, a feed per province with a label and a colour, each read by the reader and merged.
// A source that cannot be read is named, and the others still show.
import { isValidTimeZone, type ParseContext, type RawData, type SourceInfo } from '../core/index.js';
import { defaultRange, type EventList } from './model.js';
import { readEvents } from './reader.js';

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

/** A source's host name, to name it when it has no label. */
function hostOf(url: string): string {
  try {
    return new URL(url, document.baseURI).hostname || url;
  } catch {
    return url;
  }
}

/** Reads the main source's events and loads and reads the extra sources', and merges them. */
export async function readCalendars(
  raw: RawData,
  info: SourceInfo,
  context: ParseContext,
  options: { columns: Record<string, string>; timeZone?: string; sources: readonly CalendarSource[] },
): Promise<CalendarModel> {
  const { sources, timeZone } = options;
  const reading = { columns: options.columns, timeZone, range: defaultRange() };
  const main = (await readEvents(raw, { ...reading, url: info.url, calendar: 0 })).model;
  const calendars: CalendarModel['calendars'] = [{ feedUrl: info.format === 'ics' ? info.url : undefined }];
  // The extra sources load side by side, through the same loading as the main one (aborted with
  // it, within its timeout); one that fails is reported, the others still show.
  const extras = await Promise.allSettled(
    sources.map(async (extra, index) => {
      const color = extra.color && /^#[0-9a-f]{3}([0-9a-f]{3})?$/i.test(extra.color) ? extra.color : undefined;
      const loaded =
        extra.data !== undefined
          ? { raw: { format: 'json', value: extra.data } as RawData, source: undefined }
          : extra.src
            ? await context.load(extra.src, extra.format)
            : undefined;
      if (!loaded) return undefined;
      const list = (await readEvents(loaded.raw, { ...reading, url: loaded.source?.url, calendar: index + 1 })).model;
      return {
        list,
        calendar: {
          label: extra.label,
          color,
          feedUrl: loaded.source?.format === 'ics' ? loaded.source.url : undefined,
        },
      };
    }),
  );
  const lists = [main];
  const warnings = [...main.warnings];
  extras.forEach((outcome, index) => {
    if (outcome.status === 'fulfilled' && outcome.value) {
      lists.push(outcome.value.list);
      warnings.push(...outcome.value.list.warnings);
      calendars[index + 1] = outcome.value.calendar;
    } else if (outcome.status === 'rejected') {
      const extra = sources[index]!;
      warnings.push({
        field: extra.label ?? extra.src ?? `source ${index + 1}`,
        expected: 'valid',
        note: `this source could not be read: ${String(outcome.reason)}`,
      });
      calendars[index + 1] = { label: extra.label ?? (extra.src ? hostOf(extra.src) : undefined), unread: true };
    }
  });
  const events = lists.flatMap((list) => list.events).sort((a, b) => a.start.getTime() - b.start.getTime());
  const homeZone =
    timeZone && isValidTimeZone(timeZone)
      ? timeZone
      : (main.timeZone ?? events.find((event) => event.timeZone)?.timeZone);
  return { events, warnings, timeZone: main.timeZone, homeZone, calendars };
}

/** The `sources` attribute: JSON, `[{ "src": "azilal.ics", "label": "Azilal" }]`; nothing when it is not JSON. */
export function sourcesFromAttribute(value: string | null): CalendarSource[] | undefined {
  try {
    return value ? (JSON.parse(value) as CalendarSource[]) : undefined;
  } catch {
    return undefined;
  }
}
