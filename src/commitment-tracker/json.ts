// Reading an action plan from JSON (`schemas/commitment-tracker.schema.json`): an object with
// `commitments`, or a bare array of them. A quick check in one pass lets a valid plan skip the
// schema (schema.ts, with valibot), which names every problem of a plan that fails it: a page whose
// plan is valid never downloads valibot.
import { isIsoDate, isLocalizedText, safeUrl, excerpt, type ValidationProblem } from '../core/index.js';
import {
  COMPLETION_LEVELS,
  OPENED_GOVERNMENT_LEVELS,
  SECTORS,
  finish,
  readEvidence,
  type Commitment,
  type CommitmentInput,
  type Institution,
  type InstitutionInput,
  type Origin,
  type PlanInput,
  type PlanModel,
} from './model.js';

type Fields = Record<string, unknown>;
const isFields = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
/** Absent, or passes `check`. */
const optional = (value: unknown, check: (value: unknown) => boolean) => value === undefined || check(value);
const isDate = (value: unknown) => typeof value === 'string' && isIsoDate(value);
const isList = (value: unknown, check: (item: unknown) => boolean) => Array.isArray(value) && value.every(check);
const isIn = (list: readonly string[]) => (value: unknown) => list.includes(value as string);
const isNumber = (value: unknown) => typeof value === 'number' && !Number.isNaN(value);
const isId = (value: unknown) => isNumber(value) || (typeof value === 'string' && value !== '');

const isInstitution = (value: unknown) =>
  isFields(value) && isLocalizedText(value.name) && optional(value.sector, isIn(SECTORS));
const isEvidence = (value: unknown) =>
  typeof value === 'string' ||
  (isFields(value) && typeof value.url === 'string' && optional(value.title, isLocalizedText));
const isMilestone = (value: unknown) =>
  isFields(value) &&
  optional(value.id, (id) => isNumber(id) || typeof id === 'string') &&
  isLocalizedText(value.title) &&
  optional(value.due, isDate) &&
  (value.completed === null || optional(value.completed, isDate)) &&
  optional(value.evidence, (list) => isList(list, isEvidence));
const isCommitment = (value: unknown) =>
  isFields(value) &&
  isId(value.id) &&
  isLocalizedText(value.title) &&
  optional(value.summary, isLocalizedText) &&
  optional(value.problem, isLocalizedText) &&
  optional(value.themes, (list) => isList(list, isLocalizedText)) &&
  optional(value.lead, (list) => isList(list, isInstitution)) &&
  optional(value.supporting, (list) => isList(list, isInstitution)) &&
  isIn(COMPLETION_LEVELS)(value.status) &&
  optional(
    value.progress,
    (progress) => isNumber(progress) && (progress as number) >= 0 && (progress as number) <= 100,
  ) &&
  optional(value.openedGovernment, isIn(OPENED_GOVERNMENT_LEVELS)) &&
  optional(value.start, isDate) &&
  optional(value.end, isDate) &&
  optional(value.milestones, (list) => isList(list, isMilestone));

/**
 * A quick check that a plan is well formed. It may refuse what the schema accepts (that plan is
 * then read by the schema), never the other way round: a test holds the two together.
 */
export function looksLikePlan(value: unknown): value is PlanInput {
  return (
    isFields(value) &&
    optional(value.title, isLocalizedText) &&
    optional(value.member, isLocalizedText) &&
    optional(
      value.period,
      (period) => isFields(period) && optional(period.start, isDate) && optional(period.end, isDate),
    ) &&
    optional(value.url, (url) => typeof url === 'string') &&
    optional(value.updated, isDate) &&
    isList(value.commitments, isCommitment)
  );
}

const institution = (raw: InstitutionInput): Institution => ({ name: raw.name, sector: raw.sector ?? 'other' });

/**
 * Reads an action plan from JSON: an object with `commitments`, or a bare array of commitments.
 * Relative links resolve against `baseUrl` (the data file's own URL).
 * @throws OgDataError (`validation`) naming each bad record and field.
 */
export async function parsePlanJson(value: unknown, baseUrl?: string): Promise<PlanModel> {
  const candidate = Array.isArray(value) ? { commitments: value } : value;
  return planFromInput(
    looksLikePlan(candidate) ? candidate : (await import('./schema.js')).validatePlan(candidate),
    baseUrl,
  );
}

/**
 * The model of a well-formed plan, with the defaults of absent fields, and of its fields only
 * (whatever else the data carries is left out).
 */
export function planFromInput(input: PlanInput, baseUrl?: string): PlanModel {
  const warnings: ValidationProblem[] = [];
  const milestoneOrigins: Origin[][] = [];
  const origins: Origin[] = input.commitments.map((_, index) => ({ path: ['commitments', index] }));
  const commitments = input.commitments.map((raw: CommitmentInput, index): Commitment => {
    const origin = origins[index]!;
    const milestones = raw.milestones ?? [];
    milestoneOrigins[index] = milestones.map((_, milestoneIndex) => ({
      path: ['commitments', index, 'milestones', milestoneIndex],
    }));
    return {
      id: String(raw.id),
      title: raw.title,
      summary: raw.summary,
      problem: raw.problem,
      themes: raw.themes ?? [],
      lead: (raw.lead ?? []).map(institution),
      supporting: (raw.supporting ?? []).map(institution),
      status: raw.status,
      progress: raw.progress,
      openedGovernment: raw.openedGovernment,
      start: raw.start,
      end: raw.end,
      milestones: milestones.map((milestone, milestoneIndex) => ({
        id: String(milestone.id ?? milestoneIndex + 1),
        title: milestone.title,
        due: milestone.due,
        completed: milestone.completed ?? null,
        evidence: (milestone.evidence ?? []).map((item) =>
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
  const { title, member, period, updated } = input;
  return finish(
    { title, member, period: period && { start: period.start, end: period.end }, updated, url, commitments },
    origins,
    milestoneOrigins,
    warnings,
  );
}
