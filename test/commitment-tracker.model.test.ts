import { expect } from '@open-wc/testing';
import {
  commitmentProgress,
  milestoneState,
  nextMilestone,
  isOverdue,
  summarizePlan,
  filterCommitments,
  sortCommitments,
  themesOf,
  institutionsOf,
  sectorsOf,
  type Commitment,
  type PlanModel,
} from '../src/commitment-tracker/model.js';
import { parsePlanCsv, parseInstitution } from '../src/commitment-tracker/csv.js';
import { looksLikePlan, parsePlanJson, planFromInput } from '../src/commitment-tracker/json.js';
import { validatePlan } from '../src/commitment-tracker/schema.js';
import { parseCsv } from '../src/core/data/csv.js';
import { OgDataError } from '../src/core/data/errors.js';
import { pickText, searchKey } from '../src/core/i18n/text.js';
import { expectQuickCheckWithinSchema, mutations } from './helpers.js';

const TODAY = '2026-11-28';

async function load(path: string): Promise<unknown> {
  return (await fetch(path)).json();
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

const base = (overrides: Partial<Record<string, unknown>> = {}) => ({
  id: 'c1',
  title: 'Audit',
  status: 'limited',
  ...overrides,
});

describe('commitment tracker model: reading JSON', () => {
  let elKef: PlanModel;
  before(async () => {
    elKef = await parsePlanJson(await load('/demo/data/elkef-plan.json'), 'https://example.org/data/plan.json');
  });

  it('reads the El Kef sample plan', () => {
    expect(elKef.plan.commitments.map((commitment) => commitment.id)).to.deep.equal([
      'audit',
      'digital-services',
      'archives',
      'inclusion',
    ]);
    expect(elKef.warnings).to.deep.equal([]);
    expect(pickText(elKef.plan.title, 'ar').text).to.equal('خطة عمل الحكومة المنفتحة 2024-2027');
  });

  it('derives progress from milestones when it is not published', () => {
    const progress = Object.fromEntries(
      elKef.plan.commitments.map((commitment) => [commitment.id, commitmentProgress(commitment)]),
    );
    expect(progress).to.deep.equal({ audit: 50, 'digital-services': 33, archives: 0, inclusion: 100 });
  });

  it('keeps a published progress, and falls back on the status without milestones', () => {
    expect(commitmentProgress({ ...elKef.plan.commitments[0]!, progress: 70 })).to.equal(70);
    const bare: Commitment = { ...elKef.plan.commitments[0]!, milestones: [], progress: undefined };
    expect(commitmentProgress({ ...bare, status: 'complete' })).to.equal(100);
    expect(commitmentProgress({ ...bare, status: 'not-started' })).to.equal(0);
    expect(commitmentProgress({ ...bare, status: 'limited' })).to.equal(undefined);
  });

  it('flags overdue milestones: past due and not completed', () => {
    const audit = elKef.plan.commitments[0]!;
    expect(audit.milestones.map((milestone) => milestoneState(milestone, TODAY))).to.deep.equal([
      'done',
      'done',
      'overdue',
      'upcoming',
    ]);
    expect(nextMilestone(audit)?.id).to.equal('a3');
    expect(isOverdue(audit, TODAY)).to.equal(true);
    expect(isOverdue(elKef.plan.commitments[3]!, TODAY)).to.equal(false);
    expect(
      milestoneState({ id: 'x', title: 'x', due: TODAY, evidence: [] }, TODAY),
      'due today is not overdue yet',
    ).to.equal('upcoming');
  });

  it('summarizes the plan', () => {
    const summary = summarizePlan(elKef.plan, TODAY);
    expect(summary.total).to.equal(4);
    expect(summary.byStatus).to.include({ substantial: 1, limited: 1, 'not-started': 1, complete: 1 });
    expect(summary.highCompletion).to.equal(2);
    expect(summary.overallProgress).to.equal(46); // (50 + 33 + 0 + 100) / 4
    expect(summary.overdue).to.equal(3);
    expect(summary.timeElapsed).to.be.closeTo(0.75, 0.01);
  });

  it('resolves relative evidence links against the data file', async () => {
    const model = await parsePlanJson(
      {
        commitments: [base({ milestones: [{ title: 'M', evidence: [{ title: 'Report', url: 'reports/2026.pdf' }] }] })],
      },
      'https://example.org/data/plan.json',
    );
    expect(model.plan.commitments[0]!.milestones[0]!.evidence[0]!.url).to.equal(
      'https://example.org/data/reports/2026.pdf',
    );
  });

  it('accepts a bare array of commitments and numeric ids', async () => {
    const model = await parsePlanJson([base({ id: 7 })]);
    expect(model.plan.commitments[0]!.id).to.equal('7');
  });
});

describe('commitment tracker model: the quick check and the schema agree', () => {
  /** A plan with every field the schema knows, in each of its forms. */
  const fullPlan = {
    title: { fr: 'Plan d’action', ar: 'خطة العمل' },
    member: 'El Kef',
    period: { start: '2025-01-01', end: '2026-12-31' },
    url: 'https://example.org/plan',
    updated: '2026-11-01',
    commitments: [
      {
        id: 'c1',
        title: 'Audit',
        summary: { fr: 'Résumé' },
        problem: 'Problème',
        themes: ['Budget', { fr: 'Eau' }],
        lead: [{ name: 'Commune', sector: 'government' }],
        supporting: [{ name: { ar: 'جمعية' } }],
        status: 'limited',
        progress: 40,
        openedGovernment: 'major',
        start: '2025-01-01',
        end: '2026-06-30',
        milestones: [
          { id: 'm1', title: 'Publier', due: '2025-06-30', completed: null, evidence: ['https://example.org/a.pdf'] },
          { id: 2, title: { fr: 'Réunir' }, completed: '2025-03-01', evidence: [{ title: 'PV', url: 'pv.pdf' }] },
        ],
      },
      { id: 7, title: 'Open data', status: 'not-started' },
    ],
  };

  it('lets the published plans through the quick check, so that they never download the schema', async () => {
    expect(looksLikePlan(fullPlan)).to.equal(true);
    for (const path of ['/demo/data/elkef-plan.json', '/demo/data/bmk-plan.json']) {
      const plan = await load(path);
      expect(looksLikePlan(Array.isArray(plan) ? { commitments: plan } : plan), path).to.equal(true);
    }
  });

  it('never lets through what the schema refuses, whatever field is wrong', () => {
    expectQuickCheckWithinSchema(looksLikePlan, validatePlan, fullPlan);
  });

  it('reads the same model either way, unknown fields left out', () => {
    for (const { path, value } of mutations(fullPlan)) {
      if (!looksLikePlan(value)) continue;
      expect(planFromInput(value, 'https://example.org/'), path).to.deep.equal(
        planFromInput(validatePlan(value), 'https://example.org/'),
      );
    }
  });
});

describe('commitment tracker model: bad records', () => {
  it('names a missing title', async () => {
    const error = await failure(() => parsePlanJson({ commitments: [{ id: 'c1', status: 'limited' }] }));
    expect(error.problems[0]).to.include({ field: 'title', expected: 'present' });
    expect(error.problems[0]!.path).to.deep.equal(['commitments', 0, 'title']);
  });

  it('names an unknown status and lists the levels', async () => {
    const error = await failure(() => parsePlanJson([base({ status: 'almost-done' })]));
    expect(error.problems[0]).to.include({ field: 'status', expected: 'one-of', received: 'almost-done' });
    expect(error.problems[0]!.allowed).to.include('substantial');
  });

  it('refuses duplicate commitment ids and duplicate milestone ids', async () => {
    expect((await failure(() => parsePlanJson([base(), base()]))).problems[0]).to.include({
      field: 'id',
      expected: 'unique',
      received: 'c1',
    });
    const milestones = [
      { id: 'm', title: 'A' },
      { id: 'm', title: 'B' },
    ];
    expect((await failure(() => parsePlanJson([base({ milestones })]))).problems[0]).to.include({
      expected: 'unique',
      received: 'm',
    });
  });

  it('refuses dates that do not exist', async () => {
    const error = await failure(() => parsePlanJson([base({ start: '2026-02-30' })]));
    expect(error.problems[0]).to.include({ field: 'start', expected: 'date' });
  });

  it('refuses progress outside 0–100', async () => {
    expect((await failure(() => parsePlanJson([base({ progress: 140 })]))).problems[0]).to.include({
      field: 'progress',
      expected: 'range',
    });
  });

  it('warns about a milestone due before the commitment starts', async () => {
    const model = await parsePlanJson([
      base({ start: '2025-01-01', milestones: [{ title: 'Early', due: '2024-06-30' }] }),
    ]);
    expect(model.warnings[0]).to.include({ field: 'due', received: '2024-06-30' });
  });

  it('drops a javascript: evidence link, keeping its title as text, with a warning', async () => {
    const model = await parsePlanJson([
      base({ milestones: [{ title: 'M', evidence: [{ title: 'Click me', url: 'javascript:alert(1)' }] }] }),
    ]);
    const evidence = model.plan.commitments[0]!.milestones[0]!.evidence[0]!;
    expect(evidence.url).to.equal(undefined);
    expect(evidence.title).to.equal('Click me');
    expect(model.warnings[0]).to.include({ field: 'evidence', expected: 'url' });
  });

  it('refuses a plan that is not an object or an array', async () => {
    expect((await failure(() => parsePlanJson('plan'))).kind).to.equal('validation');
    expect((await failure(() => parsePlanJson({ title: 'No commitments' }))).problems[0]).to.include({
      field: 'commitments',
      expected: 'present',
    });
  });
});

describe('commitment tracker model: CSV as spreadsheets export it', () => {
  it('reads the French El Kef CSV: BOM, ;, grouped milestones, language columns, sectors in French', async () => {
    const table = parseCsv(await (await fetch('/demo/data/elkef-plan.csv')).text());
    const { plan, warnings } = parsePlanCsv(table, {}, 'https://example.org/plan.csv');
    expect(warnings).to.deep.equal([]);
    expect(plan.commitments.map((commitment) => commitment.id)).to.deep.equal(['audit', 'archives']);
    const audit = plan.commitments[0]!;
    expect(audit.status).to.equal('substantial');
    expect(pickText(audit.title, 'ar').text).to.equal('منظومة التدقيق الداخلي');
    expect(pickText(audit.title, 'fr').text).to.equal("Système d'audit interne");
    expect(audit.lead).to.deep.equal([{ name: 'Municipalité du Kef', sector: 'government' }]);
    expect(audit.supporting.map((institution) => institution.sector)).to.deep.equal(['civil-society', 'academia']);
    expect(audit.milestones.map((milestone) => [milestone.due, milestone.completed])).to.deep.equal([
      ['2024-12-31', '2024-12-20'],
      ['2026-06-30', null],
    ]);
    expect(audit.milestones[0]!.evidence[0]).to.deep.equal({
      title: 'Délibération',
      url: 'https://example.org/elkef/deliberation.pdf',
    });
    expect(plan.commitments[1]!.themes).to.deep.equal(["Accès à l'information", 'Numérique']);
  });

  it('maps headers through columns', () => {
    const table = parseCsv('Code;Intitulé;État;Étape\nx1;Budget ouvert;Complete;Publication\n');
    const { plan } = parsePlanCsv(table, { id: 'Code', title: 'Intitulé', status: 'État', milestone: 'Étape' });
    expect(plan.commitments[0]).to.include({ id: 'x1', title: 'Budget ouvert', status: 'complete' });
  });

  it('names the spreadsheet row and column of each bad cell', async () => {
    const table = parseCsv('id;titre;statut;jalon;échéance\na;A;En cours;M1;2026-02-30\nb;;Limité;;\n');
    const error = await failure(() => parsePlanCsv(table));
    const described = error.problems.map((problem) => `${problem.row}:${problem.field}:${problem.expected}`);
    expect(described).to.deep.equal(['2:statut:one-of', '2:échéance:date', '3:titre:present']);
  });

  it('reads institutions with their sector in English, French or Arabic', () => {
    expect(parseInstitution('Commune du Kef (gouvernement)')).to.deep.equal({
      name: 'Commune du Kef',
      sector: 'government',
    });
    expect(parseInstitution('جمعية الكاف [مجتمع مدني]')).to.deep.equal({
      name: 'جمعية الكاف',
      sector: 'civil-society',
    });
    expect(parseInstitution('Ville (2024)')).to.deep.equal({ name: 'Ville (2024)', sector: 'other' });
  });
});

describe('commitment tracker model: finding and sorting', () => {
  let elKef: PlanModel;
  before(async () => {
    elKef = await parsePlanJson(await load('/demo/data/elkef-plan.json'));
  });
  const ids = (list: Commitment[]) => list.map((commitment) => commitment.id);

  it('searches every language, ignoring case and accents', () => {
    expect(ids(filterCommitments(elKef.plan.commitments, { query: 'NUMERIQUE' }, 'fr'))).to.deep.equal([
      'digital-services',
      'archives',
    ]);
    expect(ids(filterCommitments(elKef.plan.commitments, { query: 'الأرشيف' }, 'fr'))).to.deep.equal(['archives']);
    expect(ids(filterCommitments(elKef.plan.commitments, { query: 'audit jendouba' }, 'en'))).to.deep.equal(['audit']);
    expect(searchKey('Élaboration')).to.equal('elaboration');
  });

  it('combines status, theme, sector and institution filters', () => {
    const plan = elKef.plan;
    expect(ids(filterCommitments(plan.commitments, { statuses: ['complete', 'limited'] }, 'fr'))).to.deep.equal([
      'digital-services',
      'inclusion',
    ]);
    expect(ids(filterCommitments(plan.commitments, { theme: 'Numérique' }, 'fr'))).to.deep.equal([
      'digital-services',
      'archives',
    ]);
    expect(ids(filterCommitments(plan.commitments, { sector: 'academia' }, 'fr'))).to.deep.equal(['audit']);
    expect(
      ids(filterCommitments(plan.commitments, { institution: 'Association Kef Citoyenne', theme: 'Inclusion' }, 'fr')),
    ).to.deep.equal(['inclusion']);
  });

  it('sorts by next due date, progress and title, in the reader’s language', () => {
    const plan = elKef.plan;
    expect(ids(sortCommitments(plan.commitments, 'due', 'fr'))).to.deep.equal([
      'digital-services',
      'audit',
      'archives',
      'inclusion',
    ]);
    expect(ids(sortCommitments(plan.commitments, 'progress', 'fr'))).to.deep.equal([
      'inclusion',
      'audit',
      'digital-services',
      'archives',
    ]);
    expect(ids(sortCommitments(plan.commitments, 'title', 'fr'))).to.deep.equal([
      'inclusion',
      'digital-services',
      'audit',
      'archives',
    ]);
  });

  it('lists themes, institutions and sectors for the filters', () => {
    expect(themesOf(elKef.plan, 'ar')).to.include('الرقمنة');
    expect(institutionsOf(elKef.plan, 'fr')[0]).to.equal('Archives nationales de Tunisie');
    expect(sectorsOf(elKef.plan)).to.deep.equal(['government', 'civil-society', 'private', 'academia']);
  });
});
