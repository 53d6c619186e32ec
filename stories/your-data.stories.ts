import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { WIDGET_TAGS, type WidgetTag } from '../demo/builder/builder-model.js';
import { defineYourData } from './your-data.js';

defineYourData();

interface YourDataArgs {
  /** The widget preselected; the list offers the others. */
  widget?: WidgetTag;
  /** Load the widget's first sample, or its broken one, when the story opens. */
  sample?: '' | 'sample' | 'broken';
}

const meta: Meta<YourDataArgs> = {
  title: 'Workshop/Your data',
  parameters: {
    docs: {
      description: {
        component:
          'For designers: paste a CSV, JSON or iCalendar (ICS) file, or give its address, pick the widget, and see it read the data. The check lists the same problems, in the same words, as `opengov-widgets validate` and the embed builder, in the language chosen in the toolbar. The samples are the demo’s fictional files; the broken samples hold the mistakes seen in real files (amounts with words, a parent code that does not exist, an impossible date).',
      },
    },
  },
  argTypes: {
    widget: { control: 'select', options: WIDGET_TAGS },
    sample: { control: 'inline-radio', options: ['', 'sample', 'broken'] },
  },
  render: (args, { globals }) =>
    html`<og-story-your-data
      widget=${ifDefined(args.widget)}
      sample=${ifDefined(args.sample || undefined)}
      theme=${globals.theme ?? 'light'}
    ></og-story-your-data>`,
};
export default meta;

type Story = StoryObj<YourDataArgs>;

export const Default: Story = {
  name: 'Paste your data',
  parameters: {
    docs: {
      description: {
        story:
          'Choose the widget, then paste the file (or choose “At a web address”). The widget and the check read the text again a moment after each change; “Read” reads it at once.',
      },
    },
  },
};

export const BudgetTable: Story = {
  name: 'Budget table',
  args: { widget: 'og-budget-table' },
  parameters: {
    docs: {
      description: {
        story:
          'A budget in CSV (a spreadsheet saved as CSV, French or Arabic headers, amounts such as 4 200 000,000) or JSON. Try the broken sample: an amount with a currency sign, a word for a number, and a parent code that no line has.',
      },
    },
  },
};

export const CommitmentTracker: Story = {
  name: 'Action plan tracker',
  args: { widget: 'og-commitment-tracker' },
  parameters: {
    docs: {
      description: {
        story:
          'An OGP action plan in CSV (one row per milestone) or JSON. The broken sample has a status the tracker does not know and a date that does not exist (30 February).',
      },
    },
  },
};

export const ConsultationCalendar: Story = {
  name: 'Consultation calendar',
  args: { widget: 'og-consultation-calendar' },
  parameters: {
    docs: {
      description: {
        story:
          'Meetings from a calendar feed (ICS, as exported by Google Calendar, Outlook or Nextcloud), or JSON or CSV. The broken sample writes a date by hand (15/09/2026 17h) instead of 2026-09-15T17:00.',
      },
    },
  },
};

export const SuggestionForm: Story = {
  name: 'Suggestion form',
  args: { widget: 'og-suggestion-form' },
  parameters: {
    docs: {
      description: {
        story:
          'The form works without data; a JSON configuration adds fields, topics and the consent text. The broken sample reuses a built-in field’s name, gives a field type the form does not have, and writes the topics as text instead of a list.',
      },
    },
  },
};

export const ResponseLog: Story = {
  name: 'What became of suggestions',
  args: { widget: 'og-response-log' },
  parameters: {
    docs: {
      description: {
        story:
          'A register of suggestions and their answers: a clerk’s spreadsheet (CSV, French or Arabic headers), JSON, or an Open311 `requests.json`. The broken sample still holds the citizens’ names and emails: the widget never shows them, but the check fails the file, because publishing it would publish them.',
      },
    },
  },
};
