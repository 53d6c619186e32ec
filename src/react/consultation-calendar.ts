import type * as React from 'react';
import type { EventName, ReactWebComponent } from '@lit/react';
import {
  OgConsultationCalendar,
  type OgEventOpenDetail,
  type OgRangeChangeDetail,
} from '../consultation-calendar/index.js';
import { dataEvents, eventName, reactWidget, type DataEvents } from './events.js';

/** The event handler props of {@link ConsultationCalendar}. */
export type ConsultationCalendarEvents = DataEvents<OgConsultationCalendar> & {
  /** `og-event-open`: an event's details were opened. */
  onOgEventOpen: EventName<CustomEvent<OgEventOpenDetail>>;
  /** `og-range-change`: the month or view changed. */
  onOgRangeChange: EventName<CustomEvent<OgRangeChangeDetail>>;
};

export const consultationCalendarEvents: ConsultationCalendarEvents = {
  ...dataEvents<OgConsultationCalendar>(),
  onOgEventOpen: eventName('og-event-open'),
  onOgRangeChange: eventName('og-range-change'),
};

/** `<og-consultation-calendar>` as a React component: its properties as props (`data`, `view`, `sources`, …), its events as `onOg…` props. */
export const ConsultationCalendar: ReactWebComponent<OgConsultationCalendar, ConsultationCalendarEvents> = reactWidget(
  'og-consultation-calendar',
  OgConsultationCalendar,
  consultationCalendarEvents,
);

export type ConsultationCalendarProps = React.ComponentProps<typeof ConsultationCalendar>;
