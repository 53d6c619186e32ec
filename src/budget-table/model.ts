// A budget as plain data (read from JSON in json.ts, from CSV in csv.ts): building its hierarchy,
// computing sums, execution and change per year, and the rows a view shows (filtered, searched,
// sorted within each level). Built for 100,000 lines: arrays, one pass per computation, caches.
import { validationError, pickText, searchKey, currencyMinorUnits, excerpt } from '../core/index.js';
import type { LocalizedText, ValidationProblem } from '../core/index.js';

export const AMOUNT_KINDS = ['allocated', 'revised', 'executed'] as const;
export type AmountKind = (typeof AMOUNT_KINDS)[number];
export const BUDGET_TYPES = ['expenditure', 'revenue'] as const;
export type BudgetType = (typeof BUDGET_TYPES)[number];
export const SECTIONS = ['operating', 'investment'] as const;
export type Section = (typeof SECTIONS)[number];
export const CLASSIFICATIONS = ['administrative', 'functional', 'economic'] as const;
/** An ISO 4217 currency code, as a budget gives it. */
export const CURRENCY_CODE = /^[A-Za-z]{3}$/;
/** A year, as a key of a line's `years`. */
export const YEAR_KEY = /^\d{4}$/;
export type Classification = (typeof CLASSIFICATIONS)[number];

export type Amounts = Partial<Record<AmountKind, number>>;

/** One line of the budget, as the data gives it. */
export interface BudgetLine {
  code: string;
  /** The parent's code; absent for a root. */
  parent?: string;
  label: LocalizedText;
  type?: BudgetType;
  section?: Section;
  classification?: Classification;
  /** The line's own amounts, by year. */
  amounts: Map<number, Amounts>;
  /** The spreadsheet row, for lines read from CSV. */
  row?: number;
}

export interface BudgetMeta {
  /** ISO 4217 code: TND, MAD… */
  currency: string;
  /** What one unit of the amounts is worth: 1, 1000, 1e6. */
  unit: number;
  fiscalYear?: number;
  entity?: LocalizedText;
  source?: string;
  updated?: string;
}

/** A budget ready to show. Line `i` is `lines[i]`; the tree is in `parentOf` and `childrenOf`. */
export interface Budget {
  meta: BudgetMeta;
  lines: BudgetLine[];
  parentOf: Int32Array;
  childrenOf: number[][];
  depthOf: Uint16Array;
  roots: number[];
  /** Type and section, inherited from the parent when a line has none. */
  typeOf: BudgetType[];
  sectionOf: (Section | undefined)[];
  /** Every year that has an amount, ascending. */
  years: number[];
  /** Lines in an order where children come before their parents. */
  postOrder: Int32Array;
  warnings: ValidationProblem[];
}

// ---------------------------------------------------------------------------------------------
// Building the tree

/** Where a line is in the data, for a problem: its spreadsheet row, or its path in the JSON. */
export const where = (line: BudgetLine, index: number): Pick<ValidationProblem, 'row' | 'path'> =>
  line.row !== undefined ? { row: line.row } : { path: ['lines', index] };

/**
 * Builds the hierarchy from lines that name their parent by code.
 * @throws OgDataError (`validation`) for duplicate codes, parents that do not exist and cycles.
 */
export function buildBudget(lines: BudgetLine[], meta: BudgetMeta, warnings: ValidationProblem[] = []): Budget {
  const count = lines.length;
  const indexOfCode = new Map<string, number>();
  const problems: ValidationProblem[] = [];
  lines.forEach((line, index) => {
    if (indexOfCode.has(line.code))
      problems.push({ ...where(line, index), field: 'code', expected: 'unique', received: excerpt(line.code) });
    else indexOfCode.set(line.code, index);
  });
  const parentOf = new Int32Array(count).fill(-1);
  lines.forEach((line, index) => {
    if (line.parent === undefined || line.parent === '') return;
    const parent = indexOfCode.get(line.parent);
    if (parent === undefined)
      problems.push({ ...where(line, index), field: 'parent', expected: 'reference', received: excerpt(line.parent) });
    else parentOf[index] = parent;
  });
  // Cycles: walk up from each line, colouring the lines whose path to a root is known.
  const state = new Uint8Array(count); // 0 unknown, 1 on the current path, 2 reaches a root
  for (let start = 0; start < count; start++) {
    const path: number[] = [];
    let node = start;
    while (node !== -1 && state[node] === 0) {
      state[node] = 1;
      path.push(node);
      node = parentOf[node]!;
    }
    if (node !== -1 && state[node] === 1) {
      const line = lines[node]!;
      problems.push({
        ...where(line, node),
        field: 'parent',
        expected: 'valid',
        received: excerpt(line.parent),
        note: `a cycle of parents through code ${line.code}`,
      });
      for (const member of path) parentOf[member] = member === node ? -1 : parentOf[member]!;
    }
    for (const member of path) state[member] = 2;
  }
  if (problems.length) throw validationError(problems.slice(0, 50), 'budget', problems.length);

  const childrenOf: number[][] = Array.from({ length: count }, () => []);
  const roots: number[] = [];
  for (let index = 0; index < count; index++) {
    const parent = parentOf[index]!;
    if (parent === -1) roots.push(index);
    else childrenOf[parent]!.push(index);
  }
  const depthOf = new Uint16Array(count);
  const typeOf: BudgetType[] = new Array(count);
  const sectionOf: (Section | undefined)[] = new Array(count);
  const postOrder = new Int32Array(count);
  let position = 0;
  // Iterative depth-first walk: deep hierarchies must not overflow the stack.
  const stack: [number, number][] = roots.map((root) => [root, 0] as [number, number]).reverse();
  for (const root of roots) {
    depthOf[root] = 0;
    typeOf[root] = lines[root]!.type ?? 'expenditure';
    sectionOf[root] = lines[root]!.section;
  }
  while (stack.length) {
    const top = stack[stack.length - 1]!;
    const [node, childIndex] = top;
    const children = childrenOf[node]!;
    if (childIndex < children.length) {
      top[1] += 1;
      const child = children[childIndex]!;
      depthOf[child] = depthOf[node]! + 1;
      typeOf[child] = lines[child]!.type ?? typeOf[node]!;
      sectionOf[child] = lines[child]!.section ?? sectionOf[node];
      stack.push([child, 0]);
    } else {
      postOrder[position++] = node;
      stack.pop();
    }
  }
  const years = new Set<number>();
  for (const line of lines) for (const year of line.amounts.keys()) years.add(year);
  return {
    meta,
    lines,
    parentOf,
    childrenOf,
    depthOf,
    roots,
    typeOf,
    sectionOf,
    years: [...years].sort((a, b) => a - b),
    postOrder,
    warnings,
  };
}

// ---------------------------------------------------------------------------------------------
// Amounts

/** Amounts of every line for one year: the line's own, else the sum of its children. */
export interface YearAmounts {
  year: number;
  allocated: Float64Array;
  revised: Float64Array;
  executed: Float64Array;
  /** Lines whose own amount differs from the sum of their children: a visible warning. */
  mismatched: Set<number>;
  /** Lines whose amount is the sum of their children (they carry none of their own). */
  computed: Set<number>;
}

const yearCache = new WeakMap<Budget, Map<number, YearAmounts>>();

/** A tolerance for sums of amounts with `digits` decimals (3 when the currency is not known: a CSV without `currency`). */
function tolerance(meta: BudgetMeta): number {
  const digits = meta.unit === 1 && meta.currency ? currencyMinorUnits(meta.currency) : 3;
  return 0.5 * 10 ** -digits;
}

/** The amounts of every line in a year, computed once per budget and year. */
export function amountsFor(budget: Budget, year: number): YearAmounts {
  let cache = yearCache.get(budget);
  if (!cache) {
    cache = new Map();
    yearCache.set(budget, cache);
  }
  const cached = cache.get(year);
  if (cached) return cached;
  const count = budget.lines.length;
  const result: YearAmounts = {
    year,
    allocated: new Float64Array(count).fill(Number.NaN),
    revised: new Float64Array(count).fill(Number.NaN),
    executed: new Float64Array(count).fill(Number.NaN),
    mismatched: new Set(),
    computed: new Set(),
  };
  const epsilon = tolerance(budget.meta);
  for (const node of budget.postOrder) {
    const own = budget.lines[node]!.amounts.get(year);
    const children = budget.childrenOf[node]!;
    for (const kind of AMOUNT_KINDS) {
      const target = result[kind];
      let sum = Number.NaN;
      let anyRevised = kind !== 'revised';
      for (const child of children) {
        // A line that was not revised keeps its initial allocation in the revised total.
        let value = target[child]!;
        if (kind === 'revised') {
          if (!Number.isNaN(value)) anyRevised = true;
          else value = result.allocated[child]!;
        }
        if (!Number.isNaN(value)) sum = Number.isNaN(sum) ? value : sum + value;
      }
      if (!anyRevised) sum = Number.NaN;
      const mine = own?.[kind];
      if (mine !== undefined) {
        target[node] = mine;
        if (!Number.isNaN(sum) && Math.abs(sum - mine) > epsilon * Math.max(1, children.length))
          result.mismatched.add(node);
      } else if (kind === 'revised' && own?.allocated !== undefined && !Number.isNaN(sum)) {
        // A line with its own allocation but no revised amount: its allocation, plus what its
        // sub-lines' revisions changed.
        let change = 0;
        for (const child of children) {
          const revised = result.revised[child]!;
          if (!Number.isNaN(revised) && !Number.isNaN(result.allocated[child]!))
            change += revised - result.allocated[child]!;
        }
        target[node] = own.allocated + change;
      } else {
        target[node] = sum;
        if (!Number.isNaN(sum)) result.computed.add(node);
      }
    }
  }
  cache.set(year, result);
  return result;
}

/** The allocation in force: revised when there is one, else the initial allocation. */
export function latestAllocation(amounts: YearAmounts, index: number): number {
  const revised = amounts.revised[index]!;
  return Number.isNaN(revised) ? amounts.allocated[index]! : revised;
}

/** Executed ÷ latest allocation; NaN when either is missing or the allocation is 0. */
export function executionRate(amounts: YearAmounts, index: number): number {
  const allocation = latestAllocation(amounts, index);
  const executed = amounts.executed[index]!;
  return allocation && !Number.isNaN(executed) ? executed / allocation : Number.NaN;
}

/** Change of the latest allocation from the previous year: absolute and relative (NaN when unknown). */
export function yearChange(
  current: YearAmounts,
  previous: YearAmounts | undefined,
  index: number,
): { absolute: number; relative: number } {
  if (!previous) return { absolute: Number.NaN, relative: Number.NaN };
  const now = latestAllocation(current, index);
  const before = latestAllocation(previous, index);
  const absolute = now - before;
  return { absolute, relative: before ? absolute / Math.abs(before) : Number.NaN };
}

/** Totals of the root lines shown (of one type and section); revised counts unrevised lines at their initial allocation. */
export function totals(amounts: YearAmounts, roots: readonly number[]): Record<AmountKind, number> {
  const sum = (value: (root: number) => number) =>
    roots.reduce((total, root) => (Number.isNaN(value(root)) ? total : total + value(root)), 0);
  const anyRevised = roots.some((root) => !Number.isNaN(amounts.revised[root]!));
  return {
    allocated: sum((root) => amounts.allocated[root]!),
    revised: anyRevised ? sum((root) => latestAllocation(amounts, root)) : Number.NaN,
    executed: sum((root) => amounts.executed[root]!),
  };
}

// ---------------------------------------------------------------------------------------------
// The rows a view shows

/** The table's columns, besides the line itself. */
export const COLUMNS = ['allocated', 'revised', 'executed', 'rate', 'change'] as const;
export type Column = (typeof COLUMNS)[number];

/**
 * The columns a year's table shows: those that have data (the rate needs executed amounts, the
 * change a previous year), among those asked for (`columns-shown`, all by default).
 */
export function shownColumns(
  amounts: YearAmounts,
  previous: YearAmounts | undefined,
  wanted: readonly string[] = [],
): Column[] {
  const hasData = (kind: AmountKind) => amounts[kind].some((value) => !Number.isNaN(value));
  const available = COLUMNS.filter((column) =>
    column === 'rate' ? hasData('executed') : column === 'change' ? previous !== undefined : hasData(column),
  );
  const asked = wanted.filter((name): name is Column => (COLUMNS as readonly string[]).includes(name));
  return asked.length ? available.filter((column) => asked.includes(column)) : available;
}

export const SORT_COLUMNS = ['code', 'label', 'allocated', 'revised', 'executed', 'rate', 'change'] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];

export interface ViewOptions {
  year: number;
  type?: BudgetType;
  section?: Section | '';
  /** Lines whose children show. */
  expanded: ReadonlySet<number>;
  /** Words to find in codes and labels; matches show with their ancestors, opened. */
  query?: string;
  sort?: { column: SortColumn; descending: boolean };
  locale: string;
}

function labelVariants(label: LocalizedText): string {
  return typeof label === 'string' ? label : Object.values(label).join('\n');
}

const searchTexts = new WeakMap<Budget, string[]>();

/** Lines that match a search, and their ancestors. The searchable text is prepared once per budget. */
export function searchMatches(budget: Budget, query: string): { matches: Set<number>; shown: Set<number> } {
  const words = searchKey(query).split(/\s+/).filter(Boolean);
  const matches = new Set<number>();
  const shown = new Set<number>();
  if (!words.length) return { matches, shown };
  let texts = searchTexts.get(budget);
  if (!texts) {
    texts = budget.lines.map((line) => searchKey(`${line.code}\n${labelVariants(line.label)}`));
    searchTexts.set(budget, texts);
  }
  budget.lines.forEach((_, index) => {
    const haystack = texts[index]!;
    if (words.every((word) => haystack.includes(word))) {
      matches.add(index);
      for (let node = index; node !== -1 && !shown.has(node); node = budget.parentOf[node]!) shown.add(node);
    }
  });
  return { matches, shown };
}

/** Compares codes as people read them: 2 before 10, "1.2" before "1.10". */
const codeCollator = new Intl.Collator('en', { numeric: true });

function comparator(
  budget: Budget,
  options: ViewOptions,
  previous: YearAmounts | undefined,
): (a: number, b: number) => number {
  const { column, descending } = options.sort ?? { column: 'code', descending: false };
  const amounts = amountsFor(budget, options.year);
  const direction = descending ? -1 : 1;
  const numeric = (value: (index: number) => number) => (a: number, b: number) => {
    const left = value(a);
    const right = value(b);
    // Missing values go last whatever the direction.
    if (Number.isNaN(left) || Number.isNaN(right)) return Number.isNaN(left) ? (Number.isNaN(right) ? 0 : 1) : -1;
    return (left - right) * direction;
  };
  switch (column) {
    case 'code':
      return (a, b) => codeCollator.compare(budget.lines[a]!.code, budget.lines[b]!.code) * direction;
    case 'label': {
      const collator = new Intl.Collator(options.locale, { sensitivity: 'base', numeric: true });
      return (a, b) =>
        collator.compare(
          pickText(budget.lines[a]!.label, options.locale).text,
          pickText(budget.lines[b]!.label, options.locale).text,
        ) * direction;
    }
    case 'rate':
      return numeric((index) => executionRate(amounts, index));
    case 'change':
      return numeric((index) => yearChange(amounts, previous, index).relative);
    default:
      return numeric((index) => amounts[column][index]!);
  }
}

export interface VisibleRows {
  /** Line indexes in display order. */
  rows: number[];
  /** For each row, its position among its shown siblings (1-based) and their number. */
  posInSet: number[];
  setSize: number[];
  /** Top lines of the view (for totals). */
  roots: number[];
  /** Lines that match the search. */
  matches: Set<number>;
}

/** Whether a line is in a view: of its type (when one is given) and its section (when one is). */
export function inView(budget: Budget, type?: BudgetType, section?: Section | ''): (index: number) => boolean {
  return (index) => (!type || budget.typeOf[index] === type) && (!section || budget.sectionOf[index] === section);
}

/**
 * The top lines of a view: lines of the type whose section is the one asked for (when one is),
 * and whose parent is not in the view. A root without a section ("Dépenses") with operating and
 * investment sub-lines thus gives its sub-lines as the tops of a section.
 */
export function viewRoots(budget: Budget, type?: BudgetType, section?: Section | ''): number[] {
  const keep = inView(budget, type, section);
  if (!section) return budget.roots.filter(keep);
  const tops: number[] = [];
  budget.lines.forEach((_, index) => {
    const parent = budget.parentOf[index]!;
    if (keep(index) && (parent === -1 || !keep(parent))) tops.push(index);
  });
  return tops;
}

/**
 * The rows to show: depth first, children sorted within their parent, only below expanded lines
 * (or, while searching, the matches and their ancestors).
 */
export function visibleRows(budget: Budget, options: ViewOptions): VisibleRows {
  const keep = inView(budget, options.type, options.section);
  const compare = comparator(budget, options, amountsBefore(budget, options.year));
  const search = options.query?.trim() ? searchMatches(budget, options.query) : undefined;
  const shownOnly = (list: number[]) => (search ? list.filter((index) => search.shown.has(index)) : list);
  const roots = viewRoots(budget, options.type, options.section).sort(compare);
  const rows: number[] = [];
  const posInSet: number[] = [];
  const setSize: number[] = [];
  const stack: [number, number, number][] = [];
  const pushLevel = (level: number[]) => {
    for (let index = level.length - 1; index >= 0; index--) stack.push([level[index]!, index + 1, level.length]);
  };
  pushLevel(shownOnly(roots));
  while (stack.length) {
    const [node, position, size] = stack.pop()!;
    rows.push(node);
    posInSet.push(position);
    setSize.push(size);
    const open = search ? true : options.expanded.has(node);
    if (!open) continue;
    const children = shownOnly(budget.childrenOf[node]!.filter(keep));
    if (children.length > 1) children.sort(compare);
    pushLevel(children);
  }
  return { rows, posInSet, setSize, roots, matches: search?.matches ?? new Set() };
}

/** Every line that has children (for "expand all"). */
export function expandableLines(budget: Budget): Set<number> {
  const all = new Set<number>();
  budget.childrenOf.forEach((children, index) => {
    if (children.length) all.add(index);
  });
  return all;
}

// ---------------------------------------------------------------------------------------------
// Reading JSON

// ---------------------------------------------------------------------------------------------
// The budget as JSON gives it (read in json.ts, checked by schema.ts)

/** A budget line as JSON gives it. */
export interface LineInput {
  code: string | number;
  parent?: string | number | null;
  label: LocalizedText;
  type?: BudgetType;
  section?: Section;
  classification?: Classification;
  allocated?: number;
  revised?: number;
  executed?: number;
  years?: Record<string, Amounts>;
  children?: LineInput[];
}

/** A budget as JSON gives it. */
export interface BudgetInput {
  currency: string;
  unit: number;
  fiscalYear?: number;
  entity?: LocalizedText;
  source?: string;
  updated?: string;
  lines: LineInput[];
}

// ---------------------------------------------------------------------------------------------
// What a view shows

/** The year shown: the one wanted when the budget has it, else its latest (this year when it has none). */
export function yearShown(budget: Budget, wanted: number | undefined): number {
  if (wanted !== undefined && budget.years.includes(wanted)) return wanted;
  return budget.years[budget.years.length - 1] ?? new Date().getFullYear();
}

/** The amounts of the year before `year` that the budget has (for the change column), if it has one. */
export function amountsBefore(budget: Budget, year: number): YearAmounts | undefined {
  const before = budget.years.filter((candidate) => candidate < year).pop();
  return before === undefined ? undefined : amountsFor(budget, before);
}

/** The types (tabs) the budget has lines of, in their order. */
export function budgetTypes(budget: Budget): BudgetType[] {
  return BUDGET_TYPES.filter((type) => budget.roots.some((root) => budget.typeOf[root] === type));
}

/** The tab shown: the one wanted when the budget has it, else its first. */
export function typeShown(budget: Budget, wanted: BudgetType | undefined): BudgetType {
  const types = budgetTypes(budget);
  return wanted && types.includes(wanted) ? wanted : (types[0] ?? 'expenditure');
}

/** The sections that lines of a type belong to. */
export function sectionsOf(budget: Budget, type: BudgetType): Section[] {
  return SECTIONS.filter((section) =>
    budget.lines.some((_, index) => budget.typeOf[index] === type && budget.sectionOf[index] === section),
  );
}
