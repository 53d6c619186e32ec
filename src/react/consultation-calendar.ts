import type * as React from 'react';
import {
  OgConsultationCalendar,
  type OgEventOpenDetail,
  type OgRangeChangeDetail,
} from '../consultation-calendar/index.js';
import { dataEvents, eventName, reactWidget } from './events.js';

/** The events of {@link ConsultationCalendar}, as `createComponent` takes them: `og-load`, `og-error` and its own. */
export const consultationCalendarEvents = {
  ...dataEvents<OgConsultationCalendar>(),
  /** `og-event-open`: an event's details were opened. */
  onOgEventOpen: eventName<OgEventOpenDetail>('og-event-open'),
  /** `og-range-change`: the month or view changed. */
  onOgRangeChange: eventName<OgRangeChangeDetail>('og-range-change'),
};

/** The event handler props of {@link ConsultationCalendar}. */
export type ConsultationCalendarEvents = typeof consultationCalendarEvents;

/** `<og-consultation-calendar>` as a React component: its properties as props (`data`, `view`, `sources`, …), its events as `onOg…` props. */
export const ConsultationCalendar = reactWidget(
  'og-consultation-calendar',
  OgConsultationCalendar,
  consultationCalendarEvents,
);

export type ConsultationCalendarProps = React.ComponentProps<typeof ConsultationCalendar>;
