// Why not a tool: a call of esbuild's API (the tool) with the demo builder's settings; nothing to replace.
// Builds the demo's embed builder (demo/builder/embed-builder.ts, plain Lit) into dist/builder/,
// which the demo server serves at /dist/builder/. It is a page of the demo, not part of the
// library: the widgets it previews come from the CDN build, loaded by the page's script tag.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';

rmSync('dist/builder', { recursive: true, force: true });
await build({
  entryPoints: ['demo/builder/embed-builder.ts'],
  outdir: 'dist/builder',
  bundle: true,
  splitting: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  sourcemap: true,
  tsconfig: 'tsconfig.json',
  legalComments: 'none',
  logLevel: 'warning',
});
console.log('Embed builder built into dist/builder/.');
