// Defines <og-budget-table>. Import this file alone to get only this widget:
//   import 'opengov-widgets/budget-table.js';
// Its public API, named one by one (scripts/public-api.json lists it, `npm run test:package`
// checks it): the element, its events' details, the budget as `og-load` gives it and as JSON
// (`.data`) gives it.
import { defineElement } from '../core/define.js';
import { OgBudgetTable } from './budget-table.js';

defineElement('og-budget-table', OgBudgetTable);

export { OgBudgetTable, type OgRowToggleDetail, type OgViewChangeDetail } from './budget-table.js';
export type {
  Budget,
  BudgetLine,
  BudgetMeta,
  BudgetType,
  Section,
  Classification,
  AmountKind,
  Amounts,
  BudgetInput,
  LineInput,
} from './model.js';

declare global {
  interface HTMLElementTagNameMap {
    'og-budget-table': OgBudgetTable;
  }
}
