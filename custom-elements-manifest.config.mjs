// custom-elements.json is generated from the JSDoc of the elements (@attr, @prop, @fires, @slot,
// @csspart, @cssprop) and committed; `npm test` fails when it is stale (scripts/check-manifest.mjs).
export default {
  globs: ['src/**/*.ts'],
  // src/cli is the Node command line (`opengov-widgets validate`) and src/react the React wrappers
  // (`opengov-widgets/react`): no element of their own, not in the manifest.
  exclude: ['src/locales/**', 'src/**/*.d.ts', 'src/cdn.ts', 'src/cli/**', 'src/react/**'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: false,
};
