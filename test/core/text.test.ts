import { expect } from '@open-wc/testing';
import { pickText, searchKey } from '../../src/core/i18n/text.js';
import { searchFor } from '../../src/core/i18n/search.js';
import { resolveLocale } from '../../src/core/i18n/resolve.js';
import { directionOf, messageLocaleFor } from '../../src/core/i18n/locales.js';
import { safeUrl } from '../../src/core/url.js';
import { isIsoDate, isIsoDateTime } from '../../src/core/data/validate.js';
import { detectFormat, formatFromUrl } from '../../src/core/data/format.js';
import { parseJson } from '../../src/core/data/parse.js';
import { OgDataError } from '../../src/core/data/errors.js';

describe('multilingual text', () => {
  const text = { fr: 'Audit interne', ar: 'التدقيق الداخلي', 'en-GB': 'Internal audit' };
  it('picks the exact language, then the language of a regional tag', () => {
    expect(pickText(text, 'ar-MA')).to.deep.equal({ text: 'التدقيق الداخلي', lang: 'ar' });
    expect(pickText(text, 'en')).to.deep.equal({ text: 'Internal audit', lang: 'en-GB' });
  });
  it('falls back to English, then French, then the first variant', () => {
    expect(pickText(text, 'es').text).to.equal('Internal audit');
    expect(pickText({ fr: 'Archives', ar: 'الأرشيف' }, 'es').text).to.equal('Archives');
    expect(pickText({ ar: 'الأرشيف' }, 'es')).to.deep.equal({ text: 'الأرشيف', lang: 'ar' });
  });
  it('treats empty variants as missing and passes plain strings through', () => {
    expect(pickText({ ar: '', fr: 'Inclusion' }, 'ar').text).to.equal('Inclusion');
    expect(pickText('Inclusion', 'ar')).to.deep.equal({ text: 'Inclusion' });
    expect(pickText(undefined, 'ar')).to.deep.equal({ text: '' });
  });
});

describe('search', () => {
  const finds = (query: string, ...texts: string[]) => Boolean(searchFor(query)?.matches(texts));

  it('ignores case, accents and Arabic diacritics and hamza, in the text and in what is typed', () => {
    expect(finds('eclairage', "L'ÉCLAIRAGE public")).to.equal(true);
    expect(finds('Éclairage', "l'eclairage public")).to.equal(true);
    expect(finds('الاقليمية', 'الطَّرِيق الإِقْلِيمِيَّة')).to.equal(true);
    expect(finds('الإقليمية', 'الطريق الاقليمية')).to.equal(true);
    expect(finds('éclairage', 'e\u0301clairage')).to.equal(true);
    expect(finds('eau', 'Éclairage public')).to.equal(false);
  });

  it('wants every word, each in any of the texts', () => {
    expect(finds('bus  Khénifra', 'Les lignes de bus', 'Khenifra')).to.equal(true);
    expect(finds('bus azilal', 'Les lignes de bus', 'Khenifra')).to.equal(false);
    expect(searchFor('   ')).to.equal(undefined);
  });

  it('reads Tifinagh, full-width letters, ligatures and text beyond our ranges as searchKey does', () => {
    expect(finds('ⵜⴰⵎⴰⵣⵉⵖⵜ', 'ⵜⴰⵎⴰⵣⵉⵖⵜ ⵏ ⵍⵎⵖⵔⵉⴱ')).to.equal(true);
    expect(finds('budget', 'ＢＵＤＧＥＴ')).to.equal(true);
    expect(finds('fin', 'ﬁnances')).to.equal(true);
    expect(finds('lij', 'Blĳde')).to.equal(true);
    expect(finds('الاعلام', 'ﻻعلام')).to.equal(false);
    expect(finds('لاعلام', 'ﻻعلام')).to.equal(true);
    expect(finds('καλημερα', 'ΚΑΛΗΜΈΡΑ')).to.equal(true);
  });

  it('finds exactly what the reduced text holds, on thousands of random texts', () => {
    let seed = 20261202;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const pools = [
      'aeiouAEIOUéèêëÉÈàâçÇôœŒﬁﬀĳǆŉ ’«»-…‥½',
      'اأإآٱبتثةىيئؤءًٌٍَُِّْٰـﻻﷲ ',
      'ⵜⴰⵎⵣⵉⵖⵏ',
      'ＡＢａｂ１',
      '\u0301\u0308\u0327\u064b\u0670',
      'ΣσςΆ한ﷺ',
    ];
    const pick = (text: string) => [...text][Math.floor(random() * [...text].length)]!;
    const textOf = (length: number) =>
      Array.from({ length }, () => pick(pools[Math.floor(random() * pools.length)]!)).join('');
    let found = 0;
    for (let round = 0; round < 3000; round++) {
      const texts = [textOf(1 + Math.floor(random() * 12)), textOf(Math.floor(random() * 6))];
      const reduced = searchKey(texts[0]!);
      const start = Math.floor(random() * reduced.length);
      // A word from the text itself half the time (so that some are found), random otherwise.
      const word = (random() < 0.5 ? reduced.slice(start, start + 1 + Math.floor(random() * 4)) : textOf(2)).trim();
      const search = searchFor(word);
      if (!search) continue;
      const expected = search.words.every((each) => texts.some((text) => searchKey(text).includes(each)));
      expect(search.matches(texts), `${JSON.stringify(word)} in ${JSON.stringify(texts)}`).to.equal(expected);
      if (expected) found += 1;
    }
    expect(found).to.be.greaterThan(500);
  });
});

describe('locale and direction resolution', () => {
  let host: HTMLElement;
  beforeEach(() => {
    host = document.createElement('div');
    document.body.append(host);
  });
  afterEach(() => host.remove());

  it('reads the nearest lang, across shadow roots', () => {
    host.setAttribute('lang', 'ar-MA');
    const inner = document.createElement('div');
    host.attachShadow({ mode: 'open' }).append(inner);
    const target = document.createElement('span');
    inner.append(target);
    expect(resolveLocale(target)).to.deep.equal({
      locale: 'ar-MA',
      messageLocale: 'ar',
      textLocale: 'ar-MA',
      dir: 'rtl',
    });
  });

  it('lets a nearer lang decide the direction over a farther dir', () => {
    host.setAttribute('dir', 'ltr');
    const widget = document.createElement('span');
    widget.setAttribute('lang', 'ar');
    host.append(widget);
    expect(resolveLocale(widget).dir).to.equal('rtl');
  });

  it('lets an explicit dir win', () => {
    host.setAttribute('lang', 'ar');
    host.setAttribute('dir', 'ltr');
    expect(resolveLocale(host).dir).to.equal('ltr');
  });

  it('falls back to English for languages without messages', () => {
    host.setAttribute('lang', 'de-CH');
    expect(resolveLocale(host)).to.deep.equal({ locale: 'en', messageLocale: 'en', textLocale: 'de-CH', dir: 'ltr' });
    host.setAttribute('lang', 'fa');
    expect(resolveLocale(host).dir, 'English messages read left to right').to.equal('ltr');
    expect(messageLocaleFor('fr-TN')).to.equal('fr');
    expect(directionOf('zgh')).to.equal('ltr');
    expect(directionOf('he')).to.equal('rtl');
  });
});

describe('safe links', () => {
  for (const bad of [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    ' \u0001javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox',
    'file:///etc/passwd',
    42,
  ]) {
    it(`refuses ${JSON.stringify(bad)}`, () => expect(safeUrl(bad)).to.equal(undefined));
  }
  it('keeps http(s), mailto and tel, and resolves relative links', () => {
    expect(safeUrl('https://commune-elkef.tn/plan.pdf')).to.equal('https://commune-elkef.tn/plan.pdf');
    expect(safeUrl('mailto:contact@example.org')).to.equal('mailto:contact@example.org');
    expect(safeUrl('tel:+21678200000')).to.equal('tel:+21678200000');
    expect(safeUrl('docs/plan.pdf', 'https://example.org/data/plan.json')).to.equal(
      'https://example.org/data/docs/plan.pdf',
    );
  });
});

describe('dates in data', () => {
  it('refuses dates that do not exist', () => {
    expect(isIsoDate('2026-02-28')).to.equal(true);
    expect(isIsoDate('2026-02-30')).to.equal(false);
    expect(isIsoDate('2028-02-29')).to.equal(true);
    expect(isIsoDate('28/02/2026')).to.equal(false);
    expect(isIsoDate('2000-02-29')).to.equal(true);
    expect(isIsoDate('1900-02-29')).to.equal(false);
    for (const bad of [
      '2026-13-01',
      '2026-00-10',
      '2026-04-31',
      '2026-04-00',
      '2026-4-01',
      '２０２６-01-01',
      '2026-01-01 ',
    ])
      expect(isIsoDate(bad), bad).to.equal(false);
    expect(isIsoDateTime('2026-03-10T17:00:00+01:00')).to.equal(true);
    expect(isIsoDateTime('2026-03-10T25:00')).to.equal(false);
  });
});

describe('format detection and JSON errors', () => {
  it('prefers the attribute, then the content type, then the extension, then the content', () => {
    expect(detectFormat({ explicit: 'csv', contentType: 'application/json', url: 'a.json', text: '{}' })).to.equal(
      'csv',
    );
    expect(detectFormat({ contentType: 'text/csv; charset=utf-8', url: 'a.json', text: '{}' })).to.equal('csv');
    expect(detectFormat({ contentType: 'text/plain', url: 'https://x.org/feed.ics?v=2', text: 'x' })).to.equal('ics');
    expect(detectFormat({ contentType: 'application/octet-stream', text: 'BEGIN:VCALENDAR' })).to.equal('ics');
    expect(formatFromUrl('/data/budget.CSV')).to.equal('csv');
  });
  it('refuses a web page', () => {
    expect(() => detectFormat({ contentType: 'text/html', text: '<!doctype html>' })).to.throw(OgDataError, /web page/);
  });
  it('says where JSON breaks and when it is cut short', () => {
    try {
      parseJson('[\n  {"id": "a",\n  "title" "x"}\n]');
      expect.fail('should throw');
    } catch (error) {
      expect((error as OgDataError).kind).to.equal('parse');
      expect((error as OgDataError).detail).to.match(/line 3/);
    }
    expect(() => parseJson('[{"id": "a", "ti')).to.throw(OgDataError, /cut short/);
  });
});
