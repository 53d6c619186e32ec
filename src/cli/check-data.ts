// The checks behind `opengov-widgets validate`, apart from reading files and printing: the very
// parsers and schemas the widgets use, run on a text already in hand. No Node API here, so that the
// demo's embed builder runs the same checks in the browser on a file the webmaster drops.
import { OgDataError, toDataError, type DataErrorKind, type ValidationProblem } from '../core/data/errors.js';
import { detectFormat, type DataFormat } from '../core/data/format.js';
import { parseText, type RawData } from '../core/data/parse.js';
import { type CsvTable } from '../core/data/columns.js';
import { describeProblem, errorHeadline } from '../core/messages.js';
import { ensureLocale, withLocale } from '../core/i18n/msg.js';
import { SOURCE_LOCALE, type MessageLocale } from '../core/i18n/locales.js';

/** What a data file is for: the widget that reads it. */
export const DATA_TYPES = ['budget', 'plan', 'events', 'form'] as const;
export type DataType = (typeof DATA_TYPES)[number];

export const WIDGET_OF: Record<DataType, string> = {
  budget: 'og-budget-table',
  plan: 'og-commitment-tracker',
  events: 'og-consultation-calendar',
  form: 'og-suggestion-form',
};

export interface ValidateOptions {
  /** Which widget's reader to use; guessed from the contents when absent. */
  type?: DataType;
  /** Like the widgets' `format` attribute; detected otherwise. */
  format?: DataFormat;
  /** The language of the problem sentences. */
  lang?: MessageLocale;
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
  /** What to do about it, in English. */
  hint?: string;
  /** For a file that could not be read at all: why (`parse`, `format`…). */
  kind?: DataErrorKind;
}

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
  count?: { value: number; noun: string; details?: string };
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

/**
 * What each widget's parseData does with raw data (same modules, same options), returning what
 * was read and the model's warnings.
 * @throws OgDataError as the widget would
 */
async function readAs(type: DataType, raw: RawData, url: string | undefined, options: ValidateOptions): Promise<Read> {
  const columns = options.columns ?? {};
  switch (type) {
    case 'budget': {
      // og-budget-table's parseData.
      if (raw.format === 'ics') throw new OgDataError({ kind: 'format', detail: 'A budget is JSON or CSV, not iCalendar.' });
      const model = await import('../budget-table/model.js');
      const overrides = { currency: options.currency?.toUpperCase(), unit: options.unit, fiscalYear: options.fiscalYear };
      const budget =
        raw.format === 'csv'
          ? (await import('../budget-table/budget-csv.js')).parseBudgetCsv(raw.table, {
              columns,
              fiscalYear: overrides.fiscalYear,
              meta: { currency: overrides.currency ?? '', unit: overrides.unit ?? 1, source: url },
            })
          : await model.parseBudgetJson(raw.value, Object.fromEntries(Object.entries(overrides).filter(([, value]) => value !== undefined)));
      // The table marks lines whose own amounts differ from the sum of their sub-lines.
      const mismatches = budget.years.flatMap((year) => model.mismatchWarnings(budget, year));
      const years = budget.years.length ? `, ${budget.years.length === 1 ? `year ${budget.years[0]}` : `years ${budget.years[0]}–${budget.years[budget.years.length - 1]}`}` : '';
      return { count: { value: budget.lines.length, noun: 'line', details: `${plural(budget.lines.length, 'line')}${years}` }, warnings: [...budget.warnings, ...mismatches] };
    }
    case 'plan': {
      // og-commitment-tracker's parseData.
      if (raw.format === 'ics') throw new OgDataError({ kind: 'format', detail: 'An action plan is JSON or CSV, not iCalendar.' });
      const { plan, warnings } =
        raw.format === 'csv'
          ? (await import('../commitment-tracker/plan-csv.js')).parsePlanCsv(raw.table, columns, url)
          : (await import('../commitment-tracker/model.js')).parsePlanJson(raw.value, url);
      const milestones = plan.commitments.reduce((sum, commitment) => sum + commitment.milestones.length, 0);
      const count = plan.commitments.length;
      return { count: { value: count, noun: 'commitment', details: `${plural(count, 'commitment')}, ${plural(milestones, 'milestone')}` }, warnings };
    }
    case 'events': {
      // og-consultation-calendar's readRaw, for its main source.
      const calendar = await import('../consultation-calendar/model.js');
      const window = calendar.defaultWindow();
      const timeZone = options.timeZone;
      let list;
      if (raw.format === 'ics') {
        list = (await import('../consultation-calendar/ics-events.js')).eventsFromIcs(raw.ics, { timeZone, source: 0, window });
      } else if (raw.format === 'csv') {
        list = (await import('../consultation-calendar/events-csv.js')).parseEventsCsv(raw.table, { columns, timeZone, source: 0, window });
      } else {
        const expand = calendar.needsRecurrence(raw.value) ? (await import('../consultation-calendar/ics-events.js')).expandRecurrence : undefined;
        list = calendar.parseEventsJson(raw.value, { timeZone, source: 0, window, expand });
      }
      const count = list.events.length;
      const recurring = list.events.filter((event) => event.recurring).length;
      return {
        count: { value: count, noun: 'event', details: `${plural(count, 'event')}${recurring ? `, ${recurring} of them occurrences of repeating events` : ''}` },
        warnings: list.warnings,
      };
    }
    case 'form': {
      // og-suggestion-form's parseData.
      if (raw.format !== 'json') throw new OgDataError({ kind: 'format', detail: 'A form configuration is JSON.' });
      const config = (await import('../suggestion-form/config.js')).parseFormConfig(raw.value);
      const count = config.fields.length;
      return { count: { value: count, noun: 'extra field', details: `${plural(count, 'extra field')}` }, warnings: [] };
    }
  }
}

/** A JSON value's type, from its shape; `undefined` when it does not tell. */
function jsonType(value: unknown): DataType | undefined {
  const has = (key: string) => typeof value === 'object' && value !== null && key in value;
  if (Array.isArray(value)) {
    const first = value.find((item) => typeof item === 'object' && item !== null) as Record<string, unknown> | undefined;
    if (!first) return undefined;
    if ('start' in first) return 'events';
    if ('code' in first || 'children' in first) return 'budget';
    if ('milestones' in first || 'status' in first) return 'plan';
    return undefined;
  }
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
  return error instanceof OgDataError && error.problems.length > 0 && error.problems.every((problem) => problem.expected === 'column');
}

/**
 * A CSV file's type, found by the widgets' own readers: a type fits when its reader finds the
 * columns it needs. When several fit, the first (budget, plan, events) is taken only if every
 * one that fits reads the file without a problem, so that a broken file is never declared
 * valid as the wrong kind of data.
 */
async function csvType(raw: RawData, url: string | undefined, options: ValidateOptions): Promise<{ type?: DataType; fitting: DataType[]; outcome?: Outcome }> {
  const fitting: { type: DataType; outcome: Outcome }[] = [];
  for (const type of ['budget', 'plan', 'events'] as const) {
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
  // A note that only repeats the kind (a schema's check named "valid") says nothing more.
  const note = problem.note && problem.note !== problem.expected ? problem.note : undefined;
  const shown = problem.expected === 'valid' && problem.received === undefined && note ? { ...problem, received: note } : problem;
  let text = withLocale(lang, () => describeProblem(shown)).replace(ISOLATES, '');
  if (note && shown === problem) text = `${text.replace(/[.。]$/, '')} — ${note}.`;
  return oneLine(text);
}

function hint(problem: ValidationProblem, context: { type?: DataType; format?: DataFormat; headers?: string[]; columns?: Record<string, string> }): string | undefined {
  const field = (problem.field ?? '').toLowerCase();
  switch (problem.expected) {
    case 'number':
      return 'use digits, with a comma or a dot for decimals (12500,5 or 12 500.5); no currency sign or words';
    case 'integer':
      return 'use a whole number, digits only';
    case 'date':
      return context.type === 'events'
        ? 'write YYYY-MM-DD, or YYYY-MM-DDTHH:MM with a time (2026-03-10T17:30); the day must exist'
        : 'write YYYY-MM-DD (2026-03-10); the day must exist';
    case 'text':
      return 'write text in quotes, or one text per language: {"fr": "…", "ar": "…"}';
    case 'url':
      return 'write a full address starting with https:// (only http, https, mailto: and tel: links are shown; a relative link depends on the page the widget is in)';
    case 'boolean':
      return 'write true or false, without quotes';
    case 'list':
      return 'put the items between [ and ]';
    case 'object':
      return 'put the fields between { and }';
    case 'present':
      return context.format === 'csv' ? 'fill in this cell' : 'add this field, with a value';
    case 'column': {
      const headers = context.headers ?? [];
      const shown = headers.slice(0, 12).map((header) => `"${header}"`).join(', ');
      const has = headers.length ? `; the file's headers are ${shown}${headers.length > 12 ? ', …' : ''}` : '';
      const mapped = Object.entries(context.columns ?? {}).find(([, header]) => header === problem.field);
      if (mapped) return `--columns maps "${mapped[0]}" to this header, which the file does not have${has}`;
      const name = /^[\w-]+/.exec(problem.field ?? '')?.[0] ?? 'field';
      return `add this column, or name yours with --columns '{"${name}":"Your header"}'${has}`;
    }
    case 'unique':
      return 'give each record its own value';
    case 'one-of':
      return problem.allowed?.length ? `use one of: ${problem.allowed.join(', ')}` : undefined;
    case 'range':
      return problem.allowed?.length ? `stay within the limit (${problem.allowed.join(', ')})` : 'use a value within the allowed range';
    case 'reference':
      return context.type === 'budget' && field === 'parent'
        ? 'use the code of a line in this file, or leave it empty for a top-level line'
        : 'check the spelling, or add the record it refers to';
    case 'valid':
      if (field === 'parent') return 'a line cannot be its own ancestor: fix the parent codes';
      if (/differ/.test(problem.note ?? '')) return 'correct the amounts, or the sub-lines they should add up to';
      if (field === 'timezone') return 'use an IANA time zone name, such as Africa/Tunis or Africa/Casablanca';
      if (field === 'recurrence') return 'use an iCalendar RRULE, such as FREQ=WEEKLY;COUNT=4';
      if (field === 'pattern') return 'use a regular expression that JavaScript can read';
      if (context.type === 'form' && field === 'name') {
        return 'start with a letter, then letters, digits, - or _; not a built-in field (topic, area, message, name, email, phone)';
      }
      if (field === 'end' || field === 'due') return 'check the dates: it should come after the start';
      return undefined;
  }
}

function failureHint(error: OgDataError, format: DataFormat | undefined): string | undefined {
  if (error.kind === 'format') {
    return /web page|HTML/.test(error.detail)
      ? 'give the address of the data file itself (JSON, CSV or ICS), not of a page about it'
      : 'check --type: a budget or a plan is JSON or CSV, events are JSON, CSV or ICS, a form is JSON';
  }
  if (error.kind !== 'parse') return undefined;
  if (format === 'json' || /JSON/.test(error.detail)) return 'check the commas, quotes and brackets near that spot (a JSON validator shows it)';
  if (format === 'ics') return 'an iCalendar file starts with BEGIN:VCALENDAR and ends with END:VCALENDAR: export it again from the calendar';
  if (format === 'csv') return 'the file needs a header row, then one row per record';
  return undefined;
}

/** The total the model gave in its detail ("The budget has 73 problems"), when it listed fewer. */
function totalOf(error: OgDataError): number {
  const stated = /has (\d+) problems?/.exec(error.detail);
  return Math.max(error.problems.length, stated ? Number(stated[1]) : 0);
}

/** Problems about one cell, which the CLI can set aside to let the reader go on. */
const CELL_PROBLEMS = new Set<ValidationProblem['expected']>(['number', 'integer', 'date', 'one-of', 'range', 'url', 'boolean']);

const cellKey = (problem: ValidationProblem) => `${problem.row}\u0000${problem.field}`;

/**
 * The problems a CSV reader would find after the ones it stopped at. The budget reader checks
 * every cell before it builds the hierarchy (parents, cycles, totals), so a file with a bad
 * amount and a missing parent names the parent only once the amount is fixed. Here the cells at
 * fault are blanked and the same reader runs again, so that one check lists both. Nothing is
 * read a second way: the problems are the widget's own, for the file as it will be once fixed.
 */
async function laterCsvProblems(type: DataType, table: CsvTable, found: readonly ValidationProblem[], url: string | undefined, options: ValidateOptions): Promise<ValidationProblem[]> {
  const later: ValidationProblem[] = [];
  const blanked = new Set<string>();
  let current = table;
  let last = found;
  for (let round = 0; round < 5; round++) {
    const cells = last.map((problem) => ({ problem, column: problem.field === undefined ? -1 : table.headers.indexOf(problem.field) }));
    // A problem that is not about one cell (a missing code, a duplicate) cannot be set aside.
    if (!cells.every(({ problem, column }) => CELL_PROBLEMS.has(problem.expected) && problem.row !== undefined && column >= 0)) break;
    const byRow = new Map<number, number[]>();
    for (const { problem, column } of cells) {
      blanked.add(cellKey(problem));
      byRow.set(problem.row!, [...(byRow.get(problem.row!) ?? []), column]);
    }
    current = {
      ...current,
      rows: current.rows.map((row) => (byRow.has(row.row) ? { row: row.row, cells: row.cells.map((cell, index) => (byRow.get(row.row)!.includes(index) ? '' : cell)) } : row)),
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
export async function checkData(target: string, read: () => Promise<DataText>, options: ValidateOptions = {}): Promise<ValidationReport> {
  const lang = options.lang ?? SOURCE_LOCALE;
  await ensureLocale(lang);
  // Keys in the order the JSON output shows them.
  const report: ValidationReport = { source: target, url: undefined, type: undefined, guessed: undefined, format: undefined, count: undefined, problems: [], totalProblems: 0, warnings: [], exitCode: 0 };
  const context: Parameters<typeof hint>[1] = { columns: options.columns };
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
    const format = detectFormat({ explicit: options.format, contentType: source.contentType, url: source.name, text: source.text });
    report.format = context.format = format;
    raw = await parseText(source.text, format, { url: source.url, csv });
    if (raw.format === 'csv') context.headers = raw.table.headers;

    // A wrong encoding is worth saying even when it breaks the file (headers that do not match).
    if (source.text.includes('\uFFFD')) {
      report.warnings.push({
        severity: 'warning',
        expected: 'valid',
        note: 'the file is not in UTF-8: accented and Arabic letters will show as �',
        message: 'The file is not in UTF-8: accented and Arabic letters will show as �.',
        hint: 'save it again as UTF-8 (in a spreadsheet: "CSV UTF-8")',
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
          throw new UsageError(`This CSV file could be read as ${found.fitting.join(' or ')}: say which with --type ${found.fitting.join('|')}.`);
        }
      }
      if (!type) {
        throw new UsageError(
          `Cannot tell what this ${format.toUpperCase()} file holds. Say which widget reads it with --type budget|plan|events|form.`,
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
    report.warnings.unshift(...outcome.read.warnings.map((warning) => toReported(warning, 'warning')));
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
      report.problems = [{ severity: 'error', kind: failure.kind, expected: 'valid', note: failure.detail, message: oneLine(`${headline} ${failure.detail}`), hint: failureHint(failure, report.format) }];
      report.totalProblems = 1;
    }
    report.count = undefined;
    report.exitCode = 1;
  }
  return report;
}

