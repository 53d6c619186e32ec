import type { LoadingBlockSizes } from '../core/styles/loading.js';

/** The room og-consultation-calendar reserves while it loads: a month grid, or a short agenda. */
export const CALENDAR_LOADING_SIZES: LoadingBlockSizes = {
  '': '34rem',
  '[view="agenda"]': '24rem',
  '[max-events]': '14rem',
};
