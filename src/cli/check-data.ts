// The checks behind `opengov-widgets validate`, apart from reading files and printing: the very
// parsers and schemas the widgets use, run on a text already in hand. No Node API here, so that the
// demo's embed builder runs the same checks in the browser on a file the webmaster drops.
import { OgDataError, toDataError, type DataErrorKind, type ValidationProblem } from '../core/data/errors.js';
import type { ReadSummary } from '../core/data/reader.js';
import { detectFormat, type DataFormat } from '../core/data/format.js';
import { parseText, type RawData } from '../core/data/parse.js';
import { type CsvTable } from '../core/data/columns.js';
import { describeProblem, errorHeadline } from '../core/messages.js';
import { ensureLocale, withLocale } from '../core/i18n/msg.js';
import { SOURCE_LOCALE, type MessageLocale } from '../core/i18n/locales.js';
import { hintWords, type HintAudience } from './hints.js';
import { WIDGETS, WIDGET_READERS, type DataType } from '../widgets.js';

/** What a data file is for: the widget that reads it (from the registry of widgets). */
export const DATA_TYPES: readonly DataType[] = WIDGETS.map((widget) => widget.dataType);
export type { DataType };

/** The tag of the widget that reads each type of data. */
export const WIDGET_OF = Object.fromEntries(WIDGETS.map((widget) => [widget.dataType, widget.tag])) as Record<
  DataType,
  string
>;

export interface ValidateOptions {
  /** Which widget's reader to use; guessed from the contents when absent. */
  type?: DataType;
  /** Like the widgets' `format` attribute; detected otherwise. */
  format?: DataFormat;
  /** The language of the problem sentences and of their hints. */
  lang?: MessageLocale;
  /** Who reads the hints: the CLI's user (options such as --columns) or the embed builder's (its steps). */
  audience?: HintAudience;
  /** Like the widgets' `columns` attribute: field → the file's header. */
  columns?: Record<string, string>;
  /** Like `og-budget-table`'s `currency` attribute. */
  currency?: string;
  /** Like `og-budget-table`'s `unit` attribute: what one unit of the amounts is worth. */
  unit?: number;
  /** Like `og-budget-table`'s `fiscal-year` attribute: the year of a CSV's plain amount columns. */
  fiscalYear?: number;
  /** Like `og-consultation-calendar`'s `time-zone` attribute. */
  timeZone?: string;
  /** Milliseconds to wait for a URL. */
  timeout?: number;
}

/** One problem as the CLI reports it: the model's problem, its sentence and a hint to fix it. */
export interface ReportedProblem extends ValidationProblem {
  severity: 'error' | 'warning';
  /** The sentence the widget shows (in `lang`), without bidi isolates. */
  message: string;
  /** What to do about it, in the report's language. */
  hint?: string;
  /** For a file that could not be read at all: why (`parse`, `format`…). */
  kind?: DataErrorKind;
}

/** What was read, in numbers, for a reader to phrase in its own language. */
export type CountParts =
  | { kind: 'budget'; lines: number; years: number[] }
  | { kind: 'plan'; commitments: number; milestones: number }
  | { kind: 'events'; events: number; recurring: number }
  | { kind: 'form'; fields: number }
  | { kind: 'responses'; suggestions: number; answered: number };

export interface ValidationReport {
  /** The path or URL as given. */
  source: string;
  /** The URL the data came from, after redirects (remote files only). */
  url?: string;
  type?: DataType;
  /** Whether the type was guessed from the contents (no `--type`). */
  guessed?: boolean;
  format?: DataFormat;
  /** How many records were read ("342 lines"), when the file is valid. */
  count?: { value: number; noun: string; details?: string; parts?: CountParts };
  problems: ReportedProblem[];
  /** All the problems, when the model listed only the first ones. */
  totalProblems: number;
  warnings: ReportedProblem[];
  /** Why the file could not be checked at all (exit code 2). */
  failure?: { kind: DataErrorKind | 'usage'; message: string };
  /** 0: valid (warnings allowed), 1: problems, 2: the file could not be checked. */
  exitCode: 0 | 1 | 2;
}

/** A mistake in the command line, or a file that cannot be reached: exit code 2. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly kind: DataErrorKind | 'usage' = 'usage',
    /** Whether the whole usage helps (an unknown option), or one line says it all. */
    readonly showUsage = false,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

/** A data file's text, as read from a disk, a URL or a dropped file. */
export interface DataText {
  text: string;
  /** The Content-Type the server gave, without parameters; empty for a file. */
  contentType: string;
  /** The URL for a remote file (the widgets resolve relative links against it). */
  url?: string;
  /** What detectFormat reads the extension from. */
  name: string;
}

// ---------------------------------------------------------------------------------------------
// Reading the data as a widget does

interface Read {
  count: ValidationReport['count'];
  warnings: ValidationProblem[];
}

export const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

/** What was read, in numbers, phrased in English for the CLI's JSON and plain output. */
function phrase(type: DataType, summary: ReadSummary): NonNullable<ValidationReport['count']> {
  const { count, noun, parts } = summary;
  switch (type) {
    case 'budget': {
      const years = (parts.years ?? []) as number[];
      const span = years.length
        ? `, ${years.length === 1 ? `year ${years[0]}` : `years ${years[0]}–${years[years.length - 1]}`}`
        : '';
      return {
        value: count,
        noun,
        details: `${plural(count, noun)}${span}`,
        parts: { kind: 'budget', lines: count, years },
      };
    }
    case 'plan': {
      const milestones = Number(parts.milestones ?? 0);
      return {
        value: count,
        noun,
        details: `${plural(count, noun)}, ${plural(milestones, 'milestone')}`,
        parts: { kind: 'plan', commitments: count, milestones },
      };
    }
    case 'events': {
      const recurring = Number(parts.recurring ?? 0);
      return {
        value: count,
        noun,
        details: `${plural(count, noun)}${recurring ? `, ${recurring} of them occurrences of repeating events` : ''}`,
        parts: { kind: 'events', events: count, recurring },
      };
    }
    case 'form':
      return { value: count, noun, details: plural(count, noun), parts: { kind: 'form', fields: count } };
    case 'responses': {
      const answered = Number(parts.answered ?? 0);
      return {
        value: count,
        noun,
        details: `${plural(count, noun)}, ${answered} answered`,
        parts: { kind: 'responses', suggestions: count, answered },
      };
    }
  }
}

/**
 * Reads raw data with the widget's own reader (the registry's), with the options its attributes
 * would give, and returns what was read and the reader's warnings.
 * @throws OgDataError as the widget would
 */
async function readAs(type: DataType, raw: RawData, url: string | undefined, options: ValidateOptions): Promise<Read> {
  const reader = await WIDGET_READERS[type]();
  const { model, warnings } = await reader.read(raw, {
    columns: options.columns ?? {},
    url,
    currency: options.currency,
    unit: options.unit,
    fiscalYear: options.fiscalYear,
    timeZone: options.timeZone,
    // The budget table marks lines whose amounts differ from their sub-lines; the check says so.
    checkSums: true,
  });
  return { count: phrase(type, reader.count(model)), warnings };
}

/** A JSON value's type, from its shape; `undefined` when it does not tell. */
function jsonType(value: unknown): DataType | undefined {
  const has = (key: string) => typeof value === 'object' && value !== null && key in value;
  if (Array.isArray(value)) {
    const first = value.find((item) => typeof item === 'object' && item !== null) as
      Record<string, unknown> | undefined;
    if (!first) return undefined;
    if ('service_request_id' in first || ('reference' in first && 'received' in first)) return 'responses';
    if ('start' in first) return 'events';
    if ('code' in first || 'children' in first) return 'budget';
    if ('milestones' in first || 'status' in first) return 'plan';
    return undefined;
  }
  if (has('suggestions') || has('service_requests')) return 'responses';
  if (has('commitments')) return 'plan';
  if (has('lines')) return 'budget';
  if (has('events')) return 'events';
  if (has('fields') || has('consent') || has('topics') || has('areas')) return 'form';
  if (has('currency') || has('fiscalYear')) return 'budget';
  return undefined;
}

/** What a reader made of the data: kept, so that a guess by reading is not read twice. */
type Outcome = { read: Read } | { error: unknown };

/** Whether a failure only says that the file lacks the columns this reader needs. */
function onlyMissingColumns(error: unknown): boolean {
  return (
    error instanceof OgDataError &&
    error.problems.length > 0 &&
    error.problems.every((problem) => problem.expected === 'column')
  );
}

/**
 * A CSV file's type, found by the widgets' own readers: a type fits when its reader finds the
 * columns it needs. When several fit, the first (budget, plan, events) is taken only if every
 * one that fits reads the file without a problem, so that a broken file is never declared
 * valid as the wrong kind of data.
 */
async function csvType(
  raw: RawData,
  url: string | undefined,
  options: ValidateOptions,
): Promise<{ type?: DataType; fitting: DataType[]; outcome?: Outcome }> {
  const fitting: { type: DataType; outcome: Outcome }[] = [];
  for (const type of DATA_TYPES.filter((candidate) => candidate !== 'form')) {
    try {
      fitting.push({ type, outcome: { read: await readAs(type, raw, url, options) } });
    } catch (error) {
      if (!onlyMissingColumns(error)) fitting.push({ type, outcome: { error } });
    }
  }
  const types = fitting.map((entry) => entry.type);
  if (fitting.length === 1 || (fitting.length > 1 && fitting.every((entry) => 'read' in entry.outcome))) {
    return { type: types[0], fitting: types, outcome: fitting[0]!.outcome };
  }
  return { fitting: types };
}

// ---------------------------------------------------------------------------------------------
// Sentences and hints

const ISOLATES = /[\u2066-\u2069]/g;

/** One problem, one line: values and parser messages can hold line breaks. */
const oneLine = (text: string) => text.replace(/\s*[\r\n]+\s*/g, ' ').trim();

function sentence(problem: ValidationProblem, lang: MessageLocale): string {
  // A problem the model explains only in its note ("its own amounts differ…") shows the note
  // where the value would be.
  // A note that only repeats the kind (a schema's check named "valid") says nothing more, nor
  // does the reader's English note on personal data, which the sentence already says in `lang`.
  const note =
    problem.note && problem.note !== problem.expected && problem.expected !== 'personal' ? problem.note : undefined;
  const shown =
    problem.expected === 'valid' && problem.received === undefined && note ? { ...problem, received: note } : problem;
  let text = withLocale(lang, () => describeProblem(shown)).replace(ISOLATES, '');
  if (note && shown === problem) text = `${text.replace(/[.。]$/, '')} — ${note}.`;
  return oneLine(text);
}

interface HintContext {
  type?: DataType;
  format?: DataFormat;
  headers?: string[];
  columns?: Record<string, string>;
  lang: MessageLocale;
  audience: HintAudience;
}

function hint(problem: ValidationProblem, context: HintContext): string | undefined {
  const words = hintWords(context.lang);
  const field = (problem.field ?? '').toLowerCase();
  switch (problem.expected) {
    case 'number':
      return words.number;
    case 'integer':
      return words.integer;
    case 'date':
      return context.type === 'events' ? words.dateTime : words.date;
    case 'text':
      return words.text;
    case 'url':
      return words.url;
    case 'boolean':
      return words.boolean;
    case 'list':
      return words.list;
    case 'object':
      return words.object;
    case 'present':
      return context.format === 'csv' ? words.fillCell : words.addField;
    case 'column': {
      const headers = context.headers ?? [];
      const shown = headers
        .slice(0, 12)
        .map((header) => `"${header}"`)
        .join(', ');
      const has = headers.length ? words.headers(`${shown}${headers.length > 12 ? ', …' : ''}`) : '';
      const mapped = Object.entries(context.columns ?? {}).find(([, header]) => header === problem.field);
      if (mapped) return `${words.mappedMissing(mapped[0], context.audience)}${has}`;
      const name = /^[\w-]+/.exec(problem.field ?? '')?.[0] ?? 'field';
      return `${words.addColumn(name, context.audience)}${has}`;
    }
    case 'unique':
      return words.unique;
    case 'personal':
      return words.personal;
    case 'one-of':
      return problem.allowed?.length ? words.oneOf(problem.allowed.join(', ')) : undefined;
    case 'range':
      return problem.allowed?.length ? words.rangeWithin(problem.allowed.join(', ')) : words.range;
    case 'reference':
      return context.type === 'budget' && field === 'parent' ? words.parentCode : words.reference;
    case 'valid':
      if (field === 'parent') return words.ancestor;
      if (/differ/.test(problem.note ?? '')) return words.sums;
      if (field === 'timezone') return words.timeZone;
      if (field === 'recurrence') return words.recurrence;
      if (field === 'pattern') return words.pattern;
      if (context.type === 'form' && field === 'name') return words.formName;
      if (field === 'end' || field === 'due') return words.dates;
      return undefined;
  }
}

function failureHint(error: OgDataError, format: DataFormat | undefined, context: HintContext): string | undefined {
  const words = hintWords(context.lang);
  if (error.kind === 'format')
    return error.received === 'html'
      ? words.webPage
      : error.received === 'other'
        ? words.wrongType(context.audience)
        : undefined;
  if (error.kind !== 'parse') return undefined;
  if (format === 'json' || /JSON/.test(error.detail)) return words.json;
  if (format === 'ics') return words.ics;
  if (format === 'csv') return words.csv;
  return undefined;
}

/** The total the model gave in its detail ("The budget has 73 problems"), when it listed fewer. */
function totalOf(error: OgDataError): number {
  const stated = /has (\d+) problems?/.exec(error.detail);
  return Math.max(error.problems.length, stated ? Number(stated[1]) : 0);
}

/** Problems about one cell, which the CLI can set aside to let the reader go on. */
const CELL_PROBLEMS = new Set<ValidationProblem['expected']>([
  'number',
  'integer',
  'date',
  'one-of',
  'range',
  'url',
  'boolean',
]);

const cellKey = (problem: ValidationProblem) => `${problem.row}\u0000${problem.field}`;

/**
 * The problems a CSV reader would find after the ones it stopped at. The budget reader checks
 * every cell before it builds the hierarchy (parents, cycles, totals), so a file with a bad
 * amount and a missing parent names the parent only once the amount is fixed. Here the cells at
 * fault are blanked and the same reader runs again, so that one check lists both. Nothing is
 * read a second way: the problems are the widget's own, for the file as it will be once fixed.
 */
async function laterCsvProblems(
  type: DataType,
  table: CsvTable,
  found: readonly ValidationProblem[],
  url: string | undefined,
  options: ValidateOptions,
): Promise<ValidationProblem[]> {
  const later: ValidationProblem[] = [];
  const blanked = new Set<string>();
  let current = table;
  let last = found;
  for (let round = 0; round < 5; round++) {
    const cells = last.map((problem) => ({
      problem,
      column: problem.field === undefined ? -1 : table.headers.indexOf(problem.field),
    }));
    // A problem that is not about one cell (a missing code, a duplicate) cannot be set aside.
    if (
      !cells.every(
        ({ problem, column }) => CELL_PROBLEMS.has(problem.expected) && problem.row !== undefined && column >= 0,
      )
    )
      break;
    const byRow = new Map<number, number[]>();
    for (const { problem, column } of cells) {
      blanked.add(cellKey(problem));
      byRow.set(problem.row!, [...(byRow.get(problem.row!) ?? []), column]);
    }
    current = {
      ...current,
      rows: current.rows.map((row) =>
        byRow.has(row.row)
          ? { row: row.row, cells: row.cells.map((cell, index) => (byRow.get(row.row)!.includes(index) ? '' : cell)) }
          : row,
      ),
    };
    try {
      await readAs(type, { format: 'csv', table: current }, url, options);
      break;
    } catch (error) {
      const failure = toDataError(error, 'parse');
      // A blanked cell that was required is now "missing": already reported.
      last = failure.problems.filter((problem) => !blanked.has(cellKey(problem)));
      if (!last.length || totalOf(failure) > failure.problems.length) break;
      later.push(...last);
    }
  }
  return later;
}

// ---------------------------------------------------------------------------------------------
// Validating

/**
 * Checks one data file as the widget for `options.type` would read it; `read` gives its text (a
 * UsageError from it is a report with exit code 2). `target` is the path or URL as given.
 * Never throws for bad data.
 */
export async function checkData(
  target: string,
  read: () => Promise<DataText>,
  options: ValidateOptions = {},
): Promise<ValidationReport> {
  const lang = options.lang ?? SOURCE_LOCALE;
  await ensureLocale(lang);
  // Keys in the order the JSON output shows them.
  const report: ValidationReport = {
    source: target,
    url: undefined,
    type: undefined,
    guessed: undefined,
    format: undefined,
    count: undefined,
    problems: [],
    totalProblems: 0,
    warnings: [],
    exitCode: 0,
  };
  const context: HintContext = { columns: options.columns, lang, audience: options.audience ?? 'cli' };
  const toReported = (problem: ValidationProblem, severity: ReportedProblem['severity']): ReportedProblem => ({
    ...problem,
    severity,
    message: sentence(problem, lang),
    hint: hint(problem, context),
  });
  let raw: RawData | undefined;
  try {
    const source = await read();
    report.url = source.url;
    // As OgElement's source request: the columns named in `columns` help find the header row.
    const csv = { expectedHeaders: Object.values(options.columns ?? {}) };
    const format = detectFormat({
      explicit: options.format,
      contentType: source.contentType,
      url: source.name,
      text: source.text,
    });
    report.format = context.format = format;
    raw = await parseText(source.text, format, { url: source.url, csv });
    if (raw.format === 'csv') context.headers = raw.table.headers;

    // A wrong encoding is worth saying even when it breaks the file (headers that do not match).
    if (source.text.includes('\uFFFD')) {
      report.warnings.push({
        severity: 'warning',
        expected: 'valid',
        note: 'the file is not in UTF-8: accented and Arabic letters will show as �',
        message: hintWords(lang).notUtf8,
        hint: hintWords(lang).saveUtf8,
      });
    }

    let type = options.type;
    let outcome: Outcome | undefined;
    if (!type) {
      if (raw.format === 'ics') type = 'events';
      else if (raw.format === 'json') type = jsonType(raw.value);
      else {
        const found = await csvType(raw, report.url, options);
        type = found.type;
        outcome = found.outcome;
        if (!type && found.fitting.length > 1) {
          throw new UsageError(
            `This CSV file could be read as ${found.fitting.join(' or ')}: say which with --type ${found.fitting.join('|')}.`,
          );
        }
      }
      if (!type) {
        throw new UsageError(
          `Cannot tell what this ${format.toUpperCase()} file holds. Say which widget reads it with --type ${DATA_TYPES.join('|')}.`,
        );
      }
      report.guessed = true;
    }
    report.type = context.type = type;
    outcome ??= await readAs(type, raw, report.url, options).then(
      (read) => ({ read }),
      (error: unknown) => ({ error }),
    );
    if ('error' in outcome) throw outcome.error;
    report.count = outcome.read.count;
    // Personal data in a file meant for publication is a leak, whatever the widget shows: the
    // check fails (exit code 1) and says so first, though the widget would read the file.
    const leaks = outcome.read.warnings.filter((warning) => warning.expected === 'personal');
    report.warnings.unshift(
      ...outcome.read.warnings
        .filter((warning) => warning.expected !== 'personal')
        .map((warning) => toReported(warning, 'warning')),
    );
    if (leaks.length) {
      report.problems = leaks.map((leak) => toReported(leak, 'error'));
      report.totalProblems = leaks.length;
      report.exitCode = 1;
    }
  } catch (error) {
    if (error instanceof UsageError) {
      report.failure = { kind: error.kind, message: error.message };
      report.exitCode = 2;
      return report;
    }
    // As DataSourceController: anything thrown while reading is the widget's error state.
    const failure = toDataError(error, 'parse');
    if (failure.problems.length) {
      const later =
        raw?.format === 'csv' && report.type && totalOf(failure) === failure.problems.length
          ? await laterCsvProblems(report.type, raw.table, failure.problems, report.url, options)
          : [];
      report.problems = [...failure.problems, ...later].map((problem) => toReported(problem, 'error'));
      report.totalProblems = totalOf(failure) + later.length;
    } else {
      const headline = withLocale(lang, () => errorHeadline(failure));
      report.problems = [
        {
          severity: 'error',
          kind: failure.kind,
          expected: 'valid',
          note: failure.detail,
          message: oneLine(`${headline} ${failure.detail}`),
          hint: failureHint(failure, report.format, context),
        },
      ];
      report.totalProblems = 1;
    }
    report.count = undefined;
    report.exitCode = 1;
  }
  return report;
}
