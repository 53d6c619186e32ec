// Network faults across the five widgets, from the test server's fault route: each fault gives an
// error state whose Retry works; a refresh that fails keeps the last good data with a notice.
// (A connection dropped before any answer is retried by Chromium itself, a varying number of
// times, so it appears only where every request fails: the refresh that fails, offline.)
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import { crossOrigin, shadow, uniqueKey, failOnPageErrors } from '../helpers.js';

type Widget = HTMLElement & { dataState: string; updateComplete: Promise<boolean>; reload(): Promise<void> };

const WIDGETS: { tag: string; file: string; attributes?: Record<string, string> }[] = [
  { tag: 'og-commitment-tracker', file: 'demo/data/bmk-plan.json' },
  { tag: 'og-budget-table', file: 'demo/data/elkef-budget.csv', attributes: { currency: 'TND' } },
  {
    tag: 'og-consultation-calendar',
    file: 'demo/data/elkef-consultations.ics',
    attributes: { 'initial-date': '2026-12-01', 'time-zone': 'Africa/Tunis' },
  },
  {
    tag: 'og-suggestion-form',
    file: 'test/fixtures/form-config.json',
    attributes: { action: '/test-api/suggest/faults', 'no-draft': '' },
  },
  { tag: 'og-response-log', file: 'demo/data/bmk-responses.csv' },
];

/** Each fault, and words the error must say (in English). */
const FAULTS: { kind: string; says: RegExp }[] = [
  { kind: '404', says: /not found \(error 404\)/i },
  { kind: '500', says: /error 500/i },
  { kind: '503', says: /try again in 2 minutes|120 seconds/i },
  { kind: 'timeout', says: /took too long/i },
  { kind: 'drip', says: /took too long/i },
  { kind: 'html-as-json', says: /web page|not .*data|could not be read/i },
  { kind: 'wrong-type', says: /./ },
  { kind: 'truncated', says: /could not be loaded.*connection/i },
  { kind: 'cors', says: /does not allow this website/i },
];

function faultUrl(file: string, kind: string, when: 'first' | 'after-first'): string {
  const path = `/test-api/fault/${uniqueKey(kind)}?file=${encodeURIComponent(file)}&kind=${kind}&when=${when}`;
  return kind === 'cors' ? crossOrigin(path) : path;
}

async function mount(tag: string, src: string, attributes: Record<string, string> = {}): Promise<Widget> {
  const element = document.createElement(tag) as Widget;
  element.setAttribute('lang', 'en');
  element.setAttribute('timeout', '1');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.setAttribute('src', src);
  document.body.append(element);
  return element;
}

const visibleText = (element: Element) =>
  (shadow(element).textContent ?? '').replace(/[\u2068\u2069]/g, '').replace(/\s+/g, ' ');

describe('network faults, across the five widgets', function () {
  this.timeout(20000);
  failOnPageErrors({
    after: () =>
      document.querySelectorAll(WIDGETS.map((widget) => widget.tag).join(', ')).forEach((element) => element.remove()),
  });

  for (const widget of WIDGETS) {
    for (const fault of FAULTS) {
      it(`${widget.tag}: ${fault.kind} gives an error that says so, and Retry shows the data`, async () => {
        const element = await mount(widget.tag, faultUrl(widget.file, fault.kind, 'first'), widget.attributes);
        await waitUntil(
          () => element.dataState === 'error' || element.dataState === 'ready',
          `still ${element.dataState}`,
          { timeout: 8000 },
        );
        if (fault.kind === 'wrong-type' && element.dataState === 'ready') return; // read by its content: fine
        expect(element.dataState).to.equal('error');
        await waitUntil(() => shadow(element).querySelector('[role="alert"]'), 'the error renders');
        expect(visibleText(element)).to.match(fault.says);
        await expect(element).to.be.accessible();
        const loaded = oneEvent(element, 'og-load');
        shadow(element).querySelector<HTMLButtonElement>('[part="retry-button"]')!.click();
        await loaded;
        await element.updateComplete;
        expect(element.dataState).to.equal('ready');
        expect(shadow(element).querySelector('[role="alert"]')).to.equal(null);
      });
    }
    for (const kind of ['500', 'timeout', 'html-as-json', 'drop']) {
      it(`${widget.tag}: a refresh that fails (${kind}) keeps the data, with a notice`, async () => {
        const element = await mount(widget.tag, faultUrl(widget.file, kind, 'after-first'), widget.attributes);
        await waitUntil(() => element.dataState === 'ready', `still ${element.dataState}`, { timeout: 8000 });
        await element.updateComplete;
        const before = visibleText(element).slice(0, 200);
        const failed = oneEvent(element, 'og-error');
        await element.reload();
        await failed;
        await element.updateComplete;
        expect(element.dataState).to.equal('ready');
        expect(shadow(element).querySelector('[part="notice"]')?.textContent).to.contain('could not be refreshed');
        expect(visibleText(element)).to.contain(before.trim().slice(0, 60));
        await expect(element).to.be.accessible();
      });
    }
  }
});
