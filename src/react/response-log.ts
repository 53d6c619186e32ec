import type * as React from 'react';
import { OgResponseLog, type OgFollowDetail } from '../response-log/index.js';
import { dataEvents, eventName, reactWidget } from './events.js';

/** The events of {@link ResponseLog}, as `createComponent` takes them: `og-load`, `og-error` and its own. */
export const responseLogEvents = {
  ...dataEvents<OgResponseLog>(),
  /** `og-follow`: a citizen followed a reference; detail `{ reference, found, status }`. */
  onOgFollow: eventName<OgFollowDetail>('og-follow'),
};

/** The event handler props of {@link ResponseLog}. */
export type ResponseLogEvents = typeof responseLogEvents;

/** `<og-response-log>` as a React component: its properties as props (`data`, `layout`, `commitment`, …), its events as `onOg…` props. */
export const ResponseLog = reactWidget('og-response-log', OgResponseLog, responseLogEvents);

export type ResponseLogProps = React.ComponentProps<typeof ResponseLog>;
