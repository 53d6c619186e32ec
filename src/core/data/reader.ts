// What every widget's reader is: raw data (a JSON value, a CSV table, an iCalendar feed, or what an
// adapter for a platform returns) to the widget's model, with the problems in words. Pure: no DOM,
// no fetch. The element, the validation CLI, the embed builder and the adapters all call the same
// reader; nothing else parses a widget's data.
import type { RawData } from './parse.js';
import type { ValidationProblem } from './errors.js';

/** What every reader is told besides the data: how the page asked for it to be read. */
export interface ReadOptions {
  /** For CSV: the widget's field → the file's header (the `columns` attribute). */
  columns?: Record<string, string>;
  /** The URL the data came from, to resolve the relative links in it. */
  url?: string;
}

/** Data, read: the widget's model, and the problems that did not stop the reading. */
export interface Read<TModel> {
  model: TModel;
  warnings: ValidationProblem[];
}

/**
 * A widget's reader. Throws an OgDataError (`format`, `parse`, `validation`) that names each
 * problem with its row or path and field.
 */
export type Reader<TModel, TOptions extends ReadOptions = ReadOptions> = (
  raw: RawData,
  options?: TOptions,
) => Promise<Read<TModel>>;

/** What was read, in numbers, for a report to phrase in its reader's language. */
export interface ReadSummary {
  /** The main count ("342" lines, "4" commitments). */
  count: number;
  /** What is counted, in English, singular ("line", "commitment", "event", "extra field"). */
  noun: string;
  /** Further numbers, by name (`milestones`, `recurring`, `years`). */
  parts: Record<string, number | number[]>;
  /** How many of the records concern each commitment of the action plan, by its id. */
  byCommitment?: Record<string, number>;
}

/** A widget's reader, as the CLI, the embed builder and the other widgets call it. */
export interface DataReader {
  /** Raw data to the widget's model, with the options of its attributes; throws OgDataError. */
  read(raw: RawData, options?: ReadOptions & Record<string, unknown>): Promise<Read<unknown>>;
  /** What was read, in numbers. */
  count(model: unknown): ReadSummary;
}

/** The readers of each kind of data, loaded on demand: the registry (src/widgets.ts) gives them. */
const readers = new Map<string, () => Promise<DataReader>>();

/** Makes these readers known to the widgets (the entries call it with the registry's readers). */
export function registerDataReaders(entries: Readonly<Record<string, () => Promise<DataReader>>>): void {
  for (const [type, load] of Object.entries(entries)) readers.set(type, load);
}

/**
 * The reader of one kind of data (`responses`), for a widget that reads another's data, without
 * knowing that widget. `undefined` when no entry made it known.
 */
export function dataReader(type: string): Promise<DataReader> | undefined {
  return readers.get(type)?.();
}
