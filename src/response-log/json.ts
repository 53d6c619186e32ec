// Reading the register of suggestions from our JSON (`schemas/response-log.schema.json`): an
// object with `suggestions`, or a bare array of them. A quick check in one pass lets a valid
// register skip the schema (schema.ts, with valibot), which names every problem of one that fails
// it. Fields that hold personal data are noted and dropped, whatever else the check says.
import { isIsoDate, isIsoDateTime, isLocalizedText } from '../core/index.js';
import type { ValidationProblem } from '../core/index.js';
import {
  RESPONSE_STATUSES,
  CHANNELS,
  finish,
  isFields,
  personalFieldsOf,
  readLink,
  type Origin,
  type ResponseModel,
  type Suggestion,
} from './model.js';
import type { RegisterInput, SuggestionInput } from './schema.js';

/** Absent, or passes `check`. */
const optional = (value: unknown, check: (value: unknown) => boolean) => value === undefined || check(value);
const isDate = (value: unknown) => typeof value === 'string' && isIsoDate(value);
const isDay = (value: unknown) =>
  typeof value === 'string' && (value.length === 10 ? isIsoDate(value) : isIsoDateTime(value));
const isList = (value: unknown, check: (item: unknown) => boolean) => Array.isArray(value) && value.every(check);
const isIn = (list: readonly string[]) => (value: unknown) => list.includes(value as string);
const isId = (value: unknown) =>
  (typeof value === 'number' && Number.isFinite(value)) || (typeof value === 'string' && value.trim() !== '');

const isLink = (value: unknown) =>
  typeof value === 'string' ||
  (isFields(value) && typeof value.url === 'string' && optional(value.title, isLocalizedText));
const isChannel = isIn(CHANNELS);
const isStatus = isIn(RESPONSE_STATUSES);
const isIds = (value: unknown) => isId(value) || isList(value, isId);
const isLinks = (value: unknown) => isList(value, isLink);
const isAnswer = (value: unknown) =>
  isFields(value) && isLocalizedText(value.text) && optional(value.by, isLocalizedText) && optional(value.date, isDay);
const isSuggestion = (value: unknown) =>
  isFields(value) &&
  isId(value.reference) &&
  isDay(value.received) &&
  optional(value.channel, isChannel) &&
  optional(value.area, isLocalizedText) &&
  optional(value.topic, isLocalizedText) &&
  optional(value.commitments, isIds) &&
  isLocalizedText(value.text) &&
  isStatus(value.status) &&
  optional(value.answer, isAnswer) &&
  optional(value.links, isLinks);

/**
 * A quick check that a register is well formed. It may refuse what the schema accepts (that
 * register is then read by the schema), never the other way round: a test holds the two together.
 */
export function looksLikeRegister(value: unknown): value is RegisterInput {
  return (
    isFields(value) &&
    optional(value.title, isLocalizedText) &&
    optional(value.member, isLocalizedText) &&
    optional(value.updated, isDate) &&
    optional(
      value.answerWithin,
      (days) => typeof days === 'number' && Number.isInteger(days) && (days as number) > 0,
    ) &&
    isList(value.suggestions, isSuggestion)
  );
}

/** Whether JSON is an Open311 GeoReport v2 `requests.json` (a list of service requests). */
export function looksLikeOpen311(value: unknown): boolean {
  const list = isFields(value) && Array.isArray(value.service_requests) ? value.service_requests : value;
  return Array.isArray(list) && list.length > 0 && isFields(list[0]) && 'service_request_id' in list[0];
}

/**
 * Reads a register from JSON: an object with `suggestions`, a bare array of them, or an Open311
 * `requests.json`. Relative links resolve against `baseUrl` (the data file's own URL).
 * @throws OgDataError (`validation`) naming each bad record and field.
 */
export async function parseRegisterJson(value: unknown, baseUrl?: string): Promise<ResponseModel> {
  if (looksLikeOpen311(value)) return (await import('./open311.js')).parseOpen311(value, baseUrl);
  const candidate = Array.isArray(value) ? { suggestions: value } : value;
  const personal = personalFieldsOf(
    isFields(candidate) && Array.isArray(candidate.suggestions) ? candidate.suggestions : [],
  );
  const input = looksLikeRegister(candidate) ? candidate : (await import('./schema.js')).validateRegister(candidate);
  return registerFromInput(input, personal, baseUrl);
}

const ids = (value: SuggestionInput['commitments']): string[] =>
  value === undefined ? [] : (Array.isArray(value) ? value : [value]).map((id) => String(id).trim());

/**
 * The model of a well-formed register, with the defaults of absent fields, and of its fields only:
 * whatever else the data carries (a name, an email) is left out.
 */
export function registerFromInput(input: RegisterInput, personalFields: string[], baseUrl?: string): ResponseModel {
  const warnings: ValidationProblem[] = [];
  const originOf = (index: number): Origin => ({ path: ['suggestions', index] });
  const suggestions = input.suggestions.map((raw, index): Suggestion => ({
    reference: String(raw.reference).trim(),
    received: raw.received.slice(0, 10),
    channel: raw.channel,
    area: raw.area,
    topic: raw.topic,
    commitments: ids(raw.commitments),
    text: raw.text,
    status: raw.status,
    answer: raw.answer && { text: raw.answer.text, by: raw.answer.by, date: raw.answer.date?.slice(0, 10) },
    links: (raw.links ?? []).map((link) => readLink(link, originOf(index), warnings, baseUrl)),
  }));
  const { title, member, updated, answerWithin } = input;
  return finish({ title, member, updated, answerWithin, suggestions }, originOf, personalFields, warnings);
}
