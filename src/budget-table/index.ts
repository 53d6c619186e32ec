// Defines <og-budget-table>. Import this file alone to get only this widget:
//   import 'opengov-widgets/budget-table.js';
import { defineElement } from '../core/define.js';
import { OgBudgetTable } from './budget-table.js';

defineElement('og-budget-table', OgBudgetTable);

export { OgBudgetTable, type OgRowToggleDetail, type OgViewChangeDetail } from './budget-table.js';
export * from './model.js';

declare global {
  interface HTMLElementTagNameMap {
    'og-budget-table': OgBudgetTable;
  }
}
