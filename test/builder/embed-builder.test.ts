// The demo's embed builder, driven as a webmaster would: pick a widget, give data, read the
// check, map a column, choose the look, copy the snippet. The preview uses the real widgets.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import '../../demo/builder/embed-builder.js';
import type { DemoEmbedBuilder } from '../../demo/builder/embed-builder.js';
import type { OgBudgetTable } from '../../src/budget-table/index.js';
import type { OgResponseLog } from '../../src/response-log/index.js';
import { failOnPageErrors, settled, shadow, uniqueKey } from '../helpers.js';

const text = (node: Element | null | undefined) =>
  node?.textContent
    ?.replace(/[\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim() ?? '';

async function builder(): Promise<DemoEmbedBuilder> {
  const element = await fixture<DemoEmbedBuilder>(html`<demo-embed-builder lang="en"></demo-embed-builder>`);
  await element.updateComplete;
  return element;
}

function radio(element: Element, label: string): HTMLInputElement {
  const found = [...element.querySelectorAll('label')].find((candidate) => text(candidate).startsWith(label));
  if (!found) throw new Error(`no label "${label}"`);
  return found.querySelector('input')!;
}

async function giveUrl(element: DemoEmbedBuilder, url: string): Promise<void> {
  const input = element.querySelector<HTMLInputElement>('#builder-url')!;
  input.value = url;
  input.dispatchEvent(new Event('input'));
  input.dispatchEvent(new Event('change'));
  await checked(element);
}

/** Waits until the check panel shows the result of the latest check. */
async function checked(element: DemoEmbedBuilder): Promise<void> {
  await element.updateComplete;
  await waitUntil(
    () => element.querySelector('.builder-check')?.getAttribute('data-status') === 'done',
    'the check did not finish',
    { timeout: 8000 },
  );
  await element.updateComplete;
}

async function dropFile(
  element: DemoEmbedBuilder,
  name: string,
  content: string,
  fileChoice = 'In a file on my computer',
): Promise<void> {
  radio(element, fileChoice).click();
  await element.updateComplete;
  const input = element.querySelector<HTMLInputElement>('#builder-file')!;
  const transfer = new DataTransfer();
  transfer.items.add(new File([content], name));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change'));
  await waitUntil(() => text(element.querySelector('#builder-drop-hint')).includes(name), 'the file was not read');
  await checked(element);
}

const snippetText = (element: Element) => element.querySelector('#builder-snippet')!.textContent ?? '';
const preview = <T extends Element>(element: Element, tag: string) =>
  element.querySelector<T>(`.builder-preview-stage > ${tag}`);

describe('demo-embed-builder', () => {
  failOnPageErrors();

  // The page's stylesheet, as on the demo: axe then checks the real colours, and the layout is real.
  before(async () => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = '/demo/builder/builder.css';
    const loaded = new Promise((resolve, reject) => {
      link.onload = resolve;
      link.onerror = reject;
    });
    document.head.append(link);
    await loaded;
  });

  it('starts with the budget table chosen, an empty preview and a snippet that says what is missing', async () => {
    const element = await builder();
    expect(radio(element, 'Budget table').checked).to.equal(true);
    expect(text(element.querySelector('.builder-preview'))).to.contain('Give the widget its data');
    expect(text(element.querySelector('.builder-todo'))).to.contain('This widget needs data');
    expect(snippetText(element)).to.contain('<script type="module" src="https://cdn.jsdelivr.net/npm/opengov-widgets@');
    await expect(element).to.be.accessible();
  });

  it('reads a data address: the check finds no problem, the preview shows the real table, the snippet links the file', async () => {
    const element = await builder();
    await giveUrl(element, '/demo/data/elkef-budget.csv');
    expect(text(element.querySelector('.builder-ok'))).to.match(/No problems: 19 lines, years 2025–2026/);
    const table = preview<OgBudgetTable>(element, 'og-budget-table')!;
    await settled(table);
    expect(text(shadow(table).querySelector('tbody'))).to.contain('Dépenses de fonctionnement');
    expect(snippetText(element)).to.contain(
      '<og-budget-table\n  src="/demo/data/elkef-budget.csv"\n></og-budget-table>',
    );
    // A CSV says nothing of its currency: the builder asks for it.
    expect(text(element.querySelector('.builder-todo'))).to.contain('does not say its currency');
    await expect(element).to.be.accessible();
  });

  it('says why an address cannot be read, in the words the widget uses', async () => {
    const element = await builder();
    await giveUrl(element, '/demo/data/no-such-budget.csv');
    expect(text(element.querySelector('.builder-check'))).to.contain(
      'The file could not be checked: The data file was not found (error 404).',
    );
    await expect(element).to.be.accessible();
  });

  it('lists the file’s headers for each field; columns chosen by hand go into the columns attribute and the preview', async () => {
    const element = await builder();
    await giveUrl(element, '/demo/data/elkef-budget.csv');
    const label = element.querySelector<HTMLSelectElement>('#builder-column-label')!;
    expect(text(label.options[0])).to.equal('Automatic: “Libellé”');
    expect([...label.options].map((option) => option.value)).to.include('Libellé (ar)');
    expect(text(element.querySelector('#builder-column-allocated')?.querySelector('option'))).to.contain(
      'Crédits initiaux 2025, Crédits initiaux 2026',
    );

    // An export whose headers the widget does not know: the code is missing until mapped.
    await dropFile(
      element,
      'export.csv',
      'N°;Désignation de la ligne;Prévu 2026;Dépensé 2026\nA;Voirie;1 000,000;400,000\nB;Éclairage;500,000;100,000\n',
    );
    expect(text(element.querySelector('.builder-check'))).to.match(/the column "code" is not in the file/);
    // The fix points at the builder's own step, not at the CLI's options.
    expect(text(element.querySelector('.builder-check'))).to.contain(
      'add this column, or choose yours for "code" in the columns step',
    );
    expect(text(element.querySelector('.builder-check'))).not.to.contain('--columns');
    expect(element.querySelector('tr.is-missing #builder-column-code')).to.be.ok;
    await expect(element).to.be.accessible();
    const choose = async (field: string, header: string) => {
      const select = element.querySelector<HTMLSelectElement>(`#builder-column-${field}`)!;
      select.value = header;
      select.dispatchEvent(new Event('change'));
      await element.updateComplete;
    };
    await choose('code', 'N°');
    await choose('label', 'Désignation de la ligne');
    await choose('allocated', 'Prévu 2026');
    await choose('executed', 'Dépensé 2026');
    await waitUntil(
      () => /No problems: 2 lines/.test(text(element.querySelector('.builder-check'))),
      'the mapped file is still refused',
      { timeout: 8000 },
    );
    expect(element.querySelector('tr.is-missing')).to.equal(null);
    expect(snippetText(element)).to.contain(
      'columns="code: N°; label: Désignation de la ligne; allocated: Prévu 2026; executed: Dépensé 2026"',
    );
    await waitUntil(() => preview(element, 'og-budget-table')?.hasAttribute('columns'), 'the preview has no mapping');
    const table = preview<OgBudgetTable>(element, 'og-budget-table')!;
    await settled(table);
    expect(text(shadow(table).querySelector('tbody'))).to.contain('Éclairage');
    await expect(element).to.be.accessible();
  });

  it('checks a dropped file in the browser and names each problem with its row, column and a fix', async () => {
    const element = await builder();
    await dropFile(
      element,
      'budget.csv',
      'Code;Libellé;Crédits initiaux 2026;Réalisé 2026\n1;Fonctionnement;1 000,000;800,000\n1.1;Personnel;beaucoup;400,000\n',
    );
    const check = text(element.querySelector('.builder-check'));
    expect(check).to.contain('1 problem to fix in the file');
    expect(check).to.match(/Row 3.*Crédits initiaux 2026.*beaucoup/);
    expect(check).to.contain('How to fix it: use digits');
    expect(element.querySelector('#builder-publish-url')).to.have.property('value', '/wp-content/uploads/budget.csv');
    expect(snippetText(element)).to.contain('src="/wp-content/uploads/budget.csv"');
    // The preview shows the widget's own error for the same file.
    const table = preview<OgBudgetTable>(element, 'og-budget-table')!;
    await settled(table, 'error');
    expect(text(shadow(table).querySelector('[role="alert"]'))).to.contain('beaucoup');
    await expect(element).to.be.accessible();
  });

  it('pastes a small JSON file into the snippet, and refuses to paste one that would break out of its script block', async () => {
    const element = await builder();
    const json = JSON.stringify({
      currency: 'TND',
      fiscalYear: 2026,
      lines: [{ code: '1', label: 'Voirie', years: { '2026': { allocated: 1000, executed: 400 } } }],
    });
    await dropFile(element, 'budget.json', json);
    expect(text(element.querySelector('.builder-ok'))).to.contain('No problems: 1 line');
    expect(radio(element, 'Paste the data into the page').checked).to.equal(true);
    expect(snippetText(element)).to.contain(
      `<og-budget-table>\n  <script type="application/json">\n${json}\n  </script>\n</og-budget-table>`,
    );
    const hostile = JSON.stringify({
      currency: 'TND',
      lines: [
        { code: '1', label: '</script><script>window.__pwned = 1</script>', years: { '2026': { allocated: 1 } } },
      ],
    });
    await dropFile(element, 'hostile.json', hostile);
    expect(radio(element, 'Paste the data into the page').disabled).to.equal(true);
    expect(text(element.querySelector('#builder-inline-hint'))).to.contain('cannot be pasted');
    expect(snippetText(element)).not.to.contain('<script type="application/json">');
    await expect(element).to.be.accessible();
  });

  it('sets language, theme, brand colour and options on the preview and in the snippet', async () => {
    const element = await builder();
    await giveUrl(element, '/demo/data/bmk-budget.json');
    const lang = element.querySelector<HTMLSelectElement>('#builder-lang')!;
    lang.value = 'ar';
    lang.dispatchEvent(new Event('change'));
    radio(element, 'Dark').click();
    const brand = element.querySelector<HTMLInputElement>('#builder-brand')!;
    brand.value = '#e0a030';
    brand.dispatchEvent(new Event('input'));
    const view = element.querySelector<HTMLSelectElement>('#builder-option-view')!;
    view.value = 'chart';
    view.dispatchEvent(new Event('change'));
    await element.updateComplete;
    // A light orange reads well on the dark theme, not on the light one.
    expect(text(element.querySelector('#builder-brand-contrast'))).to.equal(
      'On the dark theme’s background: contrast 7.8:1.',
    );
    expect(element.querySelector('#builder-brand-contrast')!.className).to.equal('builder-hint');
    const code = snippetText(element);
    expect(code).to.contain(
      '  view="chart"\n  lang="ar"\n  dir="rtl"\n  theme="dark"\n  style="--og-color-accent: #e0a030; --og-color-on-accent: #1d2327;"',
    );
    const table = preview<OgBudgetTable>(element, 'og-budget-table')!;
    expect(table.getAttribute('lang')).to.equal('ar');
    expect(table.style.getPropertyValue('--og-color-accent')).to.equal('#e0a030');
    await settled(table);
    expect(table.view).to.equal('chart');
    radio(element, 'Light').click();
    await element.updateComplete;
    expect(text(element.querySelector('#builder-brand-contrast'))).to.contain('Too light to read on white');
    expect(element.querySelector('#builder-brand-contrast')!.className).to.equal('builder-warning');
    radio(element, 'Dark').click();
    await element.updateComplete;
    // A strict CSP forbids the style attribute: the colour moves to a CSS rule.
    radio(element, 'My site forbids inline styles').click();
    await element.updateComplete;
    expect(snippetText(element)).not.to.contain('style=');
    expect(element.querySelector('#builder-css')!.textContent).to.contain(
      'og-budget-table {\n  --og-color-accent: #e0a030;',
    );
    await expect(element).to.be.accessible();
  });

  it('builds a suggestion form without a data file, and asks for the address that receives suggestions', async () => {
    const element = await builder();
    radio(element, 'Suggestion form').click();
    await element.updateComplete;
    expect(radio(element, 'No configuration file').checked).to.equal(true);
    expect(text(element.querySelector('.builder-todo'))).to.contain('needs the address that receives suggestions');
    const action = element.querySelector<HTMLInputElement>('#builder-option-action')!;
    action.value = '/api/suggestions';
    action.dispatchEvent(new Event('change'));
    await element.updateComplete;
    expect(element.querySelector('.builder-todo')).to.equal(null);
    expect(snippetText(element)).to.contain('<og-suggestion-form\n  action="/api/suggestions"\n></og-suggestion-form>');
    await waitUntil(() => preview(element, 'og-suggestion-form'), 'no form in the preview');
    const form = preview<HTMLElement & { updateComplete: Promise<boolean> }>(element, 'og-suggestion-form')!;
    await form.updateComplete;
    expect(form.getAttribute('action')).to.equal('/api/suggestions');
    expect(shadow(form).querySelector('textarea')).to.be.ok;
    await expect(element).to.be.accessible();
  });

  it('speaks the page’s language: French and Arabic (right to left), with the check in that language', async () => {
    const page = await fixture<HTMLElement>(
      html`<div lang="ar" dir="rtl"><demo-embed-builder></demo-embed-builder></div>`,
    );
    const element = page.querySelector('demo-embed-builder')!;
    await element.updateComplete;
    expect(text(element.querySelector('legend'))).to.contain('اختيار الأداة');
    await dropFile(
      element,
      'budget.csv',
      'Code;Libellé;Crédits initiaux 2026\n1;Fonctionnement;beaucoup\n',
      'في ملف على حاسوبي',
    );
    expect(text(element.querySelector('.builder-check'))).to.contain('مشكلة واحدة يجب تصحيحها في الملف');
    expect(text(element.querySelector('.builder-check'))).to.contain('للتصحيح: استعملوا الأرقام');
    expect(getComputedStyle(element.querySelector('.builder-step')!).direction).to.equal('rtl');
    // The snippet stays left to right: it is code.
    expect(getComputedStyle(element.querySelector('.builder-code')!).direction).to.equal('ltr');
    await expect(element).to.be.accessible();
    const french = await fixture<HTMLElement>(html`<div lang="fr-TN"><demo-embed-builder></demo-embed-builder></div>`);
    const builderFr = french.querySelector('demo-embed-builder')!;
    await builderFr.updateComplete;
    expect(text(builderFr.querySelector('legend'))).to.contain('Choisir un widget');
    radio(builderFr, 'Suivi du plan d’action').click();
    await builderFr.updateComplete;
    await dropFile(
      builderFr,
      'plan.json',
      JSON.stringify({
        commitments: [
          {
            id: 'c1',
            title: 'Budget ouvert',
            status: 'limited',
            milestones: [{ title: 'Publier', due: '2026-06-30' }],
          },
        ],
      }),
      'Dans un fichier sur mon ordinateur',
    );
    expect(text(builderFr.querySelector('.builder-check'))).to.match(/^✔ Aucun problème : 1 engagement, 1 jalon\.$/);
  });

  it('copies the snippet itself and says so, each time', async () => {
    const element = await builder();
    await giveUrl(element, '/demo/data/bmk-budget.json');
    const copied: string[] = [];
    const original = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (value: string) => void copied.push(value) },
    });
    try {
      const copy = [...element.querySelectorAll('button')].find((button) => text(button) === 'Copy the snippet')!;
      copy.click();
      const status = element.querySelector('[role="status"]')!;
      await waitUntil(() => text(status) === 'Copied to the clipboard.', 'nothing was announced');
      expect(copied).to.deep.equal([snippetText(element)]);
      expect(copied[0]).to.contain('src="/demo/data/bmk-budget.json"');
      copy.click();
      await waitUntil(() => copied.length === 2 && text(status) === 'Copied to the clipboard.', 'the second copy');
    } finally {
      if (original) Object.defineProperty(navigator, 'clipboard', original);
      else delete (navigator as { clipboard?: unknown }).clipboard;
    }
  });

  it('says when a dropped file is a web page, and shows the check of the newest data only', async () => {
    const element = await builder();
    await dropFile(element, 'budget.csv', '<!doctype html><html><body><h1>Erreur 404</h1></body></html>');
    expect(text(element.querySelector('.builder-check'))).to.match(/web page/i);
    await expect(element).to.be.accessible();
    // A slow address, then a file before it answers: the file's check stays on screen.
    const input = element.querySelector<HTMLInputElement>('#builder-url');
    expect(input).to.equal(null);
    radio(element, 'At a web address').click();
    await element.updateComplete;
    const url = element.querySelector<HTMLInputElement>('#builder-url')!;
    const slow = `/test-api/fault/${uniqueKey('slow-builder')}?file=demo/data/elkef-budget.csv&kind=slow&ms=1500`;
    url.value = slow;
    url.dispatchEvent(new Event('input'));
    url.dispatchEvent(new Event('change'));
    await element.updateComplete;
    await dropFile(
      element,
      'small.json',
      JSON.stringify({ currency: 'MAD', lines: [{ code: '1', label: 'Routes', years: { '2026': { allocated: 5 } } }] }),
    );
    // The address's reading is over (given up: it no longer matters), and every check has ended.
    await waitUntil(
      () => element.querySelector('.builder-check')?.getAttribute('aria-busy') === 'false',
      'the address is still being read',
      { timeout: 5000 },
    );
    await checked(element);
    expect(text(element.querySelector('.builder-check'))).to.contain('No problems: 1 line');
    expect(element.querySelector('#builder-column-code')).to.equal(null);
    expect(snippetText(element)).not.to.contain('test-api');
  });

  it('takes a file dropped anywhere on the page, instead of letting the browser open it', async () => {
    const element = await builder();
    const transfer = new DataTransfer();
    transfer.items.add(
      new File(
        [
          JSON.stringify({
            currency: 'TND',
            lines: [{ code: '1', label: 'Voirie', years: { '2026': { allocated: 7 } } }],
          }),
        ],
        'voirie.json',
      ),
    );
    const over = new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true });
    document.body.dispatchEvent(over);
    expect(over.defaultPrevented, 'the browser would open the file').to.equal(true);
    const drop = new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true });
    document.body.dispatchEvent(drop);
    expect(drop.defaultPrevented).to.equal(true);
    await waitUntil(
      () => text(element.querySelector('#builder-drop-hint')).includes('voirie.json'),
      'the file was not taken',
    );
    await checked(element);
    expect(text(element.querySelector('.builder-ok'))).to.contain('No problems: 1 line');
  });

  it('forgets the data of the other kind when the webmaster switches between an address and a file', async () => {
    const element = await builder();
    await dropFile(
      element,
      'small.json',
      JSON.stringify({ currency: 'MAD', lines: [{ code: '1', label: 'Routes', years: { '2026': { allocated: 5 } } }] }),
    );
    expect(snippetText(element)).to.contain('application/json');
    radio(element, 'At a web address').click();
    await element.updateComplete;
    expect(snippetText(element)).not.to.contain('application/json');
    expect(text(element.querySelector('.builder-todo'))).to.contain('This widget needs data');
  });

  it('the response log: says the register is public, and fails a file with personal columns that the preview never shows', async () => {
    const element = await builder();
    radio(element, 'What became of suggestions').click();
    await element.updateComplete;
    expect(text(element.querySelector('.builder-warning'))).to.contain('The register is public');
    await dropFile(
      element,
      'suite-donnee.csv',
      [
        'Référence;Date de réception;Nom et prénom;Courriel;Suggestion;Statut;Réponse',
        'KEF-2026-0101;02/10/2026;Salma Ben Ali;salma@example.tn;Publier le budget par quartier.;Accepté;Retenu pour 2027.',
        '',
      ].join('\n'),
    );
    expect(text(element.querySelector('.builder-error'))).to.contain('2 problems to fix in the file');
    const problems = [...element.querySelectorAll('.builder-problems li')].map(text);
    expect(problems).to.have.length(2);
    expect(problems[0]).to.contain('"Nom et prénom" holds personal data');
    expect(problems[1]).to.contain('"Courriel" holds personal data');
    expect(problems[0]).to.contain('How to fix it: delete this column from the published file');
    const log = preview<OgResponseLog>(element, 'og-response-log')!;
    await settled(log);
    expect(text(shadow(log).querySelector('.entries'))).to.contain('Publier le budget par quartier.');
    for (const leak of ['Salma', 'Ben Ali', 'salma@example.tn']) expect(shadow(log).textContent).not.to.contain(leak);
    await expect(element).to.be.accessible();
  });
});
