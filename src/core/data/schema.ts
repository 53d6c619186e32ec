// Validation against valibot schemas, and the schema pieces every widget's data uses. Its own
// module, out of the shared core: valibot loads with the readers that use it (a suggestion form
// without a configuration, or a budget read from CSV, never downloads it).
import * as v from 'valibot';
import { excerpt, type ExpectedKind, type ValidationProblem } from './errors.js';
import { isLocalizedText, type LocalizedText } from '../i18n/text.js';
import { MAX_PROBLEMS, isIsoDate, isIsoDateTime, validationError } from './validate.js';

const SIMPLE_KINDS: Record<string, ExpectedKind> = {
  number: 'number',
  integer: 'integer',
  safe_integer: 'integer',
  string: 'text',
  boolean: 'boolean',
  array: 'list',
  tuple: 'list',
  object: 'object',
  loose_object: 'object',
  strict_object: 'object',
  record: 'object',
  date: 'date',
  url: 'url',
  min_value: 'range',
  max_value: 'range',
  non_empty: 'present',
};

function problemFromIssue(
  issue: v.BaseIssue<unknown>,
  rowOf?: (index: number) => number | undefined,
): ValidationProblem {
  const keys = (issue.path ?? []).map((item) => item.key as string | number);
  const field = [...keys].reverse().find((key): key is string => typeof key === 'string');
  let expected: ExpectedKind;
  let allowed: string[] | undefined;
  if (issue.input === undefined || issue.input === null || (issue.type === 'non_empty' && issue.input === '')) {
    expected = 'present';
  } else if (issue.type === 'picklist' || issue.type === 'enum' || issue.type === 'literal') {
    expected = 'one-of';
    allowed = [...(issue.expected ?? '').matchAll(/"([^"]*)"/g)].map((match) => match[1]!);
  } else if (issue.type === 'check' || issue.type === 'custom') {
    expected = (issue.message as ExpectedKind) || 'valid';
  } else {
    expected = SIMPLE_KINDS[issue.type] ?? 'valid';
    if (expected === 'range' && issue.requirement !== undefined) allowed = [String(issue.requirement)];
  }
  const problem: ValidationProblem = { path: keys, field, expected };
  if (allowed) problem.allowed = allowed;
  if (expected !== 'present') problem.received = excerpt(issue.input);
  if (expected === 'valid') problem.note = issue.message;
  if (rowOf && typeof keys[0] === 'number') {
    const row = rowOf(keys[0]);
    if (row !== undefined) problem.row = row;
  }
  return problem;
}

/**
 * A union that failed (an event list that is an array or an object, evidence that is a URL or an
 * object) says only "not valid". When one of its options got past the value's own type and failed
 * deeper inside, those deeper problems are the ones that name the field at fault.
 */
function insideUnion(issue: v.BaseIssue<unknown>): v.BaseIssue<unknown>[] {
  if (issue.type !== 'union' || !issue.issues?.length) return [issue];
  // The options' issues have paths from the union's value: they are put after the union's own.
  const deeper = issue.issues
    .filter((inner) => inner.path?.length)
    .map((inner) => ({ ...inner, path: [...(issue.path ?? []), ...inner.path!] }) as v.BaseIssue<unknown>);
  return deeper.length ? deeper.flatMap(insideUnion) : [issue];
}

export interface ValidateOptions {
  /**
   * For data that came from CSV: the spreadsheet row of the record at an index, so that problems
   * say "row 14" rather than a JSON path.
   */
  rowOf?: (index: number) => number | undefined;
  /** What the data is, for the technical detail ("budget lines", "action plan"). */
  what?: string;
}

/**
 * Validates data against a valibot schema and returns the typed output.
 * @throws OgDataError (`validation`) listing up to {@link MAX_PROBLEMS} problems, each naming the
 * record and the field.
 */
export function validate<TSchema extends v.GenericSchema>(
  schema: TSchema,
  value: unknown,
  options: ValidateOptions = {},
): v.InferOutput<TSchema> {
  const result = v.safeParse(schema, value, { abortEarly: false });
  if (result.success) return result.output;
  const issues = result.issues.flatMap(insideUnion);
  const problems = issues.slice(0, MAX_PROBLEMS).map((issue) => problemFromIssue(issue, options.rowOf));
  throw validationError(problems, options.what, issues.length);
}

/** `YYYY-MM-DD`, checked against the calendar. */
export const isoDateSchema = /* @__PURE__ */ v.pipe(v.string(), v.check(isIsoDate, 'date'));

/** An ISO 8601 date or date-time, checked against the calendar. */
export const isoDateTimeSchema = /* @__PURE__ */ v.pipe(v.string(), v.check(isIsoDateTime, 'date'));

/** A plain string, or the same text in several languages: `{ "fr": "…", "ar": "…" }`. */
export const localizedTextSchema = /* @__PURE__ */ v.custom<LocalizedText>(isLocalizedText, 'text');
