import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/response-log/index.js';
import { OgResponseLog } from '../src/response-log/index.js';
import { CHANNELS, RESPONSE_STATUSES } from '../src/response-log/model.js';
import { renderWithData } from '../.storybook/render.js';
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
  staleStory,
} from './scenarios.js';
import elKef from '../demo/data/elkef-responses.json';

const AREAS = ['Azilal', 'Béni Mellal', 'Fquih Ben Salah', 'Khénifra', 'Khouribga'];
const TOPICS = ['Budget', 'Eau potable', 'Routes', 'Santé', 'Éducation', 'Transport', 'Environnement'];

/** A register of `count` suggestions over three years, to see how the log holds up (the target: 20,000). */
function generatedRegister(count: number) {
  /** The day `offset` days after 1 January 2024. */
  const day = (offset: number) => new Date(Date.UTC(2024, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
  return {
    title: {
      fr: `Registre généré (${count} suggestions)`,
      ar: `سجل مولد (${count} اقتراح)`,
      en: `Generated register (${count} suggestions)`,
    },
    answerWithin: 30,
    suggestions: Array.from({ length: count }, (_, index) => {
      const status = RESPONSE_STATUSES[index % RESPONSE_STATUSES.length]!;
      const answered = !['received', 'under-review'].includes(status) && index % 5 !== 0;
      const received = index % 1000;
      return {
        reference: `GEN-${String(index + 1).padStart(5, '0')}`,
        received: day(received),
        channel: CHANNELS[index % CHANNELS.length],
        area: AREAS[index % AREAS.length],
        topic: TOPICS[index % TOPICS.length],
        commitments: index % 4 === 0 ? [`c${1 + (index % 9)}`] : [],
        text: { fr: `Suggestion n° ${index + 1}`, ar: `الاقتراح رقم ${index + 1}`, en: `Suggestion no. ${index + 1}` },
        status,
        answer: answered
          ? {
              text: { fr: `Réponse n° ${index + 1}`, en: `Answer no. ${index + 1}` },
              by: 'Conseil',
              date: day(received + 20 + (index % 40)),
            }
          : undefined,
      };
    }),
  };
}

/** Suggestions whose texts break careless widgets: all must show as plain text, the unsafe link not at all. */
const hostileRegister = {
  title: `Registre ${HOSTILE_MARKUP}`,
  member: HOSTILE_BIDI,
  suggestions: [
    {
      reference: 'KEF-<b>0001</b>',
      received: '2026-10-01',
      channel: 'online',
      area: HOSTILE_WORD,
      topic: HOSTILE_MARKUP,
      commitments: [HOSTILE_MARKUP],
      text: `${HOSTILE_MARKUP} ${HOSTILE_BIDI}`,
      status: 'not-retained',
      answer: { text: HOSTILE_FORMULA, by: HOSTILE_BIDI, date: '2026-10-20' },
      links: [{ title: HOSTILE_MARKUP, url: 'javascript:alert(3)' }, 'https://example.org/pv-2026-10.pdf'],
    },
    { reference: HOSTILE_WORD, received: '2026-11-02', text: HOSTILE_WORD, status: 'received' },
  ],
};

/** A register whose texts are as long as real ones, in French and Arabic. */
const longLabelRegister = {
  title: longText('What became of your suggestions on the basic infrastructure programme'),
  member: longText('The municipality'),
  answerWithin: 30,
  suggestions: [
    {
      reference: 'KEF-2026-0101',
      received: '2026-09-14',
      channel: 'meeting',
      area: longText('The outlying districts and villages'),
      topic: longText('Basic infrastructure upgrade programme'),
      commitments: ['infrastructures'],
      text: longText('Light the rural tracks and connect the outlying villages to the sewers.'),
      status: 'partly-accepted',
      answer: {
        text: longText('Partly accepted: the lighting is planned for 2027; the sewers wait for a study.'),
        by: longText('The steering committee'),
        date: '2026-10-09',
      },
      links: [{ title: longText('Minutes of the steering committee'), url: 'https://example.org/pv-2026-10.pdf' }],
    },
  ],
};

/** The story's log, once its data is read (or could not be). */
async function readLog(canvas: HTMLElement): Promise<OgResponseLog> {
  await customElements.whenDefined('og-response-log');
  const element = canvas.querySelector('og-response-log') as OgResponseLog;
  if (element.dataState !== 'ready' && element.dataState !== 'error')
    await new Promise((resolve) => {
      element.addEventListener('og-load', resolve, { once: true });
      element.addEventListener('og-error', resolve, { once: true });
    });
  return element;
}

const meta: Meta = {
  title: 'Widgets/Response log',
  component: 'og-response-log',
  tags: ['autodocs'],
};
export default meta;

type Story = StoryObj;

export const ElKef: Story = {
  name: 'El Kef (JSON register, fictional data)',
  args: { src: './data/elkef-responses.json' },
  parameters: describe(
    'El Kef’s register read by URL: follow a suggestion by its reference, the summary (answered, how fast, late ones, statuses) and the filters. Every control above changes this widget. The sample register is fictional, written for the demo.',
  ),
};

export const Spreadsheet: Story = {
  name: 'Béni Mellal-Khénifra (a clerk’s CSV)',
  args: { src: './data/bmk-responses.csv' },
  parameters: describe(
    'The register as a clerk keeps it in a spreadsheet, saved as CSV: French headers, `;`, dates as 15/10/2026, statuses in French words, the suggestion and the answer in French and Arabic columns.',
  ),
};

export const Open311: Story = {
  name: 'Open311 feed (requests.json)',
  args: { src: './data/elkef-open311-requests.json' },
  parameters: describe(
    'An Open311 GeoReport v2 `requests.json`, as some municipal reporting systems publish it. A closed request with notes is closed with the notes as its answer; closed without notes is “closed”, not “accepted”; the address, the position and the photo are left out.',
  ),
};

export const FollowLayout: Story = {
  name: 'Follow your suggestion (follow layout)',
  args: { data: elKef, layout: 'follow' },
  parameters: describe(
    'Only the field where a citizen types the reference on their receipt, for a page beside the form. Here “kef 2026 0010” was typed: case, spaces and dashes do not matter.',
  ),
  play: async ({ canvasElement }) => (await readLog(canvasElement)).follow('kef 2026 0010'),
};

export const SummaryLayout: Story = {
  name: 'Summary only (summary layout)',
  args: { data: elKef, layout: 'summary' },
  parameters: describe(
    'What a journalist sees at a glance: how many suggestions were received and answered, how fast, how many wait longer than promised, and the statuses as a chart with a text legend.',
  ),
};

export const OneCommitment: Story = {
  name: 'One commitment’s suggestions',
  args: { data: elKef, commitment: 'digital-services', 'plan-href': 'https://www.commune-elkef.example/plan-action/' },
  parameters: describe(
    'Only the suggestions that led to the commitment `digital-services`, for the commitment’s own page; its id links back to the action plan (`plan-href`).',
  ),
};

export const Arabic: Story = {
  name: 'Arabic, right to left',
  args: { src: './data/bmk-responses.csv', lang: 'ar', dir: 'rtl' },
  parameters: describe(
    'The clerk’s CSV read in Arabic: the Arabic columns of the suggestion and the answer, the layout mirrored; references and dates keep their own direction.',
  ),
};

export const Loading: Story = loadingStory('og-response-log', OgResponseLog, elKef);

export const EmptyRegister: Story = {
  args: {
    data: { title: { fr: 'Suite donnée à vos suggestions', en: 'What became of your suggestions' }, suggestions: [] },
  },
};

export const ErrorWithRetry: Story = errorStory('./data/register-not-published-yet.json');

export const BrokenRegister: Story = {
  parameters: describe(
    'A register with an unknown status, an impossible date and no text: each problem, in plain words.',
    NO_CONTROLS,
  ),
  render: (_args, { globals }) => html`<og-response-log theme=${globals.theme ?? 'light'}>
    <script type="application/json">
      { "suggestions": [ { "reference": "KEF-1", "received": "2026-02-30", "text": "Un banc", "status": "maybe" }, { "reference": "KEF-2", "received": "2026-03-01", "status": "received" } ] }
    </script>
  </og-response-log>`,
};

export const StaleData: Story = { ...staleStory('./data/elkef-responses.json'), tags: ['!autodocs'] };

export const HostileText: Story = {
  name: 'Hostile text',
  args: { data: hostileRegister },
  parameters: describe(
    'Markup, a script, a right-to-left override, a formula, a `javascript:` link and a word wider than a phone: all shown as text, the link dropped, nothing runs, nothing overflows.',
  ),
};

export const PersonalColumnsDropped: Story = {
  name: 'Personal columns dropped',
  parameters: describe(
    'A clerk’s export that still holds the citizens’ names, phones, emails, identity card numbers and addresses: the log never shows them (the console names each column, and `opengov-widgets validate` fails the file, because publishing it would publish them).',
    NO_CONTROLS,
  ),
  render: (_args, { globals }) => html`<og-response-log theme=${globals.theme ?? 'light'}>
    <script type="text/csv">
Référence;Date de réception;Nom et prénom;Téléphone;Courriel;CIN;Adresse;Suggestion;Statut;Réponse;Répondu par;Date de réponse
KEF-2026-0201;05/10/2026;Salma Ben Ali;+216 98 123 456;salma.benali@example.tn;01234567;12 rue de la Kasbah, Le Kef;Installer des bancs au jardin public.;Accepté;Retenu : dix bancs seront posés au printemps.;Service des espaces verts;28/10/2026
KEF-2026-0202;12/10/2026;Karim Jlassi;+216 22 987 654;karim.j@example.tn;07654321;Cité Ennour, bloc 4;Éclairer la rue de la gare.;En cours d'examen;;;
    </script>
  </og-response-log>`,
};

export const TwentyThousandSuggestions: Story = {
  name: '20,000 suggestions',
  // Heavy: on its own page only, not on the Docs page that shows every story at once.
  tags: ['!autodocs'],
  render: renderWithData(() => generatedRegister(20_000)),
};

export const LongLabels: Story = {
  name: 'Very long Arabic and French labels',
  args: { data: longLabelRegister },
  parameters: describe('Switch the language to Arabic or French in the toolbar: the texts wrap, nothing overflows.'),
};
