/** «Настройки» read into Settings: every capability reads the programme's settings through this one read. */
import { BASES_UI } from '../../domain/bases/messages';
import { readSettings, SETTINGS_SHEET, type Settings } from '../../domain/bases/settings';
import { UserError } from '../../domain/errors';
import { toCells } from './values';

export function settingsOf(book: GoogleAppsScript.Spreadsheet.Spreadsheet): Settings {
  const sheet = book.getSheetByName(SETTINGS_SHEET);
  if (!sheet) throw new UserError(BASES_UI.noSettings);
  return readSettings(toCells(sheet.getDataRange().getValues(), book.getSpreadsheetTimeZone()));
}
