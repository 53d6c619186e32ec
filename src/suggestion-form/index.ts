// Defines <og-suggestion-form>. Import this file alone to get only this widget:
//   import 'opengov-widgets/suggestion-form.js';
// Its public API, named one by one (scripts/public-api.json lists it, `npm run test:package`
// checks it): the element, its events' details and the payload they carry, the form's JSON
// configuration (`.data`, and the model `og-load` gives), and the outbox.
import { defineElement } from '../core/define.js';
import { OgSuggestionForm } from './suggestion-form.js';

defineElement('og-suggestion-form', OgSuggestionForm);

export {
  OgSuggestionForm,
  type OgSubmitDetail,
  type OgSubmittedDetail,
  type OgSubmitErrorDetail,
} from './suggestion-form.js';
export type {
  SuggestionPayload,
  FormConfig,
  ExtraField,
  ExtraFieldType,
  ConsentConfig,
  Choice,
  BuiltInField,
} from './model.js';
export { outboxEntries, type OutboxEntry } from './outbox-store.js';

declare global {
  interface HTMLElementTagNameMap {
    'og-suggestion-form': OgSuggestionForm;
  }
}
