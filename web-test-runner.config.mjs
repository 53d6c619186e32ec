import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { findChromium, CHROMIUM_ARGS } from './scripts/chromium.mjs';
import { testApi } from './test/server/routes.mjs';
import { reactEsm } from './test/server/react-esm.mjs';
import { readFile } from 'node:fs/promises';

// JSON modules (`import manifest from '…json' with { type: 'json' }`, as the demo's embed builder
// does): the esbuild plugin drops the import attribute, so such imports are served as JS modules.
const jsonModules = {
  name: 'json-modules',
  transformImport({ source }) {
    return source.endsWith('.json') ? `${source}?json-module` : undefined;
  },
  async serve(context) {
    if (!context.URL.searchParams.has('json-module') || !context.path.endsWith('.json')) return undefined;
    return { body: `export default ${await readFile(`.${decodeURIComponent(context.path)}`, 'utf8')};`, type: 'js' };
  },
};

const executablePath = findChromium();
if (!executablePath) {
  throw new Error('No Chromium found: run "npm test" (it installs one when it can) or set CHROME_PATH.');
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  // One page at a time: a page in the background gets no animation frames, so focus and
  // rendering tests would depend on which page happens to be in front. Two cores anyway.
  concurrency: 1,
  concurrentBrowsers: 1,
  testsFinishTimeout: 5 * 60 * 1000,
  plugins: [jsonModules, reactEsm(), esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
  middleware: [testApi],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath, headless: true, args: CHROMIUM_ARGS },
    }),
  ],
  testFramework: {
    config: { timeout: 10000 },
  },
};
