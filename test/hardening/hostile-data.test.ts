// Hostile and malformed data, generated from tables across the five widgets: every text field gets
// every injection payload, every URL field every dangerous scheme, every field a wrong type, every
// date an impossible one; then files that are truncated, huge, deeply nested, cyclic or duplicated.
// For each case: nothing reaches window.onerror, the canary stays unset, no dangerous URL or
// handler attribute reaches the DOM, and the widget shows its data or an error naming the problem.
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import { watchPageErrors } from '../helpers.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Widget =
  | 'og-commitment-tracker'
  | 'og-suggestion-form'
  | 'og-budget-table'
  | 'og-consultation-calendar'
  | 'og-response-log'
  | 'og-unsafe-probe';

interface Case {
  name: string;
  widget: Widget;
  lang?: string;
  attributes?: Record<string, string>;
  /** The `.data` property… */
  data?: () => unknown;
  /** …or an inline `<script>` of this type and text. */
  inline?: { type: string; text: () => string };
  /** The field at fault: a rendered error must name it. */
  names?: string;
  /** What the widget must do: show its data, show an error, or either (the data may be read). */
  expect: 'data' | 'error' | 'either';
}

declare global {
  interface Window {
    __pwned?: unknown;
  }
}

const TEXT_PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">',
  '<svg onload="window.__pwned=1"></svg>',
  '</script><script>window.__pwned=1</script>',
  '${window.__pwned=1}`${window.__pwned=1}`',
  '{{constructor.constructor("window.__pwned=1")()}}',
  '"><iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>',
  '<a href="javascript:window.__pwned=1">click</a><style>*{display:none}</style>',
];
const URL_PAYLOADS = [
  'javascript:window.__pwned=1',
  ' JaVaScRiPt:window.__pwned=1',
  'java\tscript:window.__pwned=1',
  'data:text/html,<script>window.__pwned=1</script>',
  'vbscript:msgbox(1)',
];
const UNICODE = [
  '\u202Eتقرير\u202C evil.exe \u2066RLO\u2069',
  'Famille 👩‍👩‍👧‍👦 et ‍zero‍width‍',
  'Z̸̢̛̺a̶̧͖l̷̰̈g̵̱̈́o combining marks',
  'الميزانية 2026 رقم 12345 (Latin digits)',
  'x'.repeat(1024 * 1024),
];
const BAD_DATES = ['2026-02-30', '2026-13-01', '31/12/2026', 'demain'];
const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:', 'webcal:', 'blob:']);

/** Leaves of a document, one per distinct path shape (the first item of each array). */
function leaves(value: Json, path: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.length ? leaves(value[0]!, [...path, 0]) : [];
  if (value && typeof value === 'object') {
    const keys = Object.keys(value);
    // Of a localized text ({ fr, ar, en }), its first language stands for the others.
    const localized = keys.length > 0 && keys.every((key) => /^[a-z]{2}(-[A-Z]{2})?$/.test(key));
    return (localized ? keys.slice(0, 1) : keys).flatMap((key) => leaves(value[key]!, [...path, key]));
  }
  return [path];
}

function get(document: Json, path: (string | number)[]): Json {
  return path.reduce<Json>((node, key) => (node as Record<string | number, Json>)[key]!, document);
}

function withValue(document: Json, path: (string | number)[], value: unknown): Json {
  const copy = structuredClone(document);
  const parent = get(copy, path.slice(0, -1)) as Record<string | number, unknown>;
  parent[path[path.length - 1]!] = value;
  return copy;
}

/** The field's name as errors say it: its key, or its parent's for a language of a text. */
function fieldName(path: (string | number)[]): string {
  const keys = path.filter((key): key is string => typeof key === 'string' && !/^[a-z]{2}(-[A-Z]{2})?$/.test(key));
  return keys[keys.length - 1] ?? '';
}

const isUrlField = (path: (string | number)[], value: Json) =>
  /url|source|online/i.test(String(path[path.length - 1])) || (typeof value === 'string' && /^https?:/.test(value));
const isDate = (value: Json) => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value);

/** Cases generated from one valid document of a widget. */
function fieldCases(widget: Widget, base: () => Json, attributes: Record<string, string> = {}): Case[] {
  const document = base();
  const cases: Case[] = [];
  for (const path of leaves(document)) {
    const value = get(document, path);
    const at = path.join('.');
    const mutate = (next: unknown) => () => withValue(base(), path, next);
    if (typeof value === 'string' && isUrlField(path, value)) {
      for (const payload of URL_PAYLOADS)
        cases.push({
          name: `${at} = ${JSON.stringify(payload)}`,
          widget,
          attributes,
          data: mutate(payload),
          expect: 'either',
        });
    } else if (typeof value === 'string' && isDate(value)) {
      for (const payload of BAD_DATES)
        cases.push({
          name: `${at} = ${payload}`,
          widget,
          attributes,
          data: mutate(payload),
          names: fieldName(path),
          expect: 'error',
        });
    } else if (typeof value === 'string') {
      for (const payload of TEXT_PAYLOADS)
        cases.push({
          name: `${at} = ${payload.slice(0, 30)}`,
          widget,
          attributes,
          data: mutate(payload),
          expect: 'either',
        });
    }
    // Wrong types: an object where a scalar goes, and a scalar of the other kind.
    cases.push({
      name: `${at} = { an: "object" }`,
      widget,
      attributes,
      data: mutate({ an: 'object' }),
      names: fieldName(path),
      expect: 'error',
    });
    cases.push({
      name: `${at} = ${typeof value === 'number' ? '"forty-two"' : '[]'}`,
      widget,
      attributes,
      data: mutate(typeof value === 'number' ? 'forty-two' : []),
      names: fieldName(path),
      expect: 'error',
    });
  }
  return cases;
}

/** Unicode edge cases in the first text fields, read in Arabic. */
function unicodeCases(widget: Widget, base: () => Json, attributes: Record<string, string> = {}): Case[] {
  const document = base();
  const texts = leaves(document).filter(
    (path) =>
      typeof get(document, path) === 'string' &&
      !isUrlField(path, get(document, path)) &&
      !isDate(get(document, path)) &&
      /^(title|label|summary|description|entity|member|controller)$/.test(fieldName(path)),
  );
  return texts.slice(0, 2).flatMap((path) =>
    UNICODE.map((text): Case => ({
      name: `${path.join('.')} = ${JSON.stringify(text.slice(0, 24))}… (ar)`,
      widget,
      lang: 'ar',
      attributes,
      data: () => withValue(base(), path, text),
      expect: 'data',
    })),
  );
}

const json = (value: unknown) => JSON.stringify(value);
const truncated = (text: string) => text.slice(0, Math.floor(text.length / 2));

/** Every element in a root, through nested shadow roots. */
function allElements(root: ParentNode): Element[] {
  return [...root.querySelectorAll('*')].flatMap((element) => [
    element,
    ...(element.shadowRoot ? allElements(element.shadowRoot) : []),
  ]);
}

const settledStates = new Set(['ready', 'error']);

async function run(item: Case): Promise<void> {
  window.__pwned = undefined;
  const errors = watchPageErrors();
  const host = document.createElement('div');
  document.body.append(host);
  const element = document.createElement(item.widget) as HTMLElement & {
    data?: unknown;
    dataState: string;
    updateComplete: Promise<boolean>;
  };
  element.setAttribute('lang', item.lang ?? 'en');
  for (const [name, value] of Object.entries(item.attributes ?? {})) element.setAttribute(name, value);
  try {
    if (item.inline) {
      const script = document.createElement('script');
      script.type = item.inline.type;
      script.textContent = item.inline.text();
      element.append(script);
    } else element.data = item.data!();
    host.append(element);
    const appended = performance.now();
    // Idle only counts once the widget had time to start reading (an empty inline script is no data).
    await waitUntil(
      () =>
        settledStates.has(element.dataState) || (element.dataState === 'idle' && performance.now() - appended > 300),
      `${item.name}: still "${element.dataState}"`,
      { timeout: 15000 },
    );
    await element.updateComplete;
    const root = element.shadowRoot!;
    if (element.dataState === 'error')
      await waitUntil(() => root.querySelector('.error'), `${item.name}: the error state never rendered`, {
        timeout: 5000,
      });
    // Details of the first event or commitment render their links too.
    const opened = root.querySelector<HTMLElement>('.event, .agenda .event-title, button.event');
    opened?.click();
    await element.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 0));
    // The calendar's details arrive with their own code: wait until the dialog shows them.
    if (opened && item.widget === 'og-consultation-calendar')
      await waitUntil(() => root.querySelector('dialog[open]:not([aria-busy="true"])'), `${item.name}: details`, {
        timeout: 5000,
      });

    const state = element.dataState;
    if (item.expect === 'data') expect(state, `${item.name}: shows its data`).to.equal('ready');
    if (item.expect === 'error') expect(state, `${item.name}: shows an error`).to.equal('error');
    if (state === 'error') {
      const error = root.querySelector('.error')!;
      expect(error.querySelector('.error-title')?.textContent?.trim(), `${item.name}: an error headline`).to.not.equal(
        '',
      );
      if (item.names && item.expect === 'error') {
        expect(error.textContent, `${item.name}: the error names "${item.names}"`).to.contain(item.names);
      }
    }
    for (const node of allElements(root)) {
      const tag = node.localName;
      expect(
        ['script', 'iframe', 'object', 'embed', 'img', 'style', 'foreignobject'].includes(tag),
        `${item.name}: a <${tag}> from data`,
      ).to.equal(false);
      for (const attribute of [...node.attributes]) {
        expect(
          attribute.name.startsWith('on'),
          `${item.name}: handler attribute ${attribute.name} on <${tag}>`,
        ).to.equal(false);
        if (['href', 'src', 'action', 'formaction', 'xlink:href', 'srcdoc'].includes(attribute.name)) {
          const url = attribute.value.startsWith('#') ? undefined : new URL(attribute.value, location.href);
          expect(
            !url || SAFE_SCHEMES.has(url.protocol),
            `${item.name}: ${attribute.name}="${attribute.value.slice(0, 60)}" on <${tag}>`,
          ).to.equal(true);
        }
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(window.__pwned, `${item.name}: the canary`).to.equal(undefined);
    expect(errors.errors, `${item.name}: errors reaching the page`).to.deep.equal([]);
  } finally {
    errors.stop();
    host.remove();
  }
}

// --- the valid documents everything starts from -------------------------------------------------

const documents: Record<string, Json> = {};
const fromDemo = (name: string) => () => structuredClone(documents[name]!);
const formConfig: Json = {
  fields: [
    {
      name: 'commune',
      type: 'select',
      label: { fr: 'Commune', ar: 'الجماعة' },
      help: { fr: 'Où vivez-vous ?' },
      required: true,
      options: [{ value: 'kef', label: { fr: 'Le Kef' } }, 'Dahmani'],
    },
    { name: 'age', type: 'text', label: 'Âge', pattern: '[0-9]{1,3}', maxLength: 3 },
  ],
  consent: {
    controller: { fr: 'Municipalité du Kef' },
    purpose: { fr: 'Répondre' },
    retention: { fr: 'Un an' },
    declaration: 'INPDP 2026-014',
    noticeUrl: 'https://example.org/privacy',
  },
  topics: [{ value: 'budget', label: { fr: 'Budget' } }],
  areas: ['Centre-ville'],
  next: { fr: 'Nous vous répondrons.' },
};
const calendarAttributes = {
  'initial-date': '2026-12-01',
  view: 'agenda',
  'show-past': '',
  'time-zone': 'Africa/Casablanca',
};
const formAttributes = { fields: 'topic area message name email', 'no-draft': '' };

function deepBudget(depth: number): Json {
  let line: Json = { code: `L${depth}`, label: 'Leaf', years: { 2026: { allocated: 1 } } };
  for (let level = depth - 1; level >= 0; level--)
    line = { code: `L${level}`, label: `Level ${level}`, children: [line] };
  return { currency: 'TND', fiscalYear: 2026, lines: [line] };
}

function hugeEvents(): Json {
  const description = 'Réunion publique sur le budget participatif. '.repeat(40);
  return {
    timeZone: 'Africa/Tunis',
    events: Array.from({ length: 5500 }, (_, index) => ({
      id: `e${index}`,
      title: `Réunion ${index}`,
      start: `2026-12-${String((index % 28) + 1).padStart(2, '0')}T10:00`,
      description,
    })),
  };
}

function hugePlan(): Json {
  const plan = structuredClone(documents.plan!) as { commitments: Json[] };
  const one = plan.commitments[0] as Record<string, Json>;
  plan.commitments = Array.from({ length: 1200 }, (_, index) => ({ ...one, id: `c${index}` }));
  return plan;
}

function hugeBudgetCsv(): string {
  const rows = ['Code;Code parent;Libellé;Prévu 2026;Réalisé 2026'];
  for (let index = 0; index < 120_000; index++)
    rows.push(`${index + 2};1;Ligne de dépense numéro ${index} — fonctionnement courant;1 234,500;987,250`);
  return ['Code;Code parent;Libellé;Prévu 2026;Réalisé 2026', '1;;Total;;', ...rows.slice(1)].join('\n');
}

/** The target: a register of 20,000 suggestions. */
function hugeRegister(): Json {
  const register = structuredClone(documents.responses!) as { suggestions: Json[] };
  const first = register.suggestions[0] as Record<string, Json>;
  register.suggestions = Array.from({ length: 20_000 }, (_, index) => ({ ...first, reference: `KEF-${index}` }));
  return register;
}

function cyclic(): unknown {
  const plan = structuredClone(documents.plan!) as Record<string, unknown>;
  plan.self = plan;
  (plan.commitments as Record<string, unknown>[])[0]!.parent = plan;
  return plan;
}

function fileCases(): Case[] {
  const plan = () => json(documents.plan);
  const budget = () => json(documents.budget);
  const events = () => json(documents.events);
  const responses = () => json(documents.responses);
  const cases: Case[] = [];
  const textFiles: [Widget, string, () => string, Record<string, string>][] = [
    ['og-commitment-tracker', 'application/json', plan, {}],
    ['og-commitment-tracker', 'text/csv', () => documents.planCsv as string, {}],
    ['og-budget-table', 'application/json', budget, {}],
    ['og-budget-table', 'text/csv', () => documents.budgetCsv as string, { currency: 'TND' }],
    ['og-consultation-calendar', 'application/json', events, calendarAttributes],
    ['og-consultation-calendar', 'text/calendar', () => documents.ics as string, calendarAttributes],
    ['og-suggestion-form', 'application/json', () => json(formConfig), formAttributes],
    ['og-response-log', 'application/json', responses, {}],
    ['og-response-log', 'text/csv', () => documents.responsesCsv as string, {}],
  ];
  for (const [widget, type, text, attributes] of textFiles) {
    const label = `${widget} ${type}`;
    cases.push(
      { name: `${label}: valid`, widget, attributes, inline: { type, text }, expect: 'data' },
      {
        name: `${label}: truncated in half`,
        widget,
        attributes,
        inline: { type, text: () => truncated(text()) },
        expect: type === 'text/csv' ? 'either' : 'error',
      },
      { name: `${label}: empty`, widget, attributes, inline: { type, text: () => '' }, expect: 'either' },
      {
        name: `${label}: binary garbage`,
        widget,
        attributes,
        inline: { type, text: () => '\u0000\u0001\uFFFD\u0089PNG\r\n\u001a\n'.repeat(50) },
        expect: 'error',
      },
      {
        name: `${label}: an HTML page`,
        widget,
        attributes,
        inline: {
          type,
          text: () =>
            '<!doctype html><html><body><img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script></body></html>',
        },
        expect: 'error',
      },
      {
        name: `${label}: with a byte-order mark and CRLF`,
        widget,
        attributes,
        inline: { type, text: () => `\uFEFF${text().replace(/\r?\n/g, '\r\n')}` },
        expect: 'data',
      },
    );
  }
  const wrongRoots: unknown[] = [null, 42, 'a string', [], [[[]]], { unexpected: true }];
  const widgets: [Widget, Record<string, string>][] = [
    ['og-commitment-tracker', {}],
    ['og-budget-table', {}],
    ['og-consultation-calendar', calendarAttributes],
    ['og-suggestion-form', formAttributes],
    ['og-response-log', {}],
  ];
  for (const [widget, attributes] of widgets) {
    for (const root of wrongRoots)
      cases.push({
        name: `${widget}: .data = ${JSON.stringify(root)}`,
        widget,
        attributes,
        data: () => root,
        expect: 'either',
      });
    cases.push({ name: `${widget}: a cyclic object`, widget, attributes, data: cyclic, expect: 'either' });
    cases.push({
      name: `${widget}: JSON nested 5,000 deep`,
      widget,
      attributes,
      inline: { type: 'application/json', text: () => '['.repeat(5000) + ']'.repeat(5000) },
      expect: 'error',
    });
  }
  // Huge files (about 10 MB): read, or refused with a clear error; never a frozen or broken page.
  cases.push(
    {
      name: 'og-consultation-calendar: 10 MB of JSON events',
      widget: 'og-consultation-calendar',
      attributes: calendarAttributes,
      inline: { type: 'application/json', text: () => json(hugeEvents()) },
      expect: 'data',
    },
    {
      name: 'og-budget-table: 10 MB CSV budget',
      widget: 'og-budget-table',
      attributes: { currency: 'TND' },
      inline: { type: 'text/csv', text: hugeBudgetCsv },
      expect: 'data',
    },
    {
      name: 'og-commitment-tracker: 1,200 commitments',
      widget: 'og-commitment-tracker',
      data: hugePlan,
      expect: 'data',
    },
    {
      name: 'og-budget-table: a hierarchy 300 levels deep',
      widget: 'og-budget-table',
      data: () => deepBudget(300),
      expect: 'data',
    },
    {
      name: 'og-response-log: 20,000 suggestions',
      widget: 'og-response-log',
      data: hugeRegister,
      expect: 'data',
    },
  );
  // Cycles and duplicates.
  const planWith = (change: (plan: { commitments: Record<string, Json>[] }) => void) => () => {
    const copy = structuredClone(documents.plan!) as { commitments: Record<string, Json>[] };
    change(copy);
    return copy;
  };
  const eventsWith = (change: (list: { events: Record<string, Json>[] }) => void) => () => {
    const copy = structuredClone(documents.events!) as { events: Record<string, Json>[] };
    change(copy);
    return copy;
  };
  const registerWith = (change: (register: { suggestions: Record<string, Json>[] }) => void) => () => {
    const copy = structuredClone(documents.responses!) as { suggestions: Record<string, Json>[] };
    change(copy);
    return copy;
  };
  cases.push(
    {
      name: 'tracker: two commitments with one id',
      widget: 'og-commitment-tracker',
      data: planWith((plan) => (plan.commitments[1]!.id = plan.commitments[0]!.id!)),
      names: 'id',
      expect: 'error',
    },
    {
      name: 'tracker: progress 250',
      widget: 'og-commitment-tracker',
      data: planWith((plan) => (plan.commitments[0]!.progress = 250)),
      names: 'progress',
      expect: 'error',
    },
    {
      name: 'tracker: progress NaN-like',
      widget: 'og-commitment-tracker',
      data: planWith((plan) => (plan.commitments[0]!.progress = '50%')),
      names: 'progress',
      expect: 'error',
    },
    {
      name: 'budget: lines whose parents form a cycle',
      widget: 'og-budget-table',
      attributes: { currency: 'TND' },
      inline: { type: 'text/csv', text: () => 'Code;Code parent;Libellé;Prévu 2026\n1;3;A;10\n2;1;B;5\n3;2;C;5\n' },
      expect: 'error',
    },
    {
      name: 'budget: a line that is its own parent',
      widget: 'og-budget-table',
      attributes: { currency: 'TND' },
      inline: { type: 'text/csv', text: () => 'Code;Code parent;Libellé;Prévu 2026\n1;1;A;10\n' },
      expect: 'error',
    },
    {
      name: 'budget: two lines with one code',
      widget: 'og-budget-table',
      attributes: { currency: 'TND' },
      inline: { type: 'text/csv', text: () => 'Code;Code parent;Libellé;Prévu 2026\n1;;A;10\n1;;B;5\n' },
      expect: 'error',
    },
    {
      name: 'budget: an amount of 1e400',
      widget: 'og-budget-table',
      attributes: { currency: 'TND' },
      inline: { type: 'text/csv', text: () => `Code;Code parent;Libellé;Prévu 2026\n1;;A;${'9'.repeat(400)}\n` },
      expect: 'either',
    },
    {
      name: 'budget: an unknown currency',
      widget: 'og-budget-table',
      attributes: { currency: '<b>X</b>' },
      inline: { type: 'text/csv', text: () => 'Code;Code parent;Libellé;Prévu 2026\n1;;A;10\n' },
      expect: 'either',
    },
    {
      name: 'calendar: two events with one id',
      widget: 'og-consultation-calendar',
      attributes: calendarAttributes,
      data: eventsWith((list) => (list.events[1]!.id = list.events[0]!.id!)),
      expect: 'either',
    },
    {
      name: 'calendar: a rule every second for ten years',
      widget: 'og-consultation-calendar',
      attributes: calendarAttributes,
      data: eventsWith((list) => (list.events[0]!.recurrence = 'FREQ=SECONDLY;UNTIL=20360101T000000Z')),
      expect: 'data',
    },
    {
      name: 'calendar: an unknown time zone',
      widget: 'og-consultation-calendar',
      attributes: calendarAttributes,
      data: eventsWith((list) => (list.events[0]!.timeZone = 'Mars/Olympus')),
      names: 'timeZone',
      expect: 'either',
    },
    {
      name: 'calendar: an ICS with DTEND before DTSTART and a javascript: URL',
      widget: 'og-consultation-calendar',
      attributes: calendarAttributes,
      inline: {
        type: 'text/calendar',
        text: () =>
          'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART:20261203T100000Z\r\nDTEND:20261203T090000Z\r\nSUMMARY:<img src=x onerror=window.__pwned=1>\r\nURL:javascript:window.__pwned=1\r\nATTACH:javascript:window.__pwned=1\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n',
      },
      expect: 'data',
    },
    {
      name: 'log: two suggestions with one reference, written differently',
      widget: 'og-response-log',
      data: registerWith((register) => (register.suggestions[1]!.reference = 'kef 2026 0001')),
      names: 'reference',
      expect: 'error',
    },
    {
      name: 'log: an answer dated before the suggestion was received',
      widget: 'og-response-log',
      data: registerWith((register) => ((register.suggestions[0]!.answer as Record<string, Json>).date = '2020-01-01')),
      expect: 'data',
    },
    {
      name: 'log: personal fields holding markup',
      widget: 'og-response-log',
      data: registerWith((register) =>
        Object.assign(register.suggestions[0]!, { name: TEXT_PAYLOADS[0]!, email: URL_PAYLOADS[0]!, phone: {} }),
      ),
      expect: 'data',
    },
    {
      name: 'log: an Open311 feed with markup in its notes and dangerous media and links',
      widget: 'og-response-log',
      inline: {
        type: 'application/json',
        text: () =>
          json({
            service_requests: [
              {
                service_request_id: '<b>1</b>',
                status: 'closed',
                status_notes: TEXT_PAYLOADS[0],
                service_name: TEXT_PAYLOADS[1],
                description: TEXT_PAYLOADS[5],
                agency_responsible: TEXT_PAYLOADS[6],
                requested_datetime: '2026-10-01T09:15:00+01:00',
                updated_datetime: '2026-10-12T16:00:00+01:00',
                media_url: URL_PAYLOADS[0],
                address: TEXT_PAYLOADS[2],
              },
              {
                service_request_id: '2',
                status: 'open',
                status_notes: TEXT_PAYLOADS[3],
                description: TEXT_PAYLOADS[4],
                requested_datetime: '2026-10-03',
              },
            ],
          }),
      },
      expect: 'data',
    },
    {
      name: 'log: a spreadsheet with a formula, markup and a javascript: link',
      widget: 'og-response-log',
      inline: {
        type: 'text/csv',
        text: () =>
          'Référence;Date de réception;Suggestion;Statut;Réponse;Liens\n' +
          `A-1;15/10/2026;=HYPERLINK("javascript:window.__pwned=1");Accepté;${TEXT_PAYLOADS[0]};PV javascript:window.__pwned=1\n`,
      },
      expect: 'data',
    },
    {
      name: 'form: two extra fields with one name',
      widget: 'og-suggestion-form',
      attributes: formAttributes,
      data: () => ({
        fields: [
          { name: 'age', label: 'Âge' },
          { name: 'age', label: 'Age' },
        ],
      }),
      expect: 'either',
    },
    {
      name: 'form: an extra field named like a built-in',
      widget: 'og-suggestion-form',
      attributes: formAttributes,
      data: () => ({ fields: [{ name: 'email', label: 'E-mail' }] }),
      names: 'name',
      expect: 'error',
    },
    {
      name: 'form: a pattern that is not a regular expression',
      widget: 'og-suggestion-form',
      attributes: formAttributes,
      data: () => ({ fields: [{ name: 'age', label: 'Âge', pattern: '([' }] }),
      names: 'pattern',
      expect: 'error',
    },
  );
  return cases;
}

function allCases(): Case[] {
  return [
    ...fieldCases('og-commitment-tracker', fromDemo('plan')),
    ...fieldCases('og-budget-table', fromDemo('budget')),
    ...fieldCases('og-consultation-calendar', fromDemo('events'), calendarAttributes),
    ...fieldCases('og-suggestion-form', () => structuredClone(formConfig), formAttributes),
    ...fieldCases('og-response-log', fromDemo('responses')),
    ...unicodeCases('og-commitment-tracker', fromDemo('plan')),
    ...unicodeCases('og-budget-table', fromDemo('budget')),
    ...unicodeCases('og-consultation-calendar', fromDemo('events'), calendarAttributes),
    ...unicodeCases('og-suggestion-form', () => structuredClone(formConfig), formAttributes),
    ...unicodeCases('og-response-log', fromDemo('responses')),
    ...fileCases(),
  ];
}

describe('hostile and malformed data, across the five widgets', function () {
  this.timeout(30000);
  before(async () => {
    const load = async (path: string) => (await fetch(path)).text();
    documents.plan = JSON.parse(await load('/demo/data/bmk-plan.json'));
    documents.budget = JSON.parse(await load('/demo/data/bmk-budget.json'));
    documents.events = JSON.parse(await load('/demo/data/bmk-consultations.json'));
    documents.planCsv = await load('/demo/data/elkef-plan.csv');
    documents.budgetCsv = await load('/demo/data/elkef-budget.csv');
    documents.ics = await load('/demo/data/elkef-consultations.ics');
    documents.responses = JSON.parse(await load('/demo/data/elkef-responses.json'));
    documents.responsesCsv = await load('/demo/data/bmk-responses.csv');
  });

  it('catches a widget that renders data as HTML (the checks can fail)', async () => {
    // What a careless widget would do: data into innerHTML.
    class UnsafeProbe extends HTMLElement {
      dataState = 'ready';
      updateComplete = Promise.resolve(true);
      set data(value: { html: string }) {
        // eslint-disable-next-line no-restricted-syntax -- the probe is the careless widget the checks must catch
        (this.shadowRoot ?? this.attachShadow({ mode: 'open' })).innerHTML = value.html;
      }
    }
    if (!customElements.get('og-unsafe-probe')) customElements.define('og-unsafe-probe', UnsafeProbe);
    const probe = (html: string) =>
      run({ name: 'probe', widget: 'og-unsafe-probe', data: () => ({ html }), expect: 'either' }).then(
        () => 'passed',
        (error: Error) => error.message,
      );
    expect(await probe('<a href="javascript:void 0">x</a>')).to.contain('href="javascript:void 0"');
    expect(await probe('<b onclick="x()">x</b>')).to.contain('handler attribute onclick');
    expect(await probe('<svg><image href="https://example.org/x.png"></image></svg><img alt="">')).to.contain(
      'a <img> from data',
    );
    expect(await probe('<b>fine</b>')).to.equal('passed');
  });

  it('has at least 300 cases', () => {
    expect(allCases().length).to.be.at.least(300);
  });

  // The cases need the documents, which load in `before`: one test per widget and kind runs them.
  const groups: [string, () => Case[]][] = [
    ['commitment tracker fields', () => fieldCases('og-commitment-tracker', fromDemo('plan'))],
    ['budget table fields', () => fieldCases('og-budget-table', fromDemo('budget'))],
    [
      'consultation calendar fields',
      () => fieldCases('og-consultation-calendar', fromDemo('events'), calendarAttributes),
    ],
    [
      'suggestion form configuration fields',
      () => fieldCases('og-suggestion-form', () => structuredClone(formConfig), formAttributes),
    ],
    ['response log fields', () => fieldCases('og-response-log', fromDemo('responses'))],
    [
      'Unicode edge cases, in Arabic',
      () => [
        ...unicodeCases('og-commitment-tracker', fromDemo('plan')),
        ...unicodeCases('og-budget-table', fromDemo('budget')),
        ...unicodeCases('og-consultation-calendar', fromDemo('events'), calendarAttributes),
        ...unicodeCases('og-suggestion-form', () => structuredClone(formConfig), formAttributes),
        ...unicodeCases('og-response-log', fromDemo('responses')),
      ],
    ],
    ['files: truncated, empty, garbage, huge, deep, cyclic, duplicated', fileCases],
  ];
  for (const [name, cases] of groups) {
    it(name, async function () {
      this.timeout(180_000);
      const failures: string[] = [];
      for (const item of cases()) {
        try {
          await run(item);
        } catch (error) {
          failures.push(error instanceof Error ? error.message : String(error));
        }
      }
      expect(failures, failures.join('\n')).to.deep.equal([]);
    });
  }
});
