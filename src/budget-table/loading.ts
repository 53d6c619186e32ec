import type { LoadingBlockSizes } from '../core/styles/loading.js';

/** The room og-budget-table reserves while it loads: the toolbar, the header and a few lines. */
export const BUDGET_LOADING_SIZES: LoadingBlockSizes = { '': '24rem', '[view="chart"]': '22rem' };
