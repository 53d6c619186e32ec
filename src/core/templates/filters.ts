// The controls that the widgets with data views share, as templates: a labelled filter `<select>`
// with an "All" choice, and a search box. (Their styles are controlStyles.)
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '../i18n/msg.js';

/** One choice of a filter: its value, and what the reader sees (the value itself by default). */
export interface FilterChoice {
  value: string;
  label?: string;
}

export interface FilterSelectOptions {
  label: string;
  choices: readonly (string | FilterChoice)[];
  /** The value chosen now; '' is "All". */
  current: string;
  /** Called with the new value. */
  change: (value: string) => void;
  /** Without an "All" choice (a sort order always has one value). */
  required?: boolean;
  /** Shown only when there is more than this many choices (default 0: always). */
  showAbove?: number;
}

/** A labelled filter `<select>`: "All", then each choice; nothing when there are too few choices. */
export function filterSelect(options: FilterSelectOptions): TemplateResult | typeof nothing {
  const { label, choices, current, change, required = false, showAbove = 0 } = options;
  if (choices.length <= showAbove) return nothing;
  return html`<label class="field"
    ><span>${label}</span>
    <select @change=${(event: Event) => change((event.target as HTMLSelectElement).value)}>
      ${required ? nothing : html`<option value="" ?selected=${current === ''}>${msg('All')}</option>`}
      ${choices.map((choice) => {
        const { value, label: text = value } = typeof choice === 'string' ? { value: choice } : choice;
        return html`<option .value=${value} ?selected=${current === value}>${text}</option>`;
      })}
    </select></label
  >`;
}

/** A labelled search box. */
export function searchField(label: string, query: string, input: (value: string) => void): TemplateResult {
  return html`<label class="field search"
    ><span>${label}</span><input type="search" .value=${query} @input=${(event: Event) => input((event.target as HTMLInputElement).value)}
  /></label>`;
}
