import type * as React from 'react';
import { OgBudgetTable, type OgRowToggleDetail, type OgViewChangeDetail } from '../budget-table/index.js';
import { dataEvents, eventName, reactWidget } from './events.js';

/** The events of {@link BudgetTable}, as `createComponent` takes them: `og-load`, `og-error` and its own. */
export const budgetTableEvents = {
  ...dataEvents<OgBudgetTable>(),
  /** `og-row-toggle`: a line was expanded or collapsed. */
  onOgRowToggle: eventName<OgRowToggleDetail>('og-row-toggle'),
  /** `og-view-change`: the view switched between table and chart. */
  onOgViewChange: eventName<OgViewChangeDetail>('og-view-change'),
};

/** The event handler props of {@link BudgetTable}. */
export type BudgetTableEvents = typeof budgetTableEvents;

/** `<og-budget-table>` as a React component: its properties as props (`data`, `currency`, `view`, …), its events as `onOg…` props. */
export const BudgetTable = reactWidget('og-budget-table', OgBudgetTable, budgetTableEvents);

export type BudgetTableProps = React.ComponentProps<typeof BudgetTable>;
