// The budget's JSON schema, loaded only for data that fails the quick check of json.ts: valid
// budgets never download it (nor valibot); invalid ones get every problem named.
import * as v from 'valibot';
import { validate, localizedTextSchema, isoDateSchema } from '../core/data/schema.js';
import {
  BUDGET_TYPES,
  SECTIONS,
  CLASSIFICATIONS,
  CURRENCY_CODE,
  YEAR_KEY,
  type BudgetInput,
  type LineInput,
} from './model.js';

const amountSchema = v.optional(v.number());
const amountsSchema = v.object({ allocated: amountSchema, revised: amountSchema, executed: amountSchema });

const lineSchema: v.GenericSchema<LineInput> = v.object({
  code: v.union([v.pipe(v.string(), v.nonEmpty()), v.number()]),
  parent: v.optional(v.nullable(v.union([v.string(), v.number()]))),
  label: localizedTextSchema,
  type: v.optional(v.picklist(BUDGET_TYPES)),
  section: v.optional(v.picklist(SECTIONS)),
  classification: v.optional(v.picklist(CLASSIFICATIONS)),
  allocated: amountSchema,
  revised: amountSchema,
  executed: amountSchema,
  years: v.optional(v.record(v.pipe(v.string(), v.regex(YEAR_KEY)), amountsSchema)),
  children: v.optional(v.array(v.lazy(() => lineSchema))),
});

const budgetSchema = v.object({
  currency: v.optional(v.pipe(v.string(), v.regex(CURRENCY_CODE)), 'MAD'),
  unit: v.optional(v.pipe(v.number(), v.minValue(Number.MIN_VALUE)), 1),
  fiscalYear: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1900), v.maxValue(2200))),
  entity: v.optional(localizedTextSchema),
  source: v.optional(v.string()),
  updated: v.optional(isoDateSchema),
  lines: v.array(lineSchema),
});

/** Validates a budget, or throws OgDataError (`validation`) naming each problem. */
export function validateBudget(value: unknown): BudgetInput {
  return validate(budgetSchema, value, { what: 'budget' }) as BudgetInput;
}
