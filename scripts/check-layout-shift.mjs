// Layout stability: the demo site (served by scripts/serve.mjs, the CDN build through one script
// tag) must not shift while the widgets load: cumulative layout shift 0, measured by Chromium's
// PerformanceObserver, on a desktop and a phone width, in French and Arabic.
import { spawn } from 'node:child_process';
import puppeteer from 'puppeteer-core';
import { findChromium, CHROMIUM_ARGS } from './chromium.mjs';

const port = 20000 + Math.floor(Math.random() * 20000);
const server = spawn(process.execPath, ['scripts/serve.mjs'], { env: { ...process.env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise((resolve, reject) => {
  server.stdout.on('data', (chunk) => /localhost|listening|http:/i.test(String(chunk)) && resolve());
  server.on('exit', (code) => reject(new Error(`the demo server stopped (${code})`)));
  setTimeout(resolve, 3000);
});

const browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });
const failures = [];
try {
  for (const [width, height, lang] of [
    [1280, 900, 'fr'],
    [390, 844, 'ar'],
  ]) {
    const tab = await browser.newPage();
    await tab.setViewport({ width, height });
    await tab.evaluateOnNewDocument(() => {
      window.__shifts = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          if (!entry.hadRecentInput) window.__shifts.push({ value: entry.value, sources: (entry.sources ?? []).map((source) => source.node?.nodeName ?? '?') });
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await tab.goto(`http://localhost:${port}/?lang=${lang}`, { waitUntil: 'networkidle0' });
    await tab.waitForFunction(() => [...document.querySelectorAll('*')].filter((element) => element.localName.startsWith('og-') && 'dataState' in element).every((element) => element.dataState !== 'loading'), { timeout: 20000 });
    await new Promise((resolve) => setTimeout(resolve, 800));
    const shifts = await tab.evaluate(() => window.__shifts);
    const cls = shifts.reduce((sum, shift) => sum + shift.value, 0);
    const label = `demo ${width}px ${lang}`;
    if (cls > 0) failures.push(`${label}: cumulative layout shift ${cls.toFixed(4)} (${shifts.map((shift) => `${shift.value.toFixed(4)} ${shift.sources.join('+')}`).join(', ')})`);
    else console.log(`${label}: no layout shift while the widgets load.`);
    await tab.close();
  }
} finally {
  await browser.close();
  server.kill();
}
if (failures.length) {
  console.error(`The demo shifts while the widgets load:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
