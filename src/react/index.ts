'use client';
// The React entry, `opengov-widgets/react`: each widget as a React component made with
// @lit/react, its properties as props and its events as `onOg…` props (`og-row-toggle` →
// `onOgRowToggle`) typed with the event's detail. A separate entry, so that pages without React
// never load it. Importing a wrapper defines its element. 'use client' lets a React Server
// Component (Next.js App Router) render a wrapper: the widgets render in the browser.
export { BudgetTable, type BudgetTableProps, type BudgetTableEvents } from './budget-table.js';
export { CommitmentTracker, type CommitmentTrackerProps, type CommitmentTrackerEvents } from './commitment-tracker.js';
export {
  ConsultationCalendar,
  type ConsultationCalendarProps,
  type ConsultationCalendarEvents,
} from './consultation-calendar.js';
export { SuggestionForm, type SuggestionFormProps, type SuggestionFormEvents } from './suggestion-form.js';
export { ResponseLog, type ResponseLogProps, type ResponseLogEvents } from './response-log.js';
export type { DataEvents, ModelOf } from './events.js';
