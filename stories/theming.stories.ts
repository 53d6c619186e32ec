import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import '../src/index.js';
import plan from '../demo/data/bmk-plan.json';
import budget from '../demo/data/bmk-budget.json';

/** The design tokens a designer adjusts, as Storybook controls. */
interface ThemeArgs {
  accent: string;
  onAccent: string;
  text: string;
  textMuted: string;
  surface: string;
  surfaceAlt: string;
  border: string;
  focus: string;
  radius: string;
  fontFamily: string;
  fontSize: string;
  lineHeight: number;
}

const meta: Meta<ThemeArgs> = {
  title: 'Foundation/Theming',
  parameters: {
    docs: {
      description: {
        component:
          'Change the `--og-*` tokens in the controls and see three widgets follow. Keep text and accent colours at 4.5:1 against their surfaces: the a11y panel checks it. The values shown are the defaults.',
      },
    },
  },
  argTypes: {
    accent: { control: 'color', description: '`--og-color-accent`: buttons, links, bars' },
    onAccent: { control: 'color', description: '`--og-color-on-accent`: text on the accent' },
    text: { control: 'color', description: '`--og-color-text`' },
    textMuted: { control: 'color', description: '`--og-color-text-muted`' },
    surface: { control: 'color', description: '`--og-color-surface`' },
    surfaceAlt: { control: 'color', description: '`--og-color-surface-alt`' },
    border: { control: 'color', description: '`--og-color-border`' },
    focus: { control: 'color', description: '`--og-color-focus`: the focus ring' },
    radius: { control: 'text', description: '`--og-radius`' },
    fontFamily: { control: 'text', description: '`--og-font-family` (default: the page’s)' },
    fontSize: { control: 'text', description: '`--og-font-size`' },
    lineHeight: { control: { type: 'range', min: 1.2, max: 2, step: 0.05 }, description: '`--og-line-height`' },
  },
  args: {
    accent: '#0b57a4',
    onAccent: '#ffffff',
    text: '#1b1f24',
    textMuted: '#4f5661',
    surface: '#ffffff',
    surfaceAlt: '#f3f4f6',
    border: '#c4c9d1',
    focus: '#b35900',
    radius: '0.5rem',
    fontFamily: 'inherit',
    fontSize: '1rem',
    lineHeight: 1.5,
  },
};
export default meta;

type Story = StoryObj<ThemeArgs>;

const tokens = (args: ThemeArgs) =>
  styleMap({
    '--og-color-accent': args.accent,
    '--og-color-on-accent': args.onAccent,
    '--og-color-text': args.text,
    '--og-color-text-muted': args.textMuted,
    '--og-color-surface': args.surface,
    '--og-color-surface-alt': args.surfaceAlt,
    '--og-color-border': args.border,
    '--og-color-focus': args.focus,
    '--og-radius': args.radius,
    '--og-font-family': args.fontFamily,
    '--og-font-size': args.fontSize,
    '--og-line-height': String(args.lineHeight),
    display: 'grid',
    gap: '2rem',
  });

export const Tokens: Story = {
  render: (args, { globals }) => html`<div style=${tokens(args)}>
    <og-commitment-tracker theme=${globals.theme ?? 'light'} .data=${plan} layout="compact"></og-commitment-tracker>
    <og-budget-table theme=${globals.theme ?? 'light'} .data=${budget}></og-budget-table>
    <og-suggestion-form theme=${globals.theme ?? 'light'} fields="topic message email" topics="Budget; Transparence; Services numériques" action="/api/suggestions" no-draft></og-suggestion-form>
  </div>`,
};

export const Municipal: Story = {
  name: 'A municipal brand (El Kef green)',
  args: { accent: '#0f5132', focus: '#9a3412', radius: '0', fontFamily: 'Georgia, serif', surfaceAlt: '#eef5f0' },
  render: Tokens.render,
};
