import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { defineElement } from '../src/core/define.js';
import { OgStoryDesignTokens } from './design-tokens.js';

// Defined here, not in design-tokens.ts: the package's `sideEffects` list would let the build drop
// a module imported for its side effects only.
defineElement('og-story-design-tokens', OgStoryDesignTokens);

const meta: Meta = {
  title: 'Foundation/Design tokens',
  parameters: {
    docs: {
      description: {
        component:
          'Every `--og-*` token of every widget, read from `custom-elements.json` (grouped: colour, type, space, shape, widget-specific), with its description, its default and the value a widget computes in the light and the dark theme. Below, try a brand colour on the five widgets and read its WCAG contrast against the surfaces. To write the CSS rule for a site, see *Foundation › Theming for your municipality*.',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

export const Tokens: Story = {
  name: 'All tokens',
  render: (_args, { globals }) =>
    html`<og-story-design-tokens theme=${globals.theme ?? 'light'} locale=${globals.locale ?? 'en'}></og-story-design-tokens>`,
};
