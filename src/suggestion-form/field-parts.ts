// What every field of the suggestion form is made of: the error line, the ids aria-describedby
// lists, the label with "(optional)", the options of a select. Shared by fields.ts (the built-in
// fields) and extra-fields.ts (a configuration's fields, a lazy chunk). Types only from model.ts:
// a module that both lazy chunks (json.ts and extra-fields.ts) import at run time would leave the
// form's chunk for a chunk of its own, one more file for every form to fetch.
import { html, nothing, type TemplateResult } from 'lit';
import { msg, pickText, type LocalizedText } from '../core/index.js';
import type { BuiltInField, Choice, FieldError, FormValues } from './model.js';

/** What the field templates need of the form. */
export interface FieldsView {
  readonly locale: string;
  readonly values: FormValues;
  errorFor(name: string): FieldError | undefined;
  errorMessage(error: FieldError): string;
  isRequired(field: BuiltInField): boolean;
  fieldLabel(name: string): string;
  /** A multilingual text in the form's language, as a string. */
  text(value: LocalizedText | undefined): string;
  /** A multilingual text, marked with its language when it falls back to another. */
  localizedText(value: LocalizedText | undefined): TemplateResult | string;
  /** The citizen changed a field. */
  change(name: string, value: string | boolean): void;
  /** A field lost focus. */
  blur(name: string): void;
}

/** The error line under a label: a hidden "Error:" prefix so that it is announced as one. */
export function fieldError(view: FieldsView, name: string): TemplateResult | typeof nothing {
  const error = view.errorFor(name);
  if (!error) return nothing;
  return html`<p class="field-error" id=${`f-${name}-error`}><span class="visually-hidden">${msg('Error:')}</span> ${view.errorMessage(error)}</p>`;
}

/** The ids of a field's hint and error, and `extra`, for aria-describedby. */
export function describedBy(view: FieldsView, name: string, hint: boolean, extra = ''): string | typeof nothing {
  const ids = [hint ? `f-${name}-hint` : '', view.errorFor(name) ? `f-${name}-error` : '', extra].filter(Boolean);
  return ids.length ? ids.join(' ') : nothing;
}

/** A label, with "(optional)" unless the field is required. */
export function labelText(label: string, required: boolean): TemplateResult {
  return html`${label}${required ? nothing : html` <span class="optional">${msg('(optional)')}</span>`}`;
}

export const invalid = (view: FieldsView, name: string) => (view.errorFor(name) ? 'true' : 'false');
export const fieldClass = (view: FieldsView, name: string, kind = '') =>
  `field ${kind} ${view.errorFor(name) ? 'has-error' : ''}`;

/** The options of a select: "Choose…", then the choices. */
export function options(view: FieldsView, choices: readonly Choice[], value: string): TemplateResult {
  return html`<option value="" ?selected=${value === ''}>${msg('Choose…')}</option>
    ${choices.map((choice) => html`<option .value=${choice.value} ?selected=${value === choice.value}>${choiceLabel(choice, view.locale)}</option>`)}`;
}

/** A label for a choice in a locale. */
export function choiceLabel(choice: Choice, locale: string): string {
  return pickText(choice.label, locale).text || choice.value;
}
