// Why not a tool: esbuild (the tool) bundles src/widgets.ts for Node; this only calls it.
// The registry of widgets (src/widgets.ts) for the Node scripts: the same module the CDN entry and
// the CLI read, bundled on the fly by esbuild (its dynamic imports of widget code left out, since a
// script only reads the data). So no script keeps a list of its own of what a widget is.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const result = await build({
  entryPoints: [join(root, 'src/widgets.ts')],
  bundle: true,
  write: false,
  format: 'esm',
  platform: 'neutral',
  logLevel: 'silent',
  plugins: [
    {
      name: 'no-widget-code',
      setup(plugin) {
        plugin.onResolve({ filter: /.*/ }, (args) =>
          args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined,
        );
      },
    },
  ],
});
const registry = await import(
  `data:text/javascript;base64,${Buffer.from(result.outputFiles[0].text).toString('base64')}`
);

/** @type {readonly { tag: string; name: string; dataType: string; formats: readonly string[]; dataOptional: boolean; loadingSizes: Record<string, string> }[]} */
export const WIDGETS = registry.WIDGETS;
/** The widgets' folder names under src/. */
export const WIDGET_NAMES = WIDGETS.map((widget) => widget.name);
