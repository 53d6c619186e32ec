import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import '../src/index.js';
import { defineElement } from '../src/core/define.js';
import { OgStoryTheming } from './theming.js';
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

// Defined here, not in theming.ts: the package's `sideEffects` list would let the build drop a
// module imported for its side effects only.
defineElement('og-story-theming', OgStoryTheming);

const meta: Meta<ThemeArgs> = {
  title: 'Foundation/Theming for your municipality',
  parameters: {
    docs: {
      description: {
        component:
          '*Your municipality*: set the brand colour, font and corner radius (or start from El Kef or Béni Mellal-Khénifra), see the five widgets follow with the contrast of the colour against the surfaces, and copy the CSS rule for the site’s stylesheet: the embed builder’s rule, applied here without any style attribute (strict Content-Security-Policy). *Tokens*: change more `--og-*` tokens in the controls and see three widgets follow; keep text and accent colours at 4.5:1 against their surfaces (the a11y panel checks it). Every token is listed in *Foundation › Design tokens*.',
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

/** Brand colour, font and radius in, the CSS rule out: what a designer hands to the webmaster. */
export const YourMunicipality: Story = {
  name: 'Your municipality',
  parameters: { controls: { disable: true } },
  render: (_args, { globals }) =>
    html`<og-story-theming theme=${globals.theme ?? 'light'} locale=${globals.locale ?? 'en'}></og-story-theming>`,
};

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
