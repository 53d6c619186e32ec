// og-commitment-tracker's reader: an action plan from JSON (`schemas/commitment-tracker.schema.json`)
// or a CSV with one row per milestone, to the model.
import { OgDataError, type RawData, type Read, type ReadOptions, type ReadSummary } from '../core/index.js';
import { parsePlanJson } from './json.js';
import type { PlanModel } from './model.js';

/** Reads an action plan. @throws OgDataError naming each bad row or path and field */
export async function readPlan(raw: RawData, options: ReadOptions = {}): Promise<Read<PlanModel>> {
  if (raw.format === 'ics')
    throw new OgDataError({
      kind: 'format',
      received: 'other',
      detail: 'An action plan is JSON or CSV, not iCalendar.',
    });
  const model =
    raw.format === 'csv'
      ? (await import('./csv.js')).parsePlanCsv(raw.table, options.columns ?? {}, options.url)
      : await parsePlanJson(raw.value, options.url);
  return { model, warnings: model.warnings };
}

/** What an action plan holds, in numbers. */
export function countPlan(model: PlanModel): ReadSummary {
  const milestones = model.plan.commitments.reduce((sum, commitment) => sum + commitment.milestones.length, 0);
  return { count: model.plan.commitments.length, noun: 'commitment', parts: { milestones } };
}
