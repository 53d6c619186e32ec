import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/commitment-tracker/index.js';
import type { OgCommitmentTracker, OgCommitmentToggleDetail } from '../src/commitment-tracker/index.js';
import { settled, shadow } from './helpers.js';

const PLAN = '/demo/data/elkef-plan.json';
const text = (node: Element | null | undefined) =>
  node?.textContent
    ?.replace(/[\u2068\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim() ?? '';
const cards = (element: Element) => [...shadow(element).querySelectorAll<HTMLElement>('.card')];
const cardIds = (element: Element) => cards(element).map((card) => card.dataset.id);
const card = (element: Element, id: string) => cards(element).find((node) => node.dataset.id === id)!;

async function tracker(template: ReturnType<typeof html>): Promise<OgCommitmentTracker> {
  const element = await fixture<OgCommitmentTracker>(template);
  await settled(element);
  return element;
}

describe('og-commitment-tracker', () => {
  it('shows the plan and a card per commitment, with badges and progress, in French', async () => {
    const element = await tracker(html`<og-commitment-tracker lang="fr" src=${PLAN}></og-commitment-tracker>`);
    expect(text(shadow(element).querySelector('.plan-title'))).to.equal(
      "Plan d'action de gouvernement ouvert 2024-2027",
    );
    expect(cardIds(element)).to.have.length(4);
    const audit = card(element, 'audit');
    expect(text(audit.querySelector('[part="status-badge"]'))).to.equal('Substantiel');
    expect(audit.querySelector('[role="progressbar"]')!.getAttribute('aria-valuenow')).to.equal('50');
    expect(text(audit.querySelector('.chip.sector-government'))).to.contain('Gouvernement');
    expect(text(audit.querySelector('.chip.sector-civil-society'))).to.contain('Société civile');
    expect(text(audit.querySelector('.next'))).to.contain('Premier rapport d’audit publié'.replace('’', "'"));
    expect(text(audit.querySelector('.flag.overdue'))).to.equal('En retard');
    await expect(element).to.be.accessible();
  });

  it('shows the summary: counts per level as text, overall progress, time elapsed', async () => {
    const element = await tracker(
      html`<og-commitment-tracker lang="en" show-summary src=${PLAN}></og-commitment-tracker>`,
    );
    const summary = shadow(element).querySelector('[part="summary"]')!;
    const stats = Object.fromEntries(
      [...summary.querySelectorAll('.stats > div')].map((row) => [
        text(row.querySelector('dt')),
        text(row.querySelector('dd')),
      ]),
    );
    expect(stats).to.include({ Commitments: '4', 'High completion': '2' });
    expect(stats['Overall progress']).to.match(/^4[56]%$/);
    expect([...summary.querySelectorAll('.legend li')].map(text)).to.deep.equal([
      'Not started: 1',
      'Limited: 1',
      'Substantial: 1',
      'Complete: 1',
    ]);
    expect(summary.querySelector('.stacked')!.getAttribute('aria-hidden')).to.equal('true');
    expect(
      [...summary.querySelectorAll('[role="progressbar"]')].map((bar) => bar.getAttribute('aria-label')),
    ).to.deep.equal(['Time elapsed', 'Overall progress']);
    await expect(element).to.be.accessible();
  });

  it('filters by search and by status, announces the count, and clears', async () => {
    const element = await tracker(
      html`<og-commitment-tracker lang="en" show-filters src=${PLAN}></og-commitment-tracker>`,
    );
    const search = shadow(element).querySelector<HTMLInputElement>('input[type="search"]')!;
    search.focus();
    await sendKeys({ type: 'archives' });
    await waitUntil(() => cardIds(element).length === 1);
    expect(cardIds(element)).to.deep.equal(['archives']);
    expect(text(shadow(element).querySelector('.count'))).to.equal('Commitments shown: 1 of 4');
    await waitUntil(
      () => text(shadow(element).querySelector('[role="status"]')) === 'Commitments shown: 1 of 4',
      'count not announced',
    );

    search.value = '';
    search.dispatchEvent(new Event('input'));
    const status = shadow(element).querySelectorAll<HTMLSelectElement>('.filters select')[0]!;
    status.value = 'complete';
    status.dispatchEvent(new Event('change'));
    await element.updateComplete;
    expect(cardIds(element)).to.deep.equal(['inclusion']);
    await expect(element).to.be.accessible();

    search.value = 'nothing matches this';
    search.dispatchEvent(new Event('input'));
    await element.updateComplete;
    expect(cardIds(element)).to.deep.equal([]);
    (shadow(element).querySelector('.empty button') as HTMLButtonElement).click();
    await element.updateComplete;
    expect(cardIds(element)).to.have.length(4);
  });

  it('sorts by progress', async () => {
    const element = await tracker(
      html`<og-commitment-tracker lang="en" show-filters src=${PLAN}></og-commitment-tracker>`,
    );
    const selects = [...shadow(element).querySelectorAll<HTMLSelectElement>('.filters select')];
    const sort = selects[selects.length - 1]!;
    sort.value = 'progress';
    sort.dispatchEvent(new Event('change'));
    await element.updateComplete;
    expect(cardIds(element)).to.deep.equal(['inclusion', 'audit', 'digital-services', 'archives']);
  });

  it('expands and collapses with the keyboard, and fires og-commitment-toggle', async () => {
    const element = await tracker(html`<og-commitment-tracker lang="en" src=${PLAN}></og-commitment-tracker>`);
    const audit = card(element, 'audit');
    const toggle = audit.querySelector<HTMLButtonElement>('.toggle')!;
    const details = audit.querySelector<HTMLElement>('.details')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(details.hidden).to.equal(true);
    expect(toggle.getAttribute('aria-controls')).to.equal(details.id);
    toggle.focus();
    const toggled = oneEvent(element, 'og-commitment-toggle');
    await sendKeys({ press: 'Enter' });
    const event = (await toggled) as CustomEvent<OgCommitmentToggleDetail>;
    expect(event.detail).to.deep.equal({ id: 'audit', expanded: true });
    await element.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(details.hidden).to.equal(false);
    expect(text(details)).to.contain('Citizens do not know how municipal spending is checked.');
    const states = [...details.querySelectorAll('.milestone')].map((node) =>
      node.className.replace('milestone', '').trim(),
    );
    expect(states).to.deep.equal(['done', 'done', 'overdue', 'upcoming']);
    expect(details.querySelector('.evidence a')!.getAttribute('href')).to.equal(
      'https://example.org/elkef/deliberation-2024-12.pdf',
    );
    expect(text(details)).to.contain('Did it open government?');
    await expect(element).to.be.accessible();
    await sendKeys({ press: 'Space' });
    await element.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
  });

  it('opens the commitment named in the URL hash', async () => {
    const previous = location.hash;
    history.replaceState(null, '', '#commitment-archives');
    try {
      const element = await tracker(html`<og-commitment-tracker lang="en" src=${PLAN}></og-commitment-tracker>`);
      await waitUntil(
        () => card(element, 'archives')?.querySelector('.toggle')?.getAttribute('aria-expanded') === 'true',
      );
      await waitUntil(
        () => shadow(element).activeElement === card(element, 'archives').querySelector('.toggle'),
        'the linked commitment did not take focus',
      );
      history.replaceState(null, '', '#commitment-inclusion');
      window.dispatchEvent(new HashChangeEvent('hashchange'));
      await waitUntil(
        () => card(element, 'inclusion').querySelector('.toggle')?.getAttribute('aria-expanded') === 'true',
      );
    } finally {
      history.replaceState(null, '', previous || location.pathname + location.search);
    }
  });

  it('shows one line per commitment in compact layout', async () => {
    const element = await tracker(
      html`<og-commitment-tracker lang="en" layout="compact" src=${PLAN}></og-commitment-tracker>`,
    );
    expect(shadow(element).querySelectorAll('.compact-item')).to.have.length(4);
    expect(shadow(element).querySelector('.toggle')).to.equal(null);
    expect(shadow(element).querySelector('.compact-item [role="progressbar"]')!.getAttribute('aria-label')).to.match(
      /^Progress of “/,
    );
    await expect(element).to.be.accessible();
  });

  it('shows a single commitment, expanded, with commitment="…", and says when it does not exist', async () => {
    const element = await tracker(
      html`<og-commitment-tracker lang="en" commitment="inclusion" src=${PLAN}></og-commitment-tracker>`,
    );
    expect(cardIds(element)).to.deep.equal(['inclusion']);
    expect(card(element, 'inclusion').querySelector<HTMLElement>('.details')!.hidden).to.equal(false);
    await expect(element).to.be.accessible();
    element.commitment = 'nope';
    await element.updateComplete;
    expect(text(shadow(element).querySelector('.empty'))).to.contain('There is no commitment with the id "nope"');
  });

  it('mirrors in Arabic: right to left, bars filling from the right', async () => {
    const element = await tracker(
      html`<og-commitment-tracker lang="ar" show-summary src=${PLAN}></og-commitment-tracker>`,
    );
    expect(shadow(element).querySelector('[part="base"]')!.getAttribute('dir')).to.equal('rtl');
    expect(text(card(element, 'audit').querySelector('[part="status-badge"]'))).to.equal('كبير');
    const bar = card(element, 'audit').querySelector('.bar')!.getBoundingClientRect();
    const fill = card(element, 'audit').querySelector('.fill')!.getBoundingClientRect();
    expect(Math.abs(fill.right - bar.right)).to.be.lessThan(2);
    expect(fill.left - bar.left).to.be.greaterThan(10);
    await expect(element).to.be.accessible();
  });

  it('reads a CSV plan through columns', async () => {
    const element = await tracker(
      html`<og-commitment-tracker lang="ar" src="/demo/data/elkef-plan.csv"></og-commitment-tracker>`,
    );
    expect(cardIds(element)).to.deep.equal(['audit', 'archives']);
    expect(text(card(element, 'audit').querySelector('.card-title'))).to.equal('منظومة التدقيق الداخلي');
  });

  it('is accessible while loading, when empty and on error', async () => {
    const loading = await fixture<OgCommitmentTracker>(
      html`<og-commitment-tracker lang="fr" src="/test-api/slow?ms=4000"></og-commitment-tracker>`,
    );
    expect(loading.dataState).to.equal('loading');
    await expect(loading).to.be.accessible();

    const empty = await tracker(
      html`<og-commitment-tracker lang="fr" .data=${{ title: 'Plan', commitments: [] }}></og-commitment-tracker>`,
    );
    expect(text(shadow(empty).querySelector('[part="empty"]'))).to.equal(
      'Ce plan d’action ne comporte encore aucun engagement.',
    );
    await expect(empty).to.be.accessible();

    const broken = await fixture<OgCommitmentTracker>(html`<og-commitment-tracker lang="ar">
      <script type="application/json">{"commitments": [{"id": "x", "status": "done"}]}</script>
    </og-commitment-tracker>`);
    await settled(broken, 'error');
    const alert = text(shadow(broken).querySelector('[role="alert"]'));
    expect(alert).to.contain('«title» مفقود');
    expect(alert).to.contain('«status»');
    await expect(broken).to.be.accessible();
  });

  it('never renders data as HTML and never links to javascript:', async () => {
    const element = await tracker(html`<og-commitment-tracker
      lang="en"
      commitment="x"
      .data=${[
        {
          id: 'x',
          title: '<img src=x onerror="window.__pwned=1">',
          status: 'limited',
          milestones: [{ title: 'M', evidence: [{ title: 'Bad', url: 'javascript:window.__pwned=1' }] }],
        },
      ]}
    ></og-commitment-tracker>`);
    expect(shadow(element).querySelector('img')).to.equal(null);
    expect(text(shadow(element).querySelector('.card-title'))).to.equal('<img src=x onerror="window.__pwned=1">');
    expect(shadow(element).querySelector('a[href^="javascript"]')).to.equal(null);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });
});
