import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/budget-table/index.js';
import type { OgBudgetTable, OgRowToggleDetail, OgViewChangeDetail } from '../src/budget-table/index.js';
import { settled, shadow, failOnPageErrors } from './helpers.js';

const text = (node: Element | null | undefined) =>
  node?.textContent
    ?.replace(/[\u2068\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim() ?? '';
const rows = (element: Element) => [...shadow(element).querySelectorAll<HTMLTableRowElement>('tbody tr.line')];
const codes = (element: Element) => rows(element).map((row) => text(row.querySelector('.code')));
const focusedCode = (element: Element) =>
  text((shadow(element).activeElement as HTMLElement | null)?.querySelector('.code'));

async function budget(template: ReturnType<typeof html>): Promise<OgBudgetTable> {
  const element = await fixture<OgBudgetTable>(template);
  await settled(element);
  return element;
}

function bigBudget(count: number) {
  const lines = [];
  for (let index = 0; index < count; index++) {
    const parent = index < 10 ? undefined : `L${Math.floor(index / 10) - 1}`;
    lines.push({
      code: `L${index}`,
      parent,
      label: `Line ${index}`,
      years: { '2026': { allocated: index, executed: index / 2 } },
    });
  }
  return { currency: 'TND', fiscalYear: 2026, lines };
}

describe('og-budget-table', () => {
  failOnPageErrors();

  it('reads the El Kef CSV into a real table: caption, headers, rows with treegrid semantics, totals', async () => {
    const element = await budget(
      html`<og-budget-table lang="fr" src="/demo/data/elkef-budget.csv" currency="TND"></og-budget-table>`,
    );
    const table = shadow(element).querySelector('table')!;
    expect(table.getAttribute('role')).to.equal('treegrid');
    // The caption names the table (aria-labelledby) from above its scrolling box.
    const caption = shadow(element).getElementById(table.getAttribute('aria-labelledby')!);
    expect(text(caption)).to.contain('Dépenses 2026');
    expect(text(caption)).to.match(/Montants en dinar[s]? tunisien[s]? \(TND\)/i);
    expect(Boolean(caption!.closest('.scroller')), 'the caption is not inside the sideways scroller').to.equal(false);
    expect(
      [...table.querySelectorAll('thead th')].map(text).map((label) => label.replace(/[▲▼↕]/g, '').trim()),
    ).to.deep.equal([
      'Ligne budgétaire',
      'Crédits initiaux',
      'Crédits révisés',
      'Réalisé',
      'Taux d’exécution',
      'Évolution sur un an',
    ]);
    expect(codes(element)).to.deep.equal(['1', '2']);
    const first = rows(element)[0]!;
    expect(first.getAttribute('aria-level')).to.equal('1');
    expect(first.getAttribute('aria-expanded')).to.equal('false');
    expect(first.getAttribute('aria-rowindex')).to.equal('2');
    expect(text(first.querySelectorAll('td')[0])).to.match(/^6.395.000,000$/);
    expect(text(table.querySelector('tfoot th'))).to.equal('Total');
    await expect(element).to.be.accessible();
  });

  it('reads a CSV with total rows and no currency attribute: plain numbers, no error', async () => {
    const element = await budget(html`<og-budget-table lang="fr" src="/demo/data/elkef-budget.csv"></og-budget-table>`);
    expect(element.dataState).to.equal('ready');
    expect(rows(element).length).to.be.at.least(2);
    expect(text(shadow(element).querySelector('table'))).not.to.contain('TND');
    await expect(element).to.be.accessible();
  });

  it('is a keyboard treegrid: arrows, Home/End, Enter, and og-row-toggle', async () => {
    const element = await budget(
      html`<og-budget-table lang="en" src="/demo/data/elkef-budget.csv" currency="TND"></og-budget-table>`,
    );
    rows(element)[0]!.focus();
    const toggled = oneEvent(element, 'og-row-toggle');
    await sendKeys({ press: 'ArrowRight' });
    expect(((await toggled) as CustomEvent<OgRowToggleDetail>).detail).to.deep.equal({ code: '1', expanded: true });
    await element.updateComplete;
    expect(codes(element)).to.deep.equal(['1', '1.1', '1.2', '1.3', '2']);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await element.updateComplete;
    expect(focusedCode(element)).to.equal('1.2');
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(codes(element)).to.deep.equal(['1', '1.1', '1.2', '1.2.1', '1.2.2', '1.2.3', '1.3', '2']);
    await sendKeys({ press: 'End' });
    await element.updateComplete;
    expect(focusedCode(element)).to.equal('2');
    await sendKeys({ press: 'Home' });
    await element.updateComplete;
    expect(focusedCode(element)).to.equal('1');
    await sendKeys({ press: 'ArrowLeft' });
    await element.updateComplete;
    expect(codes(element)).to.deep.equal(['1', '2']);
    await expect(element).to.be.accessible();
  });

  it('mirrors the arrows in Arabic, and stays accessible right to left', async () => {
    const element = await budget(
      html`<og-budget-table lang="ar" src="/demo/data/elkef-budget.csv" currency="TND"></og-budget-table>`,
    );
    expect(shadow(element).querySelector('[part="base"]')!.getAttribute('dir')).to.equal('rtl');
    expect(text(rows(element)[0]!.querySelector('.label'))).to.equal('نفقات التصرف');
    rows(element)[0]!.focus();
    await sendKeys({ press: 'ArrowLeft' });
    await element.updateComplete;
    expect(rows(element)[0]!.getAttribute('aria-expanded'), 'ArrowLeft opens in RTL').to.equal('true');
    await expect(element).to.be.accessible();
  });

  it('sorts within each level and keeps aria-sort right', async () => {
    const element = await budget(
      html`<og-budget-table lang="en" src="/demo/data/elkef-budget.csv" currency="TND"></og-budget-table>`,
    );
    element.expandAll();
    await element.updateComplete;
    const header = (label: string) =>
      [...shadow(element).querySelectorAll('thead th')].find((th) => text(th).startsWith(label))!;
    (header('Executed').querySelector('button') as HTMLButtonElement).click();
    await element.updateComplete;
    expect(header('Executed').getAttribute('aria-sort')).to.equal('descending');
    expect(header('Budget line').getAttribute('aria-sort')).to.equal('none');
    expect(codes(element)).to.deep.equal([
      '1',
      '1.1',
      '1.2',
      '1.2.3',
      '1.2.1',
      '1.2.2',
      '1.3',
      '2',
      '2.1',
      '2.4',
      '2.2',
      '2.3',
    ]);
    (header('Executed').querySelector('button') as HTMLButtonElement).click();
    await element.updateComplete;
    expect(header('Executed').getAttribute('aria-sort')).to.equal('ascending');
    expect(codes(element).slice(0, 3)).to.deep.equal(['2', '2.3', '2.2']);
  });

  it('lets keyboard users sort from the header without toggling a row', async () => {
    const element = await budget(
      html`<og-budget-table lang="en" src="/demo/data/elkef-budget.csv" currency="TND"></og-budget-table>`,
    );
    const toggles: unknown[] = [];
    element.addEventListener('og-row-toggle', (event) => toggles.push(event));
    const button = [...shadow(element).querySelectorAll<HTMLButtonElement>('thead th button')].find((node) =>
      text(node).startsWith('Executed'),
    )!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(toggles).to.deep.equal([]);
    expect(button.closest('th')!.getAttribute('aria-sort')).to.equal('descending');
  });

  it('toggleLine() opens and closes a line by the code that og-row-toggle reports', async () => {
    const element = await budget(
      html`<og-budget-table lang="en" src="/demo/data/elkef-budget.csv" currency="TND"></og-budget-table>`,
    );
    expect(codes(element)).not.to.include('1.1');
    const toggled = oneEvent(element, 'og-row-toggle');
    element.toggleLine('1');
    expect((await toggled).detail).to.deep.equal({ code: '1', expanded: true });
    await element.updateComplete;
    expect(codes(element)).to.include('1.1');
    element.toggleLine('1', false);
    await element.updateComplete;
    expect(codes(element)).not.to.include('1.1');
    element.toggleLine('no-such-code');
    element.toggleLine('1.1'); // a line without sub-lines: nothing to open
    await element.updateComplete;
    expect(codes(element)).not.to.include('1.1');
  });

  it('translates words that several widgets share (the section filter’s “All”)', async () => {
    const element = await budget(
      html`<og-budget-table lang="fr" src="/demo/data/elkef-budget.csv" currency="TND"></og-budget-table>`,
    );
    const section = [...shadow(element).querySelectorAll<HTMLSelectElement>('.filters select')][1]!;
    expect(text(section.options[0])).to.equal('Tous');
  });

  it('searches labels and codes, keeping the ancestors of matches and marking the match', async () => {
    const element = await budget(
      html`<og-budget-table lang="fr" src="/demo/data/elkef-budget.csv" currency="TND"></og-budget-table>`,
    );
    const search = shadow(element).querySelector<HTMLInputElement>('input[type="search"]')!;
    search.value = 'dechets';
    search.dispatchEvent(new Event('input'));
    await element.updateComplete;
    expect(codes(element)).to.deep.equal(['1', '1.2', '1.2.3']);
    expect(text(rows(element)[2]!.querySelector('mark'))).to.equal('déchets');
    await waitUntil(() => text(shadow(element).querySelector('[role="status"]')) === 'Lignes trouvées : 1');
    await expect(element).to.be.accessible();
  });

  it('switches between expenditure and revenue tabs with the keyboard, and between years', async () => {
    const element = await budget(
      html`<og-budget-table lang="en" src="/demo/data/elkef-budget.csv" currency="TND"></og-budget-table>`,
    );
    const tabs = [...shadow(element).querySelectorAll<HTMLButtonElement>('[role="tab"]')];
    expect(tabs.map(text)).to.deep.equal(['Expenditure', 'Revenue']);
    tabs[0]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await element.updateComplete;
    expect(codes(element)).to.deep.equal(['R1', 'R2']);
    expect(shadow(element).querySelector('[role="tab"][aria-selected="true"]')).to.equal(shadow(element).activeElement);
    const year = shadow(element).querySelector<HTMLSelectElement>('.filters select')!;
    year.value = '2025';
    year.dispatchEvent(new Event('change'));
    await element.updateComplete;
    expect(text(shadow(element).querySelector('.caption'))).to.contain('Revenue 2025');
    expect(
      [...shadow(element).querySelectorAll('thead th')].map(text).join(' '),
      'no change column for the first year',
    ).not.to.contain('Change');
  });

  it('shows execution over 100% distinctly, in text too', async () => {
    const element = await budget(
      html`<og-budget-table lang="en" .data=${{ currency: 'MAD', fiscalYear: 2026, lines: [{ code: '1', label: 'Water', allocated: 100, executed: 112 }] }}></og-budget-table>`,
    );
    const rate = shadow(element).querySelector('tbody [part="rate"]')!;
    expect(rate.classList.contains('over')).to.equal(true);
    expect(text(rate)).to.contain('112%');
    expect(text(rate.querySelector('.visually-hidden'))).to.contain('more than allocated');
  });

  it('marks a line whose amounts disagree with its sub-lines, without overriding it', async () => {
    const data = {
      currency: 'TND',
      fiscalYear: 2026,
      lines: [
        { code: '1', label: 'Parent', allocated: 100, children: [{ code: '1.1', label: 'Child', allocated: 70 }] },
      ],
    };
    const element = await budget(html`<og-budget-table lang="en" .data=${data}></og-budget-table>`);
    expect(text(shadow(element).querySelector('.warning'))).to.contain('1 lines have amounts that differ');
    expect(rows(element)[0]!.querySelector('.mismatch')).to.exist;
    expect(text(rows(element)[0]!.querySelectorAll('td')[0])).to.equal('100.000');
  });

  it('draws the chart, drills down with the keyboard and comes back through the breadcrumb', async () => {
    const element = await budget(html`<og-budget-table lang="en" src="/demo/data/bmk-budget.json"></og-budget-table>`);
    const changed = oneEvent(element, 'og-view-change');
    [...shadow(element).querySelectorAll<HTMLButtonElement>('.segmented button')][1]!.click();
    expect(((await changed) as CustomEvent<OgViewChangeDetail>).detail.view).to.equal('chart');
    const items = () => [...shadow(element).querySelectorAll('.bars .bar-label')].map(text);
    await waitUntil(() => items().length, 'the chart shows once its code has loaded');
    // Its look came with it.
    expect(getComputedStyle(shadow(element).querySelector('.bar-item')!).display).to.equal('grid');
    expect(items()).to.deep.equal(['E1 Operating expenditure', 'E2 Investment (equipment) expenditure']);
    shadow(element).querySelector<HTMLButtonElement>('button.bar-item')!.focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(items()).to.deep.equal([
      'E1.1 Staff',
      'E1.2 Running the services',
      'E1.3 Contributions to provincial programmes',
    ]);
    expect(text(shadow(element).querySelector('.breadcrumb [aria-current]'))).to.equal('E1 Operating expenditure');
    await expect(element).to.be.accessible();
    shadow(element).querySelector<HTMLButtonElement>('.breadcrumb button')!.click();
    await element.updateComplete;
    expect(items()).to.have.length(2);
  });

  it('downloads the current view as CSV with a BOM', async () => {
    const element = await budget(
      html`<og-budget-table lang="fr" src="/demo/data/elkef-budget.csv" currency="TND"></og-budget-table>`,
    );
    const originalClick = HTMLAnchorElement.prototype.click;
    let captured: { href: string; download: string } | undefined;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      captured = { href: this.href, download: this.download };
    };
    try {
      [...shadow(element).querySelectorAll<HTMLButtonElement>('.actions button')]
        .find((button) => text(button) === 'Télécharger en CSV')!
        .click();
      await waitUntil(() => captured, 'the file is offered once the CSV writer loads');
    } finally {
      HTMLAnchorElement.prototype.click = originalClick;
    }
    expect(captured!.download).to.equal('budget-2026-expenditure.csv');
    const bytes = new Uint8Array(await (await fetch(captured!.href)).arrayBuffer());
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    const csv = new TextDecoder().decode(bytes);
    expect(csv).to.contain('Code;Code parent;Ligne budgétaire;');
    expect(csv).to.contain('1.2.3;1.2;Collecte des déchets;980000;1010000;765300;75,772');
  });

  it('renders only the rows in view for a large budget, keeping the row count for assistive technology', async () => {
    const element = await budget(html`<og-budget-table lang="en" .data=${bigBudget(5000)}></og-budget-table>`);
    element.expandAll();
    // Expanded, the budget is long: the table gives way to the long table once that one's code has
    // loaded (before, the short table may still be there, then neither for a moment).
    await waitUntil(
      () => shadow(element).querySelector('.scroller.virtual tbody tr.line'),
      'the long table shows its rows once its code has loaded',
    );
    const table = shadow(element).querySelector('table')!;
    expect(Number(table.getAttribute('aria-rowcount'))).to.equal(5002);
    expect(rows(element).length).to.be.lessThan(200);
    const scroller = shadow(element).querySelector<HTMLElement>('.scroller')!;
    scroller.scrollTop = scroller.scrollHeight / 2;
    // The window of rows is drawn again after the scroll: between two renders there may be none.
    await waitUntil(() => Number(rows(element)[0]?.getAttribute('aria-rowindex')) > 1000, 'rows follow the scroll');
    rows(element)[5]!.focus();
    await sendKeys({ press: 'End' });
    await waitUntil(
      () =>
        focusedCode(element) !== '' &&
        Number((shadow(element).activeElement as HTMLElement).getAttribute('aria-rowindex')) === 5001,
    );
    await expect(element).to.be.accessible();
  });

  it('says what is wrong with a broken CSV, naming the row and the column', async () => {
    const element = await fixture<OgBudgetTable>(html`<og-budget-table lang="fr">
      <script type="text/csv">Code;Code parent;Libellé;Réalisé 2026
1;;Fonctionnement;12 500,000 DT</script>
    </og-budget-table>`);
    await settled(element, 'error');
    expect(text(shadow(element).querySelector('[role="alert"]'))).to.contain(
      'Ligne 2 : « Réalisé 2026 » n’est pas un nombre (« 12 500,000 DT »).',
    );
    await expect(element).to.be.accessible();
  });

  it('is accessible while loading and when empty', async () => {
    const loading = await fixture<OgBudgetTable>(
      html`<og-budget-table lang="ar" src="/test-api/slow?ms=4000"></og-budget-table>`,
    );
    await expect(loading).to.be.accessible();
    const empty = await budget(html`<og-budget-table lang="en" .data=${{ lines: [] }}></og-budget-table>`);
    expect(text(shadow(empty).querySelector('[part="empty"]'))).to.equal('No budget has been published here yet.');
    await expect(empty).to.be.accessible();
  });
});
