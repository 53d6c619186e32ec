// Reading a budget from JSON: `{ currency, unit, fiscalYear, entity, source, updated, lines }`.
// Loaded only for JSON budgets. A quick check in one pass lets valid budgets skip the schema (its
// own module, with valibot), which is slower on 100,000 lines but names every problem; both use the
// patterns of model.ts.
import { isIsoDate, isLocalizedText, safeUrl } from '../core/index.js';
import {
  AMOUNT_KINDS,
  BUDGET_TYPES,
  SECTIONS,
  CLASSIFICATIONS,
  CURRENCY_CODE,
  YEAR_KEY,
  buildBudget,
  type Amounts,
  type Budget,
  type BudgetInput,
  type LineInput,
  type BudgetLine,
  type BudgetMeta,
} from './model.js';

export type { BudgetInput, LineInput } from './model.js';

const isFields = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isAmount = (value: unknown) => value === undefined || (typeof value === 'number' && Number.isFinite(value));
const isAmounts = (value: unknown) =>
  isFields(value) && AMOUNT_KINDS.every((kind) => isAmount((value as Amounts)[kind]));
const inList = (list: readonly string[], value: unknown) => value === undefined || list.includes(value as string);
const isKey = (value: unknown) =>
  (typeof value === 'string' && value !== '') || (typeof value === 'number' && !Number.isNaN(value));

/**
 * A quick check that a budget is well formed, in one pass without allocations: 100,000 valid
 * lines pass in a few milliseconds. Only data that fails it goes through the schema, which is
 * slower but names every problem. It may refuse what the schema accepts (that budget is then read
 * by the schema), never the other way round: a test holds the two together.
 */
export function looksLikeBudget(value: unknown): value is Partial<BudgetInput> & Pick<BudgetInput, 'lines'> {
  if (!isFields(value) || !Array.isArray(value.lines)) return false;
  const { currency, unit, fiscalYear, entity, updated, source } = value;
  if (
    (currency !== undefined && !(typeof currency === 'string' && CURRENCY_CODE.test(currency))) ||
    (unit !== undefined && !(typeof unit === 'number' && unit > 0 && unit !== Infinity)) ||
    (fiscalYear !== undefined &&
      !(Number.isInteger(fiscalYear) && (fiscalYear as number) >= 1900 && (fiscalYear as number) <= 2200)) ||
    (entity !== undefined && !isLocalizedText(entity)) ||
    (updated !== undefined && !(typeof updated === 'string' && isIsoDate(updated))) ||
    (source !== undefined && typeof source !== 'string')
  )
    return false;
  const stack: unknown[] = [...value.lines];
  while (stack.length) {
    const line = stack.pop();
    if (!isFields(line) || !isKey(line.code) || !isLocalizedText(line.label)) return false;
    if (!(line.parent === undefined || line.parent === null || isKey(line.parent) || line.parent === '')) return false;
    if (
      !inList(BUDGET_TYPES, line.type) ||
      !inList(SECTIONS, line.section) ||
      !inList(CLASSIFICATIONS, line.classification)
    )
      return false;
    if (!isAmount(line.allocated) || !isAmount(line.revised) || !isAmount(line.executed)) return false;
    if (line.years !== undefined) {
      if (!isFields(line.years)) return false;
      for (const [year, amounts] of Object.entries(line.years))
        if (!YEAR_KEY.test(year) || !isAmounts(amounts)) return false;
    }
    if (line.children !== undefined) {
      if (!Array.isArray(line.children)) return false;
      stack.push(...(line.children as unknown[]));
    }
  }
  return true;
}

/** The amounts a line gives, and only those (whatever else the data carries is left out). */
const amountsOf = (values: Amounts): Amounts => {
  const amounts: Amounts = {};
  for (const kind of AMOUNT_KINDS) if (values[kind] !== undefined) amounts[kind] = values[kind];
  return amounts;
};

/**
 * Reads a budget from JSON: `{ currency, unit, fiscalYear, entity, source, updated, lines }`, each
 * line with `code`, `parent` or nested `children`, `label`, `type`, `section`, `classification`,
 * and either `allocated`/`revised`/`executed` (for `fiscalYear`) or `years: { "2026": {…} }`.
 * @throws OgDataError (`validation`)
 */
export async function parseBudgetJson(value: unknown, defaults: Partial<BudgetMeta> = {}): Promise<Budget> {
  const candidate = Array.isArray(value) ? { lines: value } : value;
  // Data that passes the quick check never needs the schema, which names every problem of data that
  // does not (and is slower on 100,000 lines).
  return budgetFromInput(
    looksLikeBudget(candidate)
      ? { currency: 'MAD', unit: 1, ...candidate }
      : (await import('./schema.js')).validateBudget(candidate),
    defaults,
  );
}

/** The model of a well-formed budget, of its fields only (whatever else the data carries is left out). */
export function budgetFromInput(input: BudgetInput, defaults: Partial<BudgetMeta> = {}): Budget {
  const fiscalYear = input.fiscalYear ?? defaults.fiscalYear ?? new Date().getFullYear();
  const lines: BudgetLine[] = [];
  const visit = (item: LineInput, parent: string | undefined) => {
    const amounts = new Map<number, Amounts>();
    const flat = amountsOf(item);
    if (Object.keys(flat).length) amounts.set(fiscalYear, flat);
    for (const [year, values] of Object.entries(item.years ?? {}))
      amounts.set(Number(year), { ...amounts.get(Number(year)), ...amountsOf(values) });
    const code = String(item.code);
    lines.push({
      code,
      parent: item.parent === null || item.parent === undefined ? parent : String(item.parent),
      label: item.label,
      type: item.type,
      section: item.section,
      classification: item.classification,
      amounts,
    });
    for (const child of item.children ?? []) visit(child, code);
  };
  for (const item of input.lines) visit(item, undefined);
  const meta: BudgetMeta = {
    currency: (defaults.currency ?? input.currency).toUpperCase(),
    unit: defaults.unit ?? input.unit,
    fiscalYear: input.fiscalYear ?? defaults.fiscalYear,
    entity: input.entity,
    source: input.source ? safeUrl(input.source) : undefined,
    updated: input.updated,
  };
  return buildBudget(lines, meta);
}
