/**
 * Reading and writing cell contents: computed values of formulas, display values, and the
 * all-or-nothing write that setValue(s)/appendRow/setFormula(s) share.
 */
import { isDate } from '../args';
import { AppsScriptException, NotEmulated } from '../errors';
import { storedFormula } from './formula-syntax';
import { assertEditable } from './guard';
import { checkMergedWrite } from './merges';
import { cellA1 } from './a1';
import { evaluateFormula, SheetError, type Computed } from './formula';
import { cellAt, ensureCell, sheetByName, type BookState, type SheetState, type ValidationRule } from './model';
import { signatureMismatch } from './refs';
import { wallTime } from './dates';
import { AUTOMATIC_FORMAT, DATE_FORMAT_RU, displayValue, isDatePattern, parseTyped, PLAIN_TEXT_FORMAT, type CellValue } from './values';

/** A cell's value as getValue returns it: formulas computed (errors as their text), Dates copied. */
export function computedValue(book: BookState, sheet: SheetState, row: number, col: number): CellValue {
  const v = computed(book, sheet, row, col, new Set());
  return v instanceof SheetError ? v.code : v;
}

function computed(book: BookState, sheet: SheetState, row: number, col: number, visiting: Set<string>): Computed {
  const cell = cellAt(sheet, row, col);
  if (!cell) return '';
  if (!cell.formula) return cell.value instanceof Date ? new Date(cell.value.getTime()) : cell.value;
  const key = `${sheet.id}:${row}:${col}`;
  if (visiting.has(key)) return new SheetError('#REF!'); // a circular dependency is #REF! in Sheets
  visiting.add(key);
  try {
    return evaluateFormula(cell.formula, {
      locale: book.locale, timeZone: book.timeZone, now: book.host.clock.now(), sheet: sheet.name, row, col,
      isDateFormat: isDatePattern(cell.format),
      size: (name) => {
        const s = sheetByName(book, name);
        return s && { rows: s.maxRows, cols: s.maxCols };
      },
      read: (name, r, c) => computed(book, sheetByName(book, name)!, r, c, visiting),
    });
  } finally {
    visiting.delete(key);
  }
}

export function displayOf(book: BookState, sheet: SheetState, row: number, col: number): string {
  const cell = cellAt(sheet, row, col);
  if (!cell) return '';
  return displayValue(computedValue(book, sheet, row, col), cell.format, book);
}

/** One planned cell write. */
export interface CellWrite {
  row: number;
  col: number;
  value: CellValue;
  formula: string;
  /** Number format Sheets picks for a date; only applied to cells whose format is automatic. */
  format?: string;
}

export type WriteMode = 'value' | 'formula';

/** Turns one script-supplied value into what the cell will hold, or throws like Apps Script. */
export function planWrite(book: BookState, sheet: SheetState, row: number, col: number, input: unknown, mode: WriteMode, method: string): CellWrite {
  // null and undefined empty the cell (Stack Overflow «Google Sheets setValues does not use toString()
  // when showing object instances», 2025: «an empty cell for null, and another empty cell for undefined»).
  if (input === null || input === undefined) return { row, col, value: '', formula: '' };
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) throw signatureMismatch(method, [input]);
    return { row, col, value: input, formula: '' };
  }
  if (typeof input === 'boolean') return { row, col, value: input, formula: '' };
  if (isDate(input)) {
    if (Number.isNaN(input.getTime())) throw signatureMismatch(method, [input]);
    // Sheets gives an automatic cell a date format when a date lands in it.
    const w = wallTime(input, book.timeZone);
    const format = w.hour === 0 && w.minute === 0 && w.second === 0 ? DATE_FORMAT_RU : `${DATE_FORMAT_RU} H:mm:ss`;
    return { row, col, value: new Date(input.getTime()), formula: '', format };
  }
  if (Array.isArray(input) || typeof input === 'function' || typeof input === 'symbol' || typeof input === 'bigint') {
    throw new NotEmulated(`${method} with a value of type ${Array.isArray(input) ? 'array' : typeof input} in a cell`);
  }
  // Any other object is written as '[object Object]', not through its own toString() (same source).
  const text = typeof input === 'string' ? input : '[object Object]';
  const plain = cellAt(sheet, row, col)?.format === PLAIN_TEXT_FORMAT;
  if (mode === 'formula' && text.startsWith('=')) return { row, col, value: '', formula: storedFormula(text, book.locale) };
  if (plain && mode === 'value') return { row, col, value: text, formula: '' };
  const typed = parseTyped(text, { locale: book.locale, timeZone: book.timeZone, now: book.host.clock.now() });
  const formula = typed.formula === undefined ? '' : storedFormula(typed.formula, book.locale);
  return { row, col, value: typed.value, formula, format: typed.format };
}

/** Apps Script's text when a write breaks a rejecting data validation rule (seen in Executions logs). */
export const validationMessage = (row: number, col: number) =>
  `The data you entered in cell ${cellA1(row, col)} violates the data validation rules set on this cell.`;

/** Checks every write against the target cells' rules, then applies all of them, or none. */
export function commitWrites(book: BookState, sheet: SheetState, writes: CellWrite[], check: (rule: ValidationRule, value: CellValue) => boolean): void {
  for (const w of writes) {
    assertEditable(book, { sheet, row: w.row, col: w.col, numRows: 1, numCols: 1 });
    checkMergedWrite(sheet, w.row, w.col, w.value === '' && w.formula === '', 'Range.setValues');
    const rule = cellAt(sheet, w.row, w.col)?.validation;
    if (!rule || rule.allowInvalid || w.formula !== '' || w.value === '') continue;
    if (!check(rule, w.value)) throw new AppsScriptException(validationMessage(w.row, w.col));
  }
  for (const w of writes) {
    const cell = ensureCell(sheet, w.row, w.col);
    cell.value = w.value;
    cell.formula = w.formula;
    if (w.format && cell.format === AUTOMATIC_FORMAT) cell.format = w.format;
  }
}

/** Validates a 2-D array's shape against a range, with Apps Script's texts. */
export function assertShape(values: unknown, numRows: number, numCols: number, method: string): asserts values is unknown[][] {
  if (!Array.isArray(values) || values.some((r) => !Array.isArray(r))) throw signatureMismatch(method, [values]);
  if (values.length !== numRows) {
    throw new AppsScriptException(
      `The number of rows in the data does not match the number of rows in the range. The data has ${values.length} but the range has ${numRows}.`,
    );
  }
  for (const row of values as unknown[][]) {
    if (row.length !== numCols) {
      throw new AppsScriptException(
        `The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${numCols}.`,
      );
    }
  }
}
