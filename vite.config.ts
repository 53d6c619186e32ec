import { defineConfig } from 'vite';

// The CDN build: one self-contained, minified ES module that a webmaster loads with a single
// <script type="module">. Lit is bundled in. Locales other than English and the heavy parsers
// (CSV, iCalendar) become chunks beside it, which the browser resolves relative to the script's
// own URL when a widget first needs them. The npm build is plain `tsc` (see tsconfig.build.json).
export default defineConfig({
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
    rollupOptions: {
      output: {
        chunkFileNames: '[name]-[hash].js',
      },
    },
  },
});
