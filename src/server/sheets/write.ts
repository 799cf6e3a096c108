/** Sheet helpers of the roadmap and the life of pairs: whole tables written in a constant number of calls. */
import type { Cell } from '../../domain/cell';
import type { TableSpec } from '../../domain/table';
import { ensureSheet, ensureSize, HEADER_BACKGROUND, readTable, type Table } from './table';
import { NUMBER_FORMAT, toSheetValues } from './values';

type Book = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;


/** A record keyed by the spec's columns as a row of the sheet, placed by the located header index. */
export function rowOf<K extends string>(index: Partial<Record<K, number>>, width: number, cells: Partial<Record<K, Cell>>): Cell[] {
  const line: Cell[] = Array<Cell>(width).fill('');
  for (const [k, col] of Object.entries(index) as [K, number][]) {
    const v = cells[k];
    if (v !== undefined) line[col] = v;
  }
  return line;
}

/** Number formats of a block: text columns as '@' so text never becomes a formula or a number. */
function formatsOf<K extends string>(spec: TableSpec<K>, index: Partial<Record<K, number>>, width: number, height: number): string[][] {
  const row = Array<string>(width).fill('@');
  for (const [k, col] of Object.entries(index) as [K, number][]) row[col] = NUMBER_FORMAT[spec.columns[k].kind];
  return Array.from({ length: height }, () => row.slice());
}

/**
 * Writes a whole table into a sheet that holds no data rows (created if missing): header, formats,
 * widths and the body, in a number of calls that does not depend on the rows.
 */
export function writeTable<K extends string>(book: Book, spec: TableSpec<K>, body: readonly (readonly Cell[])[]): Sheet {
  const { sheet } = ensureSheet(book, spec.sheet);
  const keys = Object.keys(spec.columns) as K[];
  const width = keys.length;
  ensureSize(sheet, body.length + 1, width);
  sheet.getRange(1, 1, 1, width).setNumberFormat('@').setValues([keys.map((k) => spec.columns[k].header)])
    .setFontWeight('bold').setBackground(HEADER_BACKGROUND).setWrap(true);
  const index = Object.fromEntries(keys.map((k, i) => [k, i])) as Record<K, number>;
  const rows = sheet.getMaxRows() - 1;
  if (rows > 0) sheet.getRange(2, 1, rows, width).setNumberFormats(formatsOf(spec, index, width, rows));
  keys.forEach((k, i) => sheet.setColumnWidth(i + 1, spec.columns[k].width));
  if (body.length) sheet.getRange(2, 1, body.length, width).setValues(toSheetValues(body, book.getSpreadsheetTimeZone()));
  sheet.setFrozenRows(1);
  return sheet;
}

/** Appends records below the table's last row in one write, each value under its header. */
export function appendRecords<K extends string>(book: Book, table: Table<K>, spec: TableSpec<K>, records: readonly Partial<Record<K, Cell>>[]): number {
  if (!records.length) return table.grid.length + 1;
  const width = Math.max(table.grid[0]?.length ?? 0, ...Object.values<number>(table.index as Record<string, number>).map((c) => c + 1));
  const start = table.grid.length + 1;
  ensureSize(table.sheet, start + records.length - 1, width);
  const range = table.sheet.getRange(start, 1, records.length, width);
  range.setNumberFormats(formatsOf(spec, table.index, width, records.length));
  range.setValues(toSheetValues(records.map((r) => rowOf(table.index, width, r)), book.getSpreadsheetTimeZone()));
  return start;
}

/** The table of a spec, created with its header when missing (one read either way). */
export function readOrCreate<K extends string>(book: Book, spec: TableSpec<K>): Table<K> {
  return readTable(spec, book) ?? (writeTable(book, spec, []), readTable(spec, book)!);
}

