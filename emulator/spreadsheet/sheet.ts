/**
 * Sheet — reference: developers.google.com/apps-script/reference/spreadsheet/sheet
 * A view over one SheetState; new sheets are 1000 rows × 26 columns, as in Google Sheets.
 */
import { AppsScriptException } from '../errors';
import { toScript } from '../host';
import { checkBox, duplicateName, newProtection, refFromA1, sheetByName, wholeSheet } from './book';
import { commitWrites, computedValue, displayOf, planWrite } from './cells';
import { passes } from './data-validation';
import * as grid from './model';
import type { BookState, SheetState } from './model';
import { clearRange, sortRange } from './range-ops';
import { assertEditable, reshape } from './guard';
import { expose, int, lookup, remember, signatureMismatch, str } from './refs';
import { provide, views } from './views';

export const DEFAULT_COLUMN_WIDTH = 100;
export const DEFAULT_ROW_HEIGHT = 21;

class Sheet implements Partial<GoogleAppsScript.Spreadsheet.Sheet> {
  readonly #book: BookState;
  readonly #s: SheetState;
  #self!: GoogleAppsScript.Spreadsheet.Sheet;
  private constructor(book: BookState, state: SheetState) {
    this.#book = book;
    this.#s = state;
  }
  static create(book: BookState, state: SheetState): GoogleAppsScript.Spreadsheet.Sheet {
    const view = new Sheet(book, state);
    view.#self = remember.sheet(expose<GoogleAppsScript.Spreadsheet.Sheet>(view, 'Sheet'), state);
    return view.#self;
  }
  #hit(method: string): SheetState {
    this.#book.host.calls.hit(`Sheet.${method}`);
    if (!this.#book.sheets.includes(this.#s)) throw new AppsScriptException(`The sheet "${this.#s.name}" has been deleted.`);
    return this.#s;
  }

  getName() { return this.#hit('getName').name; }
  getSheetName() { return this.#hit('getSheetName').name; }
  setName(name: string) {
    const s = this.#hit('setName');
    str(name, 'Sheet.setName', [name]);
    if (name.trim() === '') throw signatureMismatch('Sheet.setName', [name]);
    const other = sheetByName(this.#book, name);
    if (other && other !== s) throw duplicateName(this.#book, name);
    s.name = name;
    return this.#self;
  }
  getSheetId() { return this.#hit('getSheetId').id; }
  getIndex() { return this.#book.sheets.indexOf(this.#hit('getIndex')) + 1; }
  getParent() { this.#hit('getParent'); return views.spreadsheet(this.#book); }
  getType() { this.#hit('getType'); return 'GRID' as unknown as GoogleAppsScript.Spreadsheet.SheetType; }
  activate() {
    const s = this.#hit('activate');
    this.#book.activeSheet = s;
    this.#book.activeRange = { sheet: s, row: 1, col: 1, numRows: 1, numCols: 1 };
    return this.#self;
  }

  // ---- ranges and size
  getRange(rowOrA1: number | string, column?: number, numRows?: number, numColumns?: number) {
    const s = this.#hit('getRange');
    const args = [rowOrA1, column, numRows, numColumns].filter((a) => a !== undefined);
    if (typeof rowOrA1 === 'string' && args.length === 1) return views.range(this.#book, refFromA1(this.#book, s, rowOrA1));
    if (args.length < 2 || args.some((a) => typeof a !== 'number')) throw signatureMismatch('Sheet.getRange', args);
    const box = { row: Math.trunc(rowOrA1 as number), col: Math.trunc(column!), numRows: Math.trunc(numRows ?? 1), numCols: Math.trunc(numColumns ?? 1) };
    checkBox(s, box.row, box.col, box.numRows, box.numCols);
    return views.range(this.#book, { sheet: s, ...box });
  }
  /** From A1 to the last row and column with content; A1 on an empty sheet. */
  getDataRange() {
    const s = this.#hit('getDataRange');
    return views.range(this.#book, { sheet: s, row: 1, col: 1, numRows: Math.max(1, grid.lastRow(s)), numCols: Math.max(1, grid.lastColumn(s)) });
  }
  getSheetValues(startRow: number, startColumn: number, numRows: number, numColumns: number) {
    this.#hit('getSheetValues');
    const s = this.#s;
    const rows = numRows === -1 ? grid.lastRow(s) - startRow + 1 : numRows;
    const cols = numColumns === -1 ? grid.lastColumn(s) - startColumn + 1 : numColumns;
    checkBox(s, startRow, startColumn, rows, cols);
    return toScript(this.#book.host, Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => computedValue(this.#book, s, startRow + i, startColumn + j))));
  }
  getLastRow() { return grid.lastRow(this.#hit('getLastRow')); }
  getLastColumn() { return grid.lastColumn(this.#hit('getLastColumn')); }
  getMaxRows() { return this.#hit('getMaxRows').maxRows; }
  getMaxColumns() { return this.#hit('getMaxColumns').maxCols; }

  // ---- inserting and deleting
  #rowsAt(method: string, position: unknown, howMany: unknown, after: boolean): GoogleAppsScript.Spreadsheet.Sheet {
    const s = this.#hit(method);
    const at = int(position, `Sheet.${method}`, [position, howMany]);
    const n = int(howMany, `Sheet.${method}`, [position, howMany]);
    if (at < 1 || at > s.maxRows || n < 1) throw new AppsScriptException('Those rows are out of bounds.');
    reshape(this.#book, s, 'row', after ? at + 1 : at, n);
    grid.insertRows(s, after ? at + 1 : at, n);
    return this.#self;
  }
  #colsAt(method: string, position: unknown, howMany: unknown, after: boolean): GoogleAppsScript.Spreadsheet.Sheet {
    const s = this.#hit(method);
    const at = int(position, `Sheet.${method}`, [position, howMany]);
    const n = int(howMany, `Sheet.${method}`, [position, howMany]);
    if (at < 1 || at > s.maxCols || n < 1) throw new AppsScriptException('Those columns are out of bounds.');
    reshape(this.#book, s, 'col', after ? at + 1 : at, n);
    grid.insertColumns(s, after ? at + 1 : at, n);
    return this.#self;
  }
  insertRowsAfter(afterPosition: number, howMany: number) { return this.#rowsAt('insertRowsAfter', afterPosition, howMany, true); }
  insertRowsBefore(beforePosition: number, howMany: number) { return this.#rowsAt('insertRowsBefore', beforePosition, howMany, false); }
  insertRowAfter(afterPosition: number) { return this.#rowsAt('insertRowAfter', afterPosition, 1, true); }
  insertRowBefore(beforePosition: number) { return this.#rowsAt('insertRowBefore', beforePosition, 1, false); }
  insertRows(rowIndex: number, numRows = 1) { this.#rowsAt('insertRows', rowIndex, numRows, false); }
  insertColumnsAfter(afterPosition: number, howMany: number) { return this.#colsAt('insertColumnsAfter', afterPosition, howMany, true); }
  insertColumnsBefore(beforePosition: number, howMany: number) { return this.#colsAt('insertColumnsBefore', beforePosition, howMany, false); }
  insertColumnAfter(afterPosition: number) { return this.#colsAt('insertColumnAfter', afterPosition, 1, true); }
  insertColumnBefore(beforePosition: number) { return this.#colsAt('insertColumnBefore', beforePosition, 1, false); }
  insertColumns(columnIndex: number, numColumns = 1) { this.#colsAt('insertColumns', columnIndex, numColumns, false); }

  #delete(method: string, kind: 'rows' | 'columns', position: unknown, howMany: unknown): void {
    const s = this.#hit(method);
    const at = int(position, `Sheet.${method}`, [position, howMany]);
    const n = int(howMany, `Sheet.${method}`, [position, howMany]);
    const [max, frozen] = kind === 'rows' ? [s.maxRows, s.frozenRows] : [s.maxCols, s.frozenCols];
    if (at < 1 || n < 1 || at + n - 1 > max) throw new AppsScriptException(`Those ${kind} are out of bounds.`);
    if (n >= max - frozen && at > frozen) throw new AppsScriptException(`Sorry, it is not possible to delete all non-frozen ${kind}.`);
    reshape(this.#book, s, kind === 'rows' ? 'row' : 'col', at, -n);
    (kind === 'rows' ? grid.deleteRows : grid.deleteColumns)(s, at, n);
  }
  /** Removes rows; the cells below move up. */
  deleteRows(rowPosition: number, howMany: number) { this.#delete('deleteRows', 'rows', rowPosition, howMany); }
  deleteRow(rowPosition: number) { this.#delete('deleteRow', 'rows', rowPosition, 1); return this.#self; }
  deleteColumns(columnPosition: number, howMany: number) { this.#delete('deleteColumns', 'columns', columnPosition, howMany); }
  deleteColumn(columnPosition: number) { this.#delete('deleteColumn', 'columns', columnPosition, 1); return this.#self; }
  /** Writes after the last row with content, growing the sheet when it is full; strings are parsed as typed. */
  appendRow(rowContents: unknown[]) {
    const s = this.#hit('appendRow');
    if (!Array.isArray(rowContents) || rowContents.length === 0) throw signatureMismatch('Sheet.appendRow', [rowContents]);
    const row = grid.lastRow(s) + 1;
    const writes = rowContents.map((v, j) => planWrite(this.#book, s, row, j + 1, v, 'value', 'Sheet.appendRow'));
    commitWrites(this.#book, s, writes, (rule, value) => passes(this.#book, rule, value));
    if (row > s.maxRows) s.maxRows = row;
    if (rowContents.length > s.maxCols) s.maxCols = rowContents.length;
    return this.#self;
  }

  // ---- clearing
  /** The whole sheet, checked against protections: clearing it is a write everywhere. */
  #all(s: SheetState) {
    const all = { sheet: s, row: 1, col: 1, numRows: s.maxRows, numCols: s.maxCols };
    assertEditable(this.#book, all);
    return all;
  }
  clear(options?: { formatOnly?: boolean; contentsOnly?: boolean }) {
    const s = this.#hit('clear');
    clearRange(this.#all(s), options, 'Sheet.clear');
    return this.#self;
  }
  clearContents() { clearRange(this.#all(this.#hit('clearContents')), { contentsOnly: true }, 'Sheet.clearContents'); return this.#self; }
  clearFormats() { clearRange(this.#all(this.#hit('clearFormats')), { formatOnly: true }, 'Sheet.clearFormats'); return this.#self; }
  clearNotes() {
    const s = this.#hit('clearNotes');
    this.#all(s);
    for (const row of s.rows) for (const cell of row ?? []) if (cell) cell.note = '';
    return this.#self;
  }

  // ---- layout
  getFrozenRows() { return this.#hit('getFrozenRows').frozenRows; }
  getFrozenColumns() { return this.#hit('getFrozenColumns').frozenCols; }
  setFrozenRows(rows: number) {
    const s = this.#hit('setFrozenRows');
    const n = int(rows, 'Sheet.setFrozenRows', [rows]);
    if (n < 0 || n >= s.maxRows) throw new AppsScriptException("You can't freeze all visible rows on the sheet.");
    s.frozenRows = n;
  }
  setFrozenColumns(columns: number) {
    const s = this.#hit('setFrozenColumns');
    const n = int(columns, 'Sheet.setFrozenColumns', [columns]);
    if (n < 0 || n >= s.maxCols) throw new AppsScriptException("You can't freeze all visible columns on the sheet.");
    s.frozenCols = n;
  }
  #col(s: SheetState, method: string, col: unknown, count: unknown = 1): [number, number] {
    const c = int(col, `Sheet.${method}`, [col, count]);
    const n = int(count, `Sheet.${method}`, [col, count]);
    if (c < 1 || n < 1 || c + n - 1 > s.maxCols) throw new AppsScriptException('Those columns are out of bounds.');
    return [c, n];
  }
  #row(s: SheetState, method: string, row: unknown, count: unknown = 1): [number, number] {
    const r = int(row, `Sheet.${method}`, [row, count]);
    const n = int(count, `Sheet.${method}`, [row, count]);
    if (r < 1 || n < 1 || r + n - 1 > s.maxRows) throw new AppsScriptException('Those rows are out of bounds.');
    return [r, n];
  }
  getColumnWidth(columnPosition: number) {
    const s = this.#hit('getColumnWidth');
    const [c] = this.#col(s, 'getColumnWidth', columnPosition);
    return s.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH;
  }
  setColumnWidth(columnPosition: number, width: number) { return this.#widths('setColumnWidth', columnPosition, 1, width); }
  setColumnWidths(startColumn: number, numColumns: number, width: number) { return this.#widths('setColumnWidths', startColumn, numColumns, width); }
  #widths(method: string, start: number, count: number, width: number) {
    const s = this.#hit(method);
    const [c, n] = this.#col(s, method, start, count);
    const w = int(width, `Sheet.${method}`, [start, count, width]);
    for (let i = 0; i < n; i++) s.columnWidths.set(c + i, w);
    return this.#self;
  }
  autoResizeColumn(columnPosition: number) { return this.#autoResize('autoResizeColumn', columnPosition, 1); }
  autoResizeColumns(startColumn: number, numColumns: number) { return this.#autoResize('autoResizeColumns', startColumn, numColumns); }
  /** Roughly 7 px per character of the longest display value, plus padding. */
  #autoResize(method: string, start: number, count: number) {
    const s = this.#hit(method);
    const [c, n] = this.#col(s, method, start, count);
    const last = grid.lastRow(s);
    for (let col = c; col < c + n; col++) {
      let longest = 0;
      for (let r = 1; r <= last; r++) longest = Math.max(longest, displayOf(this.#book, s, r, col).length);
      if (longest > 0) s.columnWidths.set(col, longest * 7 + 14);
    }
    return this.#self;
  }
  getRowHeight(rowPosition: number) {
    const s = this.#hit('getRowHeight');
    const [r] = this.#row(s, 'getRowHeight', rowPosition);
    return s.rowHeights.get(r) ?? DEFAULT_ROW_HEIGHT;
  }
  setRowHeight(rowPosition: number, height: number) { return this.#heights('setRowHeight', rowPosition, 1, height); }
  setRowHeights(startRow: number, numRows: number, height: number) { return this.#heights('setRowHeights', startRow, numRows, height); }
  #heights(method: string, start: number, count: number, height: number) {
    const s = this.#hit(method);
    const [r, n] = this.#row(s, method, start, count);
    const h = int(height, `Sheet.${method}`, [start, count, height]);
    for (let i = 0; i < n; i++) s.rowHeights.set(r + i, h);
    return this.#self;
  }
  hideColumns(columnIndex: number, numColumns = 1) { this.#toggle('hideColumns', 'col', columnIndex, numColumns, true); }
  showColumns(columnIndex: number, numColumns = 1) { this.#toggle('showColumns', 'col', columnIndex, numColumns, false); }
  hideRows(rowIndex: number, numRows = 1) { this.#toggle('hideRows', 'row', rowIndex, numRows, true); }
  showRows(rowIndex: number, numRows = 1) { this.#toggle('showRows', 'row', rowIndex, numRows, false); }
  #toggle(method: string, kind: 'row' | 'col', start: number, count: number, hide: boolean) {
    const s = this.#hit(method);
    const [a, n] = kind === 'col' ? this.#col(s, method, start, count) : this.#row(s, method, start, count);
    const set = kind === 'col' ? s.hiddenColumns : s.hiddenRows;
    for (let i = a; i < a + n; i++) {
      if (hide) set.add(i);
      else set.delete(i);
    }
  }
  isColumnHiddenByUser(columnPosition: number) { return this.#hit('isColumnHiddenByUser').hiddenColumns.has(columnPosition); }
  isRowHiddenByUser(rowPosition: number) { return this.#hit('isRowHiddenByUser').hiddenRows.has(rowPosition); }
  /**
   * reference: sheet#hideSheet() — "Hides this sheet. Has no effect if the sheet is already hidden.
   * If this method is called on the only visible sheet, it throws an exception."
   */
  hideSheet() {
    const s = this.#hit('hideSheet');
    if (!s.hidden && this.#book.sheets.filter((x) => !x.hidden).length === 1) throw new AppsScriptException("You can't hide all the sheets in a document.");
    s.hidden = true;
    return this.#self;
  }
  /** reference: sheet#showSheet() — "Makes the sheet visible. Has no effect if the sheet is already visible." */
  showSheet() {
    this.#hit('showSheet').hidden = false;
    return this.#self;
  }
  /** reference: sheet#isSheetHidden() */
  isSheetHidden() { return this.#hit('isSheetHidden').hidden; }
  getTabColor() { return this.#hit('getTabColor').tabColor; }
  setTabColor(color: string | null) {
    const s = this.#hit('setTabColor');
    if (color !== null && typeof color !== 'string') throw signatureMismatch('Sheet.setTabColor', [color]);
    s.tabColor = color;
    return this.#self;
  }
  /** Sorts the rows below the frozen ones by one column (Sheet#sort). */
  sort(columnPosition: number, ascending = true) {
    const s = this.#hit('sort');
    const col = int(columnPosition, 'Sheet.sort', [columnPosition, ascending]);
    if (col < 1 || col > s.maxCols) throw new AppsScriptException('Those columns are out of bounds.');
    const last = grid.lastRow(s);
    if (last > s.frozenRows) {
      const ref = { sheet: s, row: s.frozenRows + 1, col: 1, numRows: last - s.frozenRows, numCols: Math.max(col, grid.lastColumn(s)) };
      assertEditable(this.#book, ref);
      sortRange(this.#book, ref, [{ column: col, ascending: ascending !== false }]);
    }
    return this.#self;
  }

  // ---- protections and conditional formats
  protect() { return views.protection(this.#book, newProtection(this.#book, 'SHEET', wholeSheet(this.#hit('protect')))); }
  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType) {
    const s = this.#hit('getProtections');
    const t = type as unknown;
    if (t !== 'RANGE' && t !== 'SHEET') throw signatureMismatch('Sheet.getProtections', [type]);
    return s.protections.filter((p) => p.type === t).map((p) => views.protection(this.#book, p));
  }
  getConditionalFormatRules() {
    const s = this.#hit('getConditionalFormatRules');
    return s.conditionalRules.map((r) => views.conditionalRule(this.#book, r));
  }
  setConditionalFormatRules(rules: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[]) {
    const s = this.#hit('setConditionalFormatRules');
    if (!Array.isArray(rules)) throw signatureMismatch('Sheet.setConditionalFormatRules', [rules]);
    s.conditionalRules = rules.map((r) => {
      const state = lookup.conditionalRule(r, 'Sheet.setConditionalFormatRules');
      return { ...state, args: [...state.args], ranges: state.ranges.map((x) => ({ ...x })) };
    });
  }
  clearConditionalFormatRules() { this.#hit('clearConditionalFormatRules').conditionalRules = []; }

  // ---- embedded charts (chart.ts)
  newChart() { return views.chartBuilder(this.#book, this.#hit('newChart')); }
  insertChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart) { views.charts.insert(this.#book, this.#hit('insertChart'), chart); }
  updateChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart) { views.charts.update(this.#hit('updateChart'), chart); }
  removeChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart) { views.charts.remove(this.#hit('removeChart'), chart); }
  getCharts() { return views.charts.list(this.#book, this.#hit('getCharts')); }
}

provide({ sheet: (book, state) => Sheet.create(book, state) });
