/**
 * Before a job that writes to several sheets (erasure, withdrawal, import): every target range is
 * checked against the protections the user cannot edit, and the job stops before its first write
 * with a Russian message naming each range — never half done. A warning-only protection does not
 * stop a script (Apps Script shows the warning to people only).
 */
import { UserError } from '../../domain/errors';
import { boundingBox, type CellChange } from '../../domain/import/snapshot';
import { BASES_UI } from '../../domain/bases/messages';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** A rectangle about to be written: 1-based, as getRange takes it. */
export interface Target {
  sheet: Sheet;
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

/** The rectangle around the cells a job will set. */
export function targetOf(sheet: Sheet, changes: readonly CellChange[]): Target[] {
  const b = boundingBox(changes);
  return b ? [{ sheet, row: b.top, col: b.left, numRows: b.height, numCols: b.width }] : [];
}

const overlaps = (a: Target, r: GoogleAppsScript.Spreadsheet.Range) =>
  a.row < r.getRow() + r.getNumRows() && r.getRow() < a.row + a.numRows &&
  a.col < r.getColumn() + r.getNumColumns() && r.getColumn() < a.col + a.numCols;

/** Throws a UserError listing every protected range a target falls into; two calls per sheet. */
export function assertWritable(targets: readonly Target[]): void {
  const bySheet = new Map<number, Target[]>();
  for (const t of targets) bySheet.set(t.sheet.getSheetId(), [...(bySheet.get(t.sheet.getSheetId()) ?? []), t]);
  const refused: string[] = [];
  for (const list of bySheet.values()) {
    const sheet = list[0]!.sheet;
    const protections = [
      ...sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET),
      ...sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE),
    ];
    for (const p of protections) {
      if (p.isWarningOnly() || p.canEdit()) continue;
      const range = p.getRange();
      if (!list.some((t) => overlaps(t, range))) continue;
      refused.push(BASES_UI.protectedRange(sheet.getName(), range.getA1Notation(), p.getDescription()));
    }
  }
  if (refused.length) throw new UserError(BASES_UI.protectedRanges(refused));
}
