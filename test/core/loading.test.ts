// The room a widget holds while it loads: the same height before its code arrives (the script-tag
// entry's reservation) and while its data loads (its skeleton), so that the page does not move
// until the widget has its real content. The demo pages prove CLS 0 (scripts/check-layout-shift.mjs).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { autoloadElements } from '../../src/core/autoload.js';
import { undefinedLoadingRules, hostLoadingRules } from '../../src/core/styles/loading.js';
import '../../src/index.js';
import { TRACKER_LOADING_SIZES } from '../../src/commitment-tracker/loading.js';
import { FORM_LOADING_SIZES } from '../../src/suggestion-form/loading.js';
import { BUDGET_LOADING_SIZES } from '../../src/budget-table/loading.js';
import { CALENDAR_LOADING_SIZES } from '../../src/consultation-calendar/loading.js';
import { RESPONSE_LOG_LOADING_SIZES } from '../../src/response-log/loading.js';
import { uniqueKey } from '../helpers.js';

const rem = (size: string) => parseFloat(size) * parseFloat(getComputedStyle(document.documentElement).fontSize);

describe('loading room', () => {
  it('writes the rules from one table: the element, then its variants, with no specificity', () => {
    expect(undefinedLoadingRules('og-x', { '': '10rem', '[view="chart"]': '5rem' })).to.equal(
      ':where(og-x:not(:defined):not([hidden])){display:block;min-block-size:var(--og-loading-block-size,10rem)}\n' +
        ':where(og-x[view="chart"]:not(:defined):not([hidden])){display:block;min-block-size:var(--og-loading-block-size,5rem)}',
    );
    expect(hostLoadingRules({ '': '10rem', '[view="chart"]': '5rem' })).to.equal(
      ':host{--og-loading-block-size:10rem}\n:host([view="chart"]){--og-loading-block-size:5rem}',
    );
  });

  it('reserves each tag’s room until its code is loaded, a variant’s own room, and what the page sets', async () => {
    const tag = `og-reserve-${uniqueKey('t')
      .toLowerCase()
      .replace(/[^a-z0-9]/g, '')}`;
    let define!: () => void;
    const loaded = new Promise<void>((resolve) => (define = resolve));
    autoloadElements({ [tag]: () => loaded }, { [tag]: { '': '20rem', '[layout="compact"]': '6rem' } });
    const page = await fixture<HTMLElement>(html`<div>
      <div id="plain"></div>
      <div id="compact"></div>
      <div id="page-set"></div>
      <div id="hidden"></div>
    </div>`);
    const make = (attributes: Record<string, string> = {}, style = '') => {
      const element = document.createElement(tag);
      for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
      if (style) element.style.setProperty('--og-loading-block-size', style);
      return element;
    };
    const plain = make();
    const compact = make({ layout: 'compact' });
    const pageSet = make({}, '3rem');
    page.querySelector('#plain')!.append(plain);
    page.querySelector('#compact')!.append(compact);
    page.querySelector('#page-set')!.append(pageSet);
    const hidden = make({ hidden: '' });
    page.querySelector('#hidden')!.append(hidden);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(plain.getBoundingClientRect().height).to.equal(rem('20rem'));
    expect(compact.getBoundingClientRect().height).to.equal(rem('6rem'));
    expect(pageSet.getBoundingClientRect().height).to.equal(rem('3rem'));
    // A hidden widget (a closed tab) stays hidden while its code loads.
    expect(getComputedStyle(hidden).display).to.equal('none');
    // Once defined, the element's own rendering decides (here: nothing, so no room).
    customElements.define(tag, class extends HTMLElement {});
    define();
    await loaded;
    expect(plain.getBoundingClientRect().height).to.equal(0);
  });

  const cases: [string, typeof TRACKER_LOADING_SIZES][] = [
    ['og-commitment-tracker', TRACKER_LOADING_SIZES],
    ['og-suggestion-form', FORM_LOADING_SIZES],
    ['og-budget-table', BUDGET_LOADING_SIZES],
    ['og-consultation-calendar', CALENDAR_LOADING_SIZES],
    ['og-response-log', RESPONSE_LOG_LOADING_SIZES],
  ];
  for (const [tag, sizes] of cases) {
    it(`${tag}: its skeleton holds exactly the room reserved before its code arrived, for each variant`, async () => {
      for (const [variant, size] of Object.entries(sizes)) {
        // A source that answers late keeps the widget loading.
        const src = `/test-api/fault/${uniqueKey('room')}?file=demo/data/bmk-plan.json&kind=slow&ms=3000`;
        const holder = await fixture<HTMLElement>(html`<div></div>`);
        const element = document.createElement(tag);
        const match = /^\[([\w-]+)(?:="([^"]*)")?\]$/.exec(variant);
        if (match) element.setAttribute(match[1]!, match[2] ?? '');
        element.setAttribute('src', src);
        if (tag === 'og-suggestion-form') element.setAttribute('action', '/api/suggestions');
        holder.append(element);
        await (element as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
        expect((element as HTMLElement & { dataState: string }).dataState, `${tag}${variant}`).to.equal('loading');
        expect(element.getBoundingClientRect().height, `${tag}${variant}`).to.equal(rem(size));
        element.remove();
      }
    });
  }
});

describe('a widget whose code cannot be had', () => {
  const newTag = () =>
    `og-missing-${uniqueKey('t')
      .toLowerCase()
      .replace(/[^a-z0-9]/g, '')}`;
  const said = (element: Element) => element.querySelector(':scope > [data-og-fallback]');
  let errors: unknown[];
  const original = console.error;
  beforeEach(() => {
    errors = [];
    console.error = (...args: unknown[]) => void errors.push(args[0]);
  });
  afterEach(() => {
    console.error = original;
  });

  it('says so in its place, in the language of the page around it, when its code fails to load', async () => {
    const tag = newTag();
    const page = await fixture<HTMLElement>(html`<div>
      <div lang="fr"><span id="fr"></span></div>
      <div lang="ar-MA"><span id="ar"></span></div>
      <div lang="de"><span id="de"></span></div>
    </div>`);
    const elements = ['fr', 'ar', 'de'].map((id) =>
      page.querySelector(`#${id}`)!.appendChild(document.createElement(tag)),
    );
    await autoloadElements({ [tag]: () => Promise.reject(new Error('404')) }, {}, document, 60_000)();
    const [fr, ar, de] = elements.map((element) => said(element)!);
    expect(fr.getAttribute('role')).to.equal('alert');
    expect(fr.textContent).to.equal('Ce contenu n’a pas pu être chargé. Rechargez la page.');
    expect([ar.getAttribute('lang'), ar.getAttribute('dir'), ar.textContent]).to.deep.equal([
      'ar-MA',
      'rtl',
      'تعذّر تحميل هذا المحتوى. أعيدوا تحميل الصفحة.',
    ]);
    expect([de.getAttribute('lang'), de.textContent]).to.deep.equal([
      'en',
      'This content could not be loaded. Please reload the page.',
    ]);
    expect(String(errors[0])).to.contain(`<${tag}> could not be loaded`);
    await expect(page).to.be.accessible();
  });

  it('says so when its code takes too long, and gives its place back when the code arrives after all', async () => {
    const tag = newTag();
    const element = document.createElement(tag);
    element.setAttribute('lang', 'es');
    document.body.append(element);
    let arrive!: () => void;
    autoloadElements({ [tag]: () => new Promise<void>((resolve) => (arrive = resolve)) }, {}, document, 200);
    await waitUntil(() => said(element), 'nothing was said while the code was late');
    expect(said(element)!.textContent).to.equal('No se pudo cargar este contenido. Recargue la página.');
    customElements.define(tag, class extends HTMLElement {});
    arrive();
    await waitUntil(() => !said(element), 'the sentence stayed after the code arrived');
    element.remove();
  });
});
