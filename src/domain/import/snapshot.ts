import { isDate, type Cell } from '../cell';

/** The number format under which Sheets keeps a typed string as it is. */
export const PLAIN_TEXT = '@';

/** A value as Sheets returns it from getValues. */
export type Raw = string | number | boolean | Date;

/** A cell to set: 1-based row, 0-based column of the sheet's grid, and the domain value. */
export interface CellChange {
  row: number;
  col: number;
  value: Cell;
}

/** The smallest rectangle (1-based) that holds every change. */
export function boundingBox(changes: readonly CellChange[]): { top: number; left: number; height: number; width: number } | null {
  if (!changes.length) return null;
  let top = Infinity, bottom = 0, left = Infinity, right = 0;
  for (const c of changes) {
    top = Math.min(top, c.row);
    bottom = Math.max(bottom, c.row);
    left = Math.min(left, c.col + 1);
    right = Math.max(right, c.col + 1);
  }
  return { top, left, height: bottom - top + 1, width: right - left + 1 };
}

/** A domain value as a string Sheets would parse back into the same value (ISO dates are read in every locale). */
export const cellInput = (v: Cell): Raw => (isDate(v) ? v.iso : v);

/** A short fingerprint of a rectangle's encoded cells: undo refuses to overwrite edits made after the import. */
export function fingerprint(encoded: readonly (readonly string[])[]): string {
  let h = 5381;
  for (const row of encoded) for (const cell of row) for (let i = 0; i <= cell.length; i++) h = ((h * 33) ^ (i < cell.length ? cell.charCodeAt(i) : 31)) >>> 0;
  return `${h.toString(36)}:${encoded.length}`;
}
