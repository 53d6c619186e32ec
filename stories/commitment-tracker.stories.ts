import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/commitment-tracker/index.js';
import { OgCommitmentTracker } from '../src/commitment-tracker/index.js';
import { renderWithData } from '../.storybook/render.js';
import {
  HOSTILE_BIDI,
  HOSTILE_MARKUP,
  HOSTILE_WORD,
  NO_CONTROLS,
  describe,
  errorStory,
  loadingStory,
  longText,
  staleStory,
} from './scenarios.js';
import elKef from '../demo/data/elkef-plan.json';
import beniMellal from '../demo/data/bmk-plan.json';

const LEVELS = ['not-started', 'limited', 'substantial', 'complete', 'no-evidence', 'withdrawn'];
const THEMES = ['Budget ouvert', 'Participation', 'Numérique', 'Inclusion', 'Accès à l’information', 'Redevabilité'];

/** A large plan, to see how the tracker holds up: 100 commitments with 1 to 5 milestones each. */
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

/** Commitments whose texts break careless widgets: all must show as plain text. */
const hostilePlan = {
  title: `Plan ${HOSTILE_MARKUP}`,
  commitments: [
    {
      id: 'markup',
      title: HOSTILE_MARKUP,
      description: `${HOSTILE_MARKUP} ${HOSTILE_BIDI}`,
      themes: [HOSTILE_WORD],
      lead: [{ name: HOSTILE_BIDI, sector: 'civil-society' }],
      status: 'limited',
      start: '2025-01-01',
      end: '2026-12-31',
      milestones: [{ id: 'm1', title: HOSTILE_WORD, due: '2026-06-30', completed: null }],
    },
  ],
};

/** A plan whose titles are as long as real ones, in French and Arabic. */
const longLabelPlan = {
  title: longText('An action plan with very long titles'),
  period: { start: '2024-09-01', end: '2027-08-31' },
  commitments: [
    {
      id: 'infrastructures',
      title: longText('Basic infrastructure upgrade, reported in the open'),
      description: longText('What the programme covers, published each quarter.'),
      themes: ['Redevabilité'],
      lead: [{ name: 'Commune', sector: 'government' }],
      status: 'substantial',
      start: '2024-09-01',
      end: '2027-08-31',
      milestones: [
        { id: 'm1', title: longText('First quarterly report'), due: '2025-03-31', completed: '2025-03-20' },
        { id: 'm2', title: longText('Second quarterly report'), due: '2027-06-30', completed: null },
      ],
    },
  ],
};

const meta: Meta = {
  title: 'Widgets/Commitment tracker',
  component: 'og-commitment-tracker',
  tags: ['autodocs'],
};
export default meta;

type Story = StoryObj;

export const ElKef: Story = {
  name: 'El Kef (fictional data)',
  args: { src: './data/elkef-plan.json', 'show-summary': true, 'show-filters': true },
  parameters: describe(
    'El Kef’s action plan read by URL, with its summary and filters. Every control above changes this widget. The sample plans are fictional, written for the demo.',
  ),
};

export const BeniMellalKhenifra: Story = {
  name: 'Béni Mellal-Khénifra (fictional data)',
  args: { data: beniMellal, 'show-summary': true, 'show-filters': true },
};

export const Compact: Story = {
  args: { data: elKef, layout: 'compact' },
  decorators: [(story) => html`<div style="max-inline-size: 22rem">${story()}</div>`],
};

export const SingleCommitment: Story = { args: { data: elKef, commitment: 'audit' } };

export const EmptyPlan: Story = { args: { data: { title: 'Plan d’action 2027-2030', commitments: [] } } };

export const HundredCommitments: Story = {
  name: '100 commitments',
  // Heavy: on its own page only, not on the Docs page that shows every story at once.
  tags: ['!autodocs'],
  args: { 'show-summary': true, 'show-filters': true },
  render: renderWithData(() => generatedPlan(100)),
};

export const Loading: Story = loadingStory('og-commitment-tracker', OgCommitmentTracker, beniMellal);

export const ErrorWithRetry: Story = errorStory('./data/plan-not-published-yet.json');

export const BrokenSource: Story = {
  parameters: describe(
    'A plan with an unknown status, an impossible date and a repeated id: each problem, in plain words.',
    NO_CONTROLS,
  ),
  render: (_args, { globals }) => html`<og-commitment-tracker theme=${globals.theme ?? 'light'}>
    <script type="application/json">
      { "commitments": [ { "id": "audit", "status": "almost done", "start": "2026-02-30" }, { "id": "audit", "title": "Twice" } ] }
    </script>
  </og-commitment-tracker>`,
};

export const StaleData: Story = { ...staleStory('./data/elkef-plan.json'), tags: ['!autodocs'] };

export const HostileText: Story = {
  name: 'Hostile text',
  args: { data: hostilePlan },
  parameters: describe(
    'Markup, a script, a right-to-left override and a word wider than a phone: all shown as text, nothing runs, nothing overflows.',
  ),
};

export const LongLabels: Story = {
  name: 'Very long Arabic and French labels',
  args: { data: longLabelPlan, 'show-summary': true },
  parameters: describe('Switch the language to Arabic or French in the toolbar: the titles wrap, nothing overflows.'),
};
