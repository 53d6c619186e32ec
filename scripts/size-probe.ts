// What every widget pays for before its own code: the base element (data sources, states, locale,
// theming) and the guarded define, with Lit. Measured by scripts/check-size.mjs.
export { OgElement, defineElement } from '../src/core/index.js';
