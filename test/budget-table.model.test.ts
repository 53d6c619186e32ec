import { expect } from '@open-wc/testing';
import {
  buildBudget,
  amountsFor,
  executionRate,
  latestAllocation,
  yearChange,
  totals,
  visibleRows,
  expandableLines,
  type Budget,
  type BudgetLine,
} from '../src/budget-table/model.js';
import { parseBudgetCsv } from '../src/budget-table/csv.js';
import { budgetFromInput, looksLikeBudget, parseBudgetJson } from '../src/budget-table/json.js';
import { validateBudget } from '../src/budget-table/schema.js';
import { expectQuickCheckWithinSchema, mutations } from './helpers.js';
import { budgetToCsv, subtreeLines } from '../src/budget-table/export.js';
import { mismatchWarnings } from '../src/budget-table/sums.js';
import { parseCsv } from '../src/core/data/csv.js';
import { OgDataError } from '../src/core/data/errors.js';
import { formatCurrency } from '../src/core/i18n/currency.js';

const META = { currency: 'TND', unit: 1 };
const line = (
  code: string,
  parent?: string,
  amounts?: Record<number, { allocated?: number; revised?: number; executed?: number }>,
): BudgetLine => ({
  code,
  parent,
  label: `Line ${code}`,
  amounts: new Map(Object.entries(amounts ?? {}).map(([year, values]) => [Number(year), values])),
});

function failure(fn: () => unknown): OgDataError {
  try {
    fn();
  } catch (error) {
    expect(error).to.be.instanceOf(OgDataError);
    return error as OgDataError;
  }
  throw new Error('expected a failure');
}

const codes = (budget: Budget, rows: number[]) => rows.map((index) => budget.lines[index]!.code);

describe('budget model: the tree and its sums', () => {
  const budget = buildBudget(
    [
      line('1'),
      line('1.2', '1', { 2026: { allocated: 50, executed: 60 } }),
      line('1.10', '1', { 2026: { allocated: 100, revised: 120, executed: 90 } }),
      line('2', undefined, { 2026: { allocated: 10, executed: 4 }, 2025: { allocated: 8, executed: 8 } }),
      line('2.1', '2', { 2026: { allocated: 7, executed: 4 } }),
    ],
    META,
  );

  it('builds the hierarchy and computes sums for lines without amounts', () => {
    const amounts = amountsFor(budget, 2026);
    expect(budget.roots.map((index) => budget.lines[index]!.code)).to.deep.equal(['1', '2']);
    expect(amounts.allocated[0]).to.equal(150);
    expect(amounts.executed[0]).to.equal(150);
    expect(amounts.revised[0], 'an unrevised line counts with its initial allocation').to.equal(170);
    expect(amounts.computed.has(0)).to.equal(true);
  });

  it('keeps a line’s own amounts when they disagree with its children, and says so', () => {
    const amounts = amountsFor(budget, 2026);
    expect(amounts.allocated[3]).to.equal(10);
    expect(amounts.mismatched.has(3)).to.equal(true);
    expect(mismatchWarnings(budget, [2026])[0]).to.include({ field: '2' });
  });

  it('computes the execution rate against the latest allocation, and the change from last year', () => {
    const amounts = amountsFor(budget, 2026);
    expect(latestAllocation(amounts, 2)).to.equal(120);
    expect(executionRate(amounts, 2)).to.equal(0.75);
    expect(executionRate(amounts, 1)).to.equal(1.2);
    expect(yearChange(amounts, amountsFor(budget, 2025), 3)).to.deep.equal({ absolute: 2, relative: 0.25 });
    expect(totals(amounts, budget.roots)).to.deep.equal({ allocated: 160, revised: 180, executed: 154 });
  });

  it('sorts within each level: codes as numbers, amounts both ways', () => {
    const all = expandableLines(budget);
    expect(codes(budget, visibleRows(budget, { year: 2026, expanded: all, locale: 'fr' }).rows)).to.deep.equal([
      '1',
      '1.2',
      '1.10',
      '2',
      '2.1',
    ]);
    const byExecuted = visibleRows(budget, {
      year: 2026,
      expanded: all,
      locale: 'fr',
      sort: { column: 'executed', descending: true },
    });
    expect(codes(budget, byExecuted.rows)).to.deep.equal(['1', '1.10', '1.2', '2', '2.1']);
    const byRate = visibleRows(budget, {
      year: 2026,
      expanded: all,
      locale: 'fr',
      sort: { column: 'rate', descending: true },
    });
    expect(codes(budget, byRate.rows)).to.deep.equal(['1', '1.2', '1.10', '2', '2.1']);
  });

  it('shows only expanded children, and search keeps the ancestors of matches', () => {
    expect(codes(budget, visibleRows(budget, { year: 2026, expanded: new Set(), locale: 'fr' }).rows)).to.deep.equal([
      '1',
      '2',
    ]);
    const search = visibleRows(budget, { year: 2026, expanded: new Set(), query: 'line 1.10', locale: 'fr' });
    expect(codes(budget, search.rows)).to.deep.equal(['1', '1.10']);
    expect([...search.matches].map((index) => budget.lines[index]!.code)).to.deep.equal(['1.10']);
  });

  it('refuses cycles, missing parents and duplicate codes', () => {
    const cycle = failure(() => buildBudget([line('a', 'b'), line('b', 'a')], META));
    expect(cycle.problems[0]!.note).to.contain('cycle');
    expect(failure(() => buildBudget([line('a', 'zzz')], META)).problems[0]).to.include({
      field: 'parent',
      expected: 'reference',
      received: 'zzz',
    });
    expect(failure(() => buildBudget([line('a'), line('a')], META)).problems[0]).to.include({ expected: 'unique' });
  });

  it('handles a deep hierarchy without recursion', () => {
    const lines = Array.from({ length: 5000 }, (_, index) =>
      line(`n${index}`, index ? `n${index - 1}` : undefined, index === 4999 ? { 2026: { allocated: 1 } } : undefined),
    );
    const deep = buildBudget(lines, META);
    expect(amountsFor(deep, 2026).allocated[0]).to.equal(1);
  });
});

describe('budget model: JSON', () => {
  it('reads nested children, years and flat amounts for the fiscal year', async () => {
    const budget = await parseBudgetJson({
      currency: 'mad',
      unit: 1000,
      fiscalYear: 2026,
      lines: [
        {
          code: 'E1',
          label: { fr: 'Fonctionnement', ar: 'التسيير' },
          section: 'operating',
          children: [
            { code: 'E1.1', label: 'Personnel', allocated: 100, executed: 80, years: { '2025': { allocated: 90 } } },
          ],
        },
        { code: 'R1', type: 'revenue', label: 'Recettes', allocated: 50 },
      ],
    });
    expect(budget.meta).to.include({ currency: 'MAD', unit: 1000, fiscalYear: 2026 });
    expect(budget.years).to.deep.equal([2025, 2026]);
    expect(budget.lines[1]!.parent).to.equal('E1');
    expect(budget.sectionOf[1], 'inherited from the parent').to.equal('operating');
    expect(budget.typeOf[2]).to.equal('revenue');
  });

  it('names a non-numeric amount and an unknown type', async () => {
    let error: OgDataError | undefined;
    try {
      await parseBudgetJson({ lines: [{ code: '1', label: 'x', allocated: '12 500', type: 'spending' }] });
    } catch (caught) {
      error = caught as OgDataError;
    }
    expect(error).to.be.instanceOf(OgDataError);
    expect(error!.problems.map((problem) => problem.field)).to.include.members(['allocated', 'type']);
  });
});

describe('budget model: the quick check and the schema agree', () => {
  /** A budget with every field the schema knows, in each of its forms. */
  const fullBudget = {
    currency: 'TND',
    unit: 1000,
    fiscalYear: 2026,
    entity: { fr: 'Commune du Kef', ar: 'بلدية الكاف' },
    source: 'https://example.org/budget.csv',
    updated: '2026-11-01',
    lines: [
      {
        code: '1',
        label: 'Dépenses',
        type: 'expenditure',
        section: 'operating',
        classification: 'functional',
        allocated: 100,
        revised: 110,
        executed: 90,
        years: { '2025': { allocated: 95, executed: 93 } },
        children: [{ code: 11, label: { fr: 'Personnel' }, allocated: 60 }],
      },
      { code: '12', parent: '1', label: 'Eau', allocated: 40, executed: 20 },
      { code: '2', parent: null, label: 'Recettes', type: 'revenue', years: { '2026': { allocated: 120 } } },
    ],
  };

  it('lets the published budgets through the quick check, so that they never download the schema', async () => {
    expect(looksLikeBudget(fullBudget)).to.equal(true);
    const budget = await (await fetch('/demo/data/bmk-budget.json')).json();
    expect(looksLikeBudget(budget)).to.equal(true);
  });

  it('never lets through what the schema refuses, whatever field is wrong', () => {
    expectQuickCheckWithinSchema(looksLikeBudget, validateBudget, fullBudget);
  });

  it('reads the same model either way, unknown fields left out', () => {
    for (const { path, value } of mutations(fullBudget)) {
      if (!looksLikeBudget(value)) continue;
      let expected: unknown;
      try {
        expected = budgetFromInput(validateBudget(value));
      } catch (error) {
        expected = String(error);
      }
      let actual: unknown;
      try {
        actual = budgetFromInput({ currency: 'MAD', unit: 1, ...value });
      } catch (error) {
        actual = String(error);
      }
      expect(actual, path).to.deep.equal(expected);
    }
  });
});

describe('budget model: CSV as accounting exports it', () => {
  let elKef: Budget;
  before(async () => {
    const table = parseCsv(await (await fetch('/demo/data/elkef-budget.csv')).text());
    elKef = parseBudgetCsv(table, { meta: { currency: 'TND', unit: 1 } });
  });

  it('reads a French export: title lines, BOM, ;, narrow no-break spaces, decimal commas, years as columns', () => {
    expect(elKef.years).to.deep.equal([2025, 2026]);
    const staff = elKef.lines.findIndex((candidate) => candidate.code === '1.1');
    expect(elKef.lines[staff]!.amounts.get(2026)).to.deep.equal({
      allocated: 4450000,
      revised: 4520000,
      executed: 3890112.75,
    });
    expect(elKef.lines[staff]!.label).to.deep.equal({ und: 'Rémunérations du personnel', ar: 'تأجير الأعوان' });
    expect(elKef.typeOf[elKef.lines.findIndex((candidate) => candidate.code === 'R1.2')]).to.equal('revenue');
    expect(elKef.sectionOf[elKef.lines.findIndex((candidate) => candidate.code === '2.1')]).to.equal('investment');
  });

  it('drops a subtotal row that repeats the sums, without a warning', () => {
    expect(elKef.lines.some((candidate) => /total/i.test(String(candidate.label)))).to.equal(false);
    expect(elKef.warnings).to.deep.equal([]);
  });

  it('flags a subtotal row that disagrees with the lines above it', () => {
    const table = parseCsv('Code;Libellé;Crédits initiaux 2026\n1;A;100\n2;B;50\n;Total;160\n');
    const budget = parseBudgetCsv(table, { meta: META });
    expect(budget.warnings[0]).to.include({ row: 4, received: '160' });
  });

  it('reads Arabic headers, a year column and the dot-grouped amounts of Moroccan exports', () => {
    const table = parseCsv(
      'الرمز;البيان;السنة;الاعتمادات;المنجز\nA;التسيير;2025;1.250.000,00;1.100.000,50\nA;التسيير;2026;1.300.000,00;650.000,00\n',
    );
    const budget = parseBudgetCsv(table, { meta: { currency: 'MAD', unit: 1 } });
    expect(budget.years).to.deep.equal([2025, 2026]);
    expect(budget.lines[0]!.amounts.get(2025)).to.deep.equal({ allocated: 1250000, executed: 1100000.5 });
  });

  it('names the row and the column of a bad amount, an unknown parent and a missing code', () => {
    const table = parseCsv('Code;Code parent;Libellé;Réalisé 2026\n1;;A;12 500,000 DT\n2;9;B;3\n;;C;4\n');
    const error = failure(() => parseBudgetCsv(table, { meta: META }));
    expect(error.problems.map((problem) => `${problem.row}:${problem.field}:${problem.expected}`)).to.deep.equal([
      '2:Réalisé 2026:number',
      '4:Code:present',
    ]);
    const orphan = failure(() =>
      parseBudgetCsv(parseCsv('Code;Code parent;Libellé;Réalisé 2026\n1;;A;1\n2;9;B;3\n'), { meta: META }),
    );
    expect(orphan.problems[0]).to.include({ row: 3, field: 'parent', expected: 'reference', received: '9' });
  });

  it('recognises total rows by their code, and grand totals', () => {
    const table = parseCsv(
      'Code;Libellé;Crédits initiaux 2026\n1;A;100\nSous-total;;100\n2;B;50\nTOTAL;Total général;150\n',
    );
    const budget = parseBudgetCsv(table, { meta: META });
    expect(budget.lines.map((candidate) => candidate.code)).to.deep.equal(['1', '2']);
    expect(budget.warnings).to.deep.equal([]);
  });

  it('refuses the same code twice in the same year with a year column', () => {
    const table = parseCsv('Code;Libellé;Année;Réalisé\n1;A;2026;100\n1;A;2026;200\n');
    expect(failure(() => parseBudgetCsv(table, { meta: META })).problems[0]).to.include({ row: 3, expected: 'unique' });
  });

  it('keeps the year of a mapped header that holds one', () => {
    const table = parseCsv('Code;Libellé;Réalisé 2025\n1;A;7\n');
    const budget = parseBudgetCsv(table, { columns: { executed: 'Réalisé 2025' }, fiscalYear: 2026, meta: META });
    expect([...budget.lines[0]!.amounts.keys()]).to.deep.equal([2025]);
  });

  it('reads "Titre I - …" as a section, and only notes words it does not know', () => {
    const table = parseCsv(
      'Code;Libellé;Titre;Crédits initiaux 2026\n1;A;Titre I - Dépenses de gestion;1\n2;B;Titre II - Développement;2\n3;C;Spécial;3\n',
    );
    const budget = parseBudgetCsv(table, { meta: META });
    expect(budget.sectionOf.slice(0, 2)).to.deep.equal(['operating', 'investment']);
    expect(budget.warnings[0]).to.include({ row: 4, expected: 'one-of' });
  });

  it('filters a section below roots that have none (operating and investment under "Dépenses")', async () => {
    const budget = await parseBudgetJson({
      fiscalYear: 2026,
      lines: [
        {
          code: 'D',
          label: 'Dépenses',
          children: [
            { code: 'D1', label: 'Fonctionnement', section: 'operating', allocated: 5 },
            { code: 'D2', label: 'Équipement', section: 'investment', allocated: 7 },
          ],
        },
      ],
    });
    const view = visibleRows(budget, { year: 2026, expanded: new Set(), section: 'investment', locale: 'fr' });
    expect(codes(budget, view.rows)).to.deep.equal(['D2']);
    expect(totals(amountsFor(budget, 2026), view.roots).allocated).to.equal(7);
  });

  it('gives each row its position among the siblings shown, in the sorted order', () => {
    const budget = buildBudget(
      [
        line('1'),
        line('1.1', '1', { 2026: { executed: 1 } }),
        line('1.2', '1', { 2026: { executed: 9 } }),
        line('R', undefined),
        line('R.1', 'R'),
      ],
      META,
    );
    budget.typeOf[3] = 'revenue';
    budget.typeOf[4] = 'revenue';
    const view = visibleRows(budget, {
      year: 2026,
      type: 'expenditure',
      expanded: expandableLines(budget),
      sort: { column: 'executed', descending: true },
      locale: 'en',
    });
    expect(codes(budget, view.rows)).to.deep.equal(['1', '1.2', '1.1']);
    expect(view.posInSet).to.deep.equal([1, 1, 2]);
    expect(view.setSize).to.deep.equal([1, 2, 2]);
  });

  it('revises a line with its own allocation by what its sub-lines changed', () => {
    const budget = buildBudget(
      [
        line('P', undefined, { 2026: { allocated: 1000, executed: 900 } }),
        line('A', 'P', { 2026: { allocated: 600, revised: 650 } }),
        line('B', 'P', { 2026: { allocated: 300 } }),
      ],
      META,
    );
    expect(amountsFor(budget, 2026).revised[0]).to.equal(1050);
  });

  it('keeps spreadsheet formulas out of the download', () => {
    const budget = buildBudget([{ ...line('=1+1'), label: '@SUM(A1)' }], META);
    const csv = budgetToCsv(budget, [0], 2026, 'en', ['a', 'b', 'c', 'd', 'e', 'f', 'g']);
    expect(csv.split('\r\n')[1]!.startsWith("'=1+1,,'@SUM(A1),")).to.equal(true);
  });

  it('maps unusual headers through columns', () => {
    const table = parseCsv('N°;Désignation;Prévu;Payé\n1;Écoles;10;7\n');
    const budget = parseBudgetCsv(table, {
      columns: { code: 'N°', label: 'Désignation', allocated: 'Prévu', executed: 'Payé' },
      fiscalYear: 2026,
      meta: META,
    });
    expect(budget.lines[0]!.amounts.get(2026)).to.deep.equal({ allocated: 10, executed: 7 });
  });

  it('formats TND with three decimals and MAD with two', () => {
    expect(formatCurrency('fr', 3890112.75, 'TND', { bare: true }).replace(/\s/g, ' ')).to.match(/3.890.112,750/);
    expect(formatCurrency('fr-MA', 650000, 'MAD', { bare: true })).to.match(/650.000,00/);
  });

  it('exports the view as CSV with a BOM, the locale’s delimiter and every line of the subtree', () => {
    const roots = elKef.roots.filter((index) => elKef.typeOf[index] === 'expenditure');
    const lines = subtreeLines(elKef, roots, () => true);
    const csv = budgetToCsv(elKef, lines, 2026, 'fr', [
      'Code',
      'Parent',
      'Libellé',
      'Initial',
      'Révisé',
      'Réalisé',
      'Taux',
    ]);
    expect(csv.startsWith('\uFEFFCode;Parent;')).to.equal(true);
    const rows = csv.trim().split('\r\n');
    expect(rows).to.have.length(lines.length + 1);
    expect(rows.find((row) => row.startsWith('1.1;'))).to.equal(
      '1.1;1;Rémunérations du personnel;4450000;4520000;3890112,75;86,064',
    );
    const english = budgetToCsv(elKef, lines.slice(0, 1), 2026, 'en', ['a', 'b', 'c', 'd', 'e', 'f', 'g']);
    expect(english.split('\r\n')[1]).to.match(/^1,,Dépenses de fonctionnement,/);
  });
});
