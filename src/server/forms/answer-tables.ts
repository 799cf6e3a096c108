/**
 * Sheet reads and writes of the questionnaires. A trigger has a budget of a few Sheets calls per
 * answer, so the bases are read with values only (one call) and only the cells an answer changed
 * are written: formulas elsewhere in the row are never touched, so they need not be read.
 */
import { isDate, type Cell } from '../../domain/cell';
import type { PersonRow } from '../../domain/bases/check';
import { journalRows, type JournalLine } from '../../domain/forms/apply';
import { JOURNAL } from '../../domain/forms/schema';
import { locateColumns, toRecords, type ColumnSpec, type TableSpec } from '../../domain/table';
import { ensureSheet, ensureSize, HEADER_BACKGROUND } from '../sheets/table';
import { dayDate, isRealDate, NUMBER_FORMAT, toCells } from '../sheets/values';

type Book = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface ValuesTable {
  sheet: Sheet;
  /** Rows with content, header included: the next row to write is `rows + 1`. */
  rows: number;
  /** The values as read (Dates as Dates), to write back unchanged cells exactly. */
  raw: unknown[][];
  index: Partial<Record<string, number>>;
  missing: string[];
  records: PersonRow[];
}

/** One read (`getDataRange().getValues()`); null when the sheet is missing. */
export function readValues(book: Book, spec: TableSpec, tz: string): ValuesTable | null {
  const sheet = book.getSheetByName(spec.sheet);
  if (!sheet) return null;
  const raw = sheet.getDataRange().getValues();
  const grid = toCells(raw, tz);
  const { index, missing } = locateColumns(spec, grid[0] ?? []);
  const empty = grid.length === 1 && (grid[0] ?? []).every((v) => v === '');
  return { sheet, rows: empty ? 0 : grid.length, raw, index, missing, records: toRecords(index, grid.slice(1)) };
}


/** A domain cell, or a value exactly as read from the sheet (written back unchanged). */
export type Writable = Cell | Date | undefined;
export const sheetValue = (v: Writable, tz: string): string | number | boolean | Date =>
  v === undefined ? '' : isRealDate(v) ? v : isDate(v) ? dayDate(v.iso, tz) : v;

/**
 * Writes rows of cells (by 0-based column) starting at `row`: one setNumberFormats and one
 * setValues per run of adjacent columns. Text gets the plain-text format first, so an answer
 * starting with = + - @ stays text.
 */
export function writeCells(sheet: Sheet, row: number, rows: readonly Map<number, Writable>[], kinds: Map<number, ColumnSpec['kind']>, tz: string): void {
  const columns = [...new Set(rows.flatMap((r) => [...r.keys()]))].sort((a, b) => a - b);
  const runs: number[][] = [];
  for (const c of columns) {
    const last = runs.at(-1);
    if (last && last.at(-1) === c - 1) last.push(c);
    else runs.push([c]);
  }
  for (const run of runs) {
    const range = sheet.getRange(row, run[0]! + 1, rows.length, run.length);
    range.setNumberFormats(rows.map(() => run.map((c) => NUMBER_FORMAT[kinds.get(c) ?? 'text'])));
    range.setValues(rows.map((r) => run.map((c) => sheetValue(r.get(c), tz))));
  }
}

/** Rows added beyond what is needed when a sheet is full, so the next answers need not grow it. */
const HEADROOM = 200;

/** Makes room below the data when the sheet is full (one call to learn its size). */
export const ensureRows = (sheet: Sheet, lastNeeded: number): void => ensureSize(sheet, lastNeeded, 0, HEADROOM);

/** Records (keyed by the spec's keys) as cell maps by column, for the spec's located columns. */
export function byColumn(spec: TableSpec, index: Partial<Record<string, number>>, cells: Partial<Record<string, Cell>>) {
  const values = new Map<number, Cell | undefined>();
  const kinds = new Map<number, ColumnSpec['kind']>();
  for (const [key, col] of Object.entries(index) as [string, number][]) {
    kinds.set(col, spec.columns[key]!.kind);
    if (key in cells) values.set(col, cells[key]);
  }
  return { values, kinds };
}

/** A sheet the add-on owns, with its header, created when missing. */
export function ensureTable(book: Book, spec: TableSpec): { sheet: Sheet; created: boolean } {
  const made = ensureSheet(book, spec.sheet);
  if (made.created) {
    const cols = Object.values(spec.columns);
    made.sheet.getRange(1, 1, 1, cols.length).setValues([cols.map((c) => c.header)]).setFontWeight('bold').setBackground(HEADER_BACKGROUND);
    made.sheet.setFrozenRows(1);
    cols.forEach((c, i) => made.sheet.setColumnWidth(i + 1, c.width));
  }
  return made;
}

/** Sheets' own way to enter any text as typed: a leading apostrophe (not shown, not stored). */
const asText = (s: string) => (s === '' ? '' : `'${s}`);

/**
 * Rows appended at the bottom of a log sheet the add-on owns (columns in the spec's order; the
 * curator may add columns on the right): one row with one appendRow (which grows the sheet
 * itself), many as one block. Rows added at the bottom carry no number format, so texts are
 * entered with a quote prefix.
 */
export function appendLog(book: Book, spec: TableSpec, rows: readonly (readonly (string | Date)[])[]): void {
  if (!rows.length) return;
  const { sheet } = ensureTable(book, spec);
  const values = rows.map((r) => r.map((v) => (typeof v === 'string' ? asText(v) : v)));
  if (values.length === 1) {
    sheet.appendRow(values[0]!);
    return;
  }
  const start = sheet.getLastRow() + 1;
  ensureRows(sheet, start + values.length - 1);
  sheet.getRange(start, 1, values.length, values[0]!.length).setValues(values);
}

/** «Журнал»: the add-on's log of every change an answer made and every problem, one row per answer and person. */
export function writeJournal(book: Book, lines: readonly JournalLine[], now: Date): void {
  appendLog(book, JOURNAL, journalRows(lines).map((l) => [now, l.who, l.event, l.sheet, l.code, l.field, l.old, l.new]));
}
