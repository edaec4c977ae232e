/** @module Printing results as aligned plain-text tables, readable in a terminal and in a pasted report. */

export type Cell = string | number;

/** Figures (anything starting with a digit) read best right-aligned; words left-aligned. */
const numeric = (cell: string): boolean => /^[+-]?\d/.test(cell);

/**
 * Prints a titled table.
 * @example printTable('Import', ['channels', 'ms'], [[200000, 5123]])
 */
export function printTable(title: string, headers: string[], rows: Cell[][]): void {
  const text = rows.map((row) => row.map((cell) => (typeof cell === 'number' ? cell.toLocaleString('en-US') : cell)));
  const widths = headers.map((h, i) => Math.max(h.length, ...text.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[], header = false) =>
    cells.map((c, i) => (!header && numeric(c) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd();
  console.log(`\n${title}`);
  console.log(line(headers, true));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of text) console.log(line(row));
}

/** Fixed decimals for a figure, so columns of them line up. */
export const fixed = (value: number, digits = 2): string => value.toFixed(digits);
