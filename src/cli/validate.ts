/// <reference types="node" />
// `opengov-widgets validate`: checks a data file (a local path or an http(s) URL) with the very
// parsers and schemas the widgets use, so that a webmaster can fix a file before publishing it.
// Nothing here reads data by itself: the flow mirrors OgElement + DataSourceController (detect
// the format, parse the text, then the widget's reader from the registry, src/widgets.ts), with
// the readers loaded on demand. Node only: no widget imports this folder (house rules); the demo's embed builder runs
// check-data.ts, which has no Node API, in the browser.
import { readFile, stat } from 'node:fs/promises';
import process from 'node:process';
import { parseArgs } from 'node:util';
import { OgDataError } from '../core/data/errors.js';
import { asDataFormat } from '../core/data/format.js';
import { parseColumnsAttribute } from '../core/data/columns.js';
import { DEFAULT_TIMEOUT_MS } from '../core/data/fetch.js';
import { errorHeadline } from '../core/messages.js';
import { withLocale } from '../core/i18n/msg.js';
import { MESSAGE_LOCALES, SOURCE_LOCALE, languageOf, type MessageLocale } from '../core/i18n/locales.js';
import { isValidTimeZone } from '../core/i18n/zones.js';
import {
  DATA_TYPES,
  UsageError,
  WIDGET_OF,
  checkData,
  plural,
  type DataText,
  type DataType,
  type ReportedProblem,
  type ValidateOptions,
  type ValidationReport,
} from './check-data.js';

export {
  DATA_TYPES,
  UsageError,
  checkData,
  type DataType,
  type ReportedProblem,
  type ValidateOptions,
  type ValidationReport,
} from './check-data.js';

// ---------------------------------------------------------------------------------------------
// Reading the source

async function readSource(target: string, timeout: number, lang: MessageLocale): Promise<DataText> {
  if (/^https?:\/\//i.test(target)) {
    let response: Response;
    try {
      response = await fetch(target, {
        signal: AbortSignal.timeout(timeout),
        headers: { Accept: 'application/json, text/csv, text/calendar, */*;q=0.5' },
      });
    } catch (error) {
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      if ((error as Error).name === 'TimeoutError')
        throw new UsageError(`No complete answer from ${target} within ${timeout / 1000} s.`, 'timeout');
      throw new UsageError(
        `Could not reach ${target}: ${cause?.code ?? cause?.message ?? (error as Error).message}.`,
        'network',
      );
    }
    if (!response.ok) {
      const headline = withLocale(lang, () =>
        errorHeadline(new OgDataError({ kind: 'http', status: response.status, detail: '' })),
      );
      throw new UsageError(
        `${headline} ${target} answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`,
        'http',
      );
    }
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      throw new UsageError(
        `The connection to ${target} closed before the whole file arrived (${(error as Error).message}).`,
        'network',
      );
    }
    const contentType = (response.headers.get('Content-Type') ?? '').split(';')[0]!.trim().toLowerCase();
    return { text, contentType, url: response.url || target, name: response.url || target };
  }
  const path = target.startsWith('file://') ? new URL(target) : target;
  try {
    if ((await stat(path)).isDirectory()) throw new UsageError(`${target} is a folder, not a data file.`);
    return { text: await readFile(path, 'utf8'), contentType: '', name: String(path) };
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = (error as { code?: string }).code;
    if (code === 'ENOENT') throw new UsageError(`No such file: ${target}`);
    throw new UsageError(`Could not read ${target}: ${(error as Error).message}`);
  }
}

/**
 * Validates one data file (a path or an http(s) URL) as the widget for `options.type` would read it.
 * Never throws for bad data: a usage mistake or an unreachable file is a report with exit code 2.
 */
export function validateSource(target: string, options: ValidateOptions = {}): Promise<ValidationReport> {
  const lang = options.lang ?? SOURCE_LOCALE;
  return checkData(target, () => readSource(target, options.timeout ?? DEFAULT_TIMEOUT_MS, lang), options);
}

// ---------------------------------------------------------------------------------------------
// Printing

interface Styles {
  red: (text: string) => string;
  green: (text: string) => string;
  yellow: (text: string) => string;
  dim: (text: string) => string;
  bold: (text: string) => string;
}

function styles(color: boolean): Styles {
  const wrap = (open: number, close: number) => (text: string) =>
    color ? `\u001b[${open}m${text}\u001b[${close}m` : text;
  return { red: wrap(31, 39), green: wrap(32, 39), yellow: wrap(33, 39), dim: wrap(2, 22), bold: wrap(1, 22) };
}

/**
 * The report as lines for a terminal: one line per problem, then a summary line. A file that
 * could not be checked is one line (for stderr), with what was noticed on the way.
 */
export function formatReport(report: ValidationReport, color = false): string {
  const style = styles(color);
  const line = (problem: ReportedProblem) => {
    const label = problem.severity === 'error' ? style.red('error  ') : style.yellow('warning');
    return `${label} ${problem.message}${problem.hint ? ` ${style.dim(`→ ${problem.hint}`)}` : ''}`;
  };
  if (report.failure)
    return [`opengov-widgets validate: ${report.failure.message}`, ...report.warnings.map(line)].join('\n') + '\n';
  const lines: string[] = [];
  const format = report.format?.toUpperCase();
  const as = report.type
    ? ` as ${report.type} (${[WIDGET_OF[report.type], format, report.guessed ? 'type guessed from the contents' : ''].filter(Boolean).join(', ')})`
    : format
      ? ` (${format})`
      : '';
  lines.push(style.dim(`Checking ${report.source}${as}`));
  for (const problem of report.problems) lines.push(line(problem));
  if (report.totalProblems > report.problems.length)
    lines.push(
      style.dim(`… and ${report.totalProblems - report.problems.length} more problems (fix these, then check again)`),
    );
  for (const warning of report.warnings) lines.push(line(warning));
  const warnings = report.warnings.length ? `, ${plural(report.warnings.length, 'warning')}` : '';
  if (report.exitCode === 0) {
    lines.push(style.green(`✔ ${report.type}: ${report.count?.details ?? ''}, no problems${warnings}`));
  } else {
    lines.push(style.red(`✖ ${plural(report.totalProblems, 'problem')}${warnings}`));
  }
  return `${lines.join('\n')}\n`;
}

export function usage(): string {
  return `Usage: opengov-widgets validate <file-or-url> [options]

Checks a data file with the same readers the widgets use, before you publish it.

Options:
  --type budget|plan|events|form|responses
                                   which widget reads the file (default: guessed from the contents)
  --lang en|fr|ar|es               language of the problem sentences (default: en)
  --columns '{"title":"Intitulé"}' CSV: the widget's fields mapped to your headers (as the columns attribute)
  --currency TND                   budget: the currency (as the currency attribute)
  --unit 1000                      budget: what one unit of the amounts is worth (as the unit attribute)
  --fiscal-year 2026               budget: the year of plain amount columns in a CSV (as fiscal-year)
  --time-zone Africa/Tunis         events: the zone of times without an offset (as the time-zone attribute)
  --format json|csv|ics            the file's format (default: detected, as the format attribute)
  --json                           machine-readable output
  -h, --help                       this help

Exit codes: 0 valid (warnings allowed), 1 problems found, 2 usage error or file not reachable.
Examples:
  npx opengov-widgets validate budget.csv --currency TND
  npx opengov-widgets validate https://example.org/plan.json --lang fr
`;
}

/** Where `main` writes, and what it knows of the terminal. */
export interface Console {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether stdout is a terminal. */
  isTTY: boolean;
  env: Record<string, string | undefined>;
}

const nodeConsole: Console = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isTTY: Boolean(process.stdout.isTTY),
  env: process.env,
};

function readOptions(argv: string[]): { target?: string; options: ValidateOptions; json: boolean; help: boolean } {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        type: { type: 'string' },
        lang: { type: 'string' },
        columns: { type: 'string' },
        currency: { type: 'string' },
        unit: { type: 'string' },
        'fiscal-year': { type: 'string' },
        'time-zone': { type: 'string' },
        format: { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError(
      (error as Error).message.replace(/\. To specify a positional argument.*$/s, '.'),
      'usage',
      true,
    );
  }
  const { values, positionals } = parsed;
  const options: ValidateOptions = {};
  if (values.type !== undefined) {
    if (!(DATA_TYPES as readonly string[]).includes(values.type))
      throw new UsageError(`Unknown --type "${values.type}": use budget, plan, events, form or responses.`);
    options.type = values.type as DataType;
  }
  if (values.lang !== undefined) {
    const language = languageOf(values.lang);
    if (!(MESSAGE_LOCALES as readonly string[]).includes(language))
      throw new UsageError(`Unknown --lang "${values.lang}": use ${MESSAGE_LOCALES.join(', ')}.`);
    options.lang = language as MessageLocale;
  }
  if (values.columns !== undefined) {
    try {
      options.columns = parseColumnsAttribute(values.columns);
    } catch (error) {
      throw new UsageError(`--columns: ${(error as OgDataError).detail ?? String(error)}`);
    }
  }
  if (values.currency !== undefined) {
    if (!/^[A-Za-z]{3}$/.test(values.currency))
      throw new UsageError(`--currency "${values.currency}" is not an ISO 4217 code such as TND or MAD.`);
    options.currency = values.currency.toUpperCase();
  }
  if (values.unit !== undefined) {
    const unit = Number(values.unit);
    if (!(unit > 0))
      throw new UsageError(
        `--unit "${values.unit}" should be what one unit of the amounts is worth: 1, 1000 or 1000000.`,
      );
    options.unit = unit;
  }
  if (values['fiscal-year'] !== undefined) {
    const year = Number(values['fiscal-year']);
    if (!Number.isInteger(year) || year < 1900 || year > 2200)
      throw new UsageError(`--fiscal-year "${values['fiscal-year']}" is not a year such as 2026.`);
    options.fiscalYear = year;
  }
  if (values['time-zone'] !== undefined) {
    if (!isValidTimeZone(values['time-zone']))
      throw new UsageError(`--time-zone "${values['time-zone']}" is not an IANA time zone such as Africa/Tunis.`);
    options.timeZone = values['time-zone'];
  }
  if (values.format !== undefined) {
    const format = asDataFormat(values.format);
    if (!format) throw new UsageError(`Unknown --format "${values.format}": use json, csv or ics.`);
    options.format = format;
  }
  if (positionals.length > 1)
    throw new UsageError(`One file at a time: got ${positionals.map((item) => `"${item}"`).join(', ')}.`);
  return { target: positionals[0], options, json: Boolean(values.json), help: Boolean(values.help) };
}

/**
 * Runs `validate` with the arguments after the command name.
 * @returns the exit code: 0 valid, 1 problems, 2 usage error or unreachable file.
 */
export async function main(argv: readonly string[], io: Console = nodeConsole): Promise<number> {
  const json = argv.includes('--json');
  let request;
  try {
    request = readOptions([...argv]);
    if (request.help) {
      io.stdout(usage());
      return 0;
    }
    if (!request.target) throw new UsageError('Which file? Give a path or an http(s) URL.', 'usage', true);
  } catch (error) {
    const message = error instanceof UsageError ? error.message : String(error);
    const more =
      error instanceof UsageError && error.showUsage
        ? `\n${usage()}`
        : 'Run "opengov-widgets validate --help" for the options.\n';
    if (json)
      io.stdout(`${JSON.stringify({ valid: false, failure: { kind: 'usage', message }, exitCode: 2 }, null, 2)}\n`);
    else io.stderr(`opengov-widgets validate: ${message}\n${more}`);
    return 2;
  }
  const report = await validateSource(request.target, request.options);
  if (request.json) {
    io.stdout(`${JSON.stringify({ valid: report.exitCode === 0, ...report }, null, 2)}\n`);
  } else {
    const color = io.isTTY && !io.env.NO_COLOR;
    if (report.failure) io.stderr(formatReport(report));
    else io.stdout(formatReport(report, color));
  }
  return report.exitCode;
}
