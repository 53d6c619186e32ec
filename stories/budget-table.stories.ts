import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/budget-table/index.js';
import { OgBudgetTable } from '../src/budget-table/index.js';
import { loadingPreview } from './loading-preview.js';
import beniMellal from '../demo/data/bmk-budget.json';

/** A generated budget of `count` lines in four levels, for the large-data story and the benchmark. */
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

const meta: Meta = {
  title: 'Widgets/Budget table',
  component: 'og-budget-table',
  parameters: {
    docs: {
      description: {
        component:
          'A budget with its hierarchy (a keyboard treegrid), allocated against executed, execution rate and change, a chart view and a CSV download. The sample budgets are fictional.',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

export const ElKef: Story = {
  name: 'El Kef (TND, French CSV, Title I/II)',
  render: (_args, { globals }) =>
    html`<og-budget-table theme=${globals.theme ?? 'light'} src="./data/elkef-budget.csv" currency="TND"></og-budget-table>`,
};

export const BeniMellalKhenifra: Story = {
  name: 'Béni Mellal-Khénifra (MAD, thousands, JSON)',
  render: (_args, { globals }) =>
    html`<og-budget-table theme=${globals.theme ?? 'light'} .data=${beniMellal}></og-budget-table>`,
};

export const Chart: Story = {
  render: (_args, { globals }) =>
    html`<og-budget-table theme=${globals.theme ?? 'light'} view="chart" .data=${beniMellal}></og-budget-table>`,
};

export const HundredThousandLines: Story = {
  name: '100,000 generated lines',
  render: (_args, { globals }) =>
    html`<og-budget-table theme=${globals.theme ?? 'light'} .data=${generatedBudget(100_000)}></og-budget-table>`,
};

export const BrokenCsv: Story = {
  name: 'Broken CSV',
  render: (_args, { globals }) => html`<og-budget-table theme=${globals.theme ?? 'light'}>
    <script type="text/csv">
Code;Code parent;Libellé;Crédits initiaux 2026;Réalisé 2026
1;;Fonctionnement;;
1.1;1;Personnel;12 500,000 DT;10 000,000
1.2;9;Loyers;3 000,000;2 000,000
    </script>
  </og-budget-table>`,
};

export const Dark: Story = {
  render: () => html`<og-budget-table theme="dark" .data=${beniMellal}></og-budget-table>`,
};

export const EmptyBudget: Story = {
  name: 'Empty budget',
  render: (_args, { globals }) =>
    html`<og-budget-table theme=${globals.theme ?? 'light'} .data=${{ currency: 'TND', fiscalYear: 2026, entity: 'Commune du Kef', lines: [] }}></og-budget-table>`,
};

export const Compact: Story = {
  name: 'Compact (executed and rate only, for a sidebar)',
  render: (_args, { globals }) =>
    html`<div style="max-inline-size: 26rem"><og-budget-table theme=${globals.theme ?? 'light'} columns-shown="executed rate" .data=${beniMellal}></og-budget-table></div>`,
};

export const Loading: Story = {
  parameters: {
    docs: {
      description: {
        story:
          'Its data still on its way: the skeleton holds the room the widget will take, so the page does not move.',
      },
    },
  },
  render: (_args, { globals }) =>
    loadingPreview('og-budget-table', OgBudgetTable, { theme: globals.theme ?? 'light' }, beniMellal),
};
