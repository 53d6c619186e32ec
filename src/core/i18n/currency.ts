// Money, over Intl: the currency's own minor units, compact amounts, its name. Only the budget
// table shows money, so this is a module of its own: pages without a budget do not download it.
import { numberFormat } from './format.js';

/** The number of decimals a currency uses, from Intl (TND → 3, MAD → 2, JPY → 0). */
export function currencyMinorUnits(currency: string, locale = 'en'): number {
  return numberFormat(locale, { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

export interface CurrencyOptions {
  /**
   * `standard` shows every minor unit (TND 3 decimals); `compact` shortens large amounts
   * ("1,2 M MAD"); `whole` drops the decimals, for tables of round amounts.
   */
  notation?: 'standard' | 'compact' | 'whole';
  /** How the currency is named: code (MAD), symbol, narrowSymbol or name. Default: the locale's symbol. */
  display?: 'code' | 'symbol' | 'narrowSymbol' | 'name';
  /** Omit the currency, keeping its minor units (for a column whose header names the currency). */
  bare?: boolean;
  /** Adds a + to positive amounts (year-over-year changes). */
  signed?: boolean;
}

/**
 * Formats an amount of money with the currency's own minor units:
 * `formatCurrency('fr-TN', 12500, 'TND')` → "12 500,000 DT".
 */
export function formatCurrency(
  locale: string,
  amount: number,
  currency: string,
  options: CurrencyOptions = {},
): string {
  const { notation = 'standard', display = 'symbol', bare = false, signed = false } = options;
  const digits = currencyMinorUnits(currency, locale);
  const shared: Intl.NumberFormatOptions = signed ? { signDisplay: 'exceptZero' } : {};
  if (notation === 'compact') {
    const compact: Intl.NumberFormatOptions = { ...shared, notation: 'compact', maximumFractionDigits: 1 };
    return bare
      ? numberFormat(locale, compact).format(amount)
      : numberFormat(locale, { ...compact, style: 'currency', currency, currencyDisplay: display }).format(amount);
  }
  const fraction = notation === 'whole' ? 0 : digits;
  const exact: Intl.NumberFormatOptions = {
    ...shared,
    minimumFractionDigits: fraction,
    maximumFractionDigits: fraction,
  };
  return bare
    ? numberFormat(locale, exact).format(amount)
    : numberFormat(locale, { ...exact, style: 'currency', currency, currencyDisplay: display }).format(amount);
}

/** The name of a currency in a locale ("dinar tunisien"), or its code when Intl has none. */
export function currencyName(locale: string, currency: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'currency' }).of(currency) ?? currency;
  } catch {
    return currency;
  }
}
