// Why not a tool: ajv does the checking; which samples and bad examples go with which schema is ours.
// Every JSON Schema under schemas/ must compile, accept the sample data the project ships, and
// refuse the bad examples listed here, so that the published schemas and the widgets agree.
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';

const CASES = [
  {
    schema: 'schemas/commitment-tracker.schema.json',
    valid: ['demo/data/elkef-plan.json', 'demo/data/bmk-plan.json'],
    invalid: [
      { commitments: [{ id: 'a', title: 'No status' }] },
      { commitments: [{ id: 'a', title: 'x', status: 'almost-done' }] },
      { commitments: [{ id: 'a', title: 'x', status: 'limited', progress: 140 }] },
      { commitments: [{ id: 'a', title: 'x', status: 'limited', lead: [{ name: 'x', sector: 'ngo' }] }] },
    ],
  },
  {
    schema: 'schemas/budget-table.schema.json',
    valid: ['demo/data/bmk-budget.json'],
    invalid: [
      { lines: [{ code: '1' }] },
      { lines: [{ code: '1', label: 'x', allocated: '12 500' }] },
      { lines: [{ code: '1', label: 'x', type: 'spending' }] },
      { currency: 'dinar', lines: [] },
    ],
  },
  {
    schema: 'schemas/consultation-calendar.schema.json',
    valid: ['demo/data/bmk-consultations.json'],
    invalid: [
      [{ start: '2026-12-01' }],
      [{ title: 'x', start: 'tomorrow' }],
      [{ title: 'x', start: '2026-12-01', mode: 'zoom' }],
      { timeZone: 'Africa/Tunis' },
    ],
  },
  {
    schema: 'schemas/response-log.schema.json',
    valid: ['demo/data/elkef-responses.json'],
    invalid: [
      { suggestions: [{ reference: 'A-1', received: '2026-05-02', text: 'x' }] },
      [{ reference: 'A-1', received: '2026-02-30', text: 'x', status: 'received' }],
      [{ reference: ' ', received: '2026-05-02', text: 'x', status: 'received' }],
      { suggestions: [{ reference: 'A-1', received: '2026-05-02', text: 'x', status: 'maybe' }] },
      { suggestions: [{ reference: 'A-1', received: '2026-05-02', text: 'x', status: 'received', channel: 'fax' }] },
      {
        suggestions: [{ reference: 'A-1', received: '2026-05-02', text: 'x', status: 'accepted', answer: { by: 'x' } }],
      },
      { answerWithin: 0, suggestions: [] },
    ],
  },
];

const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: false });
let failed = false;
for (const { schema, valid, invalid } of CASES) {
  const validate = ajv.compile(JSON.parse(readFileSync(schema, 'utf8')));
  for (const file of valid) {
    if (!validate(JSON.parse(readFileSync(file, 'utf8')))) {
      failed = true;
      console.error(`${schema} refuses ${file}:`, validate.errors);
    }
  }
  invalid.forEach((example, index) => {
    if (validate(example)) {
      failed = true;
      console.error(`${schema} accepts bad example #${index + 1}: ${JSON.stringify(example)}`);
    }
  });
  if (!failed) console.log(`${schema}: accepts ${valid.length} samples, refuses ${invalid.length} bad examples.`);
}
if (failed) process.exit(1);
