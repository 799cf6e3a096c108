/**
 * The spreadsheet's state as plain data. Views (range.ts, sheet.ts, …) are thin classes over it;
 * nothing here knows about Apps Script types.
 */
import type { Host } from '../host';
import type { Box } from './a1';
import { AUTOMATIC_FORMAT, type CellValue } from './values';

/** A data validation rule, immutable once built. */
export interface ValidationRule {
  readonly criteria: string;
  readonly args: readonly unknown[];
  /** For VALUE_IN_RANGE: the source range, read at check time. */
  readonly source?: RangeRef;
  readonly allowInvalid: boolean;
  readonly helpText: string;
}

export interface CellFormat {
  format: string;
  background: string;
  fontColor: string;
  fontWeight: string;
  fontStyle: string;
  hAlign: string;
  vAlign: string;
  wrap: boolean;
  wrapStrategy: string;
}

export interface Cell extends CellFormat {
  value: CellValue;
  formula: string;
  note: string;
  validation: ValidationRule | null;
}

export const DEFAULT_FORMAT: Readonly<CellFormat> = Object.freeze({
  format: AUTOMATIC_FORMAT, background: '#ffffff', fontColor: '#000000', fontWeight: 'normal',
  fontStyle: 'normal', hAlign: 'general', vAlign: 'bottom', wrap: false, wrapStrategy: 'OVERFLOW',
});

export function emptyCell(): Cell {
  return { ...DEFAULT_FORMAT, value: '', formula: '', note: '', validation: null };
}

export const hasContent = (c: Cell | undefined): boolean => !!c && (c.value !== '' || c.formula !== '');

export interface RangeRef extends Box {
  sheet: SheetState;
}

export interface ProtectionState {
  type: 'RANGE' | 'SHEET';
  range: RangeRef;
  description: string;
  warningOnly: boolean;
  /** Its own editors; null while they mirror the spreadsheet's (until a script adds or removes one). */
  editors: string[] | null;
  domainEdit: boolean;
}

export interface ConditionalRuleState {
  criteria: string;
  args: unknown[];
  background: string | null;
  fontColor: string | null;
  bold: boolean | null;
  italic: boolean | null;
  ranges: RangeRef[];
}

export interface BorderRecord {
  box: Box;
  sides: (boolean | null)[];
  color: string | null;
  style: string | null;
}

export interface SheetState {
  id: number;
  name: string;
  /** rows[r-1][c-1]; undefined slots are empty cells with default formats. */
  rows: (Cell | undefined)[][];
  maxRows: number;
  maxCols: number;
  frozenRows: number;
  frozenCols: number;
  columnWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  hiddenColumns: Set<number>;
  hiddenRows: Set<number>;
  tabColor: string | null;
  /** Hidden by Sheet.hideSheet (the tab is not shown). */
  hidden: boolean;
  protections: ProtectionState[];
  conditionalRules: ConditionalRuleState[];
  borders: BorderRecord[];
  merges: Box[];
}

export interface BookState {
  host: Host;
  id: string;
  name: string;
  sheets: SheetState[];
  activeSheet: SheetState;
  activeRange: RangeRef | null;
  timeZone: string;
  locale: string;
  nextSheetId: number;
}

export function newSheet(id: number, name: string, maxRows = 1000, maxCols = 26): SheetState {
  return {
    id, name, rows: [], maxRows, maxCols, frozenRows: 0, frozenCols: 0, columnWidths: new Map(),
    rowHeights: new Map(), hiddenColumns: new Set(), hiddenRows: new Set(), tabColor: null, hidden: false,
    protections: [], conditionalRules: [], borders: [], merges: [],
  };
}

/** getSheetByName's rule: names compare without regard to case. */
export function sheetByName(book: BookState, name: string): SheetState | undefined {
  const key = name.toLowerCase();
  return book.sheets.find((s) => s.name.toLowerCase() === key);
}

// ---------------------------------------------------------------- grid operations

export function cellAt(sheet: SheetState, row: number, col: number): Cell | undefined {
  return sheet.rows[row - 1]?.[col - 1];
}

export function ensureCell(sheet: SheetState, row: number, col: number): Cell {
  const r = (sheet.rows[row - 1] ??= []);
  return (r[col - 1] ??= emptyCell());
}

export function lastRow(sheet: SheetState): number {
  for (let r = sheet.rows.length; r >= 1; r--) if (sheet.rows[r - 1]?.some(hasContent)) return r;
  return 0;
}

export function lastColumn(sheet: SheetState): number {
  let last = 0;
  for (const row of sheet.rows) {
    if (!row) continue;
    for (let c = row.length; c > last; c--) if (hasContent(row[c - 1])) { last = c; break; }
  }
  return last;
}

export function insertRows(sheet: SheetState, before: number, count: number): void {
  if (sheet.rows.length >= before) sheet.rows.splice(before - 1, 0, ...Array.from({ length: count }, () => []));
  sheet.maxRows += count;
}

export function deleteRows(sheet: SheetState, start: number, count: number): void {
  sheet.rows.splice(start - 1, count);
  sheet.maxRows -= count;
}

export function insertColumns(sheet: SheetState, before: number, count: number): void {
  for (const row of sheet.rows) if (row && row.length >= before) row.splice(before - 1, 0, ...new Array<undefined>(count));
  sheet.maxCols += count;
}

export function deleteColumns(sheet: SheetState, start: number, count: number): void {
  for (const row of sheet.rows) if (row) row.splice(start - 1, count);
  sheet.maxCols -= count;
}
