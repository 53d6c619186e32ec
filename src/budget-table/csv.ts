// Reading a budget from CSV, as accounting systems and spreadsheets export it: French or Arabic
// headers, years as extra columns ("Réalisé 2025") or as a year column, decimal commas, subtotal
// rows. Loaded only when a budget's source is CSV.
import {
  validationError,
  mapCsvColumns,
  normalizeHeader,
  matchWord,
  parseLocaleNumber,
  inferDecimalSeparator,
  excerpt,
  type CsvTable,
  type CsvField,
  type LocalizedText,
  type ValidationProblem,
} from '../core/index.js';
import {
  AMOUNT_KINDS,
  BUDGET_TYPES,
  SECTIONS,
  CLASSIFICATIONS,
  buildBudget,
  amountsFor,
  type AmountKind,
  type Amounts,
  type Budget,
  type BudgetLine,
  type BudgetMeta,
  type BudgetType,
  type Classification,
  type Section,
} from './model.js';

/** Headers that mean each amount, without any mapping (compared without case or accents). */
const AMOUNT_ALIASES: Record<AmountKind, string[]> = {
  allocated: [
    'allocated',
    'initial',
    'credits',
    'credits initiaux',
    'credits ouverts',
    'prevision',
    'previsions',
    'budget initial',
    'dotation',
    'dotations',
    'الاعتمادات الأولية',
    'الاعتمادات',
    'التقديرات',
  ],
  revised: [
    'revised',
    'credits revises',
    'credits definitifs',
    'budget rectifie',
    'budget revise',
    'الاعتمادات المراجعة',
    'الاعتمادات النهائية',
  ],
  executed: [
    'executed',
    'realise',
    'realises',
    'realisations',
    'execution',
    'mandate',
    'mandatement',
    'المنجز',
    'الإنجازات',
    'المصاريف المنجزة',
  ],
};

/** The columns og-budget-table reads by name (amount columns are found by their own patterns). */
export const BUDGET_CSV_FIELDS: readonly CsvField[] = [
  { name: 'code', required: true, aliases: ['code', 'code budgetaire', 'imputation', 'rubrique', 'الرمز', 'رمز'] },
  {
    name: 'parent',
    aliases: ['parent', 'code parent', 'parent code', 'parent id', 'parent_id', 'الأصل', 'الرمز الأصل'],
  },
  {
    name: 'label',
    required: true,
    aliases: ['libelle', 'intitule', 'designation', 'label', 'البيان', 'العنوان', 'التسمية'],
  },
  { name: 'type', aliases: ['type de ligne', 'depenses ou recettes', 'النوع'] },
  { name: 'section', aliases: ['titre', 'section budgetaire', 'الباب', 'القسم'] },
  { name: 'classification', aliases: ['classification', 'التصنيف'] },
  { name: 'year', aliases: ['annee', 'exercice', 'السنة'] },
];

const TYPE_WORDS: Record<BudgetType, string[]> = {
  expenditure: [
    'expenditure',
    'expenditures',
    'expense',
    'expenses',
    'depense',
    'depenses',
    'نفقات',
    'النفقات',
    'مصاريف',
  ],
  revenue: [
    'revenue',
    'revenues',
    'income',
    'recette',
    'recettes',
    'ressources',
    'مداخيل',
    'المداخيل',
    'موارد',
    'الموارد',
  ],
};
const SECTION_WORDS: Record<Section, string[]> = {
  operating: [
    'operating',
    'fonctionnement',
    'titre i',
    'titre 1',
    'title i',
    'title 1',
    'التسيير',
    'العنوان الأول',
    'نفقات التصرف',
    'التصرف',
  ],
  investment: [
    'investment',
    'investissement',
    'equipement',
    'developpement',
    'titre ii',
    'titre 2',
    'title ii',
    'title 2',
    'التجهيز',
    'الاستثمار',
    'التنمية',
    'العنوان الثاني',
  ],
};
const CLASSIFICATION_WORDS: Record<Classification, string[]> = {
  administrative: ['administrative', 'administratif', 'إداري'],
  functional: ['functional', 'fonctionnel', 'fonctionnelle', 'وظيفي'],
  economic: ['economic', 'economique', 'اقتصادي'],
};

/** A section from words that may go on ("Titre I - Dépenses de gestion"). */
function sectionOf(value: string): Section | undefined {
  const exact = matchWord(SECTION_WORDS, value);
  if (exact) return exact;
  const key = normalizeHeader(value);
  if (/^(titre|title) (ii|2)\b/.test(key) || /^العنوان الثاني/.test(key)) return 'investment';
  if (/^(titre|title) (i|1)\b/.test(key) || /^العنوان الأول/.test(key)) return 'operating';
  return matchWord(SECTION_WORDS, key.split(/\s[-–:]\s|\s\(/)[0] ?? '');
}

/** A total row: no code and a label such as "Total", "Sous-total Titre I", "المجموع". */
const TOTAL_LABEL = /^\s*(sous[\s-]?total|total|subtotal|المجموع|مجموع|الجملة)/i;

export interface AmountColumn {
  kind: AmountKind;
  /** The year the column holds; undefined for a plain column (the year comes from elsewhere). */
  year?: number;
  index: number;
  header: string;
}

/**
 * Finds the amount columns: plain ("Réalisé") or one per year ("Réalisé 2025", "2025 executed").
 * A `columns` entry (`executed: Mandaté 2026`) names one column of a kind.
 */
export function amountColumns(headers: string[], columns: Record<string, string>): AmountColumn[] {
  const found: AmountColumn[] = [];
  headers.forEach((header, index) => {
    const normalized = normalizeHeader(header);
    const yearMatch = /(?:^|\s)((?:19|20)\d{2})(?:\s|$)/.exec(normalized);
    const year = yearMatch ? Number(yearMatch[1]) : undefined;
    const bare = normalizeHeader(normalized.replace(/(?:^|\s)(?:19|20)\d{2}(?:\s|$)/, ' '));
    for (const kind of AMOUNT_KINDS) {
      const names = columns[kind] ? [columns[kind]!] : [kind, ...AMOUNT_ALIASES[kind]];
      if (
        names.some(
          (name) => normalizeHeader(name) === bare || (columns[kind] && normalizeHeader(columns[kind]!) === normalized),
        )
      ) {
        found.push({ kind, year, index, header });
        return;
      }
    }
  });
  return found;
}

/** Language columns of the label: `label_ar`, `Libellé (ar)`, `libelle fr`. */
function labelColumns(headers: string[], columns: Record<string, string>): { lang: string; index: number }[] {
  const result: { lang: string; index: number }[] = [];
  headers.forEach((header, index) => {
    const normalized = normalizeHeader(header).replace(/[()]/g, ' ').replace(/\s+/g, ' ').trim();
    const match = /^(label|libelle|intitule|designation) ([a-z]{2,3})$/.exec(normalized);
    if (match) result.push({ lang: match[2]!, index });
  });
  for (const [key, header] of Object.entries(columns)) {
    const match = /^label_([a-z]{2,3})$/.exec(key);
    const index = headers.findIndex((candidate) => normalizeHeader(candidate) === normalizeHeader(header));
    if (match && index >= 0 && !result.some((entry) => entry.index === index)) result.push({ lang: match[1]!, index });
  }
  return result;
}

export interface BudgetCsvOptions {
  columns?: Record<string, string>;
  /** The year of plain amount columns when there is no year column. */
  fiscalYear?: number;
  meta: Omit<BudgetMeta, 'fiscalYear'> & { fiscalYear?: number };
}

/**
 * Reads a budget from a CSV table.
 * @throws OgDataError (`validation`) naming each bad row and column: missing code, a non-numeric
 * amount, an unknown type or section, duplicate codes, parents that do not exist, cycles.
 */
export function parseBudgetCsv(table: CsvTable, options: BudgetCsvOptions): Budget {
  const columns = options.columns ?? {};
  const amounts = amountColumns(table.headers, columns);
  const labels = labelColumns(table.headers, columns);
  const otherColumns = Object.fromEntries(
    Object.entries(columns).filter(
      ([key]) => !(AMOUNT_KINDS as readonly string[]).includes(key) && !key.startsWith('label_'),
    ),
  );
  const mapped = mapCsvColumns(
    table,
    BUDGET_CSV_FIELDS.map((field) => (field.name === 'label' && labels.length ? { ...field, required: false } : field)),
    otherColumns,
  );
  const problems: ValidationProblem[] = [];
  if (!amounts.length) {
    problems.push({ row: 1, field: 'allocated / revised / executed', expected: 'column' });
    throw validationError(problems, 'budget');
  }
  const header = (field: string) => mapped.headerOf[field] ?? field;
  const fallbackDecimal = table.delimiter === ';' ? ',' : undefined;
  const decimals = new Map(
    amounts.map((column) => [
      column.index,
      inferDecimalSeparator(
        table.rows.map((row) => row.cells[column.index] ?? ''),
        fallbackDecimal,
      ),
    ]),
  );
  const defaultYear = options.fiscalYear ?? options.meta.fiscalYear ?? new Date().getFullYear();
  const lines: BudgetLine[] = [];
  const warnings: ValidationProblem[] = [];
  const lineByCode = new Map<string, BudgetLine>();
  const totalsRows: { row: number; label: string; amounts: Map<number, Amounts>; since: number }[] = [];
  let sinceTotal = 0;

  table.rows.forEach(({ row, cells }, position) => {
    const values = mapped.rows[position]!.values;
    let year = defaultYear;
    if (values.year) {
      const parsed = Number(values.year.trim());
      if (!Number.isInteger(parsed) || parsed < 1900 || parsed > 2200) {
        problems.push({ row, field: header('year'), expected: 'integer', received: excerpt(values.year) });
      } else year = parsed;
    }
    const lineAmounts = new Map<number, Amounts>();
    for (const column of amounts) {
      const text = (cells[column.index] ?? '').trim();
      if (!text) continue;
      const value = parseLocaleNumber(text, { decimal: decimals.get(column.index) });
      if (value === null) continue;
      if (Number.isNaN(value)) {
        problems.push({ row, field: column.header, expected: 'number', received: excerpt(text) });
        continue;
      }
      const key = column.year ?? year;
      lineAmounts.set(key, { ...lineAmounts.get(key), [column.kind]: value });
    }
    let label: LocalizedText = values.label ?? '';
    if (labels.length) {
      const variants: Record<string, string> = {};
      if (values.label) variants.und = values.label;
      for (const { lang, index } of labels) if (cells[index]?.trim()) variants[lang] = cells[index]!.trim();
      label = Object.keys(variants).length === 1 && variants.und ? variants.und : variants;
    }
    const code = values.code?.trim() ?? '';
    const labelText = typeof label === 'string' ? label : Object.values(label).join(' ');
    // "Total" in the code or the label, with no real code: a total row of the export.
    if (!code || TOTAL_LABEL.test(code)) {
      const text = labelText || code;
      if (TOTAL_LABEL.test(text) || TOTAL_LABEL.test(code)) {
        totalsRows.push({ row, label: text, amounts: lineAmounts, since: sinceTotal });
        sinceTotal = lines.length;
      } else {
        problems.push({ row, field: header('code'), expected: 'present' });
      }
      return;
    }
    if (!label || (typeof label !== 'string' && !Object.keys(label).length))
      problems.push({ row, field: header('label'), expected: 'present' });
    // Words we do not know for type, section or classification are noted, not fatal: the line
    // then takes its parent's.
    const unknown = (field: 'type' | 'section' | 'classification', allowed: readonly string[]) =>
      warnings.push({ row, field: header(field), expected: 'one-of', allowed, received: excerpt(values[field]) });
    const type = values.type ? matchWord(TYPE_WORDS, values.type) : undefined;
    if (values.type && !type) unknown('type', BUDGET_TYPES);
    const section = values.section ? sectionOf(values.section) : undefined;
    if (values.section && !section) unknown('section', SECTIONS);
    const classification = values.classification ? matchWord(CLASSIFICATION_WORDS, values.classification) : undefined;
    if (values.classification && !classification) unknown('classification', CLASSIFICATIONS);
    // With a year column, the same line comes once per year: merge its amounts.
    const existing = values.year ? lineByCode.get(code) : undefined;
    if (existing) {
      for (const [key, value] of lineAmounts) {
        if (existing.amounts.has(key))
          problems.push({ row, field: header('code'), expected: 'unique', received: excerpt(`${code} (${key})`) });
        existing.amounts.set(key, { ...existing.amounts.get(key), ...value });
      }
      return;
    }
    const line: BudgetLine = {
      code,
      parent: values.parent?.trim() || undefined,
      label,
      type,
      section,
      classification,
      amounts: lineAmounts,
      row,
    };
    lines.push(line);
    if (!lineByCode.has(code)) lineByCode.set(code, line);
  });
  if (problems.length) throw validationError(problems.slice(0, 50), 'budget', problems.length);

  const budget = buildBudget(
    lines,
    {
      ...options.meta,
      fiscalYear: options.meta.fiscalYear ?? (amounts.some((column) => column.year) ? undefined : defaultYear),
    },
    warnings,
  );
  // A total row that repeats a sum of the lines above it is left out; one that disagrees is
  // reported, since one of the two is wrong. It may total the lines since the previous total
  // (a subtotal) or every line above it (a grand total).
  const sumOfTops = (from: number, to: number, year: number, kind: AmountKind) => {
    const computed = amountsFor(budget, year);
    const included = new Set<number>();
    for (let index = from; index < to; index++) included.add(index);
    let sum = 0;
    for (const index of included) {
      if (included.has(budget.parentOf[index]!)) continue;
      const value = computed[kind][index]!;
      if (!Number.isNaN(value)) sum += value;
    }
    return sum;
  };
  for (const total of totalsRows) {
    const before = lines.findIndex((line) => line.row! > total.row);
    const end = before < 0 ? lines.length : before;
    for (const [year, values] of total.amounts) {
      for (const kind of AMOUNT_KINDS) {
        const given = values[kind];
        if (given === undefined) continue;
        const tolerance = 0.01 * Math.max(1, end - total.since);
        const sub = sumOfTops(total.since, end, year, kind);
        const grand = sumOfTops(0, end, year, kind);
        if (Math.abs(sub - given) > tolerance && Math.abs(grand - given) > tolerance) {
          budget.warnings.push({
            row: total.row,
            field: total.label,
            expected: 'valid',
            received: String(given),
            note: `${kind} ${year}: the total differs from the sum of the lines above it (${sub})`,
          });
        }
      }
    }
  }
  return budget;
}
