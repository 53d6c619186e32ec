// Defines <og-consultation-calendar>. Import this file alone to get only this widget:
//   import 'opengov-widgets/consultation-calendar.js';
// Its public API, named one by one (scripts/public-api.json lists it, `npm run test:package`
// checks it): the element, its events' details, its `sources`, the events as JSON (`.data`) gives
// them and the model `og-load` gives.
import { defineElement } from '../core/define.js';
import { OgConsultationCalendar } from './consultation-calendar.js';

defineElement('og-consultation-calendar', OgConsultationCalendar);

export { OgConsultationCalendar, type OgEventOpenDetail, type OgRangeChangeDetail } from './consultation-calendar.js';
export type { CalendarSource, CalendarModel } from './sources.js';
export type { CalendarEvent, EventInput, EventList, EventStatus, Mode } from './model.js';

declare global {
  interface HTMLElementTagNameMap {
    'og-consultation-calendar': OgConsultationCalendar;
  }
}
