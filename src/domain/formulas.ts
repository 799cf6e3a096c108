/**
 * A formula moved to another row, as Sheets moves it when a row is copied: relative row numbers
 * of its A1 references shift, absolute ones ($5) stay, text inside quotes is left alone. The add-on
 * uses it to keep a curator's own formula columns when it rewrites a table row by row.
 */
const REF = /(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\d(])/g;

export function shiftRows(formula: string, delta: number): string {
  if (!delta || !formula.startsWith('=')) return formula;
  return formula.split(/("(?:[^"]|"")*")/).map((part, i) => (i % 2 ? part : part.replace(REF, (m, colAbs: string, col: string, rowAbs: string, row: string) =>
    rowAbs ? m : `${colAbs}${col}${Math.max(1, Number(row) + delta)}`))).join('');
}
