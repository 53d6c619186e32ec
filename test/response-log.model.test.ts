import { expect } from '@open-wc/testing';
import {
  summarizeResponses,
  filterSuggestions,
  sortSuggestions,
  findByReference,
  isPersonalField,
  isAnswered,
  isLate,
  daysWaiting,
  referenceKey,
  suggestionsPerCommitment,
  filterChoicesOf,
  type Suggestion,
  type ResponseModel,
} from '../src/response-log/model.js';
import { looksLikeRegister, parseRegisterJson } from '../src/response-log/json.js';
import { validateRegister } from '../src/response-log/schema.js';
import { parseRegisterCsv } from '../src/response-log/csv.js';
import { readResponses, countResponses } from '../src/response-log/reader.js';
import { parseCsv } from '../src/core/data/csv.js';
import { readSpreadsheetDate } from '../src/core/data/csv-columns.js';
import { OgDataError } from '../src/core/data/errors.js';
import { searchFor } from '../src/core/i18n/search.js';
import { pickText } from '../src/core/i18n/text.js';
import { expectQuickCheckWithinSchema } from './helpers.js';

const TODAY = '2026-11-28';

async function load(path: string): Promise<unknown> {
  return (await fetch(path)).json();
}
async function text(path: string): Promise<string> {
  return (await fetch(path)).text();
}

async function failure(fn: () => unknown): Promise<OgDataError> {
  try {
    await fn();
  } catch (error) {
    expect(error).to.be.instanceOf(OgDataError);
    return error as OgDataError;
  }
  throw new Error('expected a failure');
}

const entry = (overrides: Partial<Suggestion> = {}): Suggestion => ({
  reference: 'R-1',
  received: '2026-10-01',
  commitments: [],
  text: 'Une suggestion',
  status: 'received',
  links: [],
  ...overrides,
});

/** Every string in a model, to prove what it does not hold. */
const everything = (model: ResponseModel) => JSON.stringify(model.register);

describe('response log: reading our JSON', () => {
  let register: ResponseModel;
  before(async () => {
    register = await parseRegisterJson(
      await load('/test/fixtures/responses/register.json'),
      'https://example.org/data/',
    );
  });

  it('reads every suggestion, its answer and its links', () => {
    const { suggestions } = register.register;
    expect(suggestions.map((suggestion) => suggestion.reference)).to.deep.equal([
      'KEF-2026-0001',
      'KEF-2026-0002',
      'KEF-2026-0003',
      'KEF-2026-0004',
      'KEF-2026-0005',
    ]);
    const first = suggestions[0]!;
    expect(first.status).to.equal('accepted');
    expect(pickText(first.answer!.by, 'fr').text).to.equal('Comité de pilotage');
    expect(first.answer!.date).to.equal('2026-03-20');
    expect(first.links[0]!.url).to.equal('https://example.org/pv-2026-03.pdf');
    expect(suggestions[3]!.commitments).to.deep.equal(['digital-services']);
    expect(register.register.answerWithin).to.equal(30);
  });

  it('drops personal fields, names them and warns about each', () => {
    expect(register.personalFields).to.deep.equal(['email', 'name', 'phone']);
    const all = everything(register);
    for (const leak of ['citoyen@example.org', 'Salma', '+216 22']) expect(all).not.to.include(leak);
    expect(register.warnings.filter((warning) => warning.expected === 'personal').map((w) => w.field)).to.deep.equal([
      'email',
      'name',
      'phone',
    ]);
  });

  it('keeps hostile text as text', () => {
    expect(register.register.suggestions[2]!.text).to.equal(
      "<img src=x onerror=alert(1)> Ajouter des bacs <b>près de l'école</b>",
    );
  });

  it('reads a bare array of suggestions', async () => {
    const model = await parseRegisterJson([{ reference: 7, received: '2026-01-02', text: 'x', status: 'closed' }]);
    expect(model.register.suggestions[0]!.reference).to.equal('7');
  });

  it('names each bad field of a register that fails the schema', async () => {
    const error = await failure(() =>
      parseRegisterJson({
        suggestions: [
          { reference: 'A', received: '2026-02-30', text: 'x', status: 'accepted' },
          { reference: 'B', received: '2026-02-01', text: 'x', status: 'maybe' },
        ],
      }),
    );
    expect(error.kind).to.equal('validation');
    const fields = error.problems.map((problem) => problem.path?.join('.'));
    expect(fields).to.include('suggestions.0.received');
    expect(fields).to.include('suggestions.1.status');
  });

  it('refuses two suggestions with the same reference, however typed', async () => {
    const error = await failure(() =>
      parseRegisterJson([
        { reference: 'KEF-1', received: '2026-01-02', text: 'x', status: 'received' },
        { reference: 'kef 1', received: '2026-01-03', text: 'y', status: 'received' },
      ]),
    );
    expect(error.problems[0]!.expected).to.equal('unique');
  });

  it('warns about an answer dated before the suggestion was received', async () => {
    const model = await parseRegisterJson([
      {
        reference: 'A',
        received: '2026-05-02',
        text: 'x',
        status: 'accepted',
        answer: { text: 'ok', date: '2026-05-01' },
      },
    ]);
    expect(model.warnings.map((warning) => warning.field)).to.deep.equal(['answered']);
  });

  it('never accepts what the schema refuses (quick check within the schema)', async () => {
    expectQuickCheckWithinSchema(
      looksLikeRegister,
      validateRegister,
      await load('/test/fixtures/responses/register.json'),
      100,
    );
  });

  it('keeps an unsafe link as text, with a warning', async () => {
    const model = await parseRegisterJson([
      { reference: 'A', received: '2026-05-02', text: 'x', status: 'received', links: ['javascript:alert(1)'] },
    ]);
    expect(model.register.suggestions[0]!.links[0]!.url).to.equal(undefined);
    expect(model.warnings[0]!.expected).to.equal('url');
  });
});

describe('response log: reading a clerk’s spreadsheet (CSV)', () => {
  let model: ResponseModel;
  before(async () => {
    model = parseRegisterCsv(parseCsv(await text('/test/fixtures/responses/register-fr.csv')));
  });

  it('reads French headers, French status and channel words, and day-first dates', () => {
    const [first, second, third] = model.register.suggestions;
    expect(model.register.suggestions).to.have.length(3);
    expect(first!.reference).to.equal('BMK-2026-101');
    expect(first!.received).to.equal('2026-10-15');
    expect(first!.channel).to.equal('meeting');
    expect(first!.status).to.equal('accepted');
    expect(first!.commitments).to.deep.equal(['C2']);
    expect(first!.answer!.date).to.equal('2026-11-02');
    expect(pickText(first!.answer!.text, 'ar').text).to.equal('تمت برمجته ضمن برنامج 2027.');
    expect(pickText(first!.text, 'fr').text).to.equal("Raccorder les douars d'Aït Bouguemez au réseau.");
    expect(first!.links[0]).to.deep.equal({ title: 'PV', url: 'https://example.org/pv.pdf' });
    expect(second!.status).to.equal('under-review');
    expect(second!.channel).to.equal('online');
    expect(second!.answer).to.equal(undefined);
    expect(third!.status).to.equal('not-retained');
    expect(third!.commitments).to.deep.equal(['C1', 'C3']);
  });

  it('never reads the name and email columns, and names them', () => {
    expect(model.personalFields).to.deep.equal(['Nom et prénom', 'Courriel']);
    const all = everything(model);
    for (const leak of ['Ahmed Amrani', 'example.org"', 'fz@', 'Fatima']) expect(all).not.to.include(leak);
  });

  it('reads Arabic headers and status words', () => {
    const table = parseCsv(
      'المرجع,تاريخ الاستلام,الموضوع,المقترح,الحالة,الرد,الهاتف\nA-1,2026-10-01,الماء,إصلاح القناة,مقبول جزئيا,سيتم الإصلاح جزئيا,0600000000\n',
    );
    const read = parseRegisterCsv(table);
    expect(read.register.suggestions[0]!.status).to.equal('partly-accepted');
    expect(read.personalFields).to.deep.equal(['الهاتف']);
    expect(everything(read)).not.to.include('0600000000');
  });

  it('names each bad cell by row and header', async () => {
    const table = parseCsv('Référence;Date;Suggestion;Statut\nA;31/02/2026;x;Accepté\nB;01/02/2026;;peut-être\n');
    const error = await failure(() => parseRegisterCsv(table));
    expect(error.problems.map((problem) => [problem.row, problem.field, problem.expected])).to.deep.equal([
      [2, 'Date', 'date'],
      [3, 'Suggestion', 'present'],
      [3, 'Statut', 'one-of'],
    ]);
  });

  it('says which required column is missing', async () => {
    const error = await failure(() => parseRegisterCsv(parseCsv('Référence;Suggestion\nA;x\n')));
    expect(error.problems.map((problem) => problem.field)).to.deep.equal(['received', 'status']);
  });

  it('reads dates as spreadsheets write them', () => {
    expect(readSpreadsheetDate('15/10/2026')).to.equal('2026-10-15');
    expect(readSpreadsheetDate('5.3.2026')).to.equal('2026-03-05');
    expect(readSpreadsheetDate('2026-10-15')).to.equal('2026-10-15');
    expect(readSpreadsheetDate('2026/10/15 09:30')).to.equal('2026-10-15');
    expect(readSpreadsheetDate('31/02/2026')).to.equal(undefined);
    expect(readSpreadsheetDate('10/2026')).to.equal(undefined);
  });
});

describe('response log: reading an Open311 requests.json', () => {
  let model: ResponseModel;
  before(async () => {
    model = (await readResponses({ format: 'json', value: await load('/test/fixtures/responses/open311.json') })).model;
  });

  it('maps open and closed honestly', () => {
    const [filled, graffiti, light, scheduled] = model.register.suggestions;
    expect(filled!.status).to.equal('closed');
    expect(isAnswered(filled!)).to.equal(true);
    expect(filled!.answer).to.deep.equal({
      text: 'Pothole filled on 12 October.',
      by: 'Direction des travaux',
      date: '2026-10-12',
    });
    // Closed without notes: closed, never accepted, and not answered.
    expect(graffiti!.status).to.equal('closed');
    expect(isAnswered(graffiti!)).to.equal(false);
    expect(light!.status).to.equal('received');
    expect(scheduled!.status).to.equal('under-review');
    expect(isAnswered(scheduled!)).to.equal(false);
    expect(filled!.topic).to.equal('Pothole');
    expect(filled!.received).to.equal('2026-10-01');
    expect(scheduled!.text).to.equal('Streetlight');
  });

  it('leaves out where it was made, its photo and the requester', () => {
    const all = everything(model);
    for (const leak of ['République', 'photo.jpg', 'someone@', 'Karim', '36.17']) expect(all).not.to.include(leak);
    expect(model.personalFields).to.deep.equal(['email', 'first_name']);
  });

  it('reads { service_requests: [...] } and names a request without an id', async () => {
    const error = await failure(() =>
      readResponses({
        format: 'json',
        value: { service_requests: [{ service_request_id: '', status: 'open', requested_datetime: 'yesterday' }] },
      }),
    );
    expect(error.problems.map((problem) => problem.field)).to.deep.equal(['service_request_id', 'requested_datetime']);
  });

  it('counts what it read', () => {
    expect(countResponses(model)).to.deep.equal({
      count: 4,
      noun: 'suggestion',
      parts: { answered: 1, personalFields: 2 },
      byCommitment: {},
    });
  });
});

describe('response log: personal fields', () => {
  it('recognises personal fields in three languages and compound names', () => {
    for (const name of [
      'email',
      'E-mail',
      'Courriel',
      'Nom et prénom',
      'prenom',
      'CIN',
      'رقم الهاتف',
      'الاسم',
      'author_email',
      'citizenName',
      'contact.phone',
      'Adresse',
      'Date de naissance',
    ])
      expect(isPersonalField(name), name).to.equal(true);
    for (const name of [
      'reference',
      'status',
      'topic',
      'Province',
      'Réponse',
      'answered_by',
      'text_ar',
      'المقترح',
      'Répondu par',
    ])
      expect(isPersonalField(name), name).to.equal(false);
  });
});

describe('response log: summary, follow, filters, order', () => {
  const suggestions: Suggestion[] = [
    entry({
      reference: 'A-1',
      received: '2026-01-10',
      status: 'accepted',
      answer: { text: 'Oui', date: '2026-01-20' },
      commitments: ['c1'],
    }),
    entry({
      reference: 'A-2',
      received: '2026-02-01',
      status: 'not-retained',
      answer: { text: 'Non, car…', date: '2026-03-03' },
    }),
    entry({ reference: 'A-3', received: '2026-10-01', status: 'under-review', area: { fr: 'Azilal', ar: 'أزيلال' } }),
    entry({
      reference: 'A-4',
      received: '2026-11-20',
      status: 'received',
      channel: 'meeting',
      commitments: ['c1', 'c2'],
    }),
    entry({
      reference: 'A-5',
      received: '2025-12-01',
      status: 'closed',
      text: { fr: 'Élargir la route', ar: 'توسيعُ الطريق' },
    }),
  ];

  it('summarizes: received, answered and the share, the median delay, late ones and statuses', () => {
    const summary = summarizeResponses(suggestions, TODAY, 30);
    expect(summary.received).to.equal(5);
    expect(summary.answered).to.equal(2);
    expect(summary.answeredShare).to.be.closeTo(0.4, 1e-9);
    // 10 and 30 days.
    expect(summary.medianDaysToAnswer).to.equal(20);
    // A-3 (58 days) and A-5 (closed without answer, 362 days) wait longer than 30 days; A-4 does not.
    expect(summary.late).to.equal(2);
    expect(summary.byStatus.accepted).to.equal(1);
    expect(summary.byStatus.closed).to.equal(1);
    expect(summary.linkedToCommitments).to.equal(2);
  });

  it('tells late from answered and waiting', () => {
    expect(isLate(suggestions[2]!, TODAY, 30)).to.equal(true);
    expect(isLate(suggestions[3]!, TODAY, 30)).to.equal(false);
    expect(isLate(suggestions[0]!, TODAY, 30)).to.equal(false);
    expect(daysWaiting(suggestions[3]!, TODAY)).to.equal(8);
    expect(daysWaiting(suggestions[0]!, TODAY)).to.equal(undefined);
  });

  it('finds a reference however it is typed', () => {
    expect(referenceKey(' a 1 ')).to.equal(referenceKey('A-1'));
    expect(findByReference(suggestions, 'a 4')?.reference).to.equal('A-4');
    expect(findByReference(suggestions, '  A_5 ')?.reference).to.equal('A-5');
    expect(findByReference(suggestions, 'A-9')).to.equal(undefined);
    expect(findByReference(suggestions, '')).to.equal(undefined);
  });

  it('searches every language, ignoring accents and Arabic diacritics, with or without the quick search', () => {
    for (const search of [undefined, searchFor]) {
      const found = (query: string) => filterSuggestions(suggestions, { query }, 'fr', search).map((s) => s.reference);
      expect(found('elargir')).to.deep.equal(['A-5']);
      expect(found('توسيع')).to.deep.equal(['A-5']);
      expect(found('أزيلال')).to.deep.equal(['A-3']);
      expect(found('a-2')).to.deep.equal(['A-2']);
      expect(found('azilal a-3')).to.deep.equal(['A-3']);
      expect(found('azilal a-2')).to.deep.equal([]);
    }
  });

  it('filters by status, commitment, channel and year', () => {
    const refs = (filter: Parameters<typeof filterSuggestions>[1]) =>
      filterSuggestions(suggestions, filter, 'fr').map((s) => s.reference);
    expect(refs({ status: 'accepted' })).to.deep.equal(['A-1']);
    expect(refs({ commitment: 'c1' })).to.deep.equal(['A-1', 'A-4']);
    expect(refs({ channel: 'meeting' })).to.deep.equal(['A-4']);
    expect(refs({ year: '2025' })).to.deep.equal(['A-5']);
    expect(refs({ area: 'Azilal' })).to.deep.equal(['A-3']);
  });

  it('sorts newest first, longest waiting first, latest answer first', () => {
    const order = (key: Parameters<typeof sortSuggestions>[1]) =>
      sortSuggestions(suggestions, key).map((s) => s.reference);
    expect(order('newest')).to.deep.equal(['A-4', 'A-3', 'A-2', 'A-1', 'A-5']);
    expect(order('waiting').slice(0, 3)).to.deep.equal(['A-5', 'A-3', 'A-4']);
    expect(order('answered').slice(0, 2)).to.deep.equal(['A-2', 'A-1']);
  });

  it('lists areas, years, channels and counts per commitment', () => {
    const choices = filterChoicesOf(suggestions, 'ar');
    expect(choices.areas).to.deep.equal(['أزيلال']);
    expect(choices.years).to.deep.equal(['2026', '2025']);
    expect(choices.channels).to.deep.equal(['meeting']);
    expect([...suggestionsPerCommitment(suggestions)]).to.deep.equal([
      ['c1', 2],
      ['c2', 1],
    ]);
  });
});
