import { defineConfig, type Plugin } from 'vite';

/**
 * Minifies the static text of Lit's templates, which no JavaScript minifier touches:
 * - css`…`: comments and layout whitespace (around { } ; , and after a colon; never before one,
 *   since `a :hover` is not `a:hover`);
 * - html`…` and svg`…`: runs of whitespace that hold a line break become one space, which HTML
 *   renders the same way (our templates have no <pre> or <textarea> text of their own).
 * A small scanner finds the templates, with their nested ${…} expressions, in the TypeScript source.
 */
function minifyLitTemplates(): Plugin {
  const minifyCss = (text: string) =>
    text
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,])\s*/g, '$1')
      .replace(/:\s+/g, ':')
      .replace(/;}/g, '}');
  const minifyHtml = (text: string) => text.replace(/\s*\n\s*/g, ' ');

  function transformSource(code: string): string {
    let out = '';
    let index = 0;
    // A stack of what we are in: template literals (with their tag) and ${…} expressions.
    const stack: { kind: 'template'; tag: string }[] = [];
    const braces: number[] = [];
    const tagBefore = (position: number) => /(\bcss|\bhtml|\bsvg)\s*$/.exec(code.slice(Math.max(0, position - 8), position))?.[1] ?? '';
    let depth = 0;
    let pending = '';
    const flush = (tag: string) => {
      out += tag === 'css' ? minifyCss(pending) : tag === 'html' || tag === 'svg' ? minifyHtml(pending) : pending;
      pending = '';
    };
    while (index < code.length) {
      const top = stack[stack.length - 1];
      const inTemplateText = top && braces.length < stack.length;
      const char = code[index]!;
      if (inTemplateText) {
        if (char === '\\') {
          pending += code.slice(index, index + 2);
          index += 2;
        } else if (char === '`') {
          flush(top.tag);
          out += char;
          stack.pop();
          index += 1;
        } else if (char === '$' && code[index + 1] === '{') {
          flush(top.tag);
          out += '${';
          braces.push(depth);
          depth += 1;
          index += 2;
        } else {
          pending += char;
          index += 1;
        }
        continue;
      }
      if (char === '/' && code[index + 1] === '/') {
        const end = code.indexOf('\n', index);
        out += code.slice(index, end < 0 ? code.length : end);
        index = end < 0 ? code.length : end;
      } else if (char === '/' && code[index + 1] === '*') {
        const end = code.indexOf('*/', index + 2) + 2;
        out += code.slice(index, end);
        index = end;
      } else if (char === "'" || char === '"') {
        let end = index + 1;
        while (end < code.length && code[end] !== char) end += code[end] === '\\' ? 2 : 1;
        out += code.slice(index, end + 1);
        index = end + 1;
      } else if (char === '`') {
        stack.push({ kind: 'template', tag: tagBefore(index) });
        out += char;
        index += 1;
      } else {
        if (char === '{') depth += 1;
        else if (char === '}') {
          depth -= 1;
          if (braces.length && braces[braces.length - 1] === depth) braces.pop();
        }
        out += char;
        index += 1;
      }
    }
    return out + pending;
  }

  return {
    name: 'opengov-minify-lit-templates',
    apply: 'build',
    transform(code, id) {
      if (!/[\\/]src[\\/].*\.ts$/.test(id) || !/(css|html|svg)`/.test(code)) return null;
      return { code: transformSource(code), map: null };
    },
  };
}

/**
 * What every widget shares: the core (but not the autoloader, which the tiny entry holds, nor
 * the error sentences and the CSV and iCalendar parsers, which load on demand), Lit and valibot.
 */
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

const SHARED =
  /\/src\/core\/(?!autoload\.ts|version\.ts|messages\.ts|i18n\/zones\.ts|data\/schema\.ts|data\/number\.ts|data\/csv\.ts|data\/csv-columns\.ts|data\/ics\.ts)|\/node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element|@lit\/localize)\//;

// The CDN build: one self-contained, minified ES module that a webmaster loads with a single
// <script type="module">. Lit is bundled in. Locales other than English and the heavy parsers
// (CSV, iCalendar) become chunks beside it, which the browser resolves relative to the script's
// own URL when a widget first needs them. The npm build is plain `tsc` (see tsconfig.build.json).
export default defineConfig({
  plugins: [minifyLitTemplates(), entryOwnCopies()],
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
              test: (id: string) => !id.endsWith('?entry-copy') && SHARED.test(id.replace(/\\/g, '/')),
            },
          ],
        },
      },
    },
  },
});
