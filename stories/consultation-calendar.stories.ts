import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/consultation-calendar/index.js';
import { OgConsultationCalendar } from '../src/consultation-calendar/index.js';
import { renderFromArgs, renderWithData } from '../.storybook/render.js';
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
import beniMellal from '../demo/data/bmk-consultations.json';

/** A feed of `count` events, 30% of them weekly series, for the large-data story. */
function generatedEvents(count: number) {
  const events = [];
  for (let index = 0; index < count; index++) {
    const day = new Date(Date.UTC(2026, 10, 1 + (index % 90), 8 + (index % 10)));
    events.push({
      id: `e${index}`,
      title: `Réunion ${index + 1}`,
      start: day.toISOString(),
      end: new Date(day.getTime() + 5_400_000).toISOString(),
      area: ['Azilal', 'Béni Mellal', 'Fquih Ben Salah', 'Khénifra', 'Khouribga'][index % 5],
      topic: ['Budget', 'Plan régional', 'Services'][index % 3],
      ...(index % 10 < 3 ? { recurrence: 'FREQ=WEEKLY;COUNT=6' } : {}),
    });
  }
  return { timeZone: 'Africa/Casablanca', events };
}

const byProvince = (province: string) => ({
  ...beniMellal,
  events: beniMellal.events.filter((event) => event.area === province),
});
const COLORS = ['#0b57a4', '#146c2e', '#8a4b00', '#7a1f5c', '#4f5661'];

/** Meetings whose texts break careless widgets: all must show as plain text. */
const hostileEvents = {
  timeZone: 'Africa/Tunis',
  events: [
    {
      id: 'markup',
      title: HOSTILE_MARKUP,
      start: '2026-12-03T10:00',
      end: '2026-12-03T12:00',
      location: { name: HOSTILE_BIDI, address: HOSTILE_WORD },
      description: `${HOSTILE_MARKUP} ${HOSTILE_BIDI}`,
      area: HOSTILE_WORD,
      topic: HOSTILE_MARKUP,
    },
  ],
};

/** Meetings whose titles and places are as long as real ones, in French and Arabic. */
const longLabelEvents = {
  timeZone: 'Africa/Casablanca',
  events: [1, 8, 15].map((day) => ({
    id: `long-${day}`,
    title: longText('Consultation on the basic infrastructure programme'),
    start: `2026-12-${String(day).padStart(2, '0')}T10:00`,
    end: `2026-12-${String(day).padStart(2, '0')}T13:00`,
    location: { name: longText('The provincial council’s main hall').ar, address: 'Khénifra, Maroc' },
    description: longText('Presentation of the programme and questions from associations.'),
    area: 'Khénifra',
    topic: 'Plan de développement régional',
  })),
};

const meta: Meta = {
  title: 'Widgets/Consultation calendar',
  component: 'og-consultation-calendar',
  tags: ['autodocs'],
};
export default meta;

type Story = StoryObj;

/** December 2026, where the sample meetings are. */
const DECEMBER = { view: 'month', 'initial-date': '2026-12-01' };

export const ElKef: Story = {
  name: 'El Kef (ICS feed)',
  args: { src: './data/elkef-consultations.ics', ...DECEMBER, 'show-filters': true },
  parameters: describe(
    'El Kef’s meetings from an ICS feed (what Google Calendar or Outlook publish). Every control above changes this widget. The sample events are fictional.',
  ),
};

export const FiveProvinces: Story = {
  name: 'Béni Mellal-Khénifra: five provinces as sources',
  args: { ...DECEMBER, 'show-filters': true },
  parameters: describe('One source per province, each with its colour and its name in the legend and the filters.'),
  render: (args, context) => {
    const element = renderFromArgs(args, context) as HTMLElement & { data: unknown; sources: unknown };
    element.data = [];
    element.sources = ['Azilal', 'Béni Mellal', 'Fquih Ben Salah', 'Khénifra', 'Khouribga'].map((province, index) => ({
      label: province,
      color: COLORS[index],
      data: byProvince(province),
    }));
    return element;
  },
};

export const Agenda: Story = { args: { data: beniMellal, view: 'agenda' } };

export const CompactAgenda: Story = {
  name: 'Compact agenda: the next 3',
  args: { data: beniMellal, 'max-events': 3 },
  decorators: [(story) => html`<div style="max-inline-size: 22rem">${story()}</div>`],
};

export const NarrowMonth: Story = {
  name: 'Month in a narrow column',
  args: { src: './data/elkef-consultations.ics', ...DECEMBER, 'time-zone': 'Africa/Tunis' },
  parameters: describe(
    'The month grid in 20rem (a sidebar, or a phone at 320 px): the weekday names become their narrow forms, the days shrink, and a cancelled meeting still says so in its day’s label.',
  ),
  decorators: [(story) => html`<div style="max-inline-size: 20rem">${story()}</div>`],
};

export const EmptyMonth: Story = { args: { data: beniMellal, view: 'month', 'initial-date': '2027-03-01' } };

export const FiveThousandEvents: Story = {
  name: '5,000 events',
  // Heavy: on its own page only, not on the Docs page that shows every story at once.
  tags: ['!autodocs'],
  args: DECEMBER,
  render: renderWithData(() => generatedEvents(5000)),
};

export const Loading: Story = loadingStory('og-consultation-calendar', OgConsultationCalendar, beniMellal);

export const ErrorWithRetry: Story = errorStory('./data/consultations-not-published-yet.ics');

export const BrokenFeed: Story = {
  parameters: describe('A file that is not an iCalendar feed: the widget says what it expected.', NO_CONTROLS),
  render: (_args, { globals }) => html`<og-consultation-calendar theme=${globals.theme ?? 'light'}>
    <script type="text/calendar">
BEGIN:VEVENT
SUMMARY:No calendar around me
END:VEVENT
    </script>
  </og-consultation-calendar>`,
};

export const StaleData: Story = { ...staleStory('./data/elkef-consultations.ics', DECEMBER), tags: ['!autodocs'] };

export const HostileText: Story = {
  name: 'Hostile text',
  args: { data: hostileEvents, ...DECEMBER },
  parameters: describe(
    'Markup, a script, a right-to-left override and a word wider than a phone: all shown as text, nothing runs, nothing overflows.',
  ),
};

export const LongLabels: Story = {
  name: 'Very long Arabic and French labels',
  args: { data: longLabelEvents, ...DECEMBER },
  parameters: describe('Switch the language to Arabic or French in the toolbar: the titles wrap, nothing overflows.'),
};
