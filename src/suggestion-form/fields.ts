// The built-in fields of the suggestion form, as templates: the topic and area choices, the message
// with its character count, "about you" and the consent block (the fields of a configuration are in
// extra-fields.ts). Each error follows the GOV.UK pattern: an inline message with a hidden "Error:"
// prefix, linked to its field with aria-describedby.
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str, formatNumber, type LocalizedText } from '../core/index.js';
import { PERSONAL, characterCount, type BuiltInField, type Choice, type ConsentConfig } from './model.js';
import { describedBy, fieldClass, fieldError, invalid, labelText, options, type FieldsView } from './field-parts.js';

/** "You have 1 995 characters remaining", in the form's language. */
export function remainingText(view: Pick<FieldsView, 'locale' | 'values'>, maxLength: number): string {
  const remaining = maxLength - characterCount(String(view.values.message ?? ''));
  return remaining >= 0
    ? msg(str`You have ${formatNumber(view.locale, remaining)} characters remaining`)
    : msg(str`You have ${formatNumber(view.locale, -remaining)} characters too many`);
}

/**
 * A built-in choice (topic, area). While the topics of an action plan load, the field is there,
 * disabled, so that nothing below it moves when they arrive.
 */
export function choiceField(
  view: FieldsView,
  name: 'topic' | 'area',
  label: string,
  choices: readonly Choice[],
  waiting = false,
): TemplateResult | typeof nothing {
  if (!choices.length && !waiting) return nothing;
  const required = view.isRequired(name);
  return html`<div class=${fieldClass(view, name)}>
    <label for=${`f-${name}`}>${labelText(label, required)}</label>
    ${fieldError(view, name)}
    <select
      id=${`f-${name}`}
      name=${name}
      aria-describedby=${describedBy(view, name, false)}
      aria-invalid=${invalid(view, name)}
      ?required=${required}
      ?disabled=${waiting}
      aria-busy=${waiting ? 'true' : 'false'}
      @change=${(event: Event) => view.change(name, (event.target as HTMLSelectElement).value)}
      @blur=${() => view.blur(name)}
    >
      ${options(view, choices, String(view.values[name] ?? ''))}
    </select>
  </div>`;
}

/** The message, with its hint and its character count (read with the field, as GOV.UK's is). */
export function messageField(view: FieldsView, maxLength: number): TemplateResult {
  const value = String(view.values.message ?? '');
  const over = characterCount(value) > maxLength;
  return html`<div class=${fieldClass(view, 'message')}>
    <label for="f-message">${msg('Your suggestion')}</label>
    <p class="hint" id="f-message-hint">${msg('Say what you propose and why. Please do not include personal information about other people.')}</p>
    ${fieldError(view, 'message')}
    <textarea
      id="f-message"
      name="message"
      rows="7"
      dir="auto"
      required
      aria-describedby=${describedBy(view, 'message', true, 'f-message-count')}
      aria-invalid=${invalid(view, 'message')}
      .value=${value}
      @input=${(event: Event) => view.change('message', (event.target as HTMLTextAreaElement).value)}
      @blur=${() => view.blur('message')}
    ></textarea>
    <p class="count ${over ? 'over' : ''}" id="f-message-count">${remainingText(view, maxLength)}</p>
  </div>`;
}

function input(
  view: FieldsView,
  name: 'name' | 'email' | 'phone',
  type: string,
  autocomplete: string,
  disabled = false,
): TemplateResult {
  const required = view.isRequired(name);
  return html`<div class=${fieldClass(view, name)}>
    <label for=${`f-${name}`}>${labelText(view.fieldLabel(name), required)}</label>
    ${fieldError(view, name)}
    <input
      type=${type}
      id=${`f-${name}`}
      name=${name}
      autocomplete=${autocomplete}
      inputmode=${type === 'text' ? 'text' : type}
      dir=${name === 'name' ? 'auto' : 'ltr'}
      ?disabled=${disabled}
      ?required=${required}
      aria-describedby=${describedBy(view, name, false)}
      aria-invalid=${invalid(view, name)}
      .value=${String(view.values[name] ?? '')}
      @input=${(event: Event) => view.change(name, (event.target as HTMLInputElement).value)}
      @blur=${() => view.blur(name)}
    />
  </div>`;
}

/** Name (or anonymous), email and phone, as the form shows them. */
export function aboutYou(view: FieldsView, shown: readonly BuiltInField[]): TemplateResult | typeof nothing {
  if (!PERSONAL.some((field) => shown.includes(field))) return nothing;
  const anonymous = view.values.anonymous === true;
  return html`<fieldset class="about-you">
    <legend>${msg('About you')}</legend>
    ${
      shown.includes('name')
        ? html`<div class="field checkbox">
            <input
              type="checkbox"
              id="f-anonymous"
              name="anonymous"
              .checked=${anonymous}
              @change=${(event: Event) => view.change('anonymous', (event.target as HTMLInputElement).checked)}
            />
            <label for="f-anonymous">${msg('Send my suggestion anonymously')}</label>
          </div>
          ${input(view, 'name', 'text', 'name', anonymous)}`
        : nothing
    }
    ${shown.includes('email') ? input(view, 'email', 'email', 'email') : nothing}
    ${shown.includes('phone') ? input(view, 'phone', 'tel', 'tel') : nothing}
  </fieldset>`;
}

/** Who controls the personal data, why, for how long, under which declaration; and the consent box. */
export function consentBlock(view: FieldsView, consent: ConsentConfig): TemplateResult {
  const row = (term: string, value: LocalizedText | undefined) =>
    value ? html`<div><dt>${term}</dt><dd>${view.localizedText(value)}</dd></div>` : nothing;
  return html`<fieldset class="consent ${view.errorFor('consent') ? 'has-error' : ''}" part="consent">
    <legend>${msg('Your personal data')}</legend>
    <p class="hint">${msg('Only if you give your name, email or phone: you can also send your suggestion anonymously.')}</p>
    <dl>
      ${row(msg('Who controls it'), consent.controller)} ${row(msg('Why we ask'), consent.purpose)}
      ${row(msg('How long we keep it'), consent.retention)} ${row(msg('Declaration number'), consent.declaration)}
    </dl>
    ${consent.noticeUrl ? html`<p><a href=${consent.noticeUrl} rel="noopener">${msg('Read the full privacy notice')}</a></p>` : nothing}
    ${fieldError(view, 'consent')}
    <div class="field checkbox">
      <input
        type="checkbox"
        id="f-consent"
        name="consent"
        .checked=${view.values.consent === true}
        aria-describedby=${describedBy(view, 'consent', false)}
        aria-invalid=${invalid(view, 'consent')}
        @change=${(event: Event) => view.change('consent', (event.target as HTMLInputElement).checked)}
      />
      <label for="f-consent">${msg('I agree that my personal data is used as described above.')}</label>
    </div>
  </fieldset>`;
}
