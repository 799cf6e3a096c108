/**
 * Who may write where: protected ranges and sheets refuse writes from a user who is not one of their
 * editors. References: developers.google.com/apps-script/reference/spreadsheet/protection —
 * «The spreadsheet owner is always able to edit protected ranges and sheets» (#canedit); a new
 * protection's editors «mirror those of the spreadsheet itself, which effectively means that the
 * range remains unprotected» until the script changes them (range#protect); a warning-only protection
 * lets «every user edit data in the area, except editing prompts a warning» (#setwarningonly), and a
 * script gets no prompt, so it is not blocked.
 * The error text was seen in Sheets API and Apps Script logs («You are trying to edit a protected cell
 * or object. Please contact the spreadsheet owner to remove protection if you need to edit.»).
 */
import { serviceError } from '../messages';
import type { Host } from '../host';
import { shiftMerges } from './merges';
import type { BookState, ProtectionState, RangeRef, SheetState } from './model';

/** The spreadsheet's owner: the world's `owner`, or the user running the script. */
export const ownerOf = (host: Host): string => host.owner ?? host.user;

/** Everyone who may edit the spreadsheet itself: the owner, the shared editors and the current user. */
export function spreadsheetEditors(host: Host): string[] {
  return [...new Set([ownerOf(host), ...(host.editors ?? []), host.user])];
}

/** Protection#canEdit for one user. */
export function mayEdit(host: Host, p: ProtectionState, user: string): boolean {
  if (user === ownerOf(host)) return true;
  return (p.editors ?? spreadsheetEditors(host)).includes(user);
}

const covers = (p: ProtectionState, sheet: SheetState, row: number, col: number, numRows: number, numCols: number) => {
  if (p.range.sheet !== sheet) return false;
  if (p.type === 'SHEET') return true;
  if (numRows === 0) return false; // a structural change (inserting rows) is checked against whole-sheet protections only
  const r = p.range;
  return row < r.row + r.numRows && r.row < row + numRows && col < r.col + r.numCols && r.col < col + numCols;
};

/** Throws when the current user may not write into any cell of the box. */
export function assertEditable(book: BookState, box: Pick<RangeRef, 'sheet' | 'row' | 'col' | 'numRows' | 'numCols'>): void {
  const host = book.host;
  if (host.user === ownerOf(host)) return;
  for (const p of box.sheet.protections) {
    if (p.warningOnly || !covers(p, box.sheet, box.row, box.col, box.numRows, box.numCols)) continue;
    if (!mayEdit(host, p, host.user)) throw serviceError(host, 'protectedCell');
  }
}

/**
 * Rows or columns inserted (delta > 0) before `at`, or deleted (delta < 0) from `at`: refused where the
 * user may not edit (an insertion only by a whole-sheet protection), and the merges after it move.
 */
export function reshape(book: BookState, sheet: SheetState, axis: 'row' | 'col', at: number, delta: number): void {
  const n = Math.abs(delta);
  const box = delta > 0 ? { row: 1, col: 1, numRows: 0, numCols: 0 }
    : axis === 'row' ? { row: at, col: 1, numRows: n, numCols: sheet.maxCols } : { row: 1, col: at, numRows: sheet.maxRows, numCols: n };
  assertEditable(book, { sheet, ...box });
  shiftMerges(sheet, axis, at, delta);
}
