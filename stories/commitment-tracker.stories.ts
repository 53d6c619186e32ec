import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/commitment-tracker/index.js';
import { OgCommitmentTracker } from '../src/commitment-tracker/index.js';
import { loadingPreview } from './loading-preview.js';
import elKef from '../demo/data/elkef-plan.json';
import beniMellal from '../demo/data/bmk-plan.json';

interface TrackerArgs {
  layout: 'full' | 'compact';
  showSummary: boolean;
  showFilters: boolean;
  commitment: string;
  data: unknown;
}

const LEVELS = ['not-started', 'limited', 'substantial', 'complete', 'no-evidence', 'withdrawn'];
const THEMES = ['Budget ouvert', 'Participation', 'Numérique', 'Inclusion', 'Accès à l’information', 'Redevabilité'];

/** A large plan, to see how the tracker holds up: 200 commitments with 1 to 5 milestones each. */
function generatedPlan(count: number) {
  return {
    title: {
      fr: `Plan d’action généré (${count} engagements)`,
      ar: `خطة عمل مولدة (${count} التزام)`,
      en: `Generated plan (${count} commitments)`,
    },
    period: { start: '2024-01-01', end: '2027-12-31' },
    commitments: Array.from({ length: count }, (_, index) => {
      const milestones = Array.from({ length: 1 + (index % 5) }, (__, step) => {
        const due = `202${5 + (step % 3)}-${String(1 + ((index + step) % 12)).padStart(2, '0')}-15`;
        return {
          id: `m${step}`,
          title: { fr: `Étape ${step + 1}`, ar: `المرحلة ${step + 1}`, en: `Step ${step + 1}` },
          due,
          completed: (index + step) % 3 === 0 ? due : null,
        };
      });
      return {
        id: `c${index + 1}`,
        title: { fr: `Engagement n° ${index + 1}`, ar: `الالتزام رقم ${index + 1}`, en: `Commitment no. ${index + 1}` },
        themes: [THEMES[index % THEMES.length]],
        lead: [
          { name: index % 2 ? 'Commune' : 'Association locale', sector: index % 2 ? 'government' : 'civil-society' },
        ],
        status: LEVELS[index % LEVELS.length],
        start: '2024-01-01',
        end: '2027-12-31',
        milestones,
      };
    }),
  };
}

const meta: Meta<TrackerArgs> = {
  title: 'Widgets/Commitment tracker',
  component: 'og-commitment-tracker',
  args: { layout: 'full', showSummary: true, showFilters: true, commitment: '', data: elKef },
  argTypes: {
    layout: { control: 'inline-radio', options: ['full', 'compact'] },
    data: { control: false },
  },
  render: (args, { globals }) => html`<og-commitment-tracker
    theme=${globals.theme ?? 'light'}
    layout=${args.layout}
    ?show-summary=${args.showSummary}
    ?show-filters=${args.showFilters}
    commitment=${ifDefined(args.commitment || undefined)}
    .data=${args.data}
  ></og-commitment-tracker>`,
  parameters: {
    docs: {
      description: {
        component:
          'An OGP action plan: commitments, milestones and progress in the Independent Reporting Mechanism’s terms. The sample plans are fictional, written for the demo.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<TrackerArgs>;

export const ElKef: Story = { name: 'El Kef (fictional data)' };

export const BeniMellalKhenifra: Story = { name: 'Béni Mellal-Khénifra (fictional data)', args: { data: beniMellal } };

export const Compact: Story = {
  args: { layout: 'compact', showSummary: false, showFilters: false },
  decorators: [(story) => html`<div style="max-inline-size: 22rem">${story()}</div>`],
};

export const SingleCommitment: Story = { args: { commitment: 'audit', showSummary: false, showFilters: false } };

export const EmptyPlan: Story = { args: { data: { title: 'Plan d’action 2027-2030', commitments: [] } } };

export const BrokenSource: Story = {
  render: (_args, { globals }) => html`<og-commitment-tracker theme=${globals.theme ?? 'light'}>
    <script type="application/json">
      { "commitments": [ { "id": "audit", "status": "almost done", "start": "2026-02-30" }, { "id": "audit", "title": "Twice" } ] }
    </script>
  </og-commitment-tracker>`,
};

export const TwoHundredCommitments: Story = { name: '200 commitments', args: { data: generatedPlan(200) } };

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
    loadingPreview('og-commitment-tracker', OgCommitmentTracker, { theme: globals.theme ?? 'light' }, beniMellal),
};
