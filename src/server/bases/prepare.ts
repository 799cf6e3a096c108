import { cellText, isBlank } from '../../domain/cell';
import { BASES, CODE_PREFIX, SERVICE_FIELD, type BaseName } from '../../domain/bases/schema';
import { renamedCandidates } from '../../domain/bases/renamed';
import { UserError } from '../../domain/errors';
import { applyWrites, planSettings, readSettings, schoolYearOf, SETTINGS_SHEET, type Settings } from '../../domain/bases/settings';
import { BASES_UI } from '../../domain/bases/messages';
import { codesForRows } from '../../domain/bases/codes';
import { columnLetter, locateColumns, toRecords, type ColumnSpec } from '../../domain/table';
import { ensureSheet, HEADER_BACKGROUND } from '../sheets/table';
import { NUMBER_FORMAT, nowStamp, toCells, todayIso } from '../sheets/values';
import { hideServiceColumn, stampBase } from './service';

type Book = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface PrepareResult {
  created: string[];
  addedColumns: number;
  codes: number;
  message: string;
}

const PROTECTION = 'Заголовки базы: не переименовывайте столбцы';

/**
 * «Подготовить таблицу»: creates or completes «Настройки» and the two bases. Only adds what is
 * missing; the curator's data, their own columns and moved columns are left as they are.
 */
export function prepareBook(book: Book): PrepareResult {
  const created: string[] = [];
  const tz = book.getSpreadsheetTimeZone();
  const settingsSheet = ensureSheet(book, SETTINGS_SHEET);
  if (settingsSheet.created) created.push(SETTINGS_SHEET);
  const settings = prepareSettings(settingsSheet.sheet, tz, todayIso(book));

  let addedColumns = 0;
  let codes = 0;
  const restored: string[] = [];
  const now = nowStamp(book);
  for (const base of Object.keys(BASES) as BaseName[]) {
    const spec = BASES[base];
    const { sheet, created: isNew } = ensureSheet(book, spec.sheet);
    if (isNew) created.push(spec.sheet);
    const result = prepareBase(base, sheet, settingsSheet.sheet, settings, tz, now);
    addedColumns += isNew ? 0 : result.added;
    codes += result.codes;
    restored.push(...result.restored);
  }
  return { created, addedColumns, codes, message: BASES_UI.prepared(created, addedColumns, codes, restored) };
}

function prepareSettings(sheet: Sheet, tz: string, today: string): Settings {
  const grid = toCells(sheet.getDataRange().getValues(), tz);
  const writes = planSettings(grid, { schoolYear: schoolYearOf(today), timeZone: tz });
  for (const w of writes) {
    sheet.getRange(w.row, w.column, w.values.length, w.values[0]!.length)
      .setNumberFormat('@')
      .setValues(w.values);
    sheet.getRange(1, w.column, 1, w.values[0]!.length).setFontWeight('bold').setBackground(HEADER_BACKGROUND);
    for (let j = 0; j < w.values[0]!.length; j++) sheet.setColumnWidth(w.column + j, j === 0 ? 260 : 220);
  }
  if (writes.length) sheet.setFrozenRows(1);
  return readSettings(applyWrites(grid, writes));
}

function prepareBase(base: BaseName, sheet: Sheet, settingsSheet: Sheet, settings: Settings, tz: string, now: string) {
  const spec = BASES[base];
  const range = sheet.getDataRange();
  const grid = toCells(range.getValues(), tz);
  const header = grid[0] ?? [];
  // The last column holding anything, header or not: new columns go after the curator's data.
  const lastOf = (row: readonly unknown[]) => row.reduce<number>((last, v, i) => (isBlank(v as string) ? last : i + 1), 0);
  const used = grid.reduce((w, row) => Math.max(w, lastOf(row)), 0);
  const located = locateColumns(spec, header);
  const { index } = located;
  const columns = spec.columns;
  // A renamed «ФИО» or «Код участника» is found by its content and gets its header back.
  const restored: string[] = [];
  let missing = located.missing;
  for (const key of ['code', 'fullName'].filter((k) => missing.includes(k))) {
    const found = renamedCandidates(key, grid, new Set(Object.values(index) as number[]));
    if (found.length > 1) throw new UserError(BASES_UI.renamedAmbiguous(spec.sheet, columns[key]!.header, found.map((c) => `${columnLetter(c + 1)} «${cellText(header[c])}»`)));
    if (found.length === 1) {
      sheet.getRange(1, found[0]! + 1).setValue(columns[key]!.header);
      (index as Record<string, number>)[key] = found[0]!;
      missing = missing.filter((k) => k !== key);
      restored.push(columns[key]!.header);
    }
  }
  if (missing.length) {
    const first = used + 1;
    const needed = first + missing.length - 1;
    if (needed > sheet.getMaxColumns()) sheet.insertColumnsAfter(sheet.getMaxColumns(), needed - sheet.getMaxColumns());
    sheet.getRange(1, first, 1, missing.length).setValues([missing.map((k) => columns[k]!.header)]);
    missing.forEach((k, i) => {
      (index as Record<string, number>)[k] = first - 1 + i;
      formatColumn(sheet, first + i, columns[k]!, settingsSheet, settings);
      if (k === SERVICE_FIELD) hideServiceColumn(sheet, first + i);
    });
    const lastColumn = Math.max(used, needed);
    sheet.getRange(1, 1, 1, lastColumn).setFontWeight('bold').setBackground(HEADER_BACKGROUND).setWrap(true);
    sheet.setFrozenRows(1);
  }
  if (!sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE).some((p) => p.getDescription() === PROTECTION)) {
    sheet.getRange('1:1').protect().setDescription(PROTECTION).setWarningOnly(true);
  }

  // Participant codes for rows that have none; existing codes are never changed.
  const codeCol = index.code!;
  const { codes, added } = codesForRows(CODE_PREFIX[base], grid.slice(1), codeCol);
  if (added > 0) sheet.getRange(2, codeCol + 1, codes.length, 1).setNumberFormat('@').setValues(codes.map((c) => [c]));

  // Every value already in the base is dated now (its source: the curator), every coded person gets a link token.
  const body = grid.slice(1).map((r, i) => { const row = [...r]; row[codeCol] = codes[i] ?? ''; return row; });
  stampBase(sheet, base, index, toRecords(index, body), body.length, now);
  return { added: missing.length, codes: added, restored };
}

function formatColumn(sheet: Sheet, column: number, col: ColumnSpec, settingsSheet: Sheet, settings: Settings) {
  const rows = sheet.getMaxRows() - 1;
  const body = sheet.getRange(2, column, rows, 1);
  body.setNumberFormat(NUMBER_FORMAT[col.kind]);
  sheet.setColumnWidth(column, col.width);
  if (col.note) sheet.getRange(1, column).setNote(col.note);
  const listColumn = col.list && settings.listColumns[col.list];
  if (listColumn) {
    const letter = columnLetter(listColumn);
    const source = settingsSheet.getRange(`${letter}2:${letter}${settingsSheet.getMaxRows()}`);
    body.setDataValidation(
      SpreadsheetApp.newDataValidation().requireValueInRange(source, true).setAllowInvalid(true)
        .setHelpText('Выберите значение из списка (список — на листе «Настройки»)').build(),
    );
  }
}
