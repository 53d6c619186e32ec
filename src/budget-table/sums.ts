// What the validation CLI reports beyond the reader's problems (`checkSums`): the lines whose own
// amounts differ from the sum of their sub-lines, in every year. The table marks them itself, for
// the year it shows, so the element never loads this.
import type { ValidationProblem } from '../core/index.js';
import { amountsFor, where, type Budget } from './model.js';

/** Lines whose own amounts disagree with their children in these years, as warnings naming both. */
export function mismatchWarnings(budget: Budget, years: readonly number[]): ValidationProblem[] {
  return years.flatMap((year) =>
    [...amountsFor(budget, year).mismatched].map((index) => {
      const line = budget.lines[index]!;
      return {
        ...where(line, index),
        field: line.code,
        expected: 'valid',
        note: `its own amounts for ${year} differ from the sum of its sub-lines`,
      };
    }),
  );
}
