// The words of og-budget-table for its model's values: columns, parts and sections of the budget,
// and the sentence that says in what the amounts are.
import { msg, str, currencyName, formatCurrency, formatNumber } from '../core/index.js';
import type { BudgetMeta, BudgetType, Column, Section } from './model.js';

const COLUMN_LABELS: Record<Column | 'label', () => string> = {
  label: () => msg('Budget line'),
  allocated: () => msg('Allocated'),
  revised: () => msg('Revised'),
  executed: () => msg('Executed'),
  rate: () => msg('Execution rate'),
  change: () => msg('Change from last year'),
};

export function columnLabel(column: Column | 'label'): string {
  return COLUMN_LABELS[column]();
}

export function typeLabel(type: BudgetType): string {
  return type === 'expenditure' ? msg('Expenditure') : msg('Revenue');
}

export function sectionLabel(section: Section): string {
  return section === 'operating' ? msg('Operating') : msg('Investment');
}

/** "Amounts in thousands of Tunisian dinars (TND)", from the budget's currency and unit. */
export function unitSentence(meta: Pick<BudgetMeta, 'currency' | 'unit'>, locale: string): string {
  const { currency, unit } = meta;
  if (!currency) {
    return unit === 1000 ? msg('Amounts in thousands') : unit === 1_000_000 ? msg('Amounts in millions') : '';
  }
  const name = currencyName(locale, currency);
  if (unit === 1000) return msg(str`Amounts in thousands of ${name} (${currency})`);
  if (unit === 1_000_000) return msg(str`Amounts in millions of ${name} (${currency})`);
  if (unit !== 1) return msg(str`Amounts in units of ${formatNumber(locale, unit)} ${currency}`);
  return msg(str`Amounts in ${name} (${currency})`);
}

/** An amount as the table writes it: in the currency's own decimals, or as a plain number. */
export function formatAmount(
  locale: string,
  meta: Pick<BudgetMeta, 'currency' | 'unit'>,
  value: number,
  signed = false,
): string {
  if (Number.isNaN(value)) return '—';
  if (!meta.currency)
    return formatNumber(locale, value, {
      maximumFractionDigits: meta.unit === 1 ? 3 : 0,
      signDisplay: signed ? 'exceptZero' : 'auto',
    });
  return formatCurrency(locale, value, meta.currency, {
    bare: true,
    signed,
    notation: meta.unit === 1 ? 'standard' : 'whole',
  });
}

/** The headers of the downloaded CSV, in the widget's language. */
export function csvHeaders(): string[] {
  const amounts = (['label', 'allocated', 'revised', 'executed'] as const).map(columnLabel);
  return [msg('Code'), msg('Parent code'), ...amounts, `${columnLabel('rate')} (%)`];
}

/** What a sort says: the column (the label for the code column) and the direction. */
export function sortSentence(column: Column | 'code' | 'label', descending: boolean): string {
  const name = columnLabel(column === 'code' ? 'label' : column);
  return descending ? msg(str`Sorted by ${name}, descending`) : msg(str`Sorted by ${name}, ascending`);
}

/** What a search says: the lines found, or, once the search is cleared, the lines shown. */
export function linesSentence(locale: string, query: string, found: number, shown: number): string {
  return query.trim()
    ? msg(str`Lines found: ${formatNumber(locale, found)}`)
    : msg(str`Lines shown: ${formatNumber(locale, shown)}`);
}
