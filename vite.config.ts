import { defineConfig, type Plugin } from 'vite';

/**
 * Minifies the CSS inside Lit's css`…` templates (comments and layout whitespace), which no
 * JavaScript minifier touches. Only whitespace that CSS ignores is removed: around { } ; , and
 * after a colon; never before one (`a :hover` is not `a:hover`).
 */
function minifyLitCss(): Plugin {
  return {
    name: 'opengov-minify-lit-css',
    apply: 'build',
    transform(code, id) {
      if (!/[\\/]src[\\/].*\.ts$/.test(id) || !code.includes('css`')) return null;
      const minified = code.replace(/\bcss`([^`]*)`/g, (_whole, body: string) => {
        const css = body
          .replace(/\/\*[\s\S]*?\*\//g, '')
          .replace(/\s+/g, ' ')
          .replace(/\s*([{};,])\s*/g, '$1')
          .replace(/:\s+/g, ':')
          .replace(/;}/g, '}')
          .trim();
        return `css\`${css}\``;
      });
      return { code: minified, map: null };
    },
  };
}

/**
 * What every widget shares: the core (but not the autoloader, which the tiny entry holds, nor
 * the error sentences and the CSV and iCalendar parsers, which load on demand), Lit and valibot.
 */
const SHARED =
  /\/src\/core\/(?!autoload\.ts|version\.ts|messages\.ts|data\/number\.ts|data\/csv\.ts|data\/ics\.ts)|\/node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element|@lit\/localize|valibot)\//;

// The CDN build: one self-contained, minified ES module that a webmaster loads with a single
// <script type="module">. Lit is bundled in. Locales other than English and the heavy parsers
// (CSV, iCalendar) become chunks beside it, which the browser resolves relative to the script's
// own URL when a widget first needs them. The npm build is plain `tsc` (see tsconfig.build.json).
export default defineConfig({
  plugins: [minifyLitCss()],
  build: {
    outDir: 'dist/cdn',
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    sourcemap: true,
    reportCompressedSize: false,
    lib: {
      entry: 'src/cdn.ts',
      formats: ['es'],
      fileName: () => 'opengov-widgets.js',
    },
    rolldownOptions: {
      output: {
        chunkFileNames: '[name]-[hash].js',
        // Vite leaves whitespace in ES library builds; a script tag wants it all gone.
        minify: true,
        // One chunk for what every widget shares (core, Lit, valibot), so that a page fetches it in
        // one request, in parallel with the widget's own chunk. The CSV and iCalendar parsers and
        // the locales stay in chunks of their own.
        codeSplitting: {
          groups: [
            {
              name: 'core',
              test: (id: string) => SHARED.test(id.replace(/\\/g, '/')),
            },
          ],
        },
      },
    },
  },
});
