// The npm entry: defines every widget and exports their classes and the core's public API.
// Each widget also has its own entry (`opengov-widgets/<widget>.js`).
export * from './core/index.js';
export * from './commitment-tracker/index.js';
export * from './suggestion-form/index.js';
export * from './budget-table/index.js';
export * from './consultation-calendar/index.js';
