// The current view of a budget as a CSV file that Excel opens correctly, Arabic included.
import { pickText } from '../core/index.js';
import { AMOUNT_KINDS, amountsFor, executionRate, type Budget } from './model.js';

function quote(cell: string, delimiter: string): string {
  return /["\r\n]/.test(cell) || cell.includes(delimiter) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** Text that a spreadsheet would run as a formula (=, +, -, @) gets a leading apostrophe. */
function safeText(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/**
 * CSV text for the given lines in a year: code, parent, label, amounts and execution rate. Uses
 * `;` and decimal commas where the locale writes decimals with a comma (as French Excel expects),
 * and starts with a byte-order mark so that Excel reads UTF-8 (Arabic) correctly.
 */
export function budgetToCsv(
  budget: Budget,
  lines: readonly number[],
  year: number,
  locale: string,
  headers: readonly string[],
): string {
  const decimalComma = new Intl.NumberFormat(locale).format(1.5).includes(',');
  const delimiter = decimalComma ? ';' : ',';
  const number = (value: number) =>
    Number.isNaN(value) ? '' : String(Math.round(value * 1000) / 1000).replace('.', decimalComma ? ',' : '.');
  const amounts = amountsFor(budget, year);
  const rows = [headers.map((header) => quote(header, delimiter)).join(delimiter)];
  for (const index of lines) {
    const line = budget.lines[index]!;
    const parent = budget.parentOf[index]!;
    const cells = [
      safeText(line.code),
      parent === -1 ? '' : safeText(budget.lines[parent]!.code),
      safeText(pickText(line.label, locale).text),
      ...AMOUNT_KINDS.map((kind) => number(amounts[kind][index]!)),
      number(executionRate(amounts, index) * 100),
    ];
    rows.push(cells.map((cell) => quote(cell, delimiter)).join(delimiter));
  }
  return `\uFEFF${rows.join('\r\n')}\r\n`;
}

/** Lines of a subtree in depth-first order (the whole view when `roots` are the view's roots). */
export function subtreeLines(budget: Budget, roots: readonly number[], keep: (index: number) => boolean): number[] {
  const result: number[] = [];
  const stack = [...roots].reverse();
  while (stack.length) {
    const node = stack.pop()!;
    if (!keep(node)) continue;
    result.push(node);
    const children = budget.childrenOf[node]!;
    for (let index = children.length - 1; index >= 0; index--) stack.push(children[index]!);
  }
  return result;
}
