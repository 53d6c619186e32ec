// `opengov-widgets validate`, run as a webmaster runs it: the real bin, on the demo data and on
// broken files. Needs the compiled library (`npm run build:npm`). Run with `npm run test:cli`.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const bin = join(root, 'bin', 'opengov-widgets.js');
const fixtures = join('test', 'fixtures', 'cli');
const ESCAPE = '\u001b[';

/** Runs the bin (asynchronously: the URL tests' server lives in this process). */
function run(...args) {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [bin, ...args],
      { cwd: root, env: { ...process.env, NO_COLOR: '' } },
      (error, stdout, stderr) => {
        resolve({ code: error ? error.code : 0, stdout, stderr });
      },
    );
  });
}

const validate = (...args) => run('validate', ...args);

before(() => {
  assert.ok(
    existsSync(join(root, 'dist', 'cli', 'validate.js')),
    'dist/cli/validate.js is missing: run "npm run build:npm" first',
  );
});

describe('valid files: the shipped demo data (and a form configuration)', () => {
  const cases = [
    ['demo/data/bmk-budget.json', /^✔ budget: 20 lines, years 2025–2026, no problems$/m],
    ['demo/data/elkef-budget.csv', /^✔ budget: 19 lines, years 2025–2026, no problems$/m],
    ['demo/data/bmk-plan.json', /^✔ plan: 3 commitments, 10 milestones, no problems$/m],
    ['demo/data/elkef-plan.json', /^✔ plan: 4 commitments, 11 milestones, no problems$/m],
    ['demo/data/elkef-plan.csv', /^✔ plan: 2 commitments, 3 milestones, no problems$/m],
    // Repeating events are counted within a window around today: the number moves with the date.
    [
      'demo/data/bmk-consultations.json',
      /^✔ events: \d+ events(, \d+ of them occurrences of repeating events)?, no problems$/m,
    ],
    [
      'demo/data/elkef-consultations.ics',
      /^✔ events: \d+ events(, \d+ of them occurrences of repeating events)?, no problems$/m,
    ],
    ['test/fixtures/cli/form.json', /^✔ form: 2 extra fields, no problems$/m],
    ['demo/data/elkef-responses.json', /^✔ responses: 25 suggestions, 18 answered, no problems$/m],
    ['demo/data/bmk-responses.csv', /^✔ responses: 21 suggestions, 15 answered, no problems$/m],
    ['demo/data/elkef-open311-requests.json', /^✔ responses: 6 suggestions, 2 answered, no problems$/m],
  ];
  for (const [file, summary] of cases) {
    test(file, async () => {
      const { code, stdout, stderr } = await validate(file);
      assert.equal(stderr, '');
      assert.match(stdout, summary);
      assert.doesNotMatch(stdout, /^(error|warning)/m);
      assert.equal(code, 0);
    });
  }

  test('the type is guessed from the contents, and --type is obeyed', async () => {
    const guessed = await validate('demo/data/elkef-plan.csv');
    assert.match(
      guessed.stdout,
      /^Checking demo\/data\/elkef-plan\.csv as plan \(og-commitment-tracker, CSV, type guessed from the contents\)$/m,
    );
    const told = await validate('demo/data/elkef-budget.csv', '--type', 'budget', '--currency', 'TND');
    assert.match(told.stdout, /^Checking demo\/data\/elkef-budget\.csv as budget \(og-budget-table, CSV\)$/m);
    assert.equal(told.code, 0);
  });

  test('output is plain when stdout is not a terminal', async () => {
    const { stdout } = await validate('demo/data/bmk-budget.json');
    assert.ok(!stdout.includes(ESCAPE));
  });
});

describe('files with problems', () => {
  test('a budget CSV with a text amount and a missing parent names both, by row', async () => {
    const { code, stdout } = await validate(join(fixtures, 'bad-budget.csv'), '--currency', 'TND');
    assert.match(
      stdout,
      /^error +Row 4: "Crédits initiaux 2026" is not a number \("douze mille"\)\. → use digits, with a comma or a dot for decimals/m,
    );
    assert.match(
      stdout,
      /^error +Row 5: "parent" refers to "9", which does not exist\. → use the code of a line in this file, or leave it empty for a top-level line$/m,
    );
    assert.match(stdout, /^✖ 2 problems$/m);
    assert.equal(code, 1);
  });

  test('a budget CSV with only a missing parent', async () => {
    const { code, stdout } = await validate(join(fixtures, 'budget-missing-parent.csv'));
    assert.match(stdout, /Row 4: "parent" refers to "9", which does not exist\./);
    assert.match(stdout, /^✖ 1 problem$/m);
    assert.equal(code, 1);
  });

  test('a plan JSON with a bad status and a date that does not exist', async () => {
    const { code, stdout } = await validate(join(fixtures, 'bad-plan.json'));
    assert.match(
      stdout,
      /^error +commitments › #2: "status" should be one of .*"not-started".* \("en cours"\)\. → use one of: not-started, limited, substantial, complete, no-evidence, withdrawn$/m,
    );
    assert.match(
      stdout,
      /^error +commitments › #2 › milestones › #1: "due" is not a valid date \("2026-02-30"\); write it as YYYY-MM-DD\. → write YYYY-MM-DD/m,
    );
    assert.match(stdout, /^✖ 2 problems$/m);
    assert.equal(code, 1);
  });

  test('problems in French with --lang fr', async () => {
    const { code, stdout } = await validate(join(fixtures, 'bad-plan.json'), '--lang', 'fr');
    assert.match(stdout, /« due » n’est pas une date valide \(« 2026-02-30 »\)/);
    // The hint speaks French too.
    assert.match(stdout, /→ écrivez AAAA-MM-JJ \(2026-03-10\) ; le jour doit exister$/m);
    assert.equal(code, 1);
  });

  test('events JSON with a missing title', async () => {
    const { code, stdout } = await validate(join(fixtures, 'bad-events.json'));
    assert.match(stdout, /^error +events › #2: "title" is missing\. → add this field, with a value$/m);
    assert.match(stdout, /^✖ 1 problem$/m);
    assert.equal(code, 1);
  });

  test('an ICS file without VCALENDAR', async () => {
    const { code, stdout } = await validate(join(fixtures, 'no-vcalendar.ics'));
    assert.match(
      stdout,
      /^error +The data file could not be read: .* it has no BEGIN:VCALENDAR line\. → an iCalendar file starts with BEGIN:VCALENDAR/m,
    );
    assert.match(stdout, /^✖ 1 problem$/m);
    assert.equal(code, 1);
  });

  test('a broken JSON file', async () => {
    const { code, stdout } = await validate(join(fixtures, 'broken.json'));
    assert.match(stdout, /^error +The data file could not be read: .*Invalid JSON/m);
    assert.equal(code, 1);
  });

  test('a spreadsheet saved in Windows-1252 rather than UTF-8', async () => {
    const { code, stdout } = await validate(join(fixtures, 'latin1-budget.csv'), '--type', 'budget');
    assert.match(stdout, /Row 1: the column "label" is not in the file\./);
    assert.match(stdout, /^warning The file is not in UTF-8: .* → save it again as UTF-8/m);
    assert.match(stdout, /^✖ 1 problem, 1 warning$/m);
    assert.equal(code, 1);
  });

  test('a form configuration with a built-in field name and an unknown field type', async () => {
    const { code, stdout } = await validate(join(fixtures, 'bad-form.json'));
    assert.match(stdout, /^error +fields › #1: "name" is not valid \("email"\)\. → start with a letter/m);
    assert.match(
      stdout,
      /^error +fields › #2: "type" should be one of .* \("dropdown"\)\. → use one of: text, textarea, select, radio, checkbox, date$/m,
    );
    assert.match(stdout, /^✖ 2 problems$/m);
    assert.equal(code, 1);
  });

  test('a line whose amounts differ from its sub-lines is a warning, not a failure', async () => {
    const { code, stdout } = await validate(join(fixtures, 'budget-mismatch.json'));
    assert.match(
      stdout,
      /^warning lines › #1: "1" is not valid \("its own amounts for 2026 differ from the sum of its sub-lines"\)\. → correct the amounts/m,
    );
    assert.match(stdout, /^✔ budget: 3 lines, year 2026, no problems, 1 warning$/m);
    assert.equal(code, 0);
  });

  test('a CSV whose columns are named otherwise: --columns maps them, as the attribute does', async () => {
    const file = join(fixtures, 'events-own-headers.csv');
    const unmapped = await validate(file, '--type', 'events');
    assert.match(
      unmapped.stdout,
      /Row 1: the column "title" is not in the file\. → add this column, or name yours with --columns .*"Sujet de la séance"/,
    );
    assert.equal(unmapped.code, 1);
    const mapped = await validate(
      file,
      '--columns',
      '{"title":"Sujet de la séance","start":"Quand"}',
      '--time-zone',
      'Africa/Tunis',
    );
    assert.match(mapped.stdout, /^✔ events: 2 events, no problems$/m);
    assert.equal(mapped.code, 0);
  });
});

describe('registers of suggestions: personal data fails the file', () => {
  const register = join('test', 'fixtures', 'responses', 'register-fr.csv');

  test('a register with names and emails: one error per personal column, exit code 1', async () => {
    const { code, stdout } = await validate(register, '--type', 'responses', '--json');
    const report = JSON.parse(stdout);
    assert.equal(report.valid, false);
    assert.equal(report.type, 'responses');
    assert.deepEqual(
      report.problems.map(({ field, expected, severity }) => ({ field, expected, severity })),
      [
        { field: 'Nom et prénom', expected: 'personal', severity: 'error' },
        { field: 'Courriel', expected: 'personal', severity: 'error' },
      ],
    );
    assert.equal(report.totalProblems, 2);
    // The widget reads the file (and would show it without those columns): the file itself leaks them.
    assert.equal(report.count.parts.suggestions, 3);
    assert.match(report.problems[0].hint, /delete this column from the published file/);
    assert.equal(report.exitCode, 1);
    assert.equal(code, 1);
  });

  test('said once per column, without repeating the reader’s note', async () => {
    const { code, stdout } = await validate(register, '--type', 'responses');
    assert.match(
      stdout,
      /^error +"Nom et prénom" holds personal data: it is never shown, but the file itself publishes it, so remove it before publishing\. → delete this column from the published file/m,
    );
    assert.match(stdout, /^error +"Courriel" holds personal data/m);
    assert.equal(stdout.match(/personal data/g).length, 2);
    assert.match(stdout, /^✖ 2 problems$/m);
    assert.equal(code, 1);
  });

  test('a register without personal columns passes', async () => {
    const { code, stdout } = await validate('demo/data/bmk-responses.csv', '--type', 'responses');
    assert.match(stdout, /^Checking demo\/data\/bmk-responses\.csv as responses \(og-response-log, CSV\)$/m);
    assert.match(stdout, /^✔ responses: 21 suggestions, 15 answered, no problems$/m);
    assert.doesNotMatch(stdout, /^(error|warning)/m);
    assert.equal(code, 0);
  });

  test('an Open311 requests.json is guessed as a register, and its requester fields fail it', async () => {
    const file = join('test', 'fixtures', 'responses', 'open311.json');
    const { code, stdout } = await validate(file);
    assert.match(
      stdout,
      /^Checking test\/fixtures\/responses\/open311\.json as responses \(og-response-log, JSON, type guessed from the contents\)$/m,
    );
    const report = JSON.parse((await validate(file, '--json')).stdout);
    assert.equal(report.type, 'responses');
    assert.equal(report.guessed, true);
    // Where the problem is (address, lat, long) is not who reported it: only the requester's fields.
    assert.deepEqual(
      report.problems.map((problem) => problem.field),
      ['email', 'first_name'],
    );
    assert.equal(code, 1);
  });

  test('in French with --lang fr', async () => {
    const { code, stdout } = await validate(register, '--type', 'responses', '--lang', 'fr');
    assert.match(
      stdout,
      /^error +« Nom et prénom » contient des données personnelles : elles ne sont jamais affichées, mais le fichier lui-même les publie ; retirez ce champ avant de publier\. → supprimez cette colonne du fichier publié : tout le monde peut télécharger le fichier, même si le widget ne l’affiche jamais$/m,
    );
    assert.match(stdout, /^error +« Courriel » contient des données personnelles/m);
    assert.doesNotMatch(stdout, /personal data|holds|delete this column/);
    assert.equal(code, 1);
  });

  test('a file of another kind: the hint names the formats of a register too', async () => {
    const english = await validate('demo/data/elkef-consultations.ics', '--type', 'responses');
    assert.match(english.stdout, /A register of suggestions is JSON or CSV, not iCalendar\./);
    assert.match(english.stdout, /→ check --type: a budget, a plan or a register of suggestions is JSON or CSV,/);
    assert.match(english.stdout, /The data file is not of a kind that can be shown here\./);
    assert.doesNotMatch(english.stdout, /web page/);
    assert.equal(english.code, 1);
    const french = await validate('demo/data/elkef-consultations.ics', '--type', 'responses', '--lang', 'fr');
    assert.match(
      french.stdout,
      /→ vérifiez --type : un budget, un plan ou un registre de suggestions est en JSON ou CSV,/,
    );
  });
});

describe('usage errors exit with 2', () => {
  test('a file that does not exist', async () => {
    const { code, stdout, stderr } = await validate(join(fixtures, 'nope.csv'));
    assert.equal(stdout, '');
    assert.match(stderr, /No such file: test\/fixtures\/cli\/nope\.csv/);
    assert.equal(code, 2);
  });

  test('an unknown --type', async () => {
    const { code, stderr } = await validate('demo/data/bmk-plan.json', '--type', 'agenda');
    assert.match(stderr, /Unknown --type "agenda": use budget, plan, events, form or responses\./);
    assert.equal(code, 2);
  });

  test('an unknown option', async () => {
    const { code, stderr } = await validate('demo/data/bmk-plan.json', '--colour');
    assert.match(stderr, /Unknown option '--colour'/);
    assert.match(stderr, /Usage: opengov-widgets validate/);
    assert.equal(code, 2);
  });

  test('a CSV whose kind cannot be told', async () => {
    const { code, stderr } = await validate(join(fixtures, 'events-own-headers.csv'));
    assert.match(stderr, /Cannot tell what this CSV file holds\. Say which widget reads it with --type/);
    assert.equal(code, 2);
  });

  test('bad option values', async () => {
    assert.equal((await validate('demo/data/bmk-budget.json', '--currency', 'dinar')).code, 2);
    assert.equal((await validate('demo/data/bmk-budget.json', '--time-zone', 'Mars/Olympus')).code, 2);
    assert.equal((await validate('demo/data/bmk-budget.json', '--lang', 'de')).code, 2);
    assert.equal((await validate('demo/data/bmk-budget.json', '--columns', '{oops')).code, 2);
    assert.equal((await validate()).code, 2);
  });
});

describe('--json', () => {
  test('a valid file', async () => {
    const { code, stdout } = await validate('demo/data/bmk-plan.json', '--json');
    const report = JSON.parse(stdout);
    assert.equal(report.valid, true);
    assert.equal(report.type, 'plan');
    assert.equal(report.format, 'json');
    assert.deepEqual(report.count, {
      value: 3,
      noun: 'commitment',
      details: '3 commitments, 10 milestones',
      parts: { kind: 'plan', commitments: 3, milestones: 10 },
    });
    assert.deepEqual(report.problems, []);
    assert.equal(report.exitCode, 0);
    assert.equal(code, 0);
  });

  test('problems, with where, what and a hint', async () => {
    const { code, stdout } = await validate(join(fixtures, 'bad-budget.csv'), '--json');
    const report = JSON.parse(stdout);
    assert.equal(report.valid, false);
    assert.equal(report.totalProblems, 2);
    assert.deepEqual(
      report.problems.map(({ row, field, expected, received, severity }) => ({
        row,
        field,
        expected,
        received,
        severity,
      })),
      [
        { row: 4, field: 'Crédits initiaux 2026', expected: 'number', received: 'douze mille', severity: 'error' },
        { row: 5, field: 'parent', expected: 'reference', received: '9', severity: 'error' },
      ],
    );
    assert.match(report.problems[0].hint, /a comma or a dot for decimals/);
    assert.equal(report.exitCode, 1);
    assert.equal(code, 1);
  });

  test('JSON paths for JSON files', async () => {
    const report = JSON.parse((await validate(join(fixtures, 'bad-plan.json'), '--json')).stdout);
    assert.deepEqual(report.problems[1].path, ['commitments', 1, 'milestones', 0, 'due']);
    assert.deepEqual(report.problems[0].allowed, [
      'not-started',
      'limited',
      'substantial',
      'complete',
      'no-evidence',
      'withdrawn',
    ]);
  });

  test('usage errors', async () => {
    const { code, stdout } = await validate('demo/data/bmk-plan.json', '--type', 'agenda', '--json');
    assert.deepEqual(JSON.parse(stdout), {
      valid: false,
      failure: { kind: 'usage', message: 'Unknown --type "agenda": use budget, plan, events, form or responses.' },
      exitCode: 2,
    });
    assert.equal(code, 2);
  });
});

describe('a file at a URL', () => {
  let server;
  let base;
  before(async () => {
    const types = { json: 'application/json', csv: 'text/csv; charset=utf-8', ics: 'text/calendar' };
    server = createServer((request, response) => {
      const name = request.url.slice(1);
      const path = name.startsWith('bad/') ? join(root, fixtures, name.slice(4)) : join(root, 'demo', 'data', name);
      if (name.includes('..') || !existsSync(path)) {
        response.writeHead(404, { 'Content-Type': 'text/html' }).end('<!doctype html><title>Not found</title>');
        return;
      }
      response
        .writeHead(200, { 'Content-Type': types[name.split('.').pop()] ?? 'application/octet-stream' })
        .end(readFileSync(path));
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${server.address().port}`;
  });
  after(() => {
    server.closeAllConnections();
    server.close();
  });

  test('a valid CSV budget', async () => {
    const { code, stdout } = await validate(`${base}/elkef-budget.csv`, '--currency', 'TND');
    assert.match(stdout, /^✔ budget: 19 lines, years 2025–2026, no problems$/m);
    assert.equal(code, 0);
  });

  test('an ICS feed', async () => {
    const { code, stdout } = await validate(`${base}/elkef-consultations.ics`);
    assert.match(stdout, /^✔ events: \d+ events/m);
    assert.equal(code, 0);
  });

  test('a plan with problems', async () => {
    const { code, stdout } = await validate(`${base}/bad/bad-plan.json`);
    assert.match(stdout, /^✖ 2 problems$/m);
    assert.equal(code, 1);
  });

  test('a missing file (404) cannot be checked', async () => {
    const { code, stderr } = await validate(`${base}/gone.json`);
    assert.match(stderr, /The data file was not found \(error 404\)\./);
    assert.equal(code, 2);
  });

  test('a server that does not answer cannot be checked', async () => {
    const closed = createServer();
    await new Promise((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address();
    await new Promise((resolve) => closed.close(resolve));
    const { code, stderr } = await validate(`http://127.0.0.1:${port}/plan.json`);
    assert.match(stderr, /Could not reach http:\/\/127\.0\.0\.1:\d+\/plan\.json: ECONNREFUSED\./);
    assert.equal(code, 2);
  });
});

describe('the command', () => {
  test('--version', async () => {
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    const { code, stdout } = await run('--version');
    assert.equal(stdout, `${version}\n`);
    assert.equal(code, 0);
  });

  test('--help and validate --help', async () => {
    const general = await run('--help');
    assert.match(general.stdout, /validate <file-or-url>/);
    assert.equal(general.code, 0);
    const own = await validate('--help');
    assert.match(own.stdout, /^Usage: opengov-widgets validate <file-or-url> \[options\]/);
    assert.match(own.stdout, /Exit codes: 0 valid/);
    assert.equal(own.code, 0);
  });

  test('an unknown command', async () => {
    const { code, stderr } = await run('check');
    assert.match(stderr, /unknown command "check"/);
    assert.equal(code, 2);
  });

  test('colours only on a terminal, and never with NO_COLOR', async () => {
    const { main } = await import('../../dist/cli/validate.js');
    const capture = async (isTTY, env) => {
      let out = '';
      const code = await main([join(root, fixtures, 'bad-events.json')], {
        stdout: (text) => (out += text),
        stderr: (text) => (out += text),
        isTTY,
        env,
      });
      assert.equal(code, 1);
      return out;
    };
    assert.ok((await capture(true, {})).includes(`${ESCAPE}31m✖ 1 problem`));
    assert.ok(!(await capture(true, { NO_COLOR: '1' })).includes(ESCAPE));
    assert.ok(!(await capture(false, {})).includes(ESCAPE));
  });
});
