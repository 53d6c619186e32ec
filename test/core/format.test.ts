import { expect } from '@open-wc/testing';
import { formatCurrency, currencyMinorUnits } from '../../src/core/i18n/currency.js';
import { formatRelative } from '../../src/core/i18n/relative.js';
import {
  formatNumber,
  formatPercent,
  formatDateTime,
  formatDate,
  formatCalendarDate,
  formatCalendarRange,
  todayIso,
} from '../../src/core/i18n/format.js';
import { formatTimeZone, timeZoneOffsetMinutes, isValidTimeZone, instantInZone } from '../../src/core/i18n/zones.js';

const NBSP = /[\u00A0\u202F]/g;
const plain = (text: string) => text.replace(NBSP, ' ');

describe('number and currency formatting', () => {
  it('takes minor units from Intl: TND 3, MAD 2', () => {
    expect(currencyMinorUnits('TND')).to.equal(3);
    expect(currencyMinorUnits('MAD')).to.equal(2);
  });

  it('formats dinars with three decimals in French', () => {
    expect(plain(formatCurrency('fr-TN', 12500, 'TND'))).to.match(/^12 500,000 (DT|TND)$/);
  });

  it('formats dirhams with two decimals', () => {
    expect(plain(formatCurrency('fr-MA', 1250000, 'MAD'))).to.match(/^1[ .]250[ .]000,00 (MAD|DH)$/);
  });

  it('uses Western digits for ar-MA and ar-TN, as their locales do', () => {
    expect(formatNumber('ar-MA', 1234.5)).to.match(/^[0-9.,\u00A0\u202F\u200F\u061C ]+$/);
    expect(formatCurrency('ar-TN', 12.5, 'TND')).to.match(/12[,.]500/);
  });

  it('shortens large amounts in compact notation', () => {
    expect(plain(formatCurrency('fr', 1_200_000, 'MAD', { notation: 'compact' }))).to.match(/^1,2 M MAD$/);
    expect(formatCurrency('en', 1_200_000, 'MAD', { notation: 'compact', display: 'code' })).to.match(/MAD\s?1\.2M/);
  });

  it('can drop the currency and sign a change', () => {
    expect(plain(formatCurrency('fr', 1500, 'TND', { bare: true, signed: true }))).to.equal('+1 500,000');
    expect(plain(formatCurrency('fr', -1500, 'MAD', { notation: 'whole', bare: true }))).to.equal('-1 500');
  });

  it('formats percentages', () => {
    expect(plain(formatPercent('fr', 0.873))).to.equal('87,3 %');
    expect(formatPercent('en', 1.2)).to.equal('120%');
  });
});

describe('date and time-zone formatting', () => {
  it("gives today's date in the visitor's zone, or in the zone asked for", () => {
    // 23:30 on 31 December in UTC is already 1 January in Tunis (UTC+1).
    const late = new Date('2026-12-31T23:30:00Z');
    expect(todayIso('UTC', late)).to.equal('2026-12-31');
    expect(todayIso('Africa/Tunis', late)).to.equal('2027-01-01');
    const local = new Date(2026, 1, 3, 12);
    expect(todayIso(undefined, local)).to.equal('2026-02-03');
  });

  it('shows a time in Africa/Tunis at UTC+1 all year, with the zone named', () => {
    const winter = new Date('2026-01-15T16:00:00Z');
    const summer = new Date('2026-07-15T16:00:00Z');
    expect(timeZoneOffsetMinutes('Africa/Tunis', winter)).to.equal(60);
    expect(timeZoneOffsetMinutes('Africa/Tunis', summer)).to.equal(60);
    const text = formatDateTime('fr', winter, { timeZone: 'Africa/Tunis' });
    expect(text).to.contain('17:00');
    expect(text).to.match(/UTC\+1|GMT\+1/);
  });

  it("follows Casablanca's Ramadan hour and its 2026 switch from the browser's tz data", () => {
    // Before Ramadan 2026 (mid-February to mid-March), Morocco was at UTC+1; during it, UTC+0.
    expect(timeZoneOffsetMinutes('Africa/Casablanca', new Date('2026-01-10T12:00:00Z'))).to.equal(60);
    expect(timeZoneOffsetMinutes('Africa/Casablanca', new Date('2026-03-01T12:00:00Z'))).to.equal(0);
    // Whatever the tz version, the label always agrees with the offset used to convert.
    const date = new Date('2026-10-01T12:00:00Z');
    const offset = timeZoneOffsetMinutes('Africa/Casablanca', date);
    const label = formatTimeZone('en', 'Africa/Casablanca', date);
    expect(label).to.contain(offset === 0 ? 'GMT' : 'GMT+1');
  });

  it('names a zone in the reader language', () => {
    expect(formatTimeZone('fr', 'Africa/Tunis', new Date('2026-01-15T12:00:00Z'))).to.match(/UTC\+1/);
    expect(formatTimeZone('ar', 'Africa/Tunis', new Date('2026-01-15T12:00:00Z'))).to.match(/[\u0600-\u06FF]/);
  });

  it('formats a date in a zone where the day differs from UTC', () => {
    expect(
      formatDate('en', new Date('2026-03-01T23:30:00Z'), { timeZone: 'Africa/Tunis', dateStyle: 'long' }),
    ).to.equal('March 2, 2026');
  });

  it('accepts components or styles without Intl throwing', () => {
    const date = new Date('2026-03-10T16:00:00Z');
    expect(formatDate('fr', date, { month: 'long', year: 'numeric', timeZone: 'UTC' })).to.equal('mars 2026');
    expect(formatDateTime('en', date, { dateStyle: 'long', timeStyle: 'short', timeZone: 'Africa/Tunis' })).to.match(
      /March 10, 2026.*5:00.*GMT\+1/,
    );
  });

  it('formats calendar dates and ranges without shifting the day', () => {
    expect(formatCalendarDate('fr', '2026-03-10')).to.equal('10 mars 2026');
    expect(formatCalendarRange('en', '2026-03-10', '2026-03-12')).to.match(/Mar 10\s*–\s*12, 2026/);
  });

  it('says relative dates in words', () => {
    const now = new Date('2026-11-28T12:00:00Z');
    expect(formatRelative('en', new Date('2026-12-01T12:00:00Z'), now)).to.equal('in 3 days');
    expect(formatRelative('en', new Date('2026-11-29T12:00:00Z'), now)).to.equal('tomorrow');
    expect(formatRelative('fr', new Date('2026-09-28T12:00:00Z'), now)).to.equal('il y a 2 mois');
  });

  it('turns wall times into instants, across changes of offset as RFC 5545 reads them', () => {
    const at = (zone: string, ...parts: [number, number, number, number, number]) =>
      instantInZone(...parts, 0, zone).toISOString();
    expect(at('Africa/Tunis', 2026, 12, 3, 10, 0)).to.equal('2026-12-03T09:00:00.000Z');
    expect(at('Asia/Tokyo', 2026, 1, 1, 0, 30)).to.equal('2025-12-31T15:30:00.000Z');
    expect(at('America/New_York', 2026, 3, 8, 1, 30), 'just before clocks go forward').to.equal(
      '2026-03-08T06:30:00.000Z',
    );
    expect(at('America/New_York', 2026, 3, 8, 2, 30), 'a skipped time, read with the offset before').to.equal(
      '2026-03-08T07:30:00.000Z',
    );
    expect(at('America/New_York', 2026, 3, 8, 3, 30)).to.equal('2026-03-08T07:30:00.000Z');
    expect(at('America/New_York', 2026, 11, 1, 1, 30), 'a time that happens twice: the first').to.equal(
      '2026-11-01T05:30:00.000Z',
    );
    expect(at('Europe/Paris', 2026, 10, 25, 2, 30), 'the first, east of UTC').to.equal('2026-10-25T00:30:00.000Z');
    expect(at('Europe/Paris', 2026, 3, 29, 2, 30)).to.equal('2026-03-29T01:30:00.000Z');
  });

  it('knows valid IANA zones', () => {
    expect(isValidTimeZone('Africa/Casablanca')).to.equal(true);
    expect(isValidTimeZone('Mars/Olympus')).to.equal(false);
  });
});
