// Defines <og-consultation-calendar>. Import this file alone to get only this widget:
//   import 'opengov-widgets/consultation-calendar.js';
import { defineElement } from '../core/define.js';
import { OgConsultationCalendar } from './consultation-calendar.js';

defineElement('og-consultation-calendar', OgConsultationCalendar);

export {
  OgConsultationCalendar,
  type OgEventOpenDetail,
  type OgRangeChangeDetail,
} from './consultation-calendar.js';
export type { CalendarSource } from './sources.js';
export * from './model.js';

declare global {
  interface HTMLElementTagNameMap {
    'og-consultation-calendar': OgConsultationCalendar;
  }
}
