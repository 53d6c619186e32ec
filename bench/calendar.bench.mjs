// Benchmark of <og-consultation-calendar> against FullCalendar 6 with its iCalendar plugin, on the
// same ICS feed of 5,000 events (30% weekly series with an EXDATE and a moved occurrence), in the
// same headless Chromium run: from giving the feed's URL to the first month painted with its
// events. Medians of RUNS runs (default 3).
//   npm run bench:calendar     (builds the CDN bundle first)
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';
import { PAGE_TIMING, OURS_HEAD, benchPage, startBench, inFreshPage, median, ratio } from './lib/harness.mjs';

const COUNT = Number(process.env.BENCH_EVENTS ?? 5000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

if (!existsSync('bench/fullcalendar/node_modules/@fullcalendar/icalendar')) {
  console.log('Installing FullCalendar for the comparison (bench/fullcalendar)…');
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefix', 'bench/fullcalendar'], { stdio: 'inherit' });
}
const bundled = await build({
  entryPoints: ['bench/fullcalendar/entry.js'],
  bundle: true,
  minify: true,
  write: false,
  format: 'iife',
  absWorkingDir: process.cwd(),
  nodePaths: ['bench/fullcalendar/node_modules'],
});
const fullCalendarScript = bundled.outputFiles[0].text;

/** An ICS feed: COUNT events over three months of 2026-12, 30% of them weekly series. */
function feed(count) {
  const pad = (number) => String(number).padStart(2, '0');
  const stamp = (date) =>
    `${date.getUTCFullYear()}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}T${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}00`;
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//bench//EN', 'X-WR-TIMEZONE:Africa/Tunis'];
  for (let index = 0; index < count; index++) {
    const start = new Date(Date.UTC(2026, 10, 15 + (index % 75), 7 + (index % 10)));
    const end = new Date(start.getTime() + 5_400_000);
    lines.push(
      'BEGIN:VEVENT',
      `UID:e${index}@bench`,
      'DTSTAMP:20261101T000000Z',
      `DTSTART;TZID=Africa/Tunis:${stamp(start)}`,
      `DTEND;TZID=Africa/Tunis:${stamp(end)}`,
      `SUMMARY:Réunion ${index}`,
      `LOCATION:Salle ${index % 20}`,
    );
    if (index % 10 < 3) {
      const skipped = new Date(start.getTime() + 7 * 86_400_000);
      lines.push('RRULE:FREQ=WEEKLY;COUNT=8', `EXDATE;TZID=Africa/Tunis:${stamp(skipped)}`);
      lines.push('END:VEVENT');
      const moved = new Date(start.getTime() + 14 * 86_400_000);
      lines.push(
        'BEGIN:VEVENT',
        `UID:e${index}@bench`,
        'DTSTAMP:20261101T000000Z',
        `RECURRENCE-ID;TZID=Africa/Tunis:${stamp(moved)}`,
        `DTSTART;TZID=Africa/Tunis:${stamp(new Date(moved.getTime() + 86_400_000))}`,
        `DTEND;TZID=Africa/Tunis:${stamp(new Date(moved.getTime() + 86_400_000 + 5_400_000))}`,
        `SUMMARY:Réunion ${index} (déplacée)`,
      );
    }
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return `${lines.join('\r\n')}\r\n`;
}
const ics = feed(COUNT);

const bench = await startBench({
  '/ours.html': benchPage({
    lang: 'fr',
    head: OURS_HEAD,
    script: `${PAGE_TIMING}
window.run = async () => {
  const element = document.createElement('og-consultation-calendar');
  element.setAttribute('view', 'month');
  element.setAttribute('initial-date', '2026-12-01');
  element.setAttribute('lang', 'fr');
  document.body.append(element);
  await customElements.whenDefined('og-consultation-calendar');
  const start = performance.now();
  element.src = '/feed.ics?' + Math.random();
  await until(() => element.shadowRoot?.querySelector('.chip'), 'the events');
  await painted();
  return performance.now() - start;
};`,
  }),
  '/fullcalendar.html': benchPage({
    lang: 'fr',
    head: `<script>${fullCalendarScript}</script>`,
    script: `${PAGE_TIMING}
window.run = async () => {
  const host = document.createElement('div');
  document.body.append(host);
  const { Calendar, dayGridPlugin, iCalendarPlugin } = window.FullCalendarBench;
  const start = performance.now();
  await new Promise((resolve) => {
    const calendar = new Calendar(host, {
      plugins: [dayGridPlugin, iCalendarPlugin],
      initialView: 'dayGridMonth',
      initialDate: '2026-12-01',
      timeZone: 'local',
      events: { url: '/feed.ics?' + Math.random(), format: 'ics' },
      eventsSet: (events) => events.length && resolve(),
    });
    calendar.render();
  });
  await painted();
  return performance.now() - start;
};`,
  }),
  '/feed.ics': { type: 'text/calendar', body: ics },
});
const results = {};
try {
  for (const library of ['ours', 'fullcalendar']) {
    const times = [];
    for (let run = 0; run < RUNS; run++) times.push((await inFreshPage(bench, `/${library}.html`, 'run')).result);
    results[library] = median(times);
  }
} finally {
  await bench.close();
}
console.log(`${COUNT} events (30% weekly series with an EXDATE and a moved occurrence), parse + first month painted:`);
console.log(`  og-consultation-calendar: ${results.ours.toFixed(0)} ms`);
console.log(`  FullCalendar 6 + iCalendar plugin: ${results.fullcalendar.toFixed(0)} ms`);
console.log(`  ratio: ${ratio(results.ours, results.fullcalendar)} (above 1: we are faster)`);
