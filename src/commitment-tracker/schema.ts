// The action plan's JSON schema, loaded only for data that fails the quick check of json.ts: valid
// plans never download it (nor valibot); invalid ones get every problem named.
import * as v from 'valibot';
import { validate, localizedTextSchema, isoDateSchema } from '../core/data/schema.js';
import { COMPLETION_LEVELS, OPENED_GOVERNMENT_LEVELS, SECTORS, type PlanInput } from './model.js';

const institutionSchema = v.object({
  name: localizedTextSchema,
  sector: v.optional(v.picklist(SECTORS)),
});

const evidenceSchema = v.union([v.string(), v.object({ title: v.optional(localizedTextSchema), url: v.string() })]);

const milestoneSchema = v.object({
  id: v.optional(v.union([v.string(), v.number()])),
  title: localizedTextSchema,
  due: v.optional(isoDateSchema),
  completed: v.optional(v.nullable(isoDateSchema)),
  evidence: v.optional(v.array(evidenceSchema)),
});

const commitmentSchema = v.object({
  id: v.union([v.pipe(v.string(), v.nonEmpty()), v.number()]),
  title: localizedTextSchema,
  summary: v.optional(localizedTextSchema),
  problem: v.optional(localizedTextSchema),
  themes: v.optional(v.array(localizedTextSchema)),
  lead: v.optional(v.array(institutionSchema)),
  supporting: v.optional(v.array(institutionSchema)),
  status: v.picklist(COMPLETION_LEVELS),
  progress: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(100))),
  openedGovernment: v.optional(v.picklist(OPENED_GOVERNMENT_LEVELS)),
  start: v.optional(isoDateSchema),
  end: v.optional(isoDateSchema),
  milestones: v.optional(v.array(milestoneSchema)),
});

const planSchema = v.object({
  title: v.optional(localizedTextSchema),
  member: v.optional(localizedTextSchema),
  period: v.optional(v.object({ start: v.optional(isoDateSchema), end: v.optional(isoDateSchema) })),
  url: v.optional(v.string()),
  updated: v.optional(isoDateSchema),
  commitments: v.array(commitmentSchema),
});

/** Validates an action plan, or throws OgDataError (`validation`) naming each problem. */
export function validatePlan(value: unknown): PlanInput {
  return validate(planSchema, value, { what: 'action plan' }) satisfies PlanInput;
}
