/**
 * Range — reference: developers.google.com/apps-script/reference/spreadsheet/range
 * A view over a box of one sheet. Rows and columns are 1-based; every read returns fresh arrays.
 */
import { AppsScriptException } from '../errors';
import { toScript } from '../host';
import { boxA1 } from './a1';
import { checkBox, newProtection, OUTSIDE_SHEET } from './book';
import { assertShape, commitWrites, computedValue, displayOf, planWrite, type CellWrite, type WriteMode } from './cells';
import { dataValidationView, passes } from './data-validation';
import { assertEditable } from './guard';
import { breakApart, isPartOfMerge, mergeBoxes, mergedIn } from './merges';
import { cellAt, ensureCell, hasContent, type BookState, type Cell, type RangeRef } from './model';
import { clearRange, fillField, readField, sortKeys, sortRange, writeField, type Field } from './range-ops';
import { expose, lookup, remember, signatureMismatch } from './refs';
import type { CellValue } from './values';
import { provide, views } from './views';

const rangeFactory = (book: BookState) => (ref: RangeRef) => views.range(book, ref);

class Range implements Partial<GoogleAppsScript.Spreadsheet.Range> {
  readonly #book: BookState;
  readonly #ref: RangeRef;
  #self!: GoogleAppsScript.Spreadsheet.Range;
  private constructor(book: BookState, ref: RangeRef) {
    this.#book = book;
    this.#ref = ref;
  }
  static create(book: BookState, ref: RangeRef): GoogleAppsScript.Spreadsheet.Range {
    const view = new Range(book, ref);
    view.#self = remember.range(expose<GoogleAppsScript.Spreadsheet.Range>(view, 'Range'), ref);
    return view.#self;
  }

  /** Counts the call and re-checks the box (a sheet may have shrunk or gone since). */
  #hit(method: string): RangeRef {
    this.#book.host.calls.hit(`Range.${method}`);
    const r = this.#ref;
    if (!this.#book.sheets.includes(r.sheet)) throw new AppsScriptException(`The sheet "${r.sheet.name}" has been deleted.`);
    if (r.row + r.numRows - 1 > r.sheet.maxRows || r.col + r.numCols - 1 > r.sheet.maxCols) throw new AppsScriptException(OUTSIDE_SHEET);
    return r;
  }
  /** A call that changes the range: counted, re-checked, and refused in a protected area the user may not edit. */
  #edit(method: string): RangeRef {
    const r = this.#hit(method);
    assertEditable(this.#book, r);
    return r;
  }
  #grid<T>(fn: (row: number, col: number) => T): T[][] {
    const r = this.#ref;
    return Array.from({ length: r.numRows }, (_, i) => Array.from({ length: r.numCols }, (_, j) => fn(r.row + i, r.col + j)));
  }
  #write(method: string, values: unknown[][], mode: WriteMode): GoogleAppsScript.Spreadsheet.Range {
    const r = this.#ref;
    const writes: CellWrite[] = [];
    values.forEach((row, i) => row.forEach((v, j) => writes.push(planWrite(this.#book, r.sheet, r.row + i, r.col + j, v, mode, `Range.${method}`))));
    commitWrites(this.#book, r.sheet, writes, (rule, value) => passes(this.#book, rule, value));
    return this.#self;
  }
  #fill<T>(value: T): T[][] {
    return this.#grid(() => value);
  }
  #get<K extends Field>(method: string, field: K): Cell[K][][] {
    return readField(this.#hit(method), field);
  }
  #setAll<K extends Field>(method: string, field: K, value: Cell[K]): GoogleAppsScript.Spreadsheet.Range {
    fillField(this.#edit(method), field, value);
    return this.#self;
  }
  #setEach<K extends Field>(method: string, field: K, values: unknown, map: (v: unknown) => Cell[K]): GoogleAppsScript.Spreadsheet.Range {
    const r = this.#edit(method);
    assertShape(values, r.numRows, r.numCols, `Range.${method}`);
    writeField(r, field, values.map((row) => row.map(map)));
    return this.#self;
  }

  // ---- geometry
  getRow() { return this.#hit('getRow').row; }
  getRowIndex() { return this.#hit('getRowIndex').row; }
  getColumn() { return this.#hit('getColumn').col; }
  getLastRow() { const r = this.#hit('getLastRow'); return r.row + r.numRows - 1; }
  getLastColumn() { const r = this.#hit('getLastColumn'); return r.col + r.numCols - 1; }
  getNumRows() { return this.#hit('getNumRows').numRows; }
  getNumColumns() { return this.#hit('getNumColumns').numCols; }
  getHeight() { return this.#hit('getHeight').numRows; }
  getWidth() { return this.#hit('getWidth').numCols; }
  getA1Notation() { return boxA1(this.#hit('getA1Notation')); }
  getSheet() { return views.sheet(this.#book, this.#hit('getSheet').sheet); }
  getCell(row: number, column: number) {
    const r = this.#hit('getCell');
    if (typeof row !== 'number' || typeof column !== 'number') throw signatureMismatch('Range.getCell', [row, column]);
    if (row < 1 || column < 1 || row > r.numRows || column > r.numCols) throw new AppsScriptException('Cell reference out of range');
    return views.range(this.#book, { sheet: r.sheet, row: r.row + row - 1, col: r.col + column - 1, numRows: 1, numCols: 1 });
  }
  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number) {
    const r = this.#hit('offset');
    const box = { row: r.row + rowOffset, col: r.col + columnOffset, numRows: numRows ?? r.numRows, numCols: numColumns ?? r.numCols };
    if ([box.row, box.col, box.numRows, box.numCols].some((n) => typeof n !== 'number')) throw signatureMismatch('Range.offset', [rowOffset, columnOffset, numRows, numColumns]);
    checkBox(r.sheet, box.row, box.col, box.numRows, box.numCols);
    return views.range(this.#book, { sheet: r.sheet, ...box });
  }
  isBlank() {
    const r = this.#hit('isBlank');
    return this.#grid((row, col) => hasContent(cellAt(r.sheet, row, col))).every((line) => line.every((x) => !x));
  }
  activate() {
    const r = this.#hit('activate');
    this.#book.activeSheet = r.sheet;
    this.#book.activeRange = r;
    return this.#self;
  }

  // ---- values and formulas
  getValues(): CellValue[][] {
    const r = this.#hit('getValues');
    return toScript(this.#book.host, this.#grid((row, col) => computedValue(this.#book, r.sheet, row, col)));
  }
  getValue(): CellValue {
    const r = this.#hit('getValue');
    return toScript(this.#book.host, computedValue(this.#book, r.sheet, r.row, r.col));
  }
  /** reference: …/range#setvaluesvalues — wrong height or width throws; strings are parsed as if typed. */
  setValues(values: unknown[][]) {
    const r = this.#hit('setValues');
    assertShape(values, r.numRows, r.numCols, 'Range.setValues');
    return this.#write('setValues', values, 'value');
  }
  /** Sets every cell of the range to one value. */
  setValue(value: unknown) {
    this.#hit('setValue');
    return this.#write('setValue', this.#fill(value), 'value');
  }
  getDisplayValues() {
    const r = this.#hit('getDisplayValues');
    return toScript(this.#book.host, this.#grid((row, col) => displayOf(this.#book, r.sheet, row, col)));
  }
  getDisplayValue() {
    const r = this.#hit('getDisplayValue');
    return displayOf(this.#book, r.sheet, r.row, r.col);
  }
  getFormulas() {
    const r = this.#hit('getFormulas');
    return toScript(this.#book.host, this.#grid((row, col) => cellAt(r.sheet, row, col)?.formula ?? ''));
  }
  getFormula() {
    const r = this.#hit('getFormula');
    return cellAt(r.sheet, r.row, r.col)?.formula ?? '';
  }
  setFormula(formula: string) {
    this.#hit('setFormula');
    if (typeof formula !== 'string') throw signatureMismatch('Range.setFormula', [formula]);
    return this.#write('setFormula', this.#fill(formula), 'formula');
  }
  setFormulas(formulas: string[][]) {
    const r = this.#hit('setFormulas');
    assertShape(formulas, r.numRows, r.numCols, 'Range.setFormulas');
    if (formulas.some((row) => row.some((f) => typeof f !== 'string'))) throw signatureMismatch('Range.setFormulas', [formulas]);
    return this.#write('setFormulas', formulas, 'formula');
  }
  clearContent() { clearRange(this.#edit('clearContent'), { contentsOnly: true }, 'Range.clearContent'); return this.#self; }
  clearFormat() { clearRange(this.#edit('clearFormat'), { formatOnly: true }, 'Range.clearFormat'); return this.#self; }
  clearDataValidations() { clearRange(this.#edit('clearDataValidations'), { validationsOnly: true }, 'Range.clearDataValidations'); return this.#self; }
  clear(options?: { commentsOnly?: boolean; contentsOnly?: boolean; formatOnly?: boolean; validationsOnly?: boolean; skipFilteredRows?: boolean }) {
    clearRange(this.#edit('clear'), options, 'Range.clear');
    return this.#self;
  }
  clearNote() { return this.#setAll('clearNote', 'note', ''); }
  sort(sortSpecObj: unknown) {
    const r = this.#edit('sort');
    sortRange(this.#book, r, sortKeys(sortSpecObj, r));
    return this.#self;
  }

  // ---- formats
  getNumberFormats() { return this.#get('getNumberFormats', 'format'); }
  getNumberFormat() { return this.#get('getNumberFormat', 'format')[0]![0]!; }
  setNumberFormat(numberFormat: string) { return this.#setAll('setNumberFormat', 'format', text(numberFormat, 'Range.setNumberFormat')); }
  setNumberFormats(numberFormats: string[][]) { return this.#setEach('setNumberFormats', 'format', numberFormats, (v) => text(v, 'Range.setNumberFormats')); }
  getBackgrounds() { return this.#get('getBackgrounds', 'background'); }
  getBackground() { return this.#get('getBackground', 'background')[0]![0]!; }
  setBackground(color: string | null) { return this.#setAll('setBackground', 'background', color ?? '#ffffff'); }
  setBackgrounds(color: (string | null)[][]) { return this.#setEach('setBackgrounds', 'background', color, (v) => (v as string | null) ?? '#ffffff'); }
  getFontColor() { return this.#get('getFontColor', 'fontColor')[0]![0]!; }
  getFontColors() { return this.#get('getFontColors', 'fontColor'); }
  setFontColor(color: string | null) { return this.#setAll('setFontColor', 'fontColor', color ?? '#000000'); }
  setFontColors(colors: (string | null)[][]) { return this.#setEach('setFontColors', 'fontColor', colors, (v) => (v as string | null) ?? '#000000'); }
  getFontWeight() { return this.#get('getFontWeight', 'fontWeight')[0]![0]! as GoogleAppsScript.Spreadsheet.FontWeight; }
  getFontWeights() { return this.#get('getFontWeights', 'fontWeight') as GoogleAppsScript.Spreadsheet.FontWeight[][]; }
  setFontWeight(fontWeight: GoogleAppsScript.Spreadsheet.FontWeight | null) { return this.#setAll('setFontWeight', 'fontWeight', oneOf(fontWeight, ['normal', 'bold'], 'normal', 'Range.setFontWeight')); }
  setFontWeights(fontWeights: (GoogleAppsScript.Spreadsheet.FontWeight | null)[][]) { return this.#setEach('setFontWeights', 'fontWeight', fontWeights, (v) => oneOf(v, ['normal', 'bold'], 'normal', 'Range.setFontWeights')); }
  getFontStyle() { return this.#get('getFontStyle', 'fontStyle')[0]![0]! as GoogleAppsScript.Spreadsheet.FontStyle; }
  setFontStyle(fontStyle: GoogleAppsScript.Spreadsheet.FontStyle | null) { return this.#setAll('setFontStyle', 'fontStyle', oneOf(fontStyle, ['normal', 'italic'], 'normal', 'Range.setFontStyle')); }
  getWrap() { return this.#get('getWrap', 'wrap')[0]![0]!; }
  setWrap(isWrapEnabled: boolean) {
    this.#setAll('setWrap', 'wrapStrategy', isWrapEnabled ? 'WRAP' : 'OVERFLOW');
    fillField(this.#ref, 'wrap', !!isWrapEnabled);
    return this.#self;
  }
  getWrapStrategy() { return this.#get('getWrapStrategy', 'wrapStrategy')[0]![0]! as unknown as GoogleAppsScript.Spreadsheet.WrapStrategy; }
  setWrapStrategy(strategy: GoogleAppsScript.Spreadsheet.WrapStrategy) {
    const s = oneOf(strategy, ['WRAP', 'OVERFLOW', 'CLIP'], null, 'Range.setWrapStrategy');
    this.#setAll('setWrapStrategy', 'wrapStrategy', s);
    fillField(this.#ref, 'wrap', s === 'WRAP');
    return this.#self;
  }
  getHorizontalAlignment() { return this.#get('getHorizontalAlignment', 'hAlign')[0]![0]!; }
  setHorizontalAlignment(alignment: 'left' | 'center' | 'normal' | 'right' | null) {
    const a = oneOf(alignment, ['left', 'center', 'normal', 'right'], 'normal', 'Range.setHorizontalAlignment');
    return this.#setAll('setHorizontalAlignment', 'hAlign', a === 'normal' ? 'general' : a);
  }
  getVerticalAlignment() { return this.#get('getVerticalAlignment', 'vAlign')[0]![0]!; }
  setVerticalAlignment(alignment: 'top' | 'middle' | 'bottom' | null) {
    return this.#setAll('setVerticalAlignment', 'vAlign', oneOf(alignment, ['top', 'middle', 'bottom'], 'bottom', 'Range.setVerticalAlignment'));
  }
  /** Recorded only (the xlsx export may read the sheet's border records). */
  setBorder(top: boolean | null, left: boolean | null, bottom: boolean | null, right: boolean | null, vertical: boolean | null, horizontal: boolean | null, color?: string | null, style?: GoogleAppsScript.Spreadsheet.BorderStyle | null) {
    const r = this.#edit('setBorder');
    const sides = [top, left, bottom, right, vertical, horizontal];
    if (sides.some((s) => s !== null && typeof s !== 'boolean')) throw signatureMismatch('Range.setBorder', sides);
    r.sheet.borders.push({ box: { row: r.row, col: r.col, numRows: r.numRows, numCols: r.numCols }, sides, color: color ?? null, style: (style as unknown as string) ?? null });
    return this.#self;
  }
  /** #merge, #mergeacross (one merge per row), #mergevertically (per column): a merge partly inside throws; the top-left value stays. */
  merge() { mergeBoxes(this.#edit('merge'), 'whole'); return this.#self; }
  mergeAcross() { mergeBoxes(this.#edit('mergeAcross'), 'rows'); return this.#self; }
  mergeVertically() { mergeBoxes(this.#edit('mergeVertically'), 'columns'); return this.#self; }
  /** #breakapart — undoes every merge in the range; one reaching outside it throws. */
  breakApart() { breakApart(this.#edit('breakApart')); return this.#self; }
  /** #getmergedranges — the merges wholly or partly in the range. */
  getMergedRanges() {
    const r = this.#hit('getMergedRanges');
    return mergedIn(r).map((box) => views.range(this.#book, { sheet: r.sheet, ...box }));
  }
  /** #ispartofmerge */
  isPartOfMerge() { return isPartOfMerge(this.#hit('isPartOfMerge')); }

  // ---- notes
  getNote() { return this.#get('getNote', 'note')[0]![0]!; }
  getNotes() { return this.#get('getNotes', 'note'); }
  setNote(note: string | null) { return this.#setAll('setNote', 'note', note === null ? '' : String(note)); }
  setNotes(notes: (string | null)[][]) { return this.#setEach('setNotes', 'note', notes, (v) => (v === null ? '' : String(v))); }

  // ---- data validation and protection
  getDataValidation() {
    const r = this.#hit('getDataValidation');
    const rule = cellAt(r.sheet, r.row, r.col)?.validation;
    return rule ? dataValidationView(this.#book.host, rangeFactory(this.#book), rule) : null;
  }
  getDataValidations() {
    const r = this.#hit('getDataValidations');
    return this.#grid((row, col) => {
      const rule = cellAt(r.sheet, row, col)?.validation;
      return rule ? dataValidationView(this.#book.host, rangeFactory(this.#book), rule) : null;
    });
  }
  setDataValidation(rule: GoogleAppsScript.Spreadsheet.DataValidation | null) {
    const r = this.#edit('setDataValidation');
    const state = rule === null ? null : lookup.validation(rule, 'Range.setDataValidation');
    this.#grid((row, col) => (ensureCell(r.sheet, row, col).validation = state));
    return this.#self;
  }
  setDataValidations(rules: (GoogleAppsScript.Spreadsheet.DataValidation | null)[][]) {
    const r = this.#edit('setDataValidations');
    assertShape(rules, r.numRows, r.numCols, 'Range.setDataValidations');
    const states = rules.map((row) => row.map((x) => (x === null ? null : lookup.validation(x, 'Range.setDataValidations'))));
    writeField(r, 'validation', states);
    return this.#self;
  }
  protect() {
    const r = this.#hit('protect');
    return views.protection(this.#book, newProtection(this.#book, 'RANGE', r));
  }
}

function text(v: unknown, method: string): string {
  if (typeof v !== 'string') throw signatureMismatch(method, [v]);
  return v;
}

function oneOf<T extends string, D extends string | null>(v: unknown, allowed: readonly T[], fallback: D, method: string): T | Exclude<D, null> {
  if (v === null && fallback !== null) return fallback as Exclude<D, null>;
  if (typeof v !== 'string' || !allowed.includes(v as T)) throw signatureMismatch(method, [v]);
  return v as T;
}

provide({ range: (book, ref) => Range.create(book, ref) });
