import type { LoadingBlockSizes } from '../core/styles/loading.js';

/** The room og-response-log reserves while it loads: the follow field and the first entries. */
export const RESPONSE_LOG_LOADING_SIZES: LoadingBlockSizes = {
  '': '36rem',
  '[layout="follow"]': '10rem',
  '[layout="summary"]': '16rem',
};
