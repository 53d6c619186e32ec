// Defines <og-suggestion-form>. Import this file alone to get only this widget:
//   import 'opengov-widgets/suggestion-form.js';
import { defineElement } from '../core/define.js';
import { OgSuggestionForm } from './suggestion-form.js';

defineElement('og-suggestion-form', OgSuggestionForm);

export { OgSuggestionForm, type OgSubmitDetail, type OgSubmittedDetail, type OgSubmitErrorDetail } from './suggestion-form.js';
export * from './model.js';
export { outboxEntries, type OutboxEntry } from './outbox.js';

declare global {
  interface HTMLElementTagNameMap {
    'og-suggestion-form': OgSuggestionForm;
  }
}
