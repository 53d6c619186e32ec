import { transformSync } from 'esbuild';
import { defaultStrategy, minifyHTMLLiterals, type Strategy } from 'minify-html-literals';
import { defineConfig, type Plugin } from 'vite';

/**
 * Minifies the static text of Lit's templates, which no JavaScript minifier touches, with
 * minify-html-literals: html`…` and svg`…` through html-minifier, css`…` through esbuild.
 * Options beyond the library's defaults, because a Lit template is a fragment of a page:
 * - conservativeCollapse: a run of whitespace becomes one space, never none, since a template's
 *   edge is not the text's edge (html`<span aria-hidden="true"> ▲</span>` follows a number);
 *   <pre> and <textarea> keep theirs;
 * - keepClosingSlash: svg`<circle …/><path …/>` is parsed as SVG, where a dropped slash would put
 *   the path inside the circle;
 * - removeAttributeQuotes: html-minifier would otherwise add quotes around every `attr=${…}`;
 *   unquoted values are valid HTML, and Lit finds the same bindings in them (`class=status-${…}`);
 * - caseSensitive (the library's default) keeps `.prop=` names and `viewBox`; `?attr=`, `.prop=`
 *   and `@event=` bindings pass through as attributes.
 * CSS is minified by esbuild instead of the library's clean-css 4, which drops `@container`
 * rules and empties a css`…` that holds only declarations (the dark theme's colours). esbuild
 * would put a space in the library's placeholder (`@TEMPLATE_EXPRESSION();`), so the CSS sees it
 * as an at-rule without parentheses.
 */
function minifyLitTemplates(): Plugin {
  const placeholder = /@(TEMPLATE_EXPRESSION_*)\(\);/g;
  const strategy: Strategy = {
    ...defaultStrategy,
    minifyCSS(text: string) {
      const declarationsOnly = !text.includes('{');
      const source = text.replace(placeholder, '@$1;');
      const result = transformSync(declarationsOnly ? `a{${source}}` : source, {
        loader: 'css',
        minify: true,
        charset: 'utf8',
        logLevel: 'silent',
      });
      if (result.warnings.length) throw new Error(result.warnings.map((warning) => warning.text).join('\n'));
      const code = result.code.trim();
      // Declarations keep their last semicolon: the css`…` that interpolates them may go on.
      const minified = declarationsOnly ? `${code.slice(2, -1)};` : code;
      return minified.replace(/@(TEMPLATE_EXPRESSION_*);?/g, '@$1();');
    },
  };
  return {
    name: 'opengov-minify-lit-templates',
    apply: 'build',
    transform(code, id) {
      const file = id.replace(/\?.*$/, '');
      if (!/[\\/]src[\\/].*\.ts$/.test(file) || !/(css|html|svg)`/.test(code)) return null;
      const result = minifyHTMLLiterals(code, {
        fileName: file,
        strategy,
        minifyOptions: { conservativeCollapse: true, keepClosingSlash: true, removeAttributeQuotes: true },
      });
      return result && { code: result.code, map: result.map?.toString() };
    },
  };
}

/**
 * The script-tag entry gets its own copy of the loading-room tables (`loading.ts` modules, a few
 * hundred bytes), imported under another id: shared with the widgets, they would become chunks
 * (or the whole core) that the entry must fetch before it can run, one round trip more.
 */
function entryOwnCopies(): Plugin {
  const fromEntry = /[\\/]src[\\/](cdn|widgets|core[\\/]autoload)\.ts$/;
  return {
    name: 'og-entry-own-copies',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (!importer || !fromEntry.test(importer) || !/[\\/]loading\.js$/.test(source)) return null;
      const resolved = await this.resolve(source, importer, { skipSelf: true });
      return resolved ? `${resolved.id}?entry-copy` : null;
    },
  };
}

/**
 * Small modules of the core that some widgets use but not all (the filter fields and their styles,
 * grid keys, file downloads, parts loaded on first use): each of those widgets' chunks gets its own
 * copy, imported under another id. In the shared core, every page would download them; in a chunk
 * of their own, each page that needs them would pay about 0.5 KB of gzip for one more file
 * (measured), more than the copy costs. A widget imports them from their own modules, not through
 * core/index.ts, so that the importer says which widget wants them.
 */
const COPIED_PER_WIDGET =
  /[\\/]src[\\/]core[\\/](templates[\\/](filters|stacked-bar)|styles[\\/](controls|summary)|data[\\/]origin|controllers[\\/]keyboard|i18n[\\/]search|download|lazy)\.ts$/;

function widgetOwnCopies(): Plugin {
  const inWidget = /[\\/]src[\\/](?!core[\\/])([a-z-]+)[\\/][^\\/?]+\.ts(?:\?|$)/;
  return {
    name: 'og-widget-own-copies',
    apply: 'build',
    enforce: 'pre',
    async resolveId(source, importer) {
      const widget = importer && inWidget.exec(importer)?.[1];
      if (!widget) return null;
      const resolved = await this.resolve(source, importer, { skipSelf: true });
      return resolved && COPIED_PER_WIDGET.test(resolved.id) ? `${resolved.id}?widget=${widget}` : null;
    },
  };
}

/**
 * What every widget shares: the core and Lit; but not the autoloader (the tiny entry holds it),
 * nor what loads on demand (the error sentences, schema validation, the CSV and iCalendar
 * parsers), nor what only one widget uses, which goes into that widget's chunk so that the other
 * pages do not download it: money (the budget), relative dates (the tracker), time zones, weeks,
 * media queries and periodic refresh (the calendar). A module of the core shared by some widgets
 * but not all stays here: a chunk of its own would cost a page more than it saves (about 0.5 KB of
 * gzip for every file, measured).
 */
const SHARED =
  /\/src\/core\/(?!autoload\.ts|version\.ts|messages\.ts|i18n\/zones\.ts|i18n\/currency\.ts|i18n\/relative\.ts|i18n\/week\.ts|controllers\/media-query\.ts|controllers\/refresh\.ts|data\/schema\.ts|data\/number\.ts|data\/csv\.ts|data\/csv-columns\.ts|data\/ics\.ts)|\/node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element|@lit\/localize)\//;

// The CDN build: one self-contained, minified ES module that a webmaster loads with a single
// <script type="module">. Lit is bundled in. Locales other than English and the heavy parsers
// (CSV, iCalendar) become chunks beside it, which the browser resolves relative to the script's
// own URL when a widget first needs them. The npm build is plain `tsc` (see tsconfig.build.json).
export default defineConfig({
  plugins: [minifyLitTemplates(), entryOwnCopies(), widgetOwnCopies()],
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
              test: (id: string) => !id.includes('?') && SHARED.test(id.replace(/\\/g, '/')),
            },
          ],
        },
      },
    },
  },
});
