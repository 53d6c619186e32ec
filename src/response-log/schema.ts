// The register's JSON schema, loaded only for data that fails the quick check of json.ts: valid
// registers never download it (nor valibot); invalid ones get every problem named.
import * as v from 'valibot';
import { validate, localizedTextSchema, isoDateSchema, isoDateTimeSchema } from '../core/data/schema.js';
import { RESPONSE_STATUSES, CHANNELS } from './model.js';

const idSchema = v.union([v.pipe(v.string(), v.trim(), v.nonEmpty()), v.pipe(v.number(), v.finite())]);

const linkSchema = v.union([v.string(), v.object({ title: v.optional(localizedTextSchema), url: v.string() })]);

const answerSchema = v.object({
  text: localizedTextSchema,
  by: v.optional(localizedTextSchema),
  date: v.optional(isoDateTimeSchema),
});

const suggestionSchema = v.object({
  reference: idSchema,
  received: isoDateTimeSchema,
  channel: v.optional(v.picklist(CHANNELS)),
  area: v.optional(localizedTextSchema),
  topic: v.optional(localizedTextSchema),
  commitments: v.optional(v.union([idSchema, v.array(idSchema)])),
  text: localizedTextSchema,
  status: v.picklist(RESPONSE_STATUSES),
  answer: v.optional(answerSchema),
  links: v.optional(v.array(linkSchema)),
});

const registerSchema = v.object({
  title: v.optional(localizedTextSchema),
  member: v.optional(localizedTextSchema),
  updated: v.optional(isoDateSchema),
  answerWithin: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  suggestions: v.array(suggestionSchema),
});

/** A register as JSON gives it. */
export type RegisterInput = v.InferOutput<typeof registerSchema>;
/** A suggestion as JSON gives it. */
export type SuggestionInput = v.InferOutput<typeof suggestionSchema>;

/** Validates a register, or throws OgDataError (`validation`) naming each problem. */
export function validateRegister(value: unknown): RegisterInput {
  return validate(registerSchema, value, { what: 'register of suggestions' });
}
