// Why not a tool: see chromium.mjs: no browser may be downloaded, so we find the one installed.
import { ensureChromium } from './chromium.mjs';

const path = ensureChromium();
if (!path) {
  console.error(
    'The browser tests need Chromium or Chrome: install it (Debian/Ubuntu: "sudo apt-get install chromium") or set CHROME_PATH to its executable.',
  );
  process.exit(1);
}
console.log(`Browser tests use ${path}`);
