// Reading a budget from JSON: `{ currency, unit, fiscalYear, entity, source, updated, lines }`.
// Loaded only for JSON budgets. A quick check in one pass lets valid budgets skip the schema (its
// own module, with valibot), which is slower on 100,000 lines but names every problem; both use the
// patterns of model.ts.
import { isIsoDate, safeUrl } from '../core/index.js';
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

const isText = (value: unknown) =>
  typeof value === 'string' ||
  (typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every((text) => typeof text === 'string'));
const isAmount = (value: unknown) => value === undefined || (typeof value === 'number' && Number.isFinite(value));
const isAmounts = (value: unknown) =>
  typeof value === 'object' && value !== null && AMOUNT_KINDS.every((kind) => isAmount((value as Amounts)[kind]));
const inList = (list: readonly string[], value: unknown) => value === undefined || list.includes(value as string);

/**
 * A quick check that a budget is well formed, in one pass without allocations: 100,000 valid
 * lines pass in a few milliseconds. Only data that fails it goes through the schema, which is
 * slower but names every problem.
 */
function looksValid(value: unknown): boolean {
  const input = value as { lines?: unknown; currency?: unknown; unit?: unknown; fiscalYear?: unknown } | null;
  if (!input || typeof input !== 'object' || !Array.isArray(input.lines)) return false;
  if (
    (input.currency !== undefined && !CURRENCY_CODE.test(String(input.currency))) ||
    (input.unit !== undefined && !(typeof input.unit === 'number' && input.unit > 0))
  )
    return false;
  if (input.fiscalYear !== undefined && !Number.isInteger(input.fiscalYear)) return false;
  const { updated, source } = input as { updated?: unknown; source?: unknown };
  if (
    (updated !== undefined && !(typeof updated === 'string' && isIsoDate(updated))) ||
    (source !== undefined && typeof source !== 'string')
  )
    return false;
  const stack: unknown[] = [...input.lines];
  while (stack.length) {
    const line = stack.pop() as LineInput & Record<string, unknown>;
    if (!line || typeof line !== 'object') return false;
    if (!((typeof line.code === 'string' && line.code !== '') || typeof line.code === 'number') || !isText(line.label))
      return false;
    if (!(
      line.parent === undefined ||
      line.parent === null ||
      typeof line.parent === 'string' ||
      typeof line.parent === 'number'
    ))
      return false;
    if (
      !inList(BUDGET_TYPES, line.type) ||
      !inList(SECTIONS, line.section) ||
      !inList(CLASSIFICATIONS, line.classification)
    )
      return false;
    if (!isAmount(line.allocated) || !isAmount(line.revised) || !isAmount(line.executed)) return false;
    if (line.years !== undefined) {
      if (typeof line.years !== 'object' || line.years === null) return false;
      for (const [year, amounts] of Object.entries(line.years))
        if (!YEAR_KEY.test(year) || !isAmounts(amounts)) return false;
    }
    if (line.children !== undefined) {
      if (!Array.isArray(line.children)) return false;
      stack.push(...line.children);
    }
  }
  return true;
}

/**
 * Reads a budget from JSON: `{ currency, unit, fiscalYear, entity, source, updated, lines }`, each
 * line with `code`, `parent` or nested `children`, `label`, `type`, `section`, `classification`,
 * and either `allocated`/`revised`/`executed` (for `fiscalYear`) or `years: { "2026": {…} }`.
 * @throws OgDataError (`validation`)
 */
export async function parseBudgetJson(value: unknown, defaults: Partial<BudgetMeta> = {}): Promise<Budget> {
  const candidate = Array.isArray(value) ? { lines: value } : value;
  const quick = looksValid(candidate) && isText((candidate as { entity?: unknown }).entity ?? '');
  // Data that passes the quick check never needs the schema, which names every problem of data that
  // does not (and is slower on 100,000 lines).
  const input: BudgetInput = quick
    ? ({ currency: 'MAD', unit: 1, ...(candidate as object) } as BudgetInput)
    : (await import('./schema.js')).validateBudget(candidate);
  const fiscalYear = input.fiscalYear ?? defaults.fiscalYear ?? new Date().getFullYear();
  const lines: BudgetLine[] = [];
  const visit = (item: LineInput, parent: string | undefined) => {
    const amounts = new Map<number, Amounts>();
    const flat: Amounts = { allocated: item.allocated, revised: item.revised, executed: item.executed };
    if (AMOUNT_KINDS.some((kind) => flat[kind] !== undefined)) amounts.set(fiscalYear, flat);
    for (const [year, values] of Object.entries(item.years ?? {}))
      amounts.set(Number(year), { ...amounts.get(Number(year)), ...values });
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
