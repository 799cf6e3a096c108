/** «Настройки» read into Settings: every capability reads the programme's settings through this one read. */
import { BASES_UI } from '../../domain/bases/messages';
import { PARAMS, readSettings, SETTINGS_SHEET, type ParamKey, type Settings } from '../../domain/bases/settings';
import { cellText, type Cell } from '../../domain/cell';
import { UserError } from '../../domain/errors';
import { toCells } from './values';

export function settingsOf(book: GoogleAppsScript.Spreadsheet.Spreadsheet): Settings {
  const sheet = book.getSheetByName(SETTINGS_SHEET);
  if (!sheet) throw new UserError(BASES_UI.noSettings);
  return readSettings(toCells(sheet.getDataRange().getValues(), book.getSpreadsheetTimeZone()));
}

/**
 * Writes parameters next to their labels in the «Параметр | Значение» block, as text (a date like
 * 28.05.2026 stays as typed): one read, one write per parameter found. A missing label is skipped.
 */
export function setParams(book: GoogleAppsScript.Spreadsheet.Spreadsheet, values: Partial<Record<ParamKey, string>>): void {
  const sheet = book.getSheetByName(SETTINGS_SHEET);
  if (!sheet) return;
  const grid = toCells(sheet.getDataRange().getValues(), book.getSpreadsheetTimeZone());
  const norm = (v: Cell | undefined) => cellText(v).trim().toLowerCase().replace(/ё/g, 'е');
  const labels = (grid[0] ?? []).findIndex((v) => norm(v) === 'параметр');
  if (labels < 0) return;
  for (const [key, value] of Object.entries(values) as [ParamKey, string][]) {
    const row = grid.findIndex((r, i) => i > 0 && norm(r[labels]) === norm(PARAMS[key]));
    if (row > 0) sheet.getRange(row + 1, labels + 2).setNumberFormat('@').setValue(value);
  }
}
