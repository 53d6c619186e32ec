// og-response-log's reader: the register of suggestions and their answers, from our JSON
// (`schemas/response-log.schema.json`), a clerk's spreadsheet (CSV) or an Open311 GeoReport v2
// `requests.json`, to the model. Personal data never reaches the model.
import { OgDataError, type RawData, type Read, type ReadOptions, type ReadSummary } from '../core/index.js';
import { parseRegisterJson } from './json.js';
import type { ResponseModel } from './model.js';
import { isAnswered, suggestionsPerCommitment } from './model.js';

/** Reads a register of suggestions. @throws OgDataError naming each bad row or path and field */
export async function readResponses(raw: RawData, options: ReadOptions = {}): Promise<Read<ResponseModel>> {
  if (raw.format === 'ics')
    throw new OgDataError({
      kind: 'format',
      received: 'other',
      detail: 'A register of suggestions is JSON or CSV, not iCalendar.',
    });
  const model =
    raw.format === 'csv'
      ? (await import('./csv.js')).parseRegisterCsv(raw.table, options.columns ?? {}, options.url)
      : await parseRegisterJson(raw.value, options.url);
  return { model, warnings: model.warnings };
}

/** What a register holds, in numbers. */
export function countResponses(model: ResponseModel): ReadSummary {
  const { suggestions } = model.register;
  return {
    count: suggestions.length,
    noun: 'suggestion',
    parts: { answered: suggestions.filter(isAnswered).length, personalFields: model.personalFields.length },
    byCommitment: Object.fromEntries(suggestionsPerCommitment(suggestions)),
  };
}
