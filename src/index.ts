// The npm entry: defines every widget and exports their classes and the core's public API.
// Widgets are added here as they land; each also has its own entry (`opengov-widgets/<widget>.js`).
export * from './core/index.js';
