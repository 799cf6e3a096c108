import { columnLetter, locateColumns, toRecords, type TableSpec } from '../../domain/table';
import type { PersonRow } from '../../domain/bases/check';
import type { Cell } from '../../domain/cell';
import { AUTOMATIC_FORMAT, toCells, toSheetValues } from './values';
import { BASES_UI } from '../../domain/bases/messages';
import { UserError } from '../../domain/errors';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** A sheet read once: its grid, where the spec's columns are, and the rows as records. */
export interface Table<K extends string> {
  sheet: Sheet;
  grid: Cell[][];
  /** The formulas of the grid ('' where a cell holds a value), as read in the same pass. */
  formulas: string[][];
  index: Partial<Record<K, number>>;
  missing: K[];
  records: PersonRow[];
}

/**
 * One read per sheet (`getDataRange` → values and formulas), whatever the number of rows.
 * Returns null when the sheet is missing: callers say so in Russian.
 */
export function readTable<K extends string>(
  spec: TableSpec<K>,
  book = SpreadsheetApp.getActive(),
): Table<K> | null {
  const sheet = book.getSheetByName(spec.sheet);
  if (!sheet) return null;
  const range = sheet.getDataRange();
  const grid = toCells(range.getValues(), book.getSpreadsheetTimeZone());
  const formulas = range.getFormulas();
  const { index, missing } = locateColumns(spec, grid[0] ?? []);
  const records = toRecords(index, grid.slice(1)).map((r): PersonRow => {
    const f = formulas[r.row - 1] ?? [];
    const keys = (Object.entries(index) as [K, number][]).filter(([, c]) => f[c]).map(([k]) => k);
    return keys.length ? { ...r, formulas: keys } : r;
  });
  return { sheet, grid, formulas, index, missing, records };
}

/**
 * The sheet with this name, created when missing: at the end, but before the hidden sheets kept
 * there (the questionnaires' response sheets, grouped last), so they stay behind every other sheet.
 */
export function ensureSheet(book: GoogleAppsScript.Spreadsheet.Spreadsheet, name: string): { sheet: Sheet; created: boolean } {
  const existing = book.getSheetByName(name);
  if (existing) return { sheet: existing, created: false };
  return { sheet: book.insertSheet(name, lastVisiblePosition(book)), created: true };
}

/** The position after the last sheet that is not in the hidden group at the end. */
export function lastVisiblePosition(book: GoogleAppsScript.Spreadsheet.Spreadsheet): number {
  const sheets = book.getSheets();
  let at = sheets.length;
  while (at > 0 && sheets[at - 1]!.isSheetHidden()) at--;
  return at;
}

/**
 * Grows a sheet to hold `rows` rows and `columns` columns: writing past its edge throws in Apps
 * Script. `headroom` extra rows spare the next small writes (one answer at a time) from growing it.
 */
export function ensureSize(sheet: Sheet, rows: number, columns = 0, headroom = 0): void {
  const maxRows = sheet.getMaxRows();
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows + headroom);
  if (columns <= 0) return;
  const maxColumns = sheet.getMaxColumns();
  if (columns > maxColumns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
}

/**
 * A sheet the add-on rewrites whole (a report), created when missing. A sheet of that name that the
 * curator made (not empty, and A1 is not the report's own first cell) is never overwritten.
 */
export function ownSheet(book: GoogleAppsScript.Spreadsheet.Spreadsheet, name: string, firstCell: string): Sheet {
  const { sheet, created } = ensureSheet(book, name);
  if (created) return sheet;
  const a1 = String(sheet.getRange(1, 1).getValue()).trim();
  if (a1 === firstCell || (a1 === '' && sheet.getLastRow() === 0)) return sheet;
  throw new UserError(BASES_UI.foreignSheet(sheet.getName()));
}

/**
 * Writes one column of a table back (rows 2…): `changed` values (by sheet row) replace theirs, every
 * other cell is written as it was read — a formula as its formula, so links and sums survive.
 * Two calls, whatever the number of rows.
 */
export function writeColumn<K extends string>(table: Table<K>, column: number, changed: ReadonlyMap<number, Cell>, timeZone: string, format = '@'): void {
  const rows = table.grid.slice(1);
  if (!rows.length) return;
  const formulaAt = (i: number) => (changed.has(i + 2) ? '' : table.formulas[i + 1]?.[column] ?? '');
  const values = rows.map((r, i) => [formulaAt(i) || (changed.get(i + 2) ?? r[column] ?? '')]);
  const range = table.sheet.getRange(2, column + 1, rows.length, 1);
  range.setNumberFormats(rows.map((_, i) => [formulaAt(i) ? AUTOMATIC_FORMAT : format]));
  range.setValues(toSheetValues(values, timeZone));
}

/** The header row's colour on every sheet the add-on lays out. */
export const HEADER_BACKGROUND = '#d9ead3';

/** A link to a sheet of this spreadsheet, as the roadmap's «Ссылка» shows it. */
export const sheetUrl = (book: GoogleAppsScript.Spreadsheet.Spreadsheet, sheet: Sheet): string =>
  `${book.getUrl()}#gid=${sheet.getSheetId()}`;

/**
 * `=HYPERLINK(url; label)` with quotes doubled, as Sheets wants them inside a formula string. The `;`
 * separates arguments in every spreadsheet locale (a `,` is a parse error where the decimal separator
 * is a comma, as in ru_RU; decimal-point locales autocorrect `;` to `,`).
 */
export const hyperlink = (url: string, label: string): string =>
  `=HYPERLINK("${url.replace(/"/g, '""')}"; "${label.replace(/"/g, '""')}")`;

/** `#gid=…&range=…`: a link that jumps to a cell of this spreadsheet. */
export const cellLink = (sheetId: number, row: number, column: number): string =>
  `#gid=${sheetId}&range=${columnLetter(column)}${row}`;
