import { expect } from '@open-wc/testing';
import { pickText } from '../../src/core/i18n/text.js';
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
