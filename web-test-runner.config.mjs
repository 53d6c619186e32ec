import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { findChromium, CHROMIUM_ARGS } from './scripts/chromium.mjs';
import { testApi } from './test/server/routes.mjs';

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
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
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
