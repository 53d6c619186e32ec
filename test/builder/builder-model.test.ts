import { expect } from '@open-wc/testing';
import { parseCsv } from '../../src/core/data/csv.js';
import { parseColumnsAttribute } from '../../src/core/data/columns.js';
import {
  brandColours,
  brandReadable,
  budgetAmountMatches,
  canInline,
  columnsAttribute,
  contrastRatio,
  defaultScriptUrl,
  elementAttributes,
  isFontFamily,
  isRadius,
  matchColumns,
  snippet,
  testPage,
  themeDeclarations,
  themeRule,
  widgetOptions,
  WIDGETS,
  type BuilderChoices,
} from '../../demo/builder/builder-model.js';

const base: BuilderChoices = {
  tag: 'og-budget-table',
  data: { kind: 'url', url: 'https://www.commune-elkef.example/budget.csv' },
  columns: {},
  lang: '',
  theme: 'light',
  brand: '',
  brandInStylesheet: false,
  options: {},
  scriptUrl: defaultScriptUrl('1.2.3'),
};

describe('embed builder model', () => {
  it('offers each widget’s documented attributes as options, less those the steps set', () => {
    const form = widgetOptions('og-suggestion-form').map((option) => option.name);
    expect(form).to.include.members(['action', 'controller', 'purpose', 'retention', 'declaration', 'no-draft']);
    expect(form).not.to.include.members(['src', 'format', 'columns', 'theme', 'timeout']);
    const calendar = widgetOptions('og-consultation-calendar');
    expect(calendar.map((option) => option.name)).not.to.include('sources');
    const view = calendar.find((option) => option.name === 'view')!;
    expect(view.kind).to.equal('choice');
    expect(view.values).to.deep.equal(['month', 'agenda']);
    expect(calendar.find((option) => option.name === 'show-filters')!.kind).to.equal('boolean');
    expect(calendar.find((option) => option.name === 'time-zone')!.suggestions).to.include('Africa/Casablanca');
    expect(
      widgetOptions('og-budget-table').find((option) => option.name === 'currency')!.suggestions,
    ).to.include.members(['TND', 'MAD']);
  });

  it('writes the snippet: the script tag, then the element with escaped attributes', () => {
    const { html, css } = snippet({
      ...base,
      options: { currency: 'TND', view: 'chart', 'columns-shown': 'allocated "executed" <b>' },
      lang: 'ar',
      theme: 'dark',
    });
    expect(html).to.equal(
      [
        '<script type="module" src="https://cdn.jsdelivr.net/npm/opengov-widgets@1.2.3/dist/cdn/opengov-widgets.js"></script>',
        '<og-budget-table',
        '  src="https://www.commune-elkef.example/budget.csv"',
        '  currency="TND"',
        '  view="chart"',
        '  columns-shown="allocated &quot;executed&quot; &lt;b>"',
        '  lang="ar"',
        '  dir="rtl"',
        '  theme="dark"',
        '></og-budget-table>',
        '',
      ].join('\n'),
    );
    expect(css).to.equal('');
  });

  it('leaves out defaults and unset options, and writes boolean attributes bare', () => {
    const attributes = elementAttributes({
      ...base,
      tag: 'og-commitment-tracker',
      options: { layout: 'full', 'show-summary': true, 'show-filters': false, commitment: '  ' },
    });
    expect(attributes).to.deep.equal([
      ['src', 'https://www.commune-elkef.example/budget.csv'],
      ['show-summary', ''],
    ]);
    expect(snippet({ ...base, tag: 'og-commitment-tracker', options: { 'show-summary': true } }).html).to.contain(
      '\n  show-summary\n',
    );
  });

  it('maps columns in the short form, or in JSON when a header holds a separator', () => {
    expect(columnsAttribute({ label: 'Libellé', executed: 'Réalisé 2026', parent: '' })).to.equal(
      'label: Libellé; executed: Réalisé 2026',
    );
    expect(JSON.parse(columnsAttribute({ label: 'Libellé; FR', code: 'Code' }))).to.deep.equal({
      label: 'Libellé; FR',
      code: 'Code',
    });
    expect(columnsAttribute({})).to.equal('');
    // A wrapped header cell keeps its line break: only JSON can carry it.
    expect(columnsAttribute({ label: 'Libellé\n(fr)' })).to.equal('{"label":"Libellé\\n(fr)"}');
    // Whatever the headers, the widget reads back the very mapping.
    for (const mapping of <Record<string, string>[]>[
      { label: 'Libellé', executed: 'Réalisé 2026' },
      { code: 'N°; bis' },
      { label: 'Libellé\r\n(fr)' },
      { label: ' padded ' },
      { a: 'x=y', b: 'k: v' },
    ]) {
      expect(parseColumnsAttribute(columnsAttribute(mapping))).to.deep.equal(mapping);
    }
  });

  it('matches a French CSV’s columns by itself, and shows the first values under each', () => {
    const table = parseCsv(
      'Code;Code parent;Libellé;Crédits initiaux 2025;Crédits initiaux 2026;Réalisé 2026\n1;;Fonctionnement;10;12;9\n1.1;1;Personnel;5;6;4\n',
    );
    const matches = matchColumns(table, WIDGETS['og-budget-table'].csvFields, {});
    const label = matches.find((match) => match.field.name === 'label')!;
    expect(label.automatic).to.equal('Libellé');
    expect(label.samples).to.deep.equal(['Fonctionnement', 'Personnel']);
    expect(matches.find((match) => match.field.name === 'section')!.automatic).to.equal(undefined);
    const amounts = budgetAmountMatches(table, {});
    expect(amounts.map((match) => [match.field.name, match.automatic])).to.deep.equal([
      ['allocated', 'Crédits initiaux 2025, Crédits initiaux 2026'],
      ['revised', undefined],
      ['executed', 'Réalisé 2026'],
    ]);
    const chosen = matchColumns(table, WIDGETS['og-budget-table'].csvFields, { label: 'Code parent' }).find(
      (match) => match.field.name === 'label',
    )!;
    expect(chosen.chosen).to.equal('Code parent');
    expect(chosen.samples).to.deep.equal(['1']);
  });

  it('judges a brand colour by WCAG contrast, and picks the text colour for buttons', () => {
    expect(contrastRatio('#ffffff', '#000000')).to.be.closeTo(21, 0.01);
    const dark = brandColours('#0D5C63');
    expect(dark).to.include({ accent: '#0d5c63', onAccent: '#ffffff', readable: true });
    const light = brandColours('#e0a030');
    expect(light.onAccent).to.equal('#1d2327');
    expect(light.readable).to.equal(false);
    // The theme decides where the colour is read: a light colour is fine on the dark theme.
    expect(brandReadable(light, 'dark')).to.equal(true);
    expect(brandReadable(light, 'auto')).to.equal(false);
    expect(brandReadable(dark, 'dark')).to.equal(false);
    expect(brandReadable(dark, 'light')).to.equal(true);
    const { html } = snippet({ ...base, brand: '#0d5c63' });
    expect(html).to.contain('style="--og-color-accent: #0d5c63; --og-color-on-accent: #ffffff;"');
    const strict = snippet({ ...base, brand: '#0d5c63', brandInStylesheet: true });
    expect(strict.html).not.to.contain('style=');
    expect(strict.css).to.equal(
      'og-budget-table {\n  --og-color-accent: #0d5c63;\n  --og-color-on-accent: #ffffff;\n}\n',
    );
  });

  it('writes one theme rule from a brand colour, a font and a radius, as the snippet does', () => {
    expect(themeRule('og-budget-table', { brand: '#0D5C63' })).to.equal(
      'og-budget-table {\n  --og-color-accent: #0d5c63;\n  --og-color-on-accent: #ffffff;\n}',
    );
    // The builder's stylesheet output is this rule, line-ended.
    expect(snippet({ ...base, brand: '#0d5c63', brandInStylesheet: true }).css).to.equal(
      `${themeRule('og-budget-table', { brand: '#0d5c63' })}\n`,
    );
    expect(
      themeRule('og-commitment-tracker, og-budget-table', {
        brand: '#e0a030',
        fontFamily: "  'Noto Sans Arabic',   system-ui, sans-serif ",
        radius: '0',
      }),
    ).to.equal(
      "og-commitment-tracker, og-budget-table {\n  --og-color-accent: #e0a030;\n  --og-color-on-accent: #1d2327;\n  --og-font-family: 'Noto Sans Arabic', system-ui, sans-serif;\n  --og-radius: 0;\n}",
    );
    expect(themeDeclarations({ fontFamily: 'Georgia, serif', radius: '0.5rem 0' })).to.deep.equal([
      ['--og-font-family', 'Georgia, serif'],
      ['--og-radius', '0.5rem 0'],
    ]);
    // Empty parts are left out; nothing at all gives no rule.
    expect(themeDeclarations({ brand: '', fontFamily: ' ', radius: '' })).to.deep.equal([]);
    expect(themeRule(':root', {})).to.equal('');
    expect(themeRule(':root', { radius: '4px' })).to.equal(':root {\n  --og-radius: 4px;\n}');
  });

  it('leaves out a font or a radius that could break out of the rule, and refuses a bad selector', () => {
    for (const font of [
      'Arial; } body { display: none',
      'Arial}',
      'Arial{',
      'Arial <script>',
      'url(https://evil.example/font.woff)',
      'Arial /* comment',
      'Arial\\3b',
      "'Unclosed, sans-serif",
      'Arial, , serif',
      'Arial !important',
      'expression(alert(1))',
      'a'.repeat(201),
    ]) {
      expect(isFontFamily(font), font).to.equal(false);
      expect(themeDeclarations({ fontFamily: font }), font).to.deep.equal([]);
    }
    for (const font of [
      'Georgia',
      '"Times New Roman", serif',
      "'O Reilly', -apple-system",
      'Noto Sans Tifinagh',
      'خط عربي',
    ])
      expect(isFontFamily(font), font).to.equal(true);
    for (const radius of [
      '4px;}',
      '1rem {',
      'calc(1px + 1rem)',
      'url(x)',
      '-4px',
      '4',
      'px',
      '1px 2px 3px 4px 5px',
      '<b>',
    ])
      expect(isRadius(radius), radius).to.equal(false);
    for (const radius of ['0', '6px', '.5rem', '0.5rem 0', '50%', '1em 2em 0 4px'])
      expect(isRadius(radius), radius).to.equal(true);
    expect(themeDeclarations({ brand: 'red', radius: '1px; color: red' })).to.deep.equal([]);
    expect(themeRule('og-budget-table { } body', { brand: '#0f5132' })).to.equal('');
    expect(themeRule('</style><script>', { brand: '#0f5132' })).to.equal('');
  });

  it('pastes a dropped file into the page only when it cannot break out of its script block', () => {
    expect(canInline('{"lines": []}')).to.equal(true);
    expect(canInline('{"label": "</script><script>alert(1)</script>"}')).to.equal(false);
    expect(canInline('a;b\n<!-- x')).to.equal(false);
    const inline = snippet({
      ...base,
      data: {
        kind: 'file',
        name: 'budget.json',
        text: '{"lines": []}\n',
        format: 'json',
        inline: true,
        publishUrl: '',
      },
    }).html;
    expect(inline).to.contain(
      '<og-budget-table>\n  <script type="application/json">\n{"lines": []}\n  </script>\n</og-budget-table>',
    );
    const linked = snippet({
      ...base,
      data: { kind: 'file', name: 'export', text: 'a;b', format: 'csv', inline: false, publishUrl: '/files/export' },
    }).html;
    expect(linked).to.contain('  src="/files/export"\n  format="csv"\n');
  });

  it('wraps the snippet in a whole test page in the widget’s language', () => {
    expect(testPage(base, 'Test', 'fr')).to.match(/<html lang="fr">/);
    const page = testPage({ ...base, lang: 'ar', brand: '#0d5c63', brandInStylesheet: true }, 'Test <page>');
    expect(page).to.match(/^<!doctype html>\n<html lang="ar" dir="rtl">/);
    expect(page).to.contain('<title>Test &lt;page></title>');
    expect(page).to.contain('<style>\nog-budget-table {');
    expect(page).to.contain(snippet({ ...base, lang: 'ar', brand: '#0d5c63', brandInStylesheet: true }).html);
  });
});
