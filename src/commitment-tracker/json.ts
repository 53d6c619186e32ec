// Reading an action plan from JSON (`schemas/commitment-tracker.schema.json`): an object with
// `commitments`, or a bare array of them, checked against its schema.
import * as v from 'valibot';
import {
  validate,
  localizedTextSchema,
  isoDateSchema,
  safeUrl,
  excerpt,
  type ValidationProblem,
} from '../core/index.js';
import {
  COMPLETION_LEVELS,
  OPENED_GOVERNMENT_LEVELS,
  SECTORS,
  finish,
  readEvidence,
  type Commitment,
  type Origin,
  type PlanModel,
} from './model.js';

const institutionSchema = v.object({
  name: localizedTextSchema,
  sector: v.optional(v.picklist(SECTORS), 'other'),
});

const evidenceSchema = v.union([v.string(), v.object({ title: v.optional(localizedTextSchema), url: v.string() })]);

const milestoneSchema = v.object({
  id: v.optional(v.union([v.string(), v.number()])),
  title: localizedTextSchema,
  due: v.optional(isoDateSchema),
  completed: v.optional(v.nullable(isoDateSchema)),
  evidence: v.optional(v.array(evidenceSchema), []),
});

const commitmentSchema = v.object({
  id: v.union([v.pipe(v.string(), v.nonEmpty()), v.number()]),
  title: localizedTextSchema,
  summary: v.optional(localizedTextSchema),
  problem: v.optional(localizedTextSchema),
  themes: v.optional(v.array(localizedTextSchema), []),
  lead: v.optional(v.array(institutionSchema), []),
  supporting: v.optional(v.array(institutionSchema), []),
  status: v.picklist(COMPLETION_LEVELS),
  progress: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(100))),
  openedGovernment: v.optional(v.picklist(OPENED_GOVERNMENT_LEVELS)),
  start: v.optional(isoDateSchema),
  end: v.optional(isoDateSchema),
  milestones: v.optional(v.array(milestoneSchema), []),
});

const planSchema = v.object({
  title: v.optional(localizedTextSchema),
  member: v.optional(localizedTextSchema),
  period: v.optional(v.object({ start: v.optional(isoDateSchema), end: v.optional(isoDateSchema) })),
  url: v.optional(v.string()),
  updated: v.optional(isoDateSchema),
  commitments: v.array(commitmentSchema),
});

type PlanInput = v.InferOutput<typeof planSchema>;

/**
 * Reads an action plan from JSON: an object with `commitments`, or a bare array of commitments.
 * Relative links resolve against `baseUrl` (the data file's own URL).
 * @throws OgDataError (`validation`) naming each bad record and field.
 */
export function parsePlanJson(value: unknown, baseUrl?: string): PlanModel {
  const input: PlanInput = validate(planSchema, Array.isArray(value) ? { commitments: value } : value, {
    what: 'action plan',
  });
  const warnings: ValidationProblem[] = [];
  const milestoneOrigins: Origin[][] = [];
  const origins: Origin[] = input.commitments.map((_, index) => ({ path: ['commitments', index] }));
  const commitments = input.commitments.map((raw, index): Commitment => {
    const origin = origins[index]!;
    milestoneOrigins[index] = raw.milestones.map((_, milestoneIndex) => ({
      path: ['commitments', index, 'milestones', milestoneIndex],
    }));
    return {
      ...raw,
      id: String(raw.id),
      milestones: raw.milestones.map((milestone, milestoneIndex) => ({
        id: String(milestone.id ?? milestoneIndex + 1),
        title: milestone.title,
        due: milestone.due,
        completed: milestone.completed ?? null,
        evidence: milestone.evidence.map((item) =>
          readEvidence(item, milestoneOrigins[index]![milestoneIndex] ?? origin, warnings, baseUrl),
        ),
      })),
    };
  });
  let url: string | undefined;
  if (input.url !== undefined) {
    url = safeUrl(input.url, baseUrl);
    if (!url) warnings.push({ path: ['url'], field: 'url', expected: 'url', received: excerpt(input.url) });
  }
  return finish({ ...input, url, commitments }, origins, milestoneOrigins, warnings);
}
