// Reading the form's JSON configuration, loaded only when a form has one: the schema stays out of
// the bundle of the simple forms most pages show.
import * as v from 'valibot';
import { safeUrl, type LocalizedText } from '../core/index.js';
import { validate, localizedTextSchema } from '../core/data/schema.js';
import { BUILT_IN_FIELDS, EXTRA_FIELD_TYPES, type Choice, type FormConfig } from './model.js';

const choiceSchema = v.union([
  v.pipe(
    v.string(),
    v.transform((value): Choice => ({ value, label: value })),
  ),
  v.object({ value: v.union([v.string(), v.number()]), label: v.optional(localizedTextSchema) }),
]);

const extraFieldSchema = v.object({
  name: v.pipe(
    v.string(),
    v.regex(/^[A-Za-z][\w-]*$/),
    v.check((name) => !(BUILT_IN_FIELDS as readonly string[]).includes(name), 'valid'),
  ),
  type: v.optional(v.picklist(EXTRA_FIELD_TYPES), 'text'),
  label: localizedTextSchema,
  help: v.optional(localizedTextSchema),
  required: v.optional(v.boolean(), false),
  pattern: v.optional(v.pipe(v.string(), v.check(isValidPattern, 'valid'))),
  options: v.optional(v.array(choiceSchema), []),
  maxLength: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
});

// valibot's object() takes an array too: a configuration must be a plain object.
const configSchema = v.pipe(
  v.custom<object>((value) => typeof value === 'object' && value !== null && !Array.isArray(value), 'object'),
  v.object({
    fields: v.optional(v.array(extraFieldSchema), []),
    consent: v.optional(
      v.object({
        controller: v.optional(localizedTextSchema),
        purpose: v.optional(localizedTextSchema),
        retention: v.optional(localizedTextSchema),
        declaration: v.optional(v.string()),
        noticeUrl: v.optional(v.string()),
      }),
      {},
    ),
    topics: v.optional(v.array(choiceSchema)),
    areas: v.optional(v.array(choiceSchema)),
    next: v.optional(localizedTextSchema),
  }),
);

function isValidPattern(pattern: string): boolean {
  try {
    new RegExp(`^(?:${pattern})$`, 'u');
    return true;
  } catch {
    return false;
  }
}

function toChoice(choice: Choice | { value: string | number; label?: LocalizedText }): Choice {
  return { value: String(choice.value), label: choice.label ?? String(choice.value) };
}

/**
 * Reads the form's JSON configuration (extra fields, consent, topics, areas).
 * @throws OgDataError (`validation`) naming the field definition at fault.
 */
export function parseFormJson(value: unknown): FormConfig {
  const input = validate(configSchema, value ?? {}, { what: 'form configuration' });
  return {
    fields: input.fields.map((field) => ({ ...field, options: field.options.map(toChoice) })),
    consent: { ...input.consent, noticeUrl: input.consent.noticeUrl ? safeUrl(input.consent.noticeUrl) : undefined },
    topics: input.topics?.map(toChoice),
    areas: input.areas?.map(toChoice),
    next: input.next,
  };
}
