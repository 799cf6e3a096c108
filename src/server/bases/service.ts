/**
 * The bases' service column (docs/privacy-model.md): each person's provenance and link token. It is
 * added to an older base when missing (no «Подготовить таблицу» needed after an update), hidden and
 * protected with a warning; a stamp compares every row with its record and writes the column whole.
 */
import { BASES, SERVICE_FIELD, type BaseName } from '../../domain/bases/schema';
import { cellText, type Cell } from '../../domain/cell';
import { tokenOf } from '../../domain/privacy/identity';
import { stampService, trackedFields } from '../../domain/privacy/provenance';
import { ensureSize, HEADER_BACKGROUND } from '../sheets/table';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** An unguessable link token (Utilities.getUuid: 122 random bits). */
export const newToken = (): string => tokenOf(Utilities.getUuid());

const PROTECTION = 'Служебный столбец дополнения';

/**
 * Adds the service column after the last used column of a base: its header, plain-text format,
 * hidden, a warning on edit. Returns its 0-based index. A handful of calls, once per base.
 */
export function addServiceColumn(sheet: Sheet, usedColumns: number, rows: number): number {
  const spec = BASES.mentors.columns[SERVICE_FIELD]!;
  const col = usedColumns + 1;
  ensureSize(sheet, 0, col);
  const header = sheet.getRange(1, col);
  header.setValue(spec.header).setFontWeight('bold').setBackground(HEADER_BACKGROUND).setNote(spec.note ?? '');
  sheet.getRange(1, col, Math.max(rows, sheet.getMaxRows()), 1).setNumberFormat('@');
  hideServiceColumn(sheet, col);
  return col - 1;
}

/** The service column (1-based) hidden, and a warning if someone edits it anyway. */
export function hideServiceColumn(sheet: Sheet, col: number): void {
  sheet.hideColumns(col);
  sheet.getRange(1, col, sheet.getMaxRows(), 1).protect().setDescription(PROTECTION).setWarningOnly(true);
}

/**
 * The service cells of a base after this read: the curator's edits seen now, tokens for people
 * with a code and none yet. Returns the new texts by sheet row, only where they changed; the
 * records get them too.
 */
export function stampRows(base: BaseName, records: readonly { row: number; cells: Partial<Record<string, Cell>> }[], now: string): Map<number, string> {
  const fields = trackedFields(base);
  const out = new Map<number, string>();
  for (const r of records) {
    if (!cellText(r.cells.code)) continue;
    const text = cellText(r.cells[SERVICE_FIELD]);
    const next = stampService(text, r.cells, fields, now, newToken);
    if (next === text) continue;
    out.set(r.row, next);
    r.cells[SERVICE_FIELD] = next;
  }
  return out;
}

/**
 * A base compared with its records after a read (the curator's edits dated now) and tokens given:
 * the service column written whole when anything changed — two calls, whatever the number of rows.
 * `dataRows` is the number of rows under the header the read covered.
 */
export function stampBase(sheet: Sheet, base: BaseName, index: Partial<Record<string, number>>,
  records: readonly { row: number; cells: Partial<Record<string, Cell>> }[], dataRows: number, now: string): void {
  const col = index[SERVICE_FIELD];
  if (col === undefined || dataRows < 1 || !stampRows(base, records, now).size) return;
  const byRow = new Map(records.map((r) => [r.row, r]));
  const values = Array.from({ length: dataRows }, (_, i) => [cellText(byRow.get(i + 2)?.cells[SERVICE_FIELD])]);
  sheet.getRange(2, col + 1, dataRows, 1).setNumberFormat('@').setValues(values);
}
