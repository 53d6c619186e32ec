// The React wrappers (`opengov-widgets/react`) in React 19, in the browser: data passed as a
// property reaches the widget, handler props receive the widgets' events, a new prop re-renders,
// and every wrapper maps every event that the custom-elements manifest lists.
// React ships CommonJS only: test/server/react-esm.mjs serves it to the browser as ES modules.
import { expect, waitUntil } from '@open-wc/testing';
import { createElement, type ReactElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import {
  BudgetTable,
  CommitmentTracker,
  ConsultationCalendar,
  ResponseLog,
  SuggestionForm,
} from '../../src/react/index.js';
import { budgetTableEvents } from '../../src/react/budget-table.js';
import { commitmentTrackerEvents } from '../../src/react/commitment-tracker.js';
import { consultationCalendarEvents } from '../../src/react/consultation-calendar.js';
import { suggestionFormEvents } from '../../src/react/suggestion-form.js';
import { responseLogEvents } from '../../src/react/response-log.js';
import type {
  OgBudgetTable,
  OgCommitmentTracker,
  OgConsultationCalendar,
  OgFollowDetail,
  OgResponseLog,
  OgSuggestionForm,
  ResponseModel,
} from '../../src/index.js';
import type { OgErrorDetail, OgLoadDetail } from '../../src/core/index.js';
import type { Budget } from '../../src/budget-table/model.js';
import type { OgSubmitDetail } from '../../src/suggestion-form/index.js';
import type { OgRangeChangeDetail } from '../../src/consultation-calendar/index.js';
import { settled, shadow, failOnPageErrors } from '../helpers.js';

const text = (node: Element | null | undefined) =>
  node?.textContent
    ?.replace(/[\u2068\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim() ?? '';
const json = async <T = unknown>(path: string): Promise<T> => (await fetch(path)).json() as Promise<T>;
const MESSAGE = 'Publish the citizen budget in Arabic and French every year.';

let container: HTMLElement;
let root: Root;

/** Renders a React tree into the page now, and returns the custom element it holds. */
function render<T extends Element>(tree: ReactElement, tag: string): T {
  flushSync(() => root.render(tree));
  const element = container.querySelector<T & Element>(tag);
  if (!element) throw new Error(`React did not render <${tag}>`);
  return element;
}

describe('React wrappers (opengov-widgets/react)', () => {
  failOnPageErrors({
    before: () => {
      localStorage.clear();
      container = document.createElement('div');
      document.body.append(container);
      root = createRoot(container);
    },
    after: () => {
      root.unmount();
      container.remove();
    },
  });

  it('BudgetTable: shows the data passed as a prop, calls onOgLoad, re-renders on new props, and is accessible', async () => {
    const budget = await json<Record<string, unknown>>('/demo/data/bmk-budget.json');
    const loads: OgLoadDetail<Budget>[] = [];
    const element = render<OgBudgetTable>(
      createElement(BudgetTable, { lang: 'en', data: budget, onOgLoad: (event) => loads.push(event.detail) }),
      'og-budget-table',
    );
    await settled(element);
    expect(element.data, 'set as a property, not an attribute').to.equal(budget);
    expect(element.hasAttribute('data')).to.equal(false);
    const labels = () => [...shadow(element).querySelectorAll('tbody .label')].map(text);
    expect(labels()).to.include('Operating expenditure');
    expect(text(shadow(element).querySelector('.caption'))).to.contain('2026');
    expect(loads).to.have.length(1);
    expect(loads[0]!.source.kind).to.equal('property');
    expect(loads[0]!.data.meta.fiscalYear).to.equal(2026);
    await expect(element).to.be.accessible();

    // New props: new data and a new handler. The same element re-renders; only the new handler runs.
    const later: OgLoadDetail<Budget>[] = [];
    const smaller = {
      currency: 'MAD',
      fiscalYear: 2026,
      lines: [{ code: 'R1', label: { en: 'Rural roads' }, years: { '2026': { allocated: 5000, executed: 1200 } } }],
    };
    const same = render<OgBudgetTable>(
      createElement(BudgetTable, { lang: 'en', data: smaller, onOgLoad: (event) => later.push(event.detail) }),
      'og-budget-table',
    );
    expect(same).to.equal(element);
    await waitUntil(() => later.length === 1, 'the new onOgLoad never ran');
    await settled(element);
    expect(labels()).to.deep.equal(['Rural roads']);
    expect(loads, 'the replaced handler is removed').to.have.length(1);
    await expect(element).to.be.accessible();
  });

  it('CommitmentTracker: shows the plan, and bad data calls onOgError and shows an alert', async () => {
    const errors: OgErrorDetail[] = [];
    const onOgError = (event: CustomEvent<OgErrorDetail>) => errors.push(event.detail);
    const element = render<OgCommitmentTracker>(
      createElement(CommitmentTracker, { lang: 'en', data: { commitments: 'none' }, onOgError }),
      'og-commitment-tracker',
    );
    await settled(element, 'error');
    expect(errors).to.have.length(1);
    expect(errors[0]!.error.kind).to.equal('validation');
    expect(shadow(element).querySelector('[role="alert"]')).to.exist;
    await expect(element).to.be.accessible();

    const plan = await json('/demo/data/bmk-plan.json');
    render(
      createElement(CommitmentTracker, { lang: 'en', data: plan, showSummary: true, onOgError }),
      'og-commitment-tracker',
    );
    await settled(element);
    expect(text(shadow(element).querySelector('.plan-title'))).to.equal(
      'Regional open government action plan 2022-2027',
    );
    expect(shadow(element).querySelector('[part="summary"]'), 'showSummary={true} reached the element').to.exist;
    expect(errors).to.have.length(1);
    await expect(element).to.be.accessible();
  });

  it('ConsultationCalendar: shows the events of the month, calls onOgRangeChange, and switches view on a new prop', async () => {
    const consultations = await json('/demo/data/bmk-consultations.json');
    const ranges: OgRangeChangeDetail[] = [];
    const props = {
      lang: 'en',
      data: consultations,
      initialDate: '2026-12-01',
      timeZone: 'Africa/Casablanca',
      onOgRangeChange: (event: CustomEvent<OgRangeChangeDetail>) => ranges.push(event.detail),
    };
    const element = render<OgConsultationCalendar>(
      createElement(ConsultationCalendar, { ...props, view: 'month' }),
      'og-consultation-calendar',
    );
    await settled(element);
    expect(text(shadow(element).querySelector('[data-day="2026-12-02"]'))).to.contain(
      'Regional plan consultation — Azilal',
    );
    await expect(element).to.be.accessible();

    shadow(element).querySelector<HTMLButtonElement>('button[aria-label="Next month"]')!.click();
    await waitUntil(() => ranges.length > 0, 'onOgRangeChange never ran');
    expect(ranges.at(-1)!.view).to.equal('month');

    render(createElement(ConsultationCalendar, { ...props, view: 'agenda' }), 'og-consultation-calendar');
    await element.updateComplete;
    expect(element.getAttribute('view')).to.equal('agenda');
    await waitUntil(() => shadow(element).querySelector('[part="agenda"]'), 'the agenda never showed');
    expect(shadow(element).querySelector('[role="grid"]')).to.equal(null);
    await expect(element).to.be.accessible();
  });

  it('SuggestionForm: onOgSubmit receives the payload and may cancel it, and the element takes markSent()', async () => {
    const submits: OgSubmitDetail[] = [];
    const element = render<OgSuggestionForm>(
      createElement(SuggestionForm, {
        lang: 'en',
        fields: 'message',
        action: '/test-api/suggest/never',
        minFillSeconds: 0,
        onOgSubmit: (event) => {
          submits.push(event.detail);
          event.preventDefault();
        },
      }),
      'og-suggestion-form',
    );
    await waitUntil(() => shadow(element).querySelector('form'), 'the form never rendered');
    await expect(element).to.be.accessible();
    const message = shadow(element).querySelector<HTMLTextAreaElement>('#f-message')!;
    message.value = MESSAGE;
    message.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    shadow(element).querySelector<HTMLButtonElement>('[part="submit-button"]')!.click();
    await waitUntil(() => submits.length === 1, 'onOgSubmit never ran');
    expect(submits[0]!.payload.message).to.equal(MESSAGE);
    element.markSent('CRM-12');
    await element.updateComplete;
    expect(text(shadow(element).querySelector('[part="receipt"]'))).to.contain('CRM-12');
    await expect(element).to.be.accessible();
  });

  it('ResponseLog: shows the register, onOgFollow receives what a citizen followed, and a new layout prop shows only the field', async () => {
    const register = await json('/demo/data/elkef-responses.json');
    const loads: OgLoadDetail<ResponseModel>[] = [];
    const follows: OgFollowDetail[] = [];
    const props = {
      lang: 'en',
      data: register,
      onOgLoad: (event: CustomEvent<OgLoadDetail<ResponseModel>>) => loads.push(event.detail),
      onOgFollow: (event: CustomEvent<OgFollowDetail>) => follows.push(event.detail),
    };
    const element = render<OgResponseLog>(createElement(ResponseLog, props), 'og-response-log');
    try {
      await settled(element);
      expect(element.data, 'set as a property, not an attribute').to.equal(register);
      expect(text(shadow(element).querySelector('.log-title'))).to.equal('What became of your suggestions');
      expect(shadow(element).querySelector('[part="summary"]')).to.exist;
      expect(loads).to.have.length(1);
      expect(loads[0]!.data.register.suggestions).to.have.length(25);
      await expect(element).to.be.accessible();

      element.follow('kef 2026 0010');
      expect(follows).to.deep.equal([{ reference: 'kef 2026 0010', found: true, status: 'accepted' }]);
      await element.updateComplete;
      expect(text(shadow(element).querySelector('.follow-result [part="status-badge"]'))).to.equal('Accepted');

      render(createElement(ResponseLog, { ...props, layout: 'follow' }), 'og-response-log');
      await element.updateComplete;
      expect(element.getAttribute('layout')).to.equal('follow');
      expect(shadow(element).querySelector('[part="follow"]')).to.exist;
      expect(shadow(element).querySelector('[part="summary"], [part="filters"]')).to.equal(null);
      await expect(element).to.be.accessible();
    } finally {
      // The log writes `#suggestion-…` into the page's URL.
      history.replaceState(null, '', location.pathname + location.search);
    }
  });

  it('the raw tag in React 19, as jsx/react.d.ts types it: objects reach properties, on<event-name> listens', async () => {
    const budget = await json('/demo/data/bmk-budget.json');
    const loads: Event[] = [];
    const element = render<OgBudgetTable>(
      createElement('og-budget-table', {
        lang: 'en',
        data: budget,
        'fiscal-year': '2026',
        'onog-load': (event: Event) => loads.push(event),
      }),
      'og-budget-table',
    );
    await settled(element);
    expect(element.data).to.equal(budget);
    expect(element.fiscalYear).to.equal(2026);
    expect(loads).to.have.length(1);
    expect([...shadow(element).querySelectorAll('tbody .label')].map(text)).to.include('Operating expenditure');
    await expect(element).to.be.accessible();
  });

  it('maps every event of every widget in custom-elements.json to an onOg… prop', async () => {
    const manifest = await json<{ modules: { declarations?: { tagName?: string; events?: { name: string }[] }[] }[] }>(
      '/custom-elements.json',
    );
    const wrappers: Record<string, Record<string, string>> = {
      'og-budget-table': budgetTableEvents,
      'og-commitment-tracker': commitmentTrackerEvents,
      'og-consultation-calendar': consultationCalendarEvents,
      'og-suggestion-form': suggestionFormEvents,
      'og-response-log': responseLogEvents,
    };
    const elements = manifest.modules
      .flatMap((module) => module.declarations ?? [])
      .filter((declaration) => declaration.tagName);
    expect(elements.map((element) => element.tagName).sort()).to.deep.equal(Object.keys(wrappers).sort());
    const camel = (name: string) =>
      `on${name.replace(/(^|-)([a-z])/g, (_, __, letter: string) => letter.toUpperCase())}`;
    for (const element of elements) {
      const expected = Object.fromEntries((element.events ?? []).map((event) => [camel(event.name), event.name]));
      expect(wrappers[element.tagName!], element.tagName).to.deep.equal(expected);
    }
  });
});
