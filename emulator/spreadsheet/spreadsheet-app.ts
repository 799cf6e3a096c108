/**
 * SpreadsheetApp — reference: developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app
 * The add-on has only the `spreadsheets.currentonly` scope, so opening other files fails as it
 * would for the real add-on.
 */
import { AppsScriptException } from '../errors';
import type { Host } from '../host';
import { strict } from '../strict';
import { activate, activeRef } from './book';
import { newDataValidationBuilder } from './data-validation';
import { expose, lookup } from './refs';
import type { FakeSpreadsheet } from './spreadsheet';
import { views } from './views';


/** Apps Script enums are objects whose members print as their names; ours are those names. */
function enumOf(name: string, members: string[]) {
  return strict(Object.freeze(Object.fromEntries(members.map((m) => [m, m]))), name);
}

const words = (s: string) => s.trim().split(/\s+/);

export const ENUMS = {
  ProtectionType: enumOf('ProtectionType', ['RANGE', 'SHEET']),
  WrapStrategy: enumOf('WrapStrategy', ['WRAP', 'OVERFLOW', 'CLIP']),
  BorderStyle: enumOf('BorderStyle', ['DOTTED', 'DASHED', 'SOLID', 'SOLID_MEDIUM', 'SOLID_THICK', 'DOUBLE']),
  DeveloperMetadataVisibility: enumOf('DeveloperMetadataVisibility', ['DOCUMENT', 'PROJECT']),
  DataValidationCriteria: enumOf('DataValidationCriteria', words(`DATE_AFTER DATE_BEFORE DATE_BETWEEN DATE_EQUAL_TO
    DATE_IS_VALID_DATE DATE_NOT_BETWEEN DATE_ON_OR_AFTER DATE_ON_OR_BEFORE NUMBER_BETWEEN NUMBER_EQUAL_TO NUMBER_GREATER_THAN
    NUMBER_GREATER_THAN_OR_EQUAL_TO NUMBER_LESS_THAN NUMBER_LESS_THAN_OR_EQUAL_TO NUMBER_NOT_BETWEEN NUMBER_NOT_EQUAL_TO
    TEXT_CONTAINS TEXT_DOES_NOT_CONTAIN TEXT_EQUAL_TO TEXT_IS_VALID_EMAIL TEXT_IS_VALID_URL VALUE_IN_LIST VALUE_IN_RANGE
    CUSTOM_FORMULA CHECKBOX`)),
  BooleanCriteria: enumOf('BooleanCriteria', words(`CELL_EMPTY CELL_NOT_EMPTY DATE_AFTER DATE_BEFORE DATE_EQUAL_TO
    NUMBER_BETWEEN NUMBER_EQUAL_TO NUMBER_GREATER_THAN NUMBER_GREATER_THAN_OR_EQUAL_TO NUMBER_LESS_THAN
    NUMBER_LESS_THAN_OR_EQUAL_TO NUMBER_NOT_BETWEEN NUMBER_NOT_EQUAL_TO TEXT_CONTAINS TEXT_DOES_NOT_CONTAIN TEXT_EQUAL_TO
    TEXT_STARTS_WITH TEXT_ENDS_WITH CUSTOM_FORMULA`)),
};

const noPermission = (method: string) =>
  new AppsScriptException(
    `You do not have permission to call SpreadsheetApp.${method}. Required permissions: https://www.googleapis.com/auth/spreadsheets`,
  );

export function createSpreadsheetApp(host: Host, active: FakeSpreadsheet, ui: GoogleAppsScript.Base.Ui): GoogleAppsScript.Spreadsheet.SpreadsheetApp {
  const book = active.state;
  const hit = (m: string) => host.calls.hit(`SpreadsheetApp.${m}`);
  const app = {
    ...ENUMS,
    getActive: () => { hit('getActive'); return views.spreadsheet(book); },
    getActiveSpreadsheet: () => { hit('getActiveSpreadsheet'); return views.spreadsheet(book); },
    getActiveSheet: () => { hit('getActiveSheet'); return views.sheet(book, book.activeSheet); },
    getActiveRange: () => { hit('getActiveRange'); return views.range(book, activeRef(book)); },
    getCurrentCell: () => {
      hit('getCurrentCell');
      const r = activeRef(book);
      return views.range(book, { ...r, numRows: 1, numCols: 1 });
    },
    setActiveSheet: (sheet: GoogleAppsScript.Spreadsheet.Sheet) => {
      hit('setActiveSheet');
      activate(book, lookup.sheet(sheet, 'SpreadsheetApp.setActiveSheet'));
      return sheet;
    },
    setActiveRange: (range: GoogleAppsScript.Spreadsheet.Range) => {
      hit('setActiveRange');
      const ref = lookup.range(range, 'SpreadsheetApp.setActiveRange');
      book.activeSheet = ref.sheet;
      book.activeRange = ref;
      return range;
    },
    getUi: () => { hit('getUi'); return ui; },
    /** Writes are applied at once in the emulator, so there is nothing to flush. */
    flush: () => { hit('flush'); },
    newDataValidation: () => { hit('newDataValidation'); return newDataValidationBuilder(host, (ref) => views.range(book, ref)); },
    newConditionalFormatRule: () => { hit('newConditionalFormatRule'); return views.conditionalRuleBuilder(book); },
    openById: (_id: string) => { hit('openById'); throw noPermission('openById'); },
    openByUrl: (_url: string) => { hit('openByUrl'); throw noPermission('openByUrl'); },
    open: (_file: unknown) => { hit('open'); throw noPermission('open'); },
    create: (_name: string) => { hit('create'); throw noPermission('create'); },
  };
  return expose<GoogleAppsScript.Spreadsheet.SpreadsheetApp>(app, 'SpreadsheetApp');
}
