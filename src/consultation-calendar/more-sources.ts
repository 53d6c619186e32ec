// The calendar's extra `sources`, loaded only when it has some: they load side by side, through the
// same loading as the main source (aborted with it, within its timeout), and each is read by the
// reader; one that fails is named, and the others still show. It is handed the reading (`read`,
// from sources.ts) and takes only types from the calendar's modules (see the note in details.ts).
import type { ParseContext, RawData, ValidationProblem } from '../core/index.js';
import type { CalendarModel, CalendarSource, EventList } from './model.js';

/** What the sources gave, before it is merged: per source its events and what the widget shows of it. */
export interface SourcesRead {
  lists: EventList[];
  warnings: ValidationProblem[];
  calendars: CalendarModel['calendars'];
}

/** A source's host name, to name it when it has no label. */
function hostOf(url: string): string {
  try {
    return new URL(url, document.baseURI).hostname || url;
  } catch {
    return url;
  }
}

/** Loads and reads the extra sources, and adds their events, calendars and warnings to `read`. */
export async function readMoreSources(
  sources: readonly CalendarSource[],
  context: ParseContext,
  read: (raw: RawData, calendar: number, url: string | undefined) => Promise<EventList>,
  sourcesRead: SourcesRead,
): Promise<void> {
  const { lists, warnings, calendars } = sourcesRead;
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
      const list = await read(loaded.raw, index + 1, loaded.source?.url);
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
}
