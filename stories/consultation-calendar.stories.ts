import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/consultation-calendar/index.js';
import { OgConsultationCalendar } from '../src/consultation-calendar/index.js';
import { loadingPreview } from './loading-preview.js';
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

const meta: Meta = {
  title: 'Widgets/Consultation calendar',
  component: 'og-consultation-calendar',
  parameters: {
    docs: {
      description: {
        component:
          'Consultation meetings from an ICS feed, JSON or CSV: month grid, agenda, filters, details, time zones and add to calendar. The sample events are fictional.',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

export const ElKef: Story = {
  name: 'El Kef (ICS feed)',
  render: (_args, { globals }) =>
    html`<og-consultation-calendar theme=${globals.theme ?? 'light'} view="month" initial-date="2026-12-01" show-filters src="./data/elkef-consultations.ics"></og-consultation-calendar>`,
};

export const FiveProvinces: Story = {
  name: 'Béni Mellal-Khénifra: five provinces as sources',
  render: (_args, { globals }) => html`<og-consultation-calendar
    theme=${globals.theme ?? 'light'}
    view="month"
    initial-date="2026-12-01"
    show-filters
    .data=${[]}
    .sources=${['Azilal', 'Béni Mellal', 'Fquih Ben Salah', 'Khénifra', 'Khouribga'].map((province, index) => ({ label: province, color: COLORS[index], data: byProvince(province) }))}
  ></og-consultation-calendar>`,
};

export const Agenda: Story = {
  render: (_args, { globals }) =>
    html`<og-consultation-calendar theme=${globals.theme ?? 'light'} view="agenda" .data=${beniMellal}></og-consultation-calendar>`,
};

export const CompactAgenda: Story = {
  name: 'Compact agenda: the next 3',
  render: (_args, { globals }) => html`<div style="max-inline-size: 22rem">
    <og-consultation-calendar theme=${globals.theme ?? 'light'} max-events="3" .data=${beniMellal}></og-consultation-calendar>
  </div>`,
};

export const NarrowMonth: Story = {
  name: 'Month in a narrow column',
  parameters: {
    docs: {
      description: {
        story:
          'The month grid in 20rem (a sidebar, or a phone at 320 px): the weekday names become their narrow forms, the days shrink, and a cancelled meeting still says so in its day’s label.',
      },
    },
  },
  render: (_args, { globals }) => html`<div style="max-inline-size: 20rem">
    <og-consultation-calendar theme=${globals.theme ?? 'light'} view="month" initial-date="2026-12-01" time-zone="Africa/Tunis" src="./data/elkef-consultations.ics"></og-consultation-calendar>
  </div>`,
};

export const EmptyMonth: Story = {
  render: (_args, { globals }) =>
    html`<og-consultation-calendar theme=${globals.theme ?? 'light'} view="month" initial-date="2027-03-01" .data=${beniMellal}></og-consultation-calendar>`,
};

export const BrokenFeed: Story = {
  render: (_args, { globals }) => html`<og-consultation-calendar theme=${globals.theme ?? 'light'}>
    <script type="text/calendar">
BEGIN:VEVENT
SUMMARY:No calendar around me
END:VEVENT
    </script>
  </og-consultation-calendar>`,
};

export const FiveThousandEvents: Story = {
  name: '5,000 events',
  render: (_args, { globals }) =>
    html`<og-consultation-calendar theme=${globals.theme ?? 'light'} view="month" initial-date="2026-12-01" .data=${generatedEvents(5000)}></og-consultation-calendar>`,
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
    loadingPreview('og-consultation-calendar', OgConsultationCalendar, { theme: globals.theme ?? 'light' }, beniMellal),
};
