/** Range operations too long for range.ts: sorting, clearing, format grids. */
import { AppsScriptException } from '../errors';
import { computedValue } from './cells';
import { cellAt, DEFAULT_FORMAT, ensureCell, type BookState, type Cell, type CellFormat, type RangeRef } from './model';
import { signatureMismatch } from './refs';
import type { CellValue } from './values';

export interface SortKey {
  column: number;
  ascending: boolean;
}

/** Range#sort's argument: a column number, {column, ascending}, or an array of them (absolute columns). */
export function sortKeys(spec: unknown, ref: RangeRef): SortKey[] {
  const list = Array.isArray(spec) ? spec : [spec];
  if (list.length === 0) throw signatureMismatch('Range.sort', [spec]);
  return list.map((s) => {
    const key = typeof s === 'number' ? { column: s, ascending: true }
      : typeof s === 'object' && s !== null && typeof (s as SortKey).column === 'number'
        ? { column: (s as SortKey).column, ascending: (s as SortKey).ascending !== false }
        : null;
    if (!key) throw signatureMismatch('Range.sort', [spec]);
    if (key.column < ref.col || key.column >= ref.col + ref.numCols) {
      throw new AppsScriptException(`The column ${key.column} is outside the range ${ref.col}–${ref.col + ref.numCols - 1} to sort.`);
    }
    return key;
  });
}

const collator = new Intl.Collator('ru', { sensitivity: 'accent' });

/** Sheets' ascending order: numbers and dates, then text, then booleans; empty cells always last. */
function compareValues(a: CellValue, b: CellValue, ascending: boolean): number {
  if (a === '' || b === '') return a === b ? 0 : a === '' ? 1 : -1;
  const rank = (v: CellValue) => (typeof v === 'number' || v instanceof Date ? 0 : typeof v === 'string' ? 1 : 2);
  let d = rank(a) - rank(b);
  if (d === 0) {
    if (typeof a === 'string') d = collator.compare(a, b as string);
    else d = Number(a) - Number(b);
  }
  return ascending ? d : -d;
}

/** Reorders whole rows of the range (values and formats move together), stable. */
export function sortRange(book: BookState, ref: RangeRef, keys: SortKey[]): void {
  const { sheet } = ref;
  const rows = Array.from({ length: ref.numRows }, (_, i) => {
    const row = ref.row + i;
    return {
      keys: keys.map((k) => computedValue(book, sheet, row, k.column)),
      cells: Array.from({ length: ref.numCols }, (_, j) => cellAt(sheet, row, ref.col + j)),
    };
  });
  rows.sort((x, y) => {
    for (let i = 0; i < keys.length; i++) {
      const d = compareValues(x.keys[i]!, y.keys[i]!, keys[i]!.ascending);
      if (d !== 0) return d;
    }
    return 0;
  });
  rows.forEach((r, i) => {
    const target = (sheet.rows[ref.row + i - 1] ??= []);
    r.cells.forEach((cell, j) => {
      if (cell) target[ref.col + j - 1] = cell;
      else delete target[ref.col + j - 1];
    });
  });
}

export interface ClearOptions {
  contentsOnly?: boolean;
  formatOnly?: boolean;
  validationsOnly?: boolean;
  commentsOnly?: boolean;
  skipFilteredRows?: boolean;
}
const CLEAR_KEYS = new Set(['contentsOnly', 'formatOnly', 'validationsOnly', 'commentsOnly', 'skipFilteredRows']);

export function clearRange(ref: RangeRef, options: unknown, method: string): void {
  if (options !== undefined && (typeof options !== 'object' || options === null || Object.keys(options).some((k) => !CLEAR_KEYS.has(k)))) {
    throw signatureMismatch(method, [options]);
  }
  const o = (options ?? {}) as ClearOptions;
  const only = o.contentsOnly || o.formatOnly || o.validationsOnly || o.commentsOnly;
  forEachCell(ref, (cell) => {
    if (!only || o.contentsOnly) { cell.value = ''; cell.formula = ''; }
    if (!only || o.formatOnly) Object.assign(cell, DEFAULT_FORMAT);
    if (o.validationsOnly) cell.validation = null;
  });
}

/** Visits existing cells of a range (empty slots have nothing to clear). */
export function forEachCell(ref: RangeRef, fn: (cell: Cell, row: number, col: number) => void): void {
  for (let r = ref.row; r < ref.row + ref.numRows; r++) {
    const row = ref.sheet.rows[r - 1];
    if (!row) continue;
    for (let c = ref.col; c < ref.col + ref.numCols; c++) {
      const cell = row[c - 1];
      if (cell) fn(cell, r, c);
    }
  }
}

export type Field = keyof CellFormat | 'note' | 'validation';

export function readField<K extends Field>(ref: RangeRef, field: K): (Cell[K])[][] {
  return Array.from({ length: ref.numRows }, (_, i) =>
    Array.from({ length: ref.numCols }, (_, j) => {
      const cell = cellAt(ref.sheet, ref.row + i, ref.col + j);
      return (cell ? cell[field] : field === 'note' ? '' : field === 'validation' ? null : DEFAULT_FORMAT[field as keyof CellFormat]) as Cell[K];
    }),
  );
}

export function fillField<K extends Field>(ref: RangeRef, field: K, value: Cell[K]): void {
  for (let i = 0; i < ref.numRows; i++) for (let j = 0; j < ref.numCols; j++) ensureCell(ref.sheet, ref.row + i, ref.col + j)[field] = value;
}

export function writeField<K extends Field>(ref: RangeRef, field: K, values: Cell[K][][]): void {
  values.forEach((row, i) => row.forEach((v, j) => { ensureCell(ref.sheet, ref.row + i, ref.col + j)[field] = v; }));
}
