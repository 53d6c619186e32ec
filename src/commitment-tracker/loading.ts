import type { LoadingBlockSizes } from '../core/styles/loading.js';

/** The room og-commitment-tracker reserves while it loads: about the first screen of a plan. */
export const TRACKER_LOADING_SIZES: LoadingBlockSizes = {
  '': '32rem',
  '[layout="compact"]': '16rem',
  '[commitment]': '24rem',
};
