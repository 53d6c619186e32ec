import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/budget-table/index.js';
import { OgBudgetTable } from '../src/budget-table/index.js';
import { renderWithData } from '../.storybook/render.js';
import {
  HOSTILE_BIDI,
  HOSTILE_FORMULA,
  HOSTILE_MARKUP,
  HOSTILE_WORD,
  LONG_ARABIC,
  LONG_FRENCH,
  NO_CONTROLS,
  describe,
  errorStory,
  loadingStory,
  longText,
  staleStory,
} from './scenarios.js';
import beniMellal from '../demo/data/bmk-budget.json';

/** A generated budget of `count` lines in four levels, for the large-data story. */
function generatedBudget(count: number) {
  const lines: {
    code: string;
    parent?: string;
    label: string;
    type: string;
    section: string;
    years?: Record<string, { allocated: number; executed: number }>;
  }[] = [];
  let seed = 7;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const add = (code: string, parent: string | undefined, depth: number) => {
    if (lines.length >= count) return;
    const allocated = Math.round(random() * 1_000_000) / 1000;
    lines.push({
      code,
      parent,
      label: `Ligne ${code}`,
      type: code.startsWith('R') ? 'revenue' : 'expenditure',
      section: code.includes('2') ? 'investment' : 'operating',
      // Amounts on the lowest lines only: the levels above are their sums, as in real budgets.
      years:
        depth === 3
          ? {
              '2025': { allocated, executed: Math.round(allocated * (0.5 + random()) * 1000) / 1000 },
              '2026': { allocated: allocated * 1.05, executed: allocated * random() },
            }
          : undefined,
    });
    if (depth < 3)
      for (let child = 1; child <= 12 && lines.length < count; child++) add(`${code}.${child}`, code, depth + 1);
  };
  for (let root = 1; lines.length < count; root++) add(`${root % 2 ? 'E' : 'R'}${root}`, undefined, 0);
  return { currency: 'TND', unit: 1, fiscalYear: 2026, entity: 'Budget généré', lines };
}

/** Two lines of each kind of text that breaks careless widgets: all must show as plain text. */
const amounts = (allocated: number, executed: number) => ({ '2026': { allocated, executed } });
const hostileBudget = {
  currency: 'TND',
  fiscalYear: 2026,
  entity: `Commune ${HOSTILE_MARKUP}`,
  lines: [
    { code: 'E1', label: HOSTILE_MARKUP, type: 'expenditure', section: 'operating', years: amounts(1200, 900) },
    { code: 'E2', label: HOSTILE_BIDI, type: 'expenditure', section: 'operating', years: amounts(800, 810) },
    { code: 'E3', label: HOSTILE_FORMULA, type: 'expenditure', section: 'investment', years: amounts(450, 0) },
    { code: 'E4', label: HOSTILE_WORD, type: 'expenditure', section: 'investment', years: amounts(3000, 1500) },
  ],
};

/** Labels as long as real budgets' longest, in French and Arabic, on three levels. */
const longLabelBudget = {
  currency: 'MAD',
  unit: 1000,
  fiscalYear: 2026,
  entity: longText('A commune with very long line labels'),
  lines: [
    {
      code: 'E2',
      label: longText('Basic infrastructure upgrade programme'),
      type: 'expenditure',
      section: 'investment',
      children: [
        {
          code: 'E2.1',
          label: { fr: LONG_FRENCH.slice(0, 140), ar: LONG_ARABIC.slice(0, 120), en: 'Public lighting' },
          type: 'expenditure',
          section: 'investment',
          years: amounts(125_400.5, 98_250.25),
        },
        {
          code: 'E2.2',
          label: longText('Liquid sanitation and rural tracks'),
          type: 'expenditure',
          section: 'investment',
          years: amounts(310_000, 12_500),
        },
      ],
    },
  ],
};

const meta: Meta = {
  title: 'Widgets/Budget table',
  component: 'og-budget-table',
  tags: ['autodocs'],
};
export default meta;

type Story = StoryObj;

export const ElKef: Story = {
  name: 'El Kef (TND, French CSV, Title I/II)',
  args: { src: './data/elkef-budget.csv' },
  parameters: describe(
    'The CSV that El Kef’s accounting exports (French headers, `;`, amounts as `12 500,000`), read by URL. Every control above changes this widget. The sample budgets are fictional.',
  ),
};

export const BeniMellalKhenifra: Story = {
  name: 'Béni Mellal-Khénifra (MAD, thousands, JSON)',
  args: { data: beniMellal },
};

export const Chart: Story = { args: { data: beniMellal, view: 'chart' } };

export const Compact: Story = {
  name: 'Compact (executed and rate only, for a sidebar)',
  args: { data: beniMellal, 'columns-shown': 'executed rate' },
  decorators: [(story) => html`<div style="max-inline-size: 26rem">${story()}</div>`],
};

export const TenThousandLines: Story = {
  name: '10,000 lines',
  // Heavy: on its own page only, not on the Docs page that shows every story at once.
  tags: ['!autodocs'],
  parameters: describe('A generated budget of 10,000 lines on four levels: only the rows in view are rendered.'),
  render: renderWithData(() => generatedBudget(10_000)),
};

export const EmptyBudget: Story = {
  name: 'Empty budget',
  args: { data: { currency: 'TND', fiscalYear: 2026, entity: 'Commune du Kef', lines: [] } },
};

export const Loading: Story = loadingStory('og-budget-table', OgBudgetTable, beniMellal);

export const ErrorWithRetry: Story = errorStory('./data/budget-2026-not-published-yet.csv');

export const BrokenCsv: Story = {
  name: 'Broken CSV',
  parameters: describe(
    'A CSV with a bad amount and a line whose parent does not exist: each problem, with its row.',
    NO_CONTROLS,
  ),
  render: (_args, { globals }) => html`<og-budget-table theme=${globals.theme ?? 'light'}>
    <script type="text/csv">
Code;Code parent;Libellé;Crédits initiaux 2026;Réalisé 2026
1;;Fonctionnement;;
1.1;1;Personnel;12 500,000 DT;10 000,000
1.2;9;Loyers;3 000,000;2 000,000
    </script>
  </og-budget-table>`,
};

export const StaleData: Story = { ...staleStory('./data/elkef-budget.csv'), tags: ['!autodocs'] };

export const HostileText: Story = {
  name: 'Hostile text',
  args: { data: hostileBudget },
  parameters: describe(
    'Markup, a script, a right-to-left override, a spreadsheet formula and a word wider than a phone: all shown as text, nothing runs, nothing overflows.',
  ),
};

export const LongLabels: Story = {
  name: 'Very long Arabic and French labels',
  args: { data: longLabelBudget },
  parameters: describe(
    'Switch the language to Arabic or French in the toolbar: the labels wrap, the amounts stay aligned.',
  ),
};
