// The fields that a form's configuration declares, as templates. The element loads this file with
// the configuration (beside json.ts), before it shows them: a form without one never downloads it.
import { html, nothing, type TemplateResult } from 'lit';
import type { ExtraField } from './model.js';
import {
  choiceLabel,
  describedBy,
  fieldClass,
  fieldError,
  invalid,
  labelText,
  options,
  type FieldsView,
} from './field-parts.js';

/** A field declared in the form's configuration. */
export function extraField(view: FieldsView, field: ExtraField): TemplateResult {
  const { name } = field;
  const id = `f-${name}`;
  const label = view.text(field.label);
  const help = field.help ? view.text(field.help) : '';
  const value = view.values[name];
  const change = (next: string | boolean) => view.change(name, next);
  const blur = () => view.blur(name);
  const hint = help ? html`<p class="hint" id=${`${id}-hint`}>${help}</p>` : nothing;
  const described = describedBy(view, name, Boolean(help));
  if (field.type === 'checkbox') {
    return html`<div class=${fieldClass(view, name, 'checkbox')}>
      ${fieldError(view, name)}
      <input
        type="checkbox"
        id=${id}
        name=${name}
        .checked=${value === true}
        aria-describedby=${described}
        aria-invalid=${invalid(view, name)}
        @change=${(event: Event) => change((event.target as HTMLInputElement).checked)}
      />
      <label for=${id}>${labelText(label, field.required)}</label>
      ${hint}
    </div>`;
  }
  if (field.type === 'radio') {
    return html`<fieldset class=${fieldClass(view, name)} id=${id} tabindex="-1" aria-describedby=${described}>
      <legend>${labelText(label, field.required)}</legend>
      ${hint} ${fieldError(view, name)}
      ${field.options.map(
        (choice, index) => html`<div class="radio">
          <input type="radio" id=${`${id}-${index}`} name=${name} .value=${choice.value} .checked=${value === choice.value} @change=${() => change(choice.value)} />
          <label for=${`${id}-${index}`}>${choiceLabel(choice, view.locale)}</label>
        </div>`,
      )}
    </fieldset>`;
  }
  const text = String(value ?? '');
  const control =
    field.type === 'select'
      ? html`<select id=${id} name=${name} aria-describedby=${described} aria-invalid=${invalid(view, name)} @change=${(event: Event) => change((event.target as HTMLSelectElement).value)} @blur=${blur}>
          ${options(view, field.options, text)}
        </select>`
      : field.type === 'textarea'
        ? html`<textarea id=${id} name=${name} rows="4" dir="auto" aria-describedby=${described} aria-invalid=${invalid(view, name)} .value=${text} @input=${(event: Event) => change((event.target as HTMLTextAreaElement).value)} @blur=${blur}></textarea>`
        : html`<input
            type=${field.type === 'date' ? 'date' : 'text'}
            id=${id}
            name=${name}
            dir="auto"
            aria-describedby=${described}
            aria-invalid=${invalid(view, name)}
            .value=${text}
            @input=${(event: Event) => change((event.target as HTMLInputElement).value)}
            @blur=${blur}
          />`;
  return html`<div class=${fieldClass(view, name)}>
    <label for=${id}>${labelText(label, field.required)}</label>
    ${hint} ${fieldError(view, name)} ${control}
  </div>`;
}
