import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { OgTestWidget, type TestItem } from '../test/fixtures/og-test-widget.js';
import { defineElement } from '../src/core/define.js';

/**
 * The states every widget shares, shown through the small element the core's tests use. Use the
 * toolbar to switch language (Arabic mirrors the layout) and theme.
 */
class OgStatesPreview extends OgTestWidget {
  /** When set, reading the data never finishes: the loading skeleton stays on screen. */
  holdLoading = false;

  protected override parseData(...args: Parameters<OgTestWidget['parseData']>) {
    return this.holdLoading ? new Promise<TestItem[]>(() => {}) : super.parseData(...args);
  }
}
defineElement('og-states-preview', OgStatesPreview);

const items: TestItem[] = [
  {
    id: 'audit',
    title: {
      en: 'Internal audit system',
      fr: 'Système d’audit interne',
      ar: 'نظام التدقيق الداخلي',
      es: 'Sistema de auditoría interna',
    },
    amount: 125000,
  },
  {
    id: 'archives',
    title: { en: 'Digital archives', fr: 'Archives numériques', ar: 'الأرشيف الرقمي' },
    amount: 48250.5,
  },
];

const meta: Meta = {
  title: 'Foundation/Shared states',
  parameters: {
    docs: {
      description: {
        component:
          'Loading, empty, error and ready states, with design tokens, RTL and themes, as every widget gets them from the core.',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

export const Ready: Story = {
  render: (_args, { globals }) =>
    html`<og-states-preview theme=${globals.theme ?? 'light'} .data=${items}></og-states-preview>`,
};

export const Loading: Story = {
  render: (_args, { globals }) =>
    html`<og-states-preview theme=${globals.theme ?? 'light'} .holdLoading=${true} .data=${items}></og-states-preview>`,
};

export const Empty: Story = {
  render: (_args, { globals }) =>
    html`<og-states-preview theme=${globals.theme ?? 'light'} .data=${[]}></og-states-preview>`,
};

export const ValidationError: Story = {
  name: 'Error: bad data',
  render: (_args, { globals }) => html`<og-states-preview theme=${globals.theme ?? 'light'}>
    <script type="text/csv">
id;Titre;Montant
audit;Audit interne;12 500,000 DT
archives;Archives numériques;
    </script>
  </og-states-preview>`,
};

export const NotFound: Story = {
  name: 'Error: file not found',
  render: (_args, { globals }) =>
    html`<og-states-preview theme=${globals.theme ?? 'light'} src="./no-such-file.json"></og-states-preview>`,
};

export const Themed: Story = {
  name: 'Custom tokens',
  render: (_args, { globals }) => html`<og-states-preview
    theme=${globals.theme ?? 'light'}
    class="branded"
    .data=${items}
  ></og-states-preview>
  <style>
    .branded {
      --og-color-accent: #7a1f5c;
      --og-radius: 0;
      --og-font-family: Georgia, serif;
    }
  </style>`,
};
