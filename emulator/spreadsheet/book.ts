/**
 * Operations on the plain book state that several spreadsheet classes share: finding a sheet,
 * checking a box against a sheet, resolving A1 text, the selection, new protections. They return
 * plain state (RangeRef, SheetState); the classes turn it into views through `views.ts`.
 */
import { AppsScriptException } from '../errors';
import { serviceError } from '../messages';
import { parseA1OrThrow, RANGE_NOT_FOUND, resolveA1 } from './a1';
import { sheetByName } from './model';
import type { BookState, ProtectionState, RangeRef, SheetState } from './model';

export const OUTSIDE_SHEET = 'The coordinates of the range are outside the dimensions of the sheet.';

/** Checks a box against the sheet with Apps Script's texts (reference: spreadsheet/sheet#getrangerow,-column,-numrows,-numcolumns). */
export function checkBox(sheet: RangeRef['sheet'], row: number, col: number, numRows: number, numCols: number): void {
  if (row < 1) throw new AppsScriptException('The starting row of the range is too small.');
  if (col < 1) throw new AppsScriptException('The starting column of the range is too small.');
  if (numRows < 1) throw new AppsScriptException('The number of rows in the range must be at least 1.');
  if (numCols < 1) throw new AppsScriptException('The number of columns in the range must be at least 1.');
  if (row + numRows - 1 > sheet.maxRows || col + numCols - 1 > sheet.maxCols) throw new AppsScriptException(OUTSIDE_SHEET);
}

export { sheetByName } from './model';

/** Spreadsheet#insertSheet, Sheet#setName: the name is taken (in the account's language, messages.ts). */
export function duplicateName(book: BookState, name: string): AppsScriptException {
  return serviceError(book.host, 'sheetExists', name);
}

/** The box of A1 text, on `sheet` unless the text names another sheet. */
export function refFromA1(book: BookState, sheet: SheetState, a1: string): RangeRef {
  const ref = parseA1OrThrow(a1);
  const target = ref.sheet === undefined ? sheet : sheetByName(book, ref.sheet);
  if (!target) throw new AppsScriptException(RANGE_NOT_FOUND);
  const box = resolveA1(ref, target.maxRows, target.maxCols);
  checkBox(target, box.row, box.col, box.numRows, box.numCols);
  return { sheet: target, ...box };
}

export function activate(book: BookState, sheet: SheetState): void {
  if (book.activeSheet !== sheet) book.activeRange = null;
  book.activeSheet = sheet;
}

/** The selection: A1 of the active sheet unless a script activated a range. */
export function activeRef(book: BookState): RangeRef {
  return book.activeRange && book.activeRange.sheet === book.activeSheet
    ? book.activeRange
    : { sheet: book.activeSheet, row: 1, col: 1, numRows: 1, numCols: 1 };
}

export function wholeSheet(sheet: SheetState): RangeRef {
  return { sheet, row: 1, col: 1, numRows: sheet.maxRows, numCols: sheet.maxCols };
}

/** Range#protect and Sheet#protect: until the script changes the editors, they mirror the spreadsheet's (range#protect). */
export function newProtection(book: BookState, type: 'RANGE' | 'SHEET', range: RangeRef): ProtectionState {
  const sheet = range.sheet;
  if (type === 'SHEET') {
    // Apps Script: "If the sheet is already protected, this method returns the existing protection."
    const existing = sheet.protections.find((p) => p.type === 'SHEET');
    if (existing) return existing;
  }
  const state: ProtectionState = { type, range: { ...range }, description: '', warningOnly: false, editors: null, domainEdit: false };
  sheet.protections.push(state);
  return state;
}
