import { expect } from '@open-wc/testing';
import { parseLocaleNumber, inferDecimalSeparator } from '../../src/core/data/number.js';

describe('parseLocaleNumber', () => {
  const cases: [string, number | null, (',' | '.')?][] = [
    ['12 500,000', 12500],
    ['12\u202F500,000', 12500],
    ['12\u00A0500,5', 12500.5],
    ['1.250.000,00', 1250000],
    ['1,250,000.00', 1250000],
    ['1 250 000', 1250000],
    ['3,5', 3.5],
    ['3.5', 3.5],
    ['-3,5', -3.5],
    ['\u22123,5', -3.5],
    ['(1 200)', -1200],
    ['1200-', -1200],
    ['+42', 42],
    ['0', 0],
    ['١٢٫٥', 12.5],
    ['١٬٢٥٠', 1250],
    ['1.250', 1250, ','],
    ['1.250', 1.25, '.'],
    ['1,250', 1250, '.'],
    ['1,250', 1.25, ','],
    ["1'250'000.50", 1250000.5],
    ['', null],
    ['   ', null],
    ['-', null],
  ];
  for (const [input, expected, decimal] of cases) {
    it(`reads ${JSON.stringify(input)}${decimal ? ` (decimal ${decimal})` : ''} as ${expected}`, () => {
      expect(parseLocaleNumber(input, { decimal })).to.equal(expected);
    });
  }

  for (const bad of ['12 500,000 DT', 'n/a', '1.2.3,4,5', '12,50,0.0', 'abc', '1e5x', '--3', '1,2,3.4.5']) {
    it(`refuses ${JSON.stringify(bad)}`, () => {
      expect(Number.isNaN(parseLocaleNumber(bad))).to.equal(true);
    });
  }

  it('passes numbers through and refuses non-finite ones', () => {
    expect(parseLocaleNumber(12.5)).to.equal(12.5);
    expect(Number.isNaN(parseLocaleNumber(Number.POSITIVE_INFINITY))).to.equal(true);
    expect(parseLocaleNumber(null)).to.equal(null);
  });
});

describe('inferDecimalSeparator', () => {
  it('finds the decimal comma of a French export', () => {
    expect(inferDecimalSeparator(['1.250', '12 500,000', '3,5'])).to.equal(',');
  });
  it('finds the decimal point of an English export', () => {
    expect(inferDecimalSeparator(['1,250', '1,250,000.00', '7.25'])).to.equal('.');
  });
  it('says nothing when no value tells', () => {
    expect(inferDecimalSeparator(['1.250', '12', ''])).to.equal(undefined);
  });
});

describe('parseLocaleNumber: what is not a number', () => {
  for (const bad of ['2024 2025', '1 2 3', '12 5000', '(-5)', '1 250.000,00', '0.250.000', '1e']) {
    it(`refuses ${JSON.stringify(bad)}`, () => {
      expect(Number.isNaN(parseLocaleNumber(bad))).to.equal(true);
    });
  }

  it('reads scientific notation, bidi-marked Arabic output and a leading zero group', () => {
    expect(parseLocaleNumber('1,5E3')).to.equal(1500);
    expect(parseLocaleNumber('1.5E+06')).to.equal(1500000);
    expect(parseLocaleNumber('\u200E-1.234,5')).to.equal(-1234.5);
    expect(parseLocaleNumber('\u061C-12')).to.equal(-12);
    expect(parseLocaleNumber(new Intl.NumberFormat('ar-TN').format(-1234.5))).to.equal(-1234.5);
    expect(parseLocaleNumber('0,250', { decimal: '.' })).to.equal(0.25);
  });

  it('lets spaced values vote, and falls back to the delimiter hint', () => {
    expect(inferDecimalSeparator(['12 500,000', '1.250'])).to.equal(',');
    expect(inferDecimalSeparator(['1.250', '12.000', '350.000'], ',')).to.equal(',');
    expect(parseLocaleNumber('350.000', { decimal: ',' })).to.equal(350000);
  });
});
