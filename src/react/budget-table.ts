import type * as React from 'react';
import type { EventName, ReactWebComponent } from '@lit/react';
import { OgBudgetTable, type OgRowToggleDetail, type OgViewChangeDetail } from '../budget-table/index.js';
import { dataEvents, eventName, reactWidget, type DataEvents } from './events.js';

/** The event handler props of {@link BudgetTable}. */
export type BudgetTableEvents = DataEvents<OgBudgetTable> & {
  /** `og-row-toggle`: a line was expanded or collapsed. */
  onOgRowToggle: EventName<CustomEvent<OgRowToggleDetail>>;
  /** `og-view-change`: the view switched between table and chart. */
  onOgViewChange: EventName<CustomEvent<OgViewChangeDetail>>;
};

export const budgetTableEvents: BudgetTableEvents = {
  ...dataEvents<OgBudgetTable>(),
  onOgRowToggle: eventName('og-row-toggle'),
  onOgViewChange: eventName('og-view-change'),
};

/** `<og-budget-table>` as a React component: its properties as props (`data`, `currency`, `view`, …), its events as `onOg…` props. */
export const BudgetTable: ReactWebComponent<OgBudgetTable, BudgetTableEvents> = reactWidget(
  'og-budget-table',
  OgBudgetTable,
  budgetTableEvents,
);

export type BudgetTableProps = React.ComponentProps<typeof BudgetTable>;
