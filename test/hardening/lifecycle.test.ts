// Widgets in a host page's life: created before their code is defined and after, moved while
// loading, removed mid-fetch. Nothing throws, nothing fires from a removed widget, data still shows.
import { expect, waitUntil } from '@open-wc/testing';
import { shadow, uniqueKey, failOnPageErrors } from '../helpers.js';

type Widget = HTMLElement & { dataState: string; updateComplete: Promise<boolean> };

const WIDGETS: { tag: string; file: string; attributes?: Record<string, string> }[] = [
  { tag: 'og-commitment-tracker', file: 'demo/data/bmk-plan.json' },
  { tag: 'og-budget-table', file: 'demo/data/bmk-budget.json' },
  {
    tag: 'og-consultation-calendar',
    file: 'demo/data/elkef-consultations.ics',
    attributes: { 'initial-date': '2026-12-01' },
  },
  {
    tag: 'og-suggestion-form',
    file: 'test/fixtures/form-config.json',
    attributes: { action: '/test-api/suggest/lifecycle' },
  },
  { tag: 'og-response-log', file: 'demo/data/elkef-responses.json' },
];

const slowUrl = (file: string, ms = 600) =>
  `/test-api/fault/${uniqueKey('slow')}?file=${encodeURIComponent(file)}&kind=slow&ms=${ms}&when=first`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function make(tag: string, src: string, attributes: Record<string, string> = {}): Widget {
  const element = document.createElement(tag) as Widget;
  element.setAttribute('lang', 'fr');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.setAttribute('src', src);
  return element;
}

describe('widgets in the life of a host page', function () {
  this.timeout(20000);
  failOnPageErrors({
    after: () => document.querySelectorAll('.lifecycle-host').forEach((element) => element.remove()),
  });

  it('upgrades elements that were in the page before their code was defined', async () => {
    const host = document.createElement('div');
    host.className = 'lifecycle-host';
    document.body.append(host);
    const early = WIDGETS.map(({ tag, file, attributes }) => host.appendChild(make(tag, `/${file}`, attributes)));
    expect(early.every((element) => !customElements.get(element.localName))).to.equal(true);
    await import('../../src/index.js');
    for (const element of early) {
      await waitUntil(() => element.dataState === 'ready', `${element.localName}: ${element.dataState}`, {
        timeout: 8000,
      });
      expect(shadow(element).querySelector('.base')).to.exist;
    }
  });

  it('keeps loading when moved in the page mid-fetch, and shows the data where it lands', async () => {
    await import('../../src/index.js');
    const [from, to] = [document.createElement('div'), document.createElement('section')];
    from.className = to.className = 'lifecycle-host';
    document.body.append(from, to);
    const elements = WIDGETS.map(({ tag, file, attributes }) => from.appendChild(make(tag, slowUrl(file), attributes)));
    await sleep(100);
    for (const element of elements) to.append(element); // disconnected and connected again
    for (const element of elements) {
      await waitUntil(() => element.dataState === 'ready', `${element.localName}: ${element.dataState}`, {
        timeout: 8000,
      });
      expect(element.parentElement).to.equal(to);
      expect(shadow(element).querySelector('[role="alert"]')).to.equal(null);
    }
  });

  it('removed mid-fetch: no event, no error, no late rendering; added back, it loads', async () => {
    await import('../../src/index.js');
    const host = document.createElement('div');
    host.className = 'lifecycle-host';
    document.body.append(host);
    const fired: string[] = [];
    const elements = WIDGETS.map(({ tag, file, attributes }) => {
      const element = host.appendChild(make(tag, slowUrl(file, 500), attributes));
      for (const type of ['og-load', 'og-error']) element.addEventListener(type, () => fired.push(`${tag} ${type}`));
      return element;
    });
    await sleep(100);
    for (const element of elements) element.remove();
    await sleep(900);
    expect(fired, 'events from removed widgets').to.deep.equal([]);
    for (const element of elements) {
      host.append(element);
      await waitUntil(() => element.dataState === 'ready', `${element.localName}: ${element.dataState}`, {
        timeout: 8000,
      });
    }
  });

  it('many widgets created and removed in a loop leave nothing behind', async () => {
    await import('../../src/index.js');
    const host = document.createElement('div');
    host.className = 'lifecycle-host';
    document.body.append(host);
    for (let round = 0; round < 20; round++) {
      for (const { tag, file, attributes } of WIDGETS) host.append(make(tag, `/${file}`, attributes));
      await sleep(5);
      host.replaceChildren();
    }
    const survivor = host.appendChild(make('og-budget-table', '/demo/data/bmk-budget.json'));
    await waitUntil(() => survivor.dataState === 'ready', survivor.dataState, { timeout: 8000 });
    expect(document.querySelectorAll('og-budget-table').length).to.equal(1);
  });
});
