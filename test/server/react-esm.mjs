// React and react-dom ship CommonJS only, which a browser cannot import. This test-server plugin
// serves them as ES modules: the first request bundles `react`, `react-dom` and `react-dom/client`
// with esbuild into one set of modules (code splitting keeps a single copy of React, which hooks
// need), each entry re-exporting the names Node sees on the CommonJS module. Bare imports of those
// three resolve to it. Used by test/react/*.test.ts.
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';

const PREFIX = '/__react-esm/';
/** Bare specifier → the file it is served as. */
const ENTRIES = { react: 'react', 'react-dom': 'react-dom', 'react-dom/client': 'react-dom-client' };

/** The names a CommonJS module exports, read in a separate Node (React must not patch the runner's console). */
function exportNames(specifier) {
  const script = `process.stdout.write(JSON.stringify(Object.keys(require(${JSON.stringify(specifier)}))))`;
  const names = JSON.parse(
    execFileSync(process.execPath, ['-e', script], {
      encoding: 'utf8',
      env: { ...process.env, NODE_ENV: 'development' },
    }),
  );
  return names.filter((name) => name !== 'default' && /^[A-Za-z_$][\w$]*$/.test(name));
}

/** An ES module that re-exports a CommonJS module's properties one by one, and as the default. */
function reexport(specifier) {
  const names = exportNames(specifier);
  return `import cjs from '${specifier}';\nexport default cjs;\nexport const { ${names.join(', ')} } = cjs;\n`;
}

let bundled;
async function bundle() {
  const result = await build({
    entryPoints: Object.fromEntries(Object.entries(ENTRIES).map(([specifier, name]) => [name, `entry:${specifier}`])),
    bundle: true,
    splitting: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    outdir: '/out',
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"development"' },
    plugins: [
      {
        name: 'entries',
        setup(builder) {
          builder.onResolve({ filter: /^entry:/ }, (args) => ({
            path: args.path.slice('entry:'.length),
            namespace: 'entry',
          }));
          builder.onLoad({ filter: /.*/, namespace: 'entry' }, (args) => ({
            contents: reexport(args.path),
            resolveDir: process.cwd(),
            loader: 'js',
          }));
        },
      },
    ],
  });
  return new Map(result.outputFiles.map((file) => [`${PREFIX}${file.path.slice('/out/'.length)}`, file.text]));
}

/** @returns {import('@web/dev-server-core').Plugin} */
export function reactEsm() {
  return {
    name: 'react-esm',
    resolveImport({ source }) {
      return Object.hasOwn(ENTRIES, source) ? `${PREFIX}${ENTRIES[source]}.js` : undefined;
    },
    async serve(context) {
      if (!context.path.startsWith(PREFIX)) return undefined;
      bundled ??= bundle().catch((error) => {
        bundled = undefined;
        throw error;
      });
      const body = (await bundled).get(context.path);
      return body === undefined ? undefined : { body, type: 'js' };
    },
  };
}
