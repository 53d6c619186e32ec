import type { LoadingBlockSizes } from '../core/styles/loading.js';

/** The room og-suggestion-form reserves while it loads its configuration: the first fields. */
export const FORM_LOADING_SIZES: LoadingBlockSizes = { '': '36rem' };
