// Layout stability of the demo site (served by scripts/serve.mjs, the CDN build through one script
// tag): every generated page that shows a widget (the list comes from scripts/build-demo.mjs), in
// its own language, at a desktop (1280×900) and a phone (390×844) size, and then each kind of page
// of each member on a slow phone (390×844, the CPU slowed 8×: the browser then paints pages while
// they are still arriving, which is what a loaded machine did to the gate). Each page must not
// shift while its widgets load (cumulative layout shift 0, measured by Chromium's
// PerformanceObserver) and must log no console error and throw no page error. Prints one line per
// page and size, then fails if any of them did.
import { spawn } from 'node:child_process';
import puppeteer from 'puppeteer-core';
import { findChromium, CHROMIUM_ARGS } from './chromium.mjs';
import { widgetPages } from './build-demo.mjs';

const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 390, height: 844 },
];
const SLOW_PHONE = { name: 'slow phone', width: 390, height: 844, cpuSlowdown: 8 };

const port = 20000 + Math.floor(Math.random() * 20000);
const server = spawn(process.execPath, ['scripts/serve.mjs'], {
  env: { ...process.env, PORT: String(port) },
  stdio: ['ignore', 'pipe', 'inherit'],
});
await new Promise((resolve, reject) => {
  server.stdout.on('data', (chunk) => /localhost|listening|http:/i.test(String(chunk)) && resolve());
  server.on('exit', (code) => reject(new Error(`the demo server stopped (${code})`)));
  setTimeout(resolve, 3000);
});

const browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });
const failures = [];
const pages = widgetPages();
// A slow phone: every kind of page of each member, once, El Kef's in Arabic and the region's in French.
const slowPages = pages.filter((page) => page.url.startsWith('/elkef/ar/') || page.url.startsWith('/bmk/fr/'));
const loads = [
  ...pages.flatMap((page) => VIEWPORTS.map((viewport) => [page, viewport])),
  ...slowPages.map((page) => [page, SLOW_PHONE]),
];
try {
  for (const [page, viewport] of loads) {
    {
      const label = `${page.url} (${page.lang}, ${viewport.name} ${viewport.width}×${viewport.height})`;
      const errors = [];
      const tab = await browser.newPage();
      tab.on('console', (message) => {
        if (message.type() === 'error')
          errors.push(
            `console error: ${message.text()}${message.location()?.url ? ` (${message.location().url})` : ''}`,
          );
      });
      tab.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
      await tab.setViewport({ width: viewport.width, height: viewport.height });
      if (viewport.cpuSlowdown)
        await (await tab.createCDPSession()).send('Emulation.setCPUThrottlingRate', { rate: viewport.cpuSlowdown });
      await tab.evaluateOnNewDocument(() => {
        window.__shifts = [];
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) {
            if (!entry.hadRecentInput)
              window.__shifts.push({
                value: entry.value,
                sources: (entry.sources ?? []).map((source) => source.node?.nodeName ?? '?'),
              });
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      let cls = 0;
      let shifts = [];
      try {
        await tab.goto(`http://localhost:${port}${page.url}`, { waitUntil: 'networkidle0' });
        await tab.waitForFunction(
          (tags) =>
            tags.every((tag) => document.querySelector(tag) && customElements.get(tag)) &&
            [...document.querySelectorAll('*')]
              .filter((element) => element.localName.startsWith('og-') && 'dataState' in element)
              .every((element) => element.dataState !== 'loading'),
          { timeout: 60000, polling: 100 },
          page.widgets,
        );
        await new Promise((resolve) => setTimeout(resolve, 800));
        shifts = await tab.evaluate(() => window.__shifts);
        cls = shifts.reduce((sum, shift) => sum + shift.value, 0);
      } catch (error) {
        errors.push(`did not finish loading: ${error.message.split('\n')[0]}`);
      }
      await tab.close();
      const problems = [...errors];
      if (cls > 0)
        problems.unshift(
          `cumulative layout shift ${cls.toFixed(4)} (${shifts.map((shift) => `${shift.value.toFixed(4)} ${shift.sources.join('+')}`).join(', ')})`,
        );
      if (problems.length) {
        failures.push(`${label}: ${problems.join('; ')}`);
        console.log(`✖ ${label}: ${problems.join('; ')}`);
      } else {
        console.log(`✔ ${label}: no layout shift, no error`);
      }
    }
  }
} finally {
  await browser.close();
  server.kill();
}
if (failures.length) {
  console.error(
    `\n${failures.length} of ${loads.length} demo page loads shift or log errors while the widgets load:\n  ${failures.join('\n  ')}`,
  );
  process.exit(1);
}
console.log(
  `\nAll ${pages.length} demo widget pages, at ${VIEWPORTS.length} sizes, and ${slowPages.length} of them on a slow phone: no layout shift and no error.`,
);
