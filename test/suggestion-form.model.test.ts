import { expect } from '@open-wc/testing';
import {
  validateField,
  validateForm,
  characterCount,
  isEmail,
  isPhone,
  classifyStatus,
  serverErrors,
  referenceFrom,
  encodePayload,
  backoffDelay,
  rateLimited,
  parseChoiceList,
  topicsFromPlan,
  newSubmissionId,
  shownFields,
  formRules,
  buildPayload,
  recheckField,
  refusalErrors,
  type FormShape,
  type SuggestionPayload,
} from '../src/suggestion-form/model.js';
import { parseFormJson } from '../src/suggestion-form/json.js';
import { fieldLabel } from '../src/suggestion-form/labels.js';
import { OgDataError } from '../src/core/data/errors.js';

describe('suggestion form model: validation', () => {
  it('requires what is required, and nothing else', () => {
    expect(validateField({ name: 'message', required: true }, '   ')).to.deep.equal({
      field: 'message',
      kind: 'required',
    });
    expect(validateField({ name: 'email', kind: 'email' }, '')).to.equal(undefined);
  });

  it('checks email and phone formats, in Latin or Arabic-Indic digits', () => {
    expect(isEmail('citoyen@commune-elkef.tn')).to.equal(true);
    expect(isEmail('citoyen@elkef')).to.equal(false);
    expect(isEmail('a b@c.tn')).to.equal(false);
    expect(isPhone('+216 78 200 000')).to.equal(true);
    expect(isPhone('0612-345-678')).to.equal(true);
    expect(isPhone('٠٦١٢٣٤٥٦٧٨')).to.equal(true);
    expect(isPhone('call me')).to.equal(false);
    expect(isPhone('12')).to.equal(false);
  });

  it('counts characters as people see them: emoji and Arabic with marks', () => {
    expect(characterCount('👩🏽‍🌾👍')).to.equal(2);
    expect(characterCount('مَدْرَسَة')).to.equal(5);
    expect(validateField({ name: 'message', maxLength: 3 }, '👩🏽‍🌾👍👍')).to.equal(undefined);
    expect(validateField({ name: 'message', maxLength: 3 }, 'abcd')).to.deep.equal({
      field: 'message',
      kind: 'too-long',
      limit: 3,
    });
    expect(validateField({ name: 'message', minLength: 10 }, 'short')).to.deep.equal({
      field: 'message',
      kind: 'too-short',
      limit: 10,
    });
  });

  it('checks patterns, dates, choices and the consent box', () => {
    expect(validateField({ name: 'cin', pattern: '\\d{8}' }, '1234567')?.kind).to.equal('pattern');
    expect(validateField({ name: 'cin', pattern: '\\d{8}' }, '12345678')).to.equal(undefined);
    expect(validateField({ name: 'visit', kind: 'date' }, '2026-02-30')?.kind).to.equal('date');
    expect(validateField({ name: 'area', kind: 'choice', options: ['Azilal'] }, 'Paris')?.kind).to.equal('option');
    expect(validateField({ name: 'consent', kind: 'checkbox', required: true }, false)?.kind).to.equal('consent');
    expect(validateField({ name: 'consent', kind: 'checkbox', required: true }, true)).to.equal(undefined);
  });

  it('lists errors in the order of the form', () => {
    const errors = validateForm(
      [
        { name: 'topic', required: true, kind: 'choice', options: ['a'] },
        { name: 'message', required: true },
        { name: 'email', kind: 'email' },
      ],
      { email: 'nope' },
    );
    expect(errors.map((error) => error.field)).to.deep.equal(['topic', 'message', 'email']);
  });
});

describe('suggestion form model: sending', () => {
  const payload: SuggestionPayload = {
    id: 'id-1',
    createdAt: '2026-11-28T10:00:00.000Z',
    locale: 'ar-MA',
    page: 'https://region.example/avis',
    message: 'اقتراح',
    anonymous: true,
    extra: { province: 'Azilal', newsletter: true },
  };

  it('encodes JSON, or a flat form body', () => {
    expect(JSON.parse(encodePayload(payload, 'json').body)).to.deep.equal(payload);
    const form = encodePayload(payload, 'form');
    expect(form.contentType).to.equal('application/x-www-form-urlencoded');
    const params = new URLSearchParams(form.body);
    expect(params.get('message')).to.equal('اقتراح');
    expect(params.get('extra[province]')).to.equal('Azilal');
    expect(params.get('extra[newsletter]')).to.equal('true');
  });

  it('classifies answers: retry network, 401, 403, 408, 419, 429, 5xx; 409 counts as sent; other 4xx are final', () => {
    const table: [number | undefined, string][] = [
      [undefined, 'retry'],
      [200, 'sent'],
      [201, 'sent'],
      [409, 'sent'],
      [408, 'retry'],
      [429, 'retry'],
      [500, 'retry'],
      [503, 'retry'],
      [400, 'rejected'],
      [422, 'rejected'],
      [403, 'retry'],
      [419, 'retry'],
    ];
    for (const [status, outcome] of table) expect(classifyStatus(status), String(status)).to.equal(outcome);
  });

  it('reads server messages and references in the usual shapes', () => {
    expect(serverErrors({ errors: [{ field: 'email', message: 'Blocked' }] })).to.deep.equal([
      { field: 'email', message: 'Blocked' },
    ]);
    expect(serverErrors({ errors: { phone: 'Invalid' } })).to.deep.equal([{ field: 'phone', message: 'Invalid' }]);
    expect(serverErrors({ message: 'Closed for comments' })).to.deep.equal([
      { field: undefined, message: 'Closed for comments' },
    ]);
    expect(serverErrors('<html>')).to.deep.equal([]);
    expect(referenceFrom({ reference: 'BMK-2026-0042' }, 'id')).to.equal('BMK-2026-0042');
    expect(referenceFrom({ id: 17 }, 'id')).to.equal('17');
    expect(referenceFrom(undefined, 'our-id')).to.equal('our-id');
  });

  it('backs off, and limits the rate per browser', () => {
    expect([0, 1, 2, 10].map(backoffDelay)).to.deep.equal([5000, 10000, 20000, 300000]);
    const now = 10_000_000;
    expect(rateLimited([now - 1000, now - 2000], now, 2, 3_600_000)).to.equal(true);
    expect(rateLimited([now - 4_000_000], now, 2, 3_600_000)).to.equal(false);
    expect(rateLimited([now], now, 0, 3_600_000), '0 turns it off').to.equal(false);
  });

  it('makes unique submission ids', () => {
    const ids = new Set(Array.from({ length: 50 }, newSubmissionId));
    expect(ids.size).to.equal(50);
    expect([...ids][0]).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe('suggestion form model: configuration', () => {
  it('reads choice lists with or without values', () => {
    expect(parseChoiceList('Azilal; Béni Mellal')).to.deep.equal([
      { value: 'Azilal', label: 'Azilal' },
      { value: 'Béni Mellal', label: 'Béni Mellal' },
    ]);
    expect(parseChoiceList('budget: Budget ouvert; pdr: Plan régional')[1]).to.deep.equal({
      value: 'pdr',
      label: 'Plan régional',
    });
  });

  it('takes topics from an action plan', () => {
    const topics = topicsFromPlan({
      commitments: [{ id: 'audit', title: { fr: 'Audit', ar: 'تدقيق' } }, { id: 3, title: 'x' }, { title: 'no id' }],
    });
    expect(topics).to.deep.equal([
      { value: 'audit', label: { fr: 'Audit', ar: 'تدقيق' } },
      { value: '3', label: 'x' },
    ]);
    expect(topicsFromPlan('nonsense')).to.deep.equal([]);
  });

  it('reads extra fields and the consent block, and refuses bad definitions', () => {
    const config = parseFormJson({
      fields: [
        { name: 'cin', label: { fr: 'CIN', ar: 'رقم البطاقة' }, pattern: '\\d{8}', required: true },
        { name: 'visit', type: 'date', label: 'Date' },
      ],
      consent: { controller: 'Région', noticeUrl: 'javascript:alert(1)' },
    });
    expect(config.fields.map((field) => [field.name, field.type, field.required])).to.deep.equal([
      ['cin', 'text', true],
      ['visit', 'date', false],
    ]);
    expect(config.consent.noticeUrl, 'unsafe link dropped').to.equal(undefined);
    for (const bad of [
      { fields: [{ name: 'email', label: 'x' }] },
      { fields: [{ name: 'x', label: 'x', pattern: '(' }] },
      { fields: [{ name: 'x', label: 'x', type: 'file' }] },
    ]) {
      expect(() => parseFormJson(bad)).to.throw(OgDataError);
    }
  });

  describe("the form's shape", () => {
    const shape: FormShape = {
      shown: shownFields('message email name area'),
      required: ['email'],
      topics: [],
      areas: [{ value: 'azilal', label: 'Azilal' }],
      extra: parseFormJson({ fields: [{ name: 'cin', label: 'CIN', pattern: '\\d{8}' }] }).fields,
      minLength: 10,
      maxLength: 2000,
    };

    it("shows the built-in fields in the form's order, the message always, and the defaults when none is listed", () => {
      expect(shownFields('email area')).to.deep.equal(['area', 'message', 'email']);
      expect(shownFields('nonsense')).to.deep.equal(['topic', 'message', 'name', 'email']);
    });

    it('checks the fields in the order shown; consent is needed once personal data is given', () => {
      const rules = formRules(shape, {});
      expect(rules.map((rule) => rule.name)).to.deep.equal(['area', 'message', 'cin', 'name', 'email', 'consent']);
      expect(rules.find((rule) => rule.name === 'consent')?.required).to.equal(false);
      expect(formRules(shape, { email: 'a@b.ma' }).find((rule) => rule.name === 'consent')?.required).to.equal(true);
      expect(
        formRules(shape, { anonymous: true }).map((rule) => rule.name),
        'no name when anonymous',
      ).to.not.include('name');
    });

    it('re-checks one field and keeps the errors in the order of the rules', () => {
      const rules = formRules(shape, {});
      const errors = validateForm(rules, { message: 'short' });
      expect(errors.map((error) => error.field)).to.deep.equal(['message', 'email']);
      const fixed = recheckField(rules, errors, { message: 'long enough now', email: 'x' }, 'email');
      expect(fixed.map((error) => [error.field, error.kind])).to.deep.equal([
        ['message', 'too-short'],
        ['email', 'email'],
      ]);
      expect(
        recheckField(rules, fixed, { message: 'long enough now' }, 'message').map((error) => error.field),
      ).to.deep.equal(['email']);
    });

    it('sends what was written, trimmed, for the fields shown only, without a name when anonymous', () => {
      const context = {
        id: 'id-1',
        createdAt: '2026-12-01T00:00:00.000Z',
        locale: 'fr',
        page: 'https://kef.tn/',
        form: '',
      };
      const payload = buildPayload(
        shape,
        { message: '  Des bancs  ', name: 'Salma', anonymous: true, topic: 'hidden', cin: '12345678', email: '' },
        context,
      );
      expect(payload).to.deep.equal({
        ...context,
        form: undefined,
        topic: undefined,
        area: undefined,
        message: 'Des bancs',
        name: undefined,
        anonymous: true,
        email: undefined,
        phone: undefined,
        extra: { cin: '12345678' },
        consent: false,
      });
      expect(buildPayload(shape, { message: 'x', name: ' Salma ' }, context).name).to.equal('Salma');
    });

    it("puts a refusal's reasons on the fields shown, the others as general sentences", () => {
      const body = {
        errors: [
          { field: 'email', message: 'Adresse inconnue' },
          { field: 'secret', message: 'Champ inconnu' },
          { message: 'Réessayez' },
        ],
      };
      const { errors, general } = refusalErrors(body, formRules(shape, {}));
      expect(errors).to.deep.equal([{ field: 'email', kind: 'server', message: 'Adresse inconnue' }]);
      expect(general).to.deep.equal(['Champ inconnu', 'Réessayez']);
    });
  });
});

describe('suggestion form model: field names in messages', () => {
  const text = (label: unknown) => String(label);
  it('names a configured field by its label, even when its name is a word every object knows', () => {
    const extra = [
      { name: 'constructor', label: 'Builder', type: 'text', required: false, options: [] },
      { name: 'toString', label: 'Rendering', type: 'text', required: false, options: [] },
    ] as unknown as Parameters<typeof fieldLabel>[1];
    expect(fieldLabel('constructor', extra, text)).to.equal('Builder');
    expect(fieldLabel('toString', extra, text)).to.equal('Rendering');
    expect(fieldLabel('hasOwnProperty', [], text)).to.equal('hasOwnProperty');
  });
});
