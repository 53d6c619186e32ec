import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/suggestion-form/index.js';
import { OgSuggestionForm } from '../src/suggestion-form/index.js';
import {
  HOSTILE_BIDI,
  HOSTILE_FORMULA,
  HOSTILE_MARKUP,
  HOSTILE_WORD,
  NO_CONTROLS,
  describe,
  errorStory,
  loadingStory,
  longText,
} from './scenarios.js';

const form = (canvas: HTMLElement) => canvas.querySelector('og-suggestion-form') as OgSuggestionForm;

async function ready(element: OgSuggestionForm): Promise<ShadowRoot> {
  await customElements.whenDefined('og-suggestion-form');
  for (let tries = 0; tries < 50 && !element.shadowRoot?.querySelector('form'); tries++)
    await new Promise((resolve) => setTimeout(resolve, 50));
  return element.shadowRoot!;
}

function write(root: ShadowRoot, text: string): void {
  const message = root.querySelector<HTMLTextAreaElement>('#f-message')!;
  message.value = text;
  message.dispatchEvent(new Event('input'));
}

const consent = {
  controller: 'Région Béni Mellal-Khénifra',
  purpose: 'Répondre à votre suggestion et publier une synthèse anonyme.',
  retention: '2 ans après la clôture de la consultation',
  declaration: 'CNDP D-GC-000/2026 (exemple)',
  notice: 'https://example.org/protection-des-donnees',
};

const meta: Meta = {
  title: 'Widgets/Suggestion form',
  component: 'og-suggestion-form',
  tags: ['autodocs'],
};
export default meta;

type Story = StoryObj;

export const FullWithConsent: Story = {
  name: 'Full, with consent',
  args: {
    name: 'storybook-full',
    fields: 'topic area message name email phone',
    required: 'topic',
    topics: 'budget: Budget ouvert; pdr: Plan de développement régional; services: Services publics',
    areas: 'Azilal; Béni Mellal; Fquih Ben Salah; Khénifra; Khouribga',
    controller: consent.controller,
    purpose: consent.purpose,
    retention: consent.retention,
    declaration: consent.declaration,
    'notice-url': consent.notice,
    'no-draft': true,
  },
  parameters: describe(
    'Every field, with the consent block the law asks for. Every control above changes this form. The sample texts are fictional.',
  ),
};

export const Minimal: Story = { args: { fields: 'message', 'min-fill-seconds': 0, 'no-draft': true } };

export const TopicsFromActionPlan: Story = {
  name: 'Topics from an action plan, with extra fields',
  parameters: NO_CONTROLS,
  render: (
    _args,
    { globals },
  ) => html`<og-suggestion-form theme=${globals.theme ?? 'light'} topics-src="./data/bmk-plan.json" fields="topic message email" no-draft>
    <script type="application/json">
      {
        "fields": [
          { "name": "age", "type": "radio", "label": { "fr": "Tranche d'âge", "ar": "الفئة العمرية", "en": "Age group" }, "options": ["18-30", "31-50", "51+"] },
          { "name": "association", "type": "text", "label": { "fr": "Association (le cas échéant)", "ar": "الجمعية (إن وجدت)", "en": "Association (if any)" } }
        ],
        "consent": { "controller": "Région Béni Mellal-Khénifra", "purpose": "Répondre à votre suggestion", "retention": "2 ans" }
      }
    </script>
  </og-suggestion-form>`,
};

export const ErrorsShown: Story = {
  parameters: NO_CONTROLS,
  render: (_args, { globals }) =>
    html`<og-suggestion-form theme=${globals.theme ?? 'light'} topics="Budget; Transport" required="topic email" no-draft></og-suggestion-form>`,
  play: async ({ canvasElement }) => {
    const element = form(canvasElement);
    const root = await ready(element);
    root.querySelector<HTMLButtonElement>('[part="submit-button"]')!.click();
  },
};

export const QueuedOffline: Story = {
  name: 'Queued (offline)',
  parameters: NO_CONTROLS,
  render: (_args, { globals }) =>
    html`<og-suggestion-form theme=${globals.theme ?? 'light'} fields="message" min-fill-seconds="0" no-draft action="https://offline.invalid/api/suggestions"></og-suggestion-form>`,
  play: async ({ canvasElement }) => {
    const element = form(canvasElement);
    const root = await ready(element);
    write(root, 'Ouvrir les séances du conseil régional en ligne, avec une traduction en amazighe.');
    root.querySelector<HTMLButtonElement>('[part="submit-button"]')!.click();
  },
};

export const Sent: Story = {
  parameters: NO_CONTROLS,
  render: (_args, { globals }) =>
    html`<og-suggestion-form theme=${globals.theme ?? 'light'} fields="message" no-draft></og-suggestion-form>`,
  play: async ({ canvasElement }) => {
    const element = form(canvasElement);
    await ready(element);
    element.markSent('BMK-2026-00042');
  },
};

export const Arabic: Story = {
  args: {
    lang: 'ar',
    fields: 'topic area message name email',
    topics: 'ميزانية مفتوحة; برنامج التنمية الجهوية',
    areas: 'أزيلال; بني ملال; الفقيه بن صالح; خنيفرة; خريبكة',
    controller: 'جهة بني ملال خنيفرة',
    purpose: 'الرد على اقتراحك',
    retention: 'سنتان',
    'no-draft': true,
  },
};

export const Loading: Story = loadingStory('og-suggestion-form', OgSuggestionForm, { topics: ['Budget', 'Transport'] });

export const ErrorWithRetry: Story = errorStory('./data/form-configuration-not-published-yet.json', {
  'no-draft': true,
});

export const HostileText: Story = {
  name: 'Hostile text',
  args: {
    fields: 'topic area message',
    topics: `markup: ${HOSTILE_MARKUP}; bidi: ${HOSTILE_BIDI}; formula: ${HOSTILE_FORMULA}`,
    areas: HOSTILE_WORD,
    controller: HOSTILE_MARKUP,
    purpose: HOSTILE_BIDI,
    retention: HOSTILE_WORD,
    'no-draft': true,
  },
  parameters: describe(
    'Markup, a script, a right-to-left override, a formula and a word wider than a phone in the topics and the consent: all shown as text, nothing runs, nothing overflows.',
  ),
};

export const LongLabels: Story = {
  name: 'Very long Arabic and French labels',
  args: {
    fields: 'topic area message',
    data: {
      topics: [{ value: 'infrastructures', label: longText('Basic infrastructure upgrade programme') }],
      areas: [{ value: 'peripherie', label: longText('The outlying districts and villages') }],
      consent: { purpose: longText('To answer your suggestion'), retention: longText('Two years') },
    },
    'no-draft': true,
  },
  parameters: describe('Switch the language to Arabic or French in the toolbar: the labels wrap, nothing overflows.'),
};
