import type * as React from 'react';
import type { EventName, ReactWebComponent } from '@lit/react';
import {
  OgSuggestionForm,
  type OgSubmitDetail,
  type OgSubmittedDetail,
  type OgSubmitErrorDetail,
} from '../suggestion-form/index.js';
import { dataEvents, eventName, reactWidget, type DataEvents } from './events.js';

/** The event handler props of {@link SuggestionForm}. */
export type SuggestionFormEvents = DataEvents<OgSuggestionForm> & {
  /** `og-submit` (cancelable): call `event.preventDefault()` to send `detail.payload` yourself, then the element's `markSent()`. */
  onOgSubmit: EventName<CustomEvent<OgSubmitDetail>>;
  /** `og-submitted`: the server acknowledged the suggestion. */
  onOgSubmitted: EventName<CustomEvent<OgSubmittedDetail>>;
  /** `og-submit-error`: the suggestion was queued for a retry, or rejected. */
  onOgSubmitError: EventName<CustomEvent<OgSubmitErrorDetail>>;
};

export const suggestionFormEvents: SuggestionFormEvents = {
  ...dataEvents<OgSuggestionForm>(),
  onOgSubmit: eventName('og-submit'),
  onOgSubmitted: eventName('og-submitted'),
  onOgSubmitError: eventName('og-submit-error'),
};

/** `<og-suggestion-form>` as a React component: its properties as props (`action`, `data`, `headers`, …), its events as `onOg…` props. */
export const SuggestionForm: ReactWebComponent<OgSuggestionForm, SuggestionFormEvents> = reactWidget(
  'og-suggestion-form',
  OgSuggestionForm,
  suggestionFormEvents,
);

export type SuggestionFormProps = React.ComponentProps<typeof SuggestionForm>;
