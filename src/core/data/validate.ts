import { OgDataError, type ValidationProblem } from './errors.js';

/** The most problems one error lists; a broken file can have thousands. */
export const MAX_PROBLEMS = 50;

/** Builds the `validation` error for problems found by hand (duplicates, cycles, references). */
export function validationError(problems: ValidationProblem[], what = 'data', total = problems.length): OgDataError {
  const lines = problems.map((problem) => {
    const where =
      problem.row !== undefined ? `row ${problem.row}` : problem.path?.length ? problem.path.join('.') : 'data';
    const received = problem.received !== undefined ? ` (got ${problem.received})` : '';
    const allowed = problem.allowed?.length ? ` [${problem.allowed.join(', ')}]` : '';
    return `${where}: ${problem.field ?? 'value'} should be ${problem.expected}${allowed}${received}${problem.note ? `: ${problem.note}` : ''}`;
  });
  const more = total > problems.length ? `\n… and ${total - problems.length} more` : '';
  return new OgDataError({
    kind: 'validation',
    detail: `The ${what} has ${total} problem${total === 1 ? '' : 's'}:\n${lines.join('\n')}${more}`,
    problems,
  });
}

/** A date as `YYYY-MM-DD` that exists on the calendar (not `2026-02-30`). */
export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // Arithmetic, not a Date per call: registers check tens of thousands of dates. Years before 100
  // stay refused, as `Date.UTC` would read them as 19xx.
  if (year < 100 || month < 1 || month > 12 || day < 1) return false;
  // February by the leap-year rule; otherwise 31 days in odd months up to July, even ones after.
  return (
    day <= (month === 2 ? (year % 4 || (!(year % 100) && year % 400) ? 28 : 29) : 30 + ((month + (month >> 3)) & 1))
  );
}

/** A date-time in ISO 8601 form that `Date` reads to a real instant (with its date checked too). */
export function isIsoDateTime(value: string): boolean {
  const match = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.exec(value);
  if (!match || !isIsoDate(match[1]!)) return false;
  if (match[2] !== undefined && (Number(match[2]) > 23 || Number(match[3]) > 59 || Number(match[4] ?? 0) > 59))
    return false;
  return true;
}
