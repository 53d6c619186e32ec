// The action plan as plain data: reading it (JSON or CSV), checking it, and everything derived
// from it (progress, overdue milestones, the summary, filters and sorting). No DOM here.
import { validationError, pickText, searchKey, type LocalizedText, type ValidationProblem } from '../core/index.js';
import { readTitledLink, problemAt, type Origin } from '../core/data/origin.js';

/** Completion levels as the Independent Reporting Mechanism rates them, plus `withdrawn`. */
export const COMPLETION_LEVELS = [
  'not-started',
  'limited',
  'substantial',
  'complete',
  'no-evidence',
  'withdrawn',
] as const;
export type CompletionLevel = (typeof COMPLETION_LEVELS)[number];

/** "Did it open government?" as the IRM rates it. */
export const OPENED_GOVERNMENT_LEVELS = ['worsened', 'did-not-change', 'marginal', 'major', 'outstanding'] as const;
export type OpenedGovernment = (typeof OPENED_GOVERNMENT_LEVELS)[number];

export const SECTORS = ['government', 'civil-society', 'private', 'academia', 'other'] as const;
export type Sector = (typeof SECTORS)[number];

export interface Institution {
  name: LocalizedText;
  sector: Sector;
}

export interface Evidence {
  title: LocalizedText;
  /** A safe absolute link (http, https, mailto, tel); absent when the data's link was unsafe. */
  url?: string;
}

export interface Milestone {
  id: string;
  title: LocalizedText;
  /** Due date, `YYYY-MM-DD`. */
  due?: string;
  /** Completion date, `YYYY-MM-DD`; `null` or absent while not completed. */
  completed?: string | null;
  evidence: Evidence[];
}

export interface Commitment {
  id: string;
  title: LocalizedText;
  summary?: LocalizedText;
  problem?: LocalizedText;
  themes: LocalizedText[];
  lead: Institution[];
  supporting: Institution[];
  status: CompletionLevel;
  /** 0–100 as published; see {@link commitmentProgress} for the value shown. */
  progress?: number;
  openedGovernment?: OpenedGovernment;
  start?: string;
  end?: string;
  milestones: Milestone[];
}

export interface ActionPlan {
  title?: LocalizedText;
  member?: LocalizedText;
  period?: { start?: string; end?: string };
  url?: string;
  updated?: string;
  commitments: Commitment[];
}

/** A read action plan and what is odd in it but not worth refusing it for. */
// ---------------------------------------------------------------------------------------------
// The plan as JSON gives it (read in json.ts, checked by schema.ts)

/** An institution as JSON gives it: `sector` defaults to `other`. */
export interface InstitutionInput {
  name: LocalizedText;
  sector?: Sector;
}

/** A milestone as JSON gives it: `id` defaults to its position. */
export interface MilestoneInput {
  id?: string | number;
  title: LocalizedText;
  due?: string;
  completed?: string | null;
  evidence?: (string | { title?: LocalizedText; url: string })[];
}

/** A commitment as JSON gives it. */
export interface CommitmentInput {
  id: string | number;
  title: LocalizedText;
  summary?: LocalizedText;
  problem?: LocalizedText;
  themes?: LocalizedText[];
  lead?: InstitutionInput[];
  supporting?: InstitutionInput[];
  status: CompletionLevel;
  progress?: number;
  openedGovernment?: OpenedGovernment;
  start?: string;
  end?: string;
  milestones?: MilestoneInput[];
}

/** An action plan as JSON gives it. */
export interface PlanInput {
  title?: LocalizedText;
  member?: LocalizedText;
  period?: { start?: string; end?: string };
  url?: string;
  updated?: string;
  commitments: CommitmentInput[];
}

export interface PlanModel {
  plan: ActionPlan;
  warnings: ValidationProblem[];
}

// ---------------------------------------------------------------------------------------------
// Reading JSON

export type { Origin } from '../core/data/origin.js';

export function readEvidence(
  item: string | { title?: LocalizedText; url: string },
  origin: Origin,
  warnings: ValidationProblem[],
  baseUrl?: string,
): Evidence {
  return readTitledLink(item, origin, 'evidence', warnings, baseUrl);
}

/**
 * Checks what a schema cannot: unique ids, dates in order. Duplicate ids are errors (links and
 * filters would be ambiguous); dates out of order are warnings.
 */
function checkPlan(
  commitments: Commitment[],
  origins: Origin[],
  milestoneOrigins: Origin[][],
): { errors: ValidationProblem[]; warnings: ValidationProblem[] } {
  const errors: ValidationProblem[] = [];
  const warnings: ValidationProblem[] = [];
  const seen = new Set<string>();
  commitments.forEach((commitment, index) => {
    const origin = origins[index]!;
    if (seen.has(commitment.id)) errors.push(problemAt(origin, 'id', { expected: 'unique', received: commitment.id }));
    seen.add(commitment.id);
    if (commitment.start && commitment.end && commitment.end < commitment.start) {
      warnings.push(
        problemAt(origin, 'end', {
          expected: 'valid',
          received: commitment.end,
          note: `ends before it starts (${commitment.start})`,
        }),
      );
    }
    const milestoneIds = new Set<string>();
    commitment.milestones.forEach((milestone, milestoneIndex) => {
      const milestoneOrigin = milestoneOrigins[index]?.[milestoneIndex] ?? origin;
      if (milestoneIds.has(milestone.id))
        errors.push(problemAt(milestoneOrigin, 'id', { expected: 'unique', received: milestone.id }));
      milestoneIds.add(milestone.id);
      if (milestone.due && commitment.start && milestone.due < commitment.start) {
        warnings.push(
          problemAt(milestoneOrigin, 'due', {
            expected: 'valid',
            received: milestone.due,
            note: `due before the commitment starts (${commitment.start})`,
          }),
        );
      }
    });
  });
  return { errors, warnings };
}

export function finish(
  plan: ActionPlan,
  origins: Origin[],
  milestoneOrigins: Origin[][],
  warnings: ValidationProblem[],
): PlanModel {
  const checked = checkPlan(plan.commitments, origins, milestoneOrigins);
  if (checked.errors.length) throw validationError(checked.errors, 'action plan');
  return { plan, warnings: [...warnings, ...checked.warnings] };
}

// ---------------------------------------------------------------------------------------------
// Derived values

/** A milestone as the timeline shows it. */
export type MilestoneState = 'done' | 'overdue' | 'upcoming';

/** Done when it has a completion date; overdue when past due (before `today`) and not done. */
export function milestoneState(milestone: Milestone, today: string): MilestoneState {
  if (milestone.completed) return 'done';
  return milestone.due && milestone.due < today ? 'overdue' : 'upcoming';
}

/**
 * The progress shown for a commitment, 0–100: as published; else the share of milestones
 * completed; else 100 for `complete` and 0 for `not-started`; else unknown (`undefined`).
 */
export function commitmentProgress(commitment: Commitment): number | undefined {
  if (commitment.progress !== undefined) return commitment.progress;
  if (commitment.milestones.length > 0) {
    const done = commitment.milestones.filter((milestone) => milestone.completed).length;
    return Math.round((done / commitment.milestones.length) * 100);
  }
  if (commitment.status === 'complete') return 100;
  if (commitment.status === 'not-started') return 0;
  return undefined;
}

/** The next milestone to complete: the earliest due among those not done (undated last). */
export function nextMilestone(commitment: Commitment): Milestone | undefined {
  return commitment.milestones
    .filter((milestone) => !milestone.completed)
    .sort((a, b) => (a.due ?? '9999').localeCompare(b.due ?? '9999'))[0];
}

/** Whether any milestone of the commitment is overdue. */
export function isOverdue(commitment: Commitment, today: string): boolean {
  return (
    commitment.status !== 'withdrawn' &&
    commitment.milestones.some((milestone) => milestoneState(milestone, today) === 'overdue')
  );
}

export interface PlanSummary {
  total: number;
  byStatus: Record<CompletionLevel, number>;
  /** "Substantial" and "complete": what the IRM counts as high completion. */
  highCompletion: number;
  /** Mean progress of the commitments whose progress is known (withdrawn ones left out). */
  overallProgress?: number;
  /** Share of the plan period gone by on `today`, 0–1; unknown without a period. */
  timeElapsed?: number;
  overdue: number;
}

export function summarizePlan(plan: ActionPlan, today: string): PlanSummary {
  const byStatus = Object.fromEntries(COMPLETION_LEVELS.map((level) => [level, 0])) as Record<CompletionLevel, number>;
  for (const commitment of plan.commitments) byStatus[commitment.status] += 1;
  const progresses = plan.commitments
    .filter((commitment) => commitment.status !== 'withdrawn')
    .map(commitmentProgress)
    .filter((value): value is number => value !== undefined);
  let timeElapsed: number | undefined;
  const start = plan.period?.start;
  const end = plan.period?.end;
  if (start && end && end > start) {
    const span = Date.parse(end) - Date.parse(start);
    timeElapsed = Math.min(1, Math.max(0, (Date.parse(today) - Date.parse(start)) / span));
  }
  return {
    total: plan.commitments.length,
    byStatus,
    highCompletion: byStatus.substantial + byStatus.complete,
    overallProgress: progresses.length
      ? Math.round(progresses.reduce((sum, value) => sum + value, 0) / progresses.length)
      : undefined,
    timeElapsed,
    overdue: plan.commitments.filter((commitment) => isOverdue(commitment, today)).length,
  };
}

function variantsOf(text: LocalizedText | undefined): string[] {
  if (!text) return [];
  return typeof text === 'string' ? [text] : Object.values(text);
}

export interface CommitmentFilter {
  statuses?: readonly CompletionLevel[];
  /** A theme, as shown in the widget's locale. */
  theme?: string;
  /** An institution's name, as shown in the widget's locale (lead or supporting). */
  institution?: string;
  sector?: Sector;
  /** Words to find in the title, summary, problem, themes, institutions or milestones, in any language. */
  query?: string;
}

/** The commitments that pass every criterion of the filter. */
export function filterCommitments(
  commitments: readonly Commitment[],
  filter: CommitmentFilter,
  locale: string,
): Commitment[] {
  const words = searchKey(filter.query ?? '')
    .split(/\s+/)
    .filter(Boolean);
  return commitments.filter((commitment) => {
    if (filter.statuses?.length && !filter.statuses.includes(commitment.status)) return false;
    if (filter.theme && !commitment.themes.some((theme) => pickText(theme, locale).text === filter.theme)) return false;
    const institutions = [...commitment.lead, ...commitment.supporting];
    if (
      filter.institution &&
      !institutions.some((institution) => pickText(institution.name, locale).text === filter.institution)
    )
      return false;
    if (filter.sector && !institutions.some((institution) => institution.sector === filter.sector)) return false;
    if (words.length) {
      const haystack = searchKey(
        [
          commitment.id,
          ...variantsOf(commitment.title),
          ...variantsOf(commitment.summary),
          ...variantsOf(commitment.problem),
          ...commitment.themes.flatMap(variantsOf),
          ...institutions.flatMap((institution) => variantsOf(institution.name)),
          ...commitment.milestones.flatMap((milestone) => variantsOf(milestone.title)),
        ].join('\n'),
      );
      if (!words.every((word) => haystack.includes(word))) return false;
    }
    return true;
  });
}

export const SORT_KEYS = ['due', 'progress', 'title'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

/**
 * Sorts commitments: `due` by the next milestone's due date (else the end date; undated last),
 * `progress` from most to least advanced, `title` alphabetically in the locale. Stable.
 */
export function sortCommitments(commitments: readonly Commitment[], by: SortKey, locale: string): Commitment[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const dueOf = (commitment: Commitment) => nextMilestone(commitment)?.due ?? commitment.end ?? '9999-99-99';
  const compare: Record<SortKey, (a: Commitment, b: Commitment) => number> = {
    due: (a, b) => dueOf(a).localeCompare(dueOf(b)),
    progress: (a, b) => (commitmentProgress(b) ?? -1) - (commitmentProgress(a) ?? -1),
    title: (a, b) => collator.compare(pickText(a.title, locale).text, pickText(b.title, locale).text),
  };
  return [...commitments].sort(compare[by]);
}

/** The distinct values of a text list across commitments, as shown in `locale`, sorted. */
function distinct(values: string[], locale: string): string[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  return [...new Set(values.filter(Boolean))].sort(collator.compare);
}

export function themesOf(plan: ActionPlan, locale: string): string[] {
  return distinct(
    plan.commitments.flatMap((commitment) => commitment.themes.map((theme) => pickText(theme, locale).text)),
    locale,
  );
}

export function institutionsOf(plan: ActionPlan, locale: string): string[] {
  return distinct(
    plan.commitments.flatMap((commitment) =>
      [...commitment.lead, ...commitment.supporting].map((institution) => pickText(institution.name, locale).text),
    ),
    locale,
  );
}

/** Sectors that appear in the plan, in the canonical order. */
export function sectorsOf(plan: ActionPlan): Sector[] {
  const present = new Set(
    plan.commitments.flatMap((commitment) =>
      [...commitment.lead, ...commitment.supporting].map((institution) => institution.sector),
    ),
  );
  return SECTORS.filter((sector) => present.has(sector));
}
