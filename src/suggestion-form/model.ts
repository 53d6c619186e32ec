// The suggestion form as plain data: its configuration, validation, the payload it sends, and
// how a server's answer is understood. No DOM and no storage here.
import { isIsoDate, safeUrl, type LocalizedText } from '../core/index.js';

export const BUILT_IN_FIELDS = ['topic', 'area', 'message', 'name', 'email', 'phone'] as const;
export type BuiltInField = (typeof BUILT_IN_FIELDS)[number];

export const EXTRA_FIELD_TYPES = ['text', 'textarea', 'select', 'radio', 'checkbox', 'date'] as const;
export type ExtraFieldType = (typeof EXTRA_FIELD_TYPES)[number];

/** One choice of a select or radio field (topics, areas, extra fields). */
export interface Choice {
  value: string;
  label: LocalizedText;
}

/** A field declared in the form's JSON configuration. */
export interface ExtraField {
  name: string;
  type: ExtraFieldType;
  label: LocalizedText;
  help?: LocalizedText;
  required: boolean;
  /** A regular expression the whole value must match (text, textarea). */
  pattern?: string;
  options: Choice[];
  maxLength?: number;
}

/** What the consent block says: who controls the data, why, for how long, under which declaration. */
export interface ConsentConfig {
  controller?: LocalizedText;
  purpose?: LocalizedText;
  retention?: LocalizedText;
  /** The CNDP (Morocco, law 09-08) or INPDP (Tunisia, organic law 2004-63) declaration number. */
  declaration?: string;
  /** The full privacy notice. */
  noticeUrl?: string;
}

export interface FormConfig {
  fields: ExtraField[];
  consent: ConsentConfig;
  topics?: Choice[];
  areas?: Choice[];
  /** What happens next, shown on the receipt. */
  next?: LocalizedText;
}

/**
 * Reads a list attribute: `Azilal; Béni Mellal; Khénifra`, or with values:
 * `budget: Budget ouvert; pdr: Plan de développement`.
 */
export function parseChoiceList(text: string | null | undefined): Choice[] {
  return (text ?? '')
    .split(/[;\n]/)
    .map((item) => item.trim())
    .filter(Boolean)
    .map((item) => {
      const match = /^([\w-]+)\s*:\s*(.+)$/.exec(item);
      return match ? { value: match[1]!, label: match[2]! } : { value: item, label: item };
    });
}

/**
 * The topics a suggestion can be about, from an action plan (the tracker's JSON): one per
 * commitment, valued by its id. A bare array of commitments works too.
 */
export function topicsFromPlan(value: unknown): Choice[] {
  const commitments = Array.isArray(value) ? value : (value as { commitments?: unknown } | null)?.commitments;
  if (!Array.isArray(commitments)) return [];
  return commitments
    .filter((item): item is { id: string | number; title: LocalizedText } => {
      const candidate = item as { id?: unknown; title?: unknown } | null;
      return (
        (typeof candidate?.id === 'string' || typeof candidate?.id === 'number') &&
        (typeof candidate.title === 'string' || typeof candidate.title === 'object')
      );
    })
    .map((item) => ({ value: String(item.id), label: item.title }));
}

// ---------------------------------------------------------------------------------------------
// Validation

/** The values of the form, by field name; checkboxes are booleans. */
export type FormValues = Record<string, string | boolean>;

export type FieldErrorKind =
  'required' | 'email' | 'phone' | 'pattern' | 'too-short' | 'too-long' | 'date' | 'option' | 'consent' | 'server';

export interface FieldError {
  field: string;
  kind: FieldErrorKind;
  /** The length limit, for too-short and too-long. */
  limit?: number;
  /** The server's own words, for `server`. */
  message?: string;
}

/** What the form checks for one field. */
export interface FieldRule {
  name: string;
  required?: boolean;
  kind?: 'text' | 'email' | 'phone' | 'date' | 'choice' | 'checkbox';
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  /** Allowed values for a choice. */
  options?: readonly string[];
}

/** A plausible e-mail address: something@domain.tld, no spaces. The server checks for real. */
export function isEmail(value: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/u.test(value.trim());
}

/** A plausible phone number: 6 to 15 digits, with spaces, dots, dashes, brackets and a leading +. */
export function isPhone(value: string): boolean {
  const trimmed = value.trim();
  const digits = trimmed.replace(/[\s.\-()]/g, '');
  return /^\+?[\d\u0660-\u0669]{6,15}$/.test(digits) && !/[^\d\u0660-\u0669\s.\-()+]/.test(trimmed);
}

/** Counts characters as people do (graphemes, by default): an emoji or an Arabic letter with its marks is one. */
export function characterCount(text: string): number {
  return [...new Intl.Segmenter().segment(text)].length;
}

/** Checks one field's value against its rule. */
export function validateField(rule: FieldRule, value: string | boolean | undefined): FieldError | undefined {
  const field = rule.name;
  if (rule.kind === 'checkbox') {
    return rule.required && value !== true ? { field, kind: field === 'consent' ? 'consent' : 'required' } : undefined;
  }
  const text = typeof value === 'string' ? value.trim() : '';
  if (text === '') return rule.required ? { field, kind: 'required' } : undefined;
  if (rule.kind === 'email' && !isEmail(text)) return { field, kind: 'email' };
  if (rule.kind === 'phone' && !isPhone(text)) return { field, kind: 'phone' };
  if (rule.kind === 'date' && !isIsoDate(text)) return { field, kind: 'date' };
  if (rule.kind === 'choice' && rule.options && !rule.options.includes(text)) return { field, kind: 'option' };
  const length = characterCount(text);
  if (rule.minLength && length < rule.minLength) return { field, kind: 'too-short', limit: rule.minLength };
  if (rule.maxLength && length > rule.maxLength) return { field, kind: 'too-long', limit: rule.maxLength };
  if (rule.pattern && !new RegExp(`^(?:${rule.pattern})$`, 'u').test(text)) return { field, kind: 'pattern' };
  return undefined;
}

/** Checks every field, in order: the error summary lists them as the form shows them. */
export function validateForm(rules: readonly FieldRule[], values: FormValues): FieldError[] {
  return rules
    .map((rule) => validateField(rule, values[rule.name]))
    .filter((error): error is FieldError => error !== undefined);
}

// ---------------------------------------------------------------------------------------------
// The form's shape: what it asks, from its attributes and configuration

/** Built-in fields shown when `fields` lists none. */
export const DEFAULT_FIELDS: readonly BuiltInField[] = ['topic', 'message', 'name', 'email'];

/** Fields that hold personal data: showing one shows the consent block. */
export const PERSONAL: readonly BuiltInField[] = ['name', 'email', 'phone'];

/** What the form asks: everything its rules and payload follow from. */
export interface FormShape {
  /** Built-in fields shown, in the form's order (the message always). */
  shown: readonly BuiltInField[];
  /** Built-in fields that must be filled besides the message. */
  required: readonly string[];
  topics: readonly Choice[];
  areas: readonly Choice[];
  extra: readonly ExtraField[];
  minLength: number;
  maxLength: number;
}

/** A `fields` or `required` attribute as names: separated by spaces, commas or semicolons. */
export function nameList(text: string | null | undefined): string[] {
  return (text ?? '').split(/[\s,;]+/).filter(Boolean);
}

/** The built-in fields a `fields` attribute shows, in the form's order. */
export function shownFields(fields: string | null | undefined): BuiltInField[] {
  const listed = nameList(fields).filter((name): name is BuiltInField =>
    (BUILT_IN_FIELDS as readonly string[]).includes(name),
  );
  const shown = listed.length ? listed : DEFAULT_FIELDS;
  return BUILT_IN_FIELDS.filter((field) => field === 'message' || shown.includes(field));
}

export function isRequired(shape: Pick<FormShape, 'required'>, field: BuiltInField): boolean {
  return field === 'message' || shape.required.includes(field);
}

/** The consent block: the attributes' words, else the configuration's (the notice's link only when safe). */
export function consentOf(
  config: ConsentConfig,
  attributes: { [K in keyof ConsentConfig]?: string | null },
): ConsentConfig {
  const { controller, purpose, retention, declaration, noticeUrl } = attributes;
  return {
    controller: controller ?? config.controller,
    purpose: purpose ?? config.purpose,
    retention: retention ?? config.retention,
    declaration: declaration ?? config.declaration,
    noticeUrl: noticeUrl ? safeUrl(noticeUrl) : config.noticeUrl,
  };
}

/** Whether the form asks for personal data, and so shows the consent block. */
export function asksPersonalData(shape: Pick<FormShape, 'shown'>): boolean {
  return shape.shown.some((field) => PERSONAL.includes(field));
}

/** Whether the citizen has given personal data, which makes consent necessary. */
export function givesPersonalData(values: FormValues): boolean {
  const given = (name: string) => typeof values[name] === 'string' && (values[name] as string).trim() !== '';
  return (given('name') && values.anonymous !== true) || given('email') || given('phone');
}

/** What the form checks, field by field, in the order it shows them. */
export function formRules(shape: FormShape, values: FormValues): FieldRule[] {
  const { shown, topics, areas } = shape;
  const rules: FieldRule[] = [];
  const choices = (choices: readonly Choice[]) => choices.map((choice) => choice.value);
  if (shown.includes('topic') && topics.length)
    rules.push({ name: 'topic', required: isRequired(shape, 'topic'), kind: 'choice', options: choices(topics) });
  if (shown.includes('area') && areas.length)
    rules.push({ name: 'area', required: isRequired(shape, 'area'), kind: 'choice', options: choices(areas) });
  rules.push({ name: 'message', required: true, minLength: shape.minLength, maxLength: shape.maxLength });
  for (const field of shape.extra) {
    const options = field.options.length ? choices(field.options) : undefined;
    rules.push({
      name: field.name,
      required: field.required,
      kind:
        field.type === 'select' || field.type === 'radio' ? 'choice' : field.type === 'textarea' ? 'text' : field.type,
      pattern: field.pattern,
      maxLength: field.maxLength,
      options,
    });
  }
  if (shown.includes('name') && values.anonymous !== true)
    rules.push({ name: 'name', required: isRequired(shape, 'name'), maxLength: 200 });
  if (shown.includes('email')) rules.push({ name: 'email', required: isRequired(shape, 'email'), kind: 'email' });
  if (shown.includes('phone')) rules.push({ name: 'phone', required: isRequired(shape, 'phone'), kind: 'phone' });
  if (asksPersonalData(shape)) rules.push({ name: 'consent', required: givesPersonalData(values), kind: 'checkbox' });
  return rules;
}

/** `errors` with one field checked again, in the order of the rules (as the summary lists them). */
export function recheckField(
  rules: readonly FieldRule[],
  errors: readonly FieldError[],
  values: FormValues,
  name: string,
): FieldError[] {
  const rule = rules.find((candidate) => candidate.name === name);
  const error = rule ? validateField(rule, values[name]) : undefined;
  const order = (field: string) =>
    ((index) => (index < 0 ? Infinity : index))(rules.findIndex((candidate) => candidate.name === field));
  return [...errors.filter((other) => other.field !== name), ...(error ? [error] : [])].sort(
    (a, b) => order(a.field) - order(b.field),
  );
}

/** A server's refusal in the form's terms: errors of fields shown, and the rest as general sentences. */
export function refusalErrors(body: unknown, rules: readonly FieldRule[]): { errors: FieldError[]; general: string[] } {
  const found = serverErrors(body);
  const shown = new Set(rules.map((rule) => rule.name));
  const onField = (item: { field?: string }) => item.field !== undefined && shown.has(item.field);
  return {
    errors: found
      .filter(onField)
      .map((item) => ({ field: item.field!, kind: 'server' as const, message: item.message })),
    general: found.filter((item) => !onField(item)).map((item) => item.message),
  };
}

// ---------------------------------------------------------------------------------------------
// Sending

/**
 * What the form sends. JSON by default; with `encoding="form"` the same keys, flattened
 * (`extra[budget-year]`), as application/x-www-form-urlencoded.
 */
export interface SuggestionPayload {
  /** Generated in the browser; also sent as the Idempotency-Key header. */
  id: string;
  /** When the citizen pressed Send, ISO 8601 (UTC). */
  createdAt: string;
  /** The form's language tag (`ar-MA`). */
  locale: string;
  /** The page the form is on. */
  page: string;
  /** The form's `name`, when it has one. */
  form?: string;
  topic?: string;
  area?: string;
  message: string;
  /** Absent when `anonymous` is true. */
  name?: string;
  anonymous: boolean;
  email?: string;
  phone?: string;
  /** The extra fields of the configuration, by name. */
  extra: Record<string, string | boolean>;
  /** True when the consent block was shown and accepted. */
  consent?: boolean;
}

/** Where and when a payload is made, besides the citizen's values. */
export interface PayloadContext {
  id: string;
  createdAt: string;
  locale: string;
  page: string;
  form: string;
}

/** The payload of what the citizen wrote: trimmed, only the fields shown, the name only when not anonymous. */
export function buildPayload(shape: FormShape, values: FormValues, context: PayloadContext): SuggestionPayload {
  const value = (name: string) => {
    const entry = values[name];
    return typeof entry === 'string' && entry.trim() ? entry.trim() : undefined;
  };
  const shown = (field: BuiltInField) => (shape.shown.includes(field) ? value(field) : undefined);
  const anonymous = values.anonymous === true;
  const extra: Record<string, string | boolean> = {};
  for (const field of shape.extra) {
    const entry = values[field.name];
    if (entry !== undefined && entry !== '') extra[field.name] = typeof entry === 'string' ? entry.trim() : entry;
  }
  return {
    ...context,
    form: context.form || undefined,
    topic: shown('topic'),
    area: shown('area'),
    message: value('message') ?? '',
    name: anonymous ? undefined : shown('name'),
    anonymous: anonymous || !value('name'),
    email: shown('email'),
    phone: shown('phone'),
    extra,
    consent: asksPersonalData(shape) ? values.consent === true : undefined,
  };
}

/**
 * A submission id: a random UUID (version 4). Not crypto.randomUUID, which needs a secure context
 * (https or localhost): municipal sites on plain http exist. Each x of the template becomes a
 * random hex digit, y one of 8, 9, a, b (the variant).
 */
export function newSubmissionId(): string {
  return 'xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx'.replace(/[xy]/g, (digit) => {
    const random = crypto.getRandomValues(new Uint8Array(1))[0]!;
    return (digit === 'x' ? random & 15 : (random & 3) | 8).toString(16);
  });
}

/** Encodes a payload for the wire. */
export function encodePayload(
  payload: SuggestionPayload,
  encoding: 'json' | 'form',
): { body: string; contentType: string } {
  if (encoding === 'json') return { body: JSON.stringify(payload), contentType: 'application/json' };
  const form = new URLSearchParams();
  for (const [key, value] of Object.entries(payload)) {
    if (value === undefined) continue;
    if (key === 'extra') {
      for (const [name, extra] of Object.entries(value as Record<string, string | boolean>))
        form.append(`extra[${name}]`, String(extra));
    } else form.append(key, String(value));
  }
  return { body: form.toString(), contentType: 'application/x-www-form-urlencoded' };
}

/** How a send went, from the server's answer (or its absence). */
export type SendOutcome = 'sent' | 'retry' | 'rejected';

/**
 * 2xx, and 409 (the server already has this id), are sent. No answer, 408, 429 and 5xx are
 * worth retrying, and so are 401, 403 and 419: an expired session or CSRF token, which the next
 * page load renews. Any other 4xx is a rejection that retrying will not change.
 */
export function classifyStatus(status: number | undefined): SendOutcome {
  if (status === undefined) return 'retry';
  if ((status >= 200 && status < 300) || status === 409) return 'sent';
  if ([401, 403, 408, 419, 429].includes(status) || status >= 500) return 'retry';
  return 'rejected';
}

/** The form's values that a payload holds, to put a refused suggestion back into the form. */
export function valuesFromPayload(payload: SuggestionPayload): FormValues {
  const values: FormValues = { message: payload.message, anonymous: payload.anonymous && !payload.name };
  for (const key of ['topic', 'area', 'name', 'email', 'phone'] as const) {
    if (payload[key]) values[key] = payload[key]!;
  }
  if (payload.consent) values.consent = true;
  return { ...values, ...payload.extra };
}

/** The reference to show on the receipt: the server's `reference` or `id`, else ours. */
export function referenceFrom(body: unknown, submissionId: string): string {
  const answer = body as { reference?: unknown; id?: unknown } | null;
  for (const candidate of [answer?.reference, answer?.id]) {
    if ((typeof candidate === 'string' && candidate.trim()) || typeof candidate === 'number')
      return String(candidate).slice(0, 64);
  }
  return submissionId;
}

/**
 * Field messages from a server's rejection. Understands `{ errors: [{ field, message }] }`,
 * `{ errors: { field: message } }` and `{ field, message }`; a message without a field is general.
 */
export function serverErrors(body: unknown): { field?: string; message: string }[] {
  const answer = body as { errors?: unknown; field?: unknown; message?: unknown; error?: unknown } | null;
  if (!answer || typeof answer !== 'object') return [];
  const found: { field?: string; message: string }[] = [];
  const add = (field: unknown, message: unknown) => {
    if (typeof message === 'string' && message.trim())
      found.push({ field: typeof field === 'string' ? field : undefined, message: message.slice(0, 500) });
  };
  if (Array.isArray(answer.errors))
    for (const item of answer.errors) add((item as { field?: unknown }).field, (item as { message?: unknown }).message);
  else if (answer.errors && typeof answer.errors === 'object')
    for (const [field, message] of Object.entries(answer.errors)) add(field, message);
  if (found.length === 0) add(answer.field, answer.message ?? answer.error);
  return found;
}

/** Milliseconds before retry number `attempt` (0-based): 5 s, 10 s, 20 s… up to 5 minutes. */
export function backoffDelay(attempt: number): number {
  return Math.min(5 * 60_000, 5_000 * 2 ** Math.max(0, attempt));
}

/** Whether sending now would exceed `max` sends within `windowMs`, given earlier send times. */
export function rateLimited(sentAt: readonly number[], now: number, max: number, windowMs: number): boolean {
  return max > 0 && sentAt.filter((time) => now - time < windowMs).length >= max;
}
