// og-suggestion-form's reader: the form's JSON configuration (extra fields, consent, topics, areas),
// checked against its schema, loaded only when a form has one.
import { OgDataError, type RawData, type Read, type ReadOptions, type ReadSummary } from '../core/index.js';
import type { FormConfig } from './model.js';

/** Reads a form's configuration. @throws OgDataError naming each bad field */
export async function readFormConfig(raw: RawData, _options: ReadOptions = {}): Promise<Read<FormConfig>> {
  if (raw.format !== 'json')
    throw new OgDataError({ kind: 'format', received: 'other', detail: 'A form configuration is JSON.' });
  return { model: (await import('./json.js')).parseFormJson(raw.value), warnings: [] };
}

/** What a configuration holds, in numbers. */
export function countFormConfig(config: FormConfig): ReadSummary {
  return { count: config.fields.length, noun: 'extra field', parts: {} };
}
