import { PARAMS, SETTINGS_SHEET, type ParamKey } from '../src/domain/bases/settings';

/** Types the school's parameters into «Настройки» next to their labels, as the curator would. */
export function typeParams(book: GoogleAppsScript.Spreadsheet.Spreadsheet, params: Partial<Record<ParamKey, string>>): void {
  const sheet = book.getSheetByName(SETTINGS_SHEET);
  if (!sheet) throw new Error(`no sheet «${SETTINGS_SHEET}»`);
  const values = sheet.getDataRange().getValues();
  const labelCol = values[0]!.indexOf('Параметр');
  const column = values.map((r, i) => {
    const key = (Object.keys(PARAMS) as ParamKey[]).find((k) => PARAMS[k] === r[labelCol]);
    return [i > 0 && key && params[key] !== undefined ? params[key] : r[labelCol + 1]];
  });
  sheet.getRange(1, labelCol + 2, column.length, 1).setValues(column);
}
