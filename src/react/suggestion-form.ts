import type * as React from 'react';
import {
  OgSuggestionForm,
  type OgSubmitDetail,
  type OgSubmittedDetail,
  type OgSubmitErrorDetail,
} from '../suggestion-form/index.js';
import { dataEvents, eventName, reactWidget } from './events.js';

/** The events of {@link SuggestionForm}, as `createComponent` takes them: `og-load`, `og-error` and its own. */
export const suggestionFormEvents = {
  ...dataEvents<OgSuggestionForm>(),
  /** `og-submit` (cancelable): call `event.preventDefault()` to send `detail.payload` yourself, then the element's `markSent()`. */
  onOgSubmit: eventName<OgSubmitDetail>('og-submit'),
  /** `og-submitted`: the server acknowledged the suggestion. */
  onOgSubmitted: eventName<OgSubmittedDetail>('og-submitted'),
  /** `og-submit-error`: the suggestion was queued for a retry, or rejected. */
  onOgSubmitError: eventName<OgSubmitErrorDetail>('og-submit-error'),
};

/** The event handler props of {@link SuggestionForm}. */
export type SuggestionFormEvents = typeof suggestionFormEvents;

/** `<og-suggestion-form>` as a React component: its properties as props (`action`, `data`, `headers`, …), its events as `onOg…` props. */
export const SuggestionForm = reactWidget('og-suggestion-form', OgSuggestionForm, suggestionFormEvents);

export type SuggestionFormProps = React.ComponentProps<typeof SuggestionForm>;
