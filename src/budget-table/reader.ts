// og-budget-table's reader: a budget from JSON (`schemas/budget-table.schema.json`) or from a CSV
// as accounting exports write it, to the model. The element, the CLI and the embed builder call it.
import { OgDataError, type RawData, type Read, type ReadOptions, type ReadSummary } from '../core/index.js';
import type { Budget } from './model.js';
import { parseBudgetJson } from './json.js';

/** How the page asks for a budget to be read (the element's attributes). */
export interface BudgetReadOptions extends ReadOptions {
  /** ISO code (TND, MAD…), over the data's own. */
  currency?: string;
  /** What one unit of the amounts is worth (1, 1000…), over the data's own. */
  unit?: number;
  /** For a CSV with plain amount columns and no year column: their year. */
  fiscalYear?: number;
  /**
   * Also report, as warnings, the lines whose own amounts differ from the sum of their sub-lines,
   * for every year (the validation CLI; the table marks them itself, for the year it shows).
   */
  checkSums?: boolean;
}

/**
 * Reads a budget.
 * @throws OgDataError: `format` for iCalendar, `validation` naming each bad row or path and field
 */
export async function readBudget(raw: RawData, options: BudgetReadOptions = {}): Promise<Read<Budget>> {
  if (raw.format === 'ics')
    throw new OgDataError({ kind: 'format', received: 'other', detail: 'A budget is JSON or CSV, not iCalendar.' });
  const currency = options.currency?.toUpperCase();
  const unit = options.unit ? Number(options.unit) : undefined;
  const fiscalYear = options.fiscalYear ? Number(options.fiscalYear) : undefined;
  let budget: Budget;
  if (raw.format === 'csv') {
    budget = (await import('./csv.js')).parseBudgetCsv(raw.table, {
      columns: options.columns ?? {},
      fiscalYear,
      // A CSV rarely names its currency: without the attribute, amounts show as plain numbers.
      meta: { currency: currency ?? '', unit: unit ?? 1, source: options.url },
    });
  } else {
    const overrides = Object.fromEntries(
      Object.entries({ currency, unit, fiscalYear }).filter(([, value]) => value !== undefined),
    );
    budget = await parseBudgetJson(raw.value, overrides);
  }
  // Every year's sums are checked for the CLI only: that code is its own chunk.
  const sums = options.checkSums ? (await import('./sums.js')).mismatchWarnings(budget, budget.years) : [];
  return { model: budget, warnings: [...budget.warnings, ...sums] };
}

/** What a budget holds, in numbers. */
export function countBudget(budget: Budget): ReadSummary {
  return { count: budget.lines.length, noun: 'line', parts: { years: budget.years } };
}
