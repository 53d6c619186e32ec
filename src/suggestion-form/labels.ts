// Error sentences of the suggestion form, in the GOV.UK style: say what to do, name the field.
import { msg, str, formatNumber } from '../core/index.js';
import type { ExtraField, FieldError } from './model.js';

/** What to do when a required field is empty: built-in fields get their own sentence. */
function requiredText(field: string, label: string): string {
  switch (field) {
    case 'message':
      return msg('Enter your suggestion');
    case 'topic':
      return msg('Select what your suggestion is about');
    case 'area':
      return msg('Select an area');
    case 'name':
      return msg('Enter your name, or choose to send anonymously');
    case 'email':
      return msg('Enter your email address');
    case 'phone':
      return msg('Enter your phone number');
    default:
      return msg(str`“${label}” is required`);
  }
}

export function errorText(error: FieldError, label: string, locale: string): string {
  const limit = formatNumber(locale, error.limit ?? 0);
  switch (error.kind) {
    case 'required':
      return requiredText(error.field, label);
    case 'consent':
      return msg('Tick the box to agree to the use of your personal data, or remove your name, email and phone');
    case 'email':
      return msg('Enter an email address in the correct format, like name@example.com');
    case 'phone':
      return msg('Enter a phone number, like 0612 345 678 or +216 78 200 000');
    case 'pattern':
      return msg(str`“${label}” is not in the expected format`);
    case 'too-short':
      return msg(str`“${label}” must be ${limit} characters or more`);
    case 'too-long':
      return msg(str`“${label}” must be ${limit} characters or fewer`);
    case 'date':
      return msg(str`“${label}” must be a real date`);
    case 'option':
      return msg(str`Choose an answer for “${label}” from the list`);
    case 'server':
      return error.message ?? msg(str`Check “${label}”`);
  }
}

const BUILT_IN_LABELS: Record<string, () => string> = {
  topic: () => msg('Topic'),
  area: () => msg('Area'),
  message: () => msg('Your suggestion'),
  name: () => msg('Your name'),
  email: () => msg('Email address'),
  phone: () => msg('Phone number'),
  consent: () => msg('Consent'),
};

/** A field's name for people: a built-in one's, or an extra field's label (`text` puts it in the form's language). */
export function fieldLabel(
  name: string,
  extra: readonly ExtraField[],
  text: (label: ExtraField['label']) => string,
): string {
  const field = extra.find((candidate) => candidate.name === name);
  return (
    (Object.hasOwn(BUILT_IN_LABELS, name) ? BUILT_IN_LABELS[name]!() : undefined) ?? (field ? text(field.label) : name)
  );
}
