/**
 * The one module through which the spreadsheet classes reach each other. Apps Script's object graph
 * is a web (a Range knows its Sheet, a Sheet its Spreadsheet, a Protection its Range…), so each class
 * file (spreadsheet, sheet, range, protection, conditional-format, chart) `provide`s its views here
 * when it loads and asks for the others through `views` — no class file imports another, and there
 * is no import loop. `./index.ts` loads every class file, so importing the spreadsheet emulator
 * through it (as `emulator/index.ts` does) fills this table.
 */
import type { ChartState } from './chart-state';
import type { BookState, ConditionalRuleState, ProtectionState, RangeRef, SheetState } from './model';

export interface Views {
  spreadsheet(book: BookState): GoogleAppsScript.Spreadsheet.Spreadsheet;
  sheet(book: BookState, state: SheetState): GoogleAppsScript.Spreadsheet.Sheet;
  range(book: BookState, ref: RangeRef): GoogleAppsScript.Spreadsheet.Range;
  protection(book: BookState, state: ProtectionState): GoogleAppsScript.Spreadsheet.Protection;
  conditionalRule(book: BookState, state: ConditionalRuleState): GoogleAppsScript.Spreadsheet.ConditionalFormatRule;
  conditionalRuleBuilder(book: BookState, from?: ConditionalRuleState): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;
  chartBuilder(book: BookState, sheet: SheetState, from?: ChartState): GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;
  /** Sheet#insertChart, #updateChart, #removeChart, #getCharts on the sheet's plain chart list. */
  charts: {
    insert(book: BookState, sheet: SheetState, chart: unknown): void;
    update(sheet: SheetState, chart: unknown): void;
    remove(sheet: SheetState, chart: unknown): void;
    list(book: BookState, sheet: SheetState): GoogleAppsScript.Spreadsheet.EmbeddedChart[];
  };
}

const table: Partial<Views> = {};

/** Called once by each class file as it loads. */
export function provide(part: Partial<Views>): void {
  Object.assign(table, part);
}

function need<K extends keyof Views>(name: K): Views[K] {
  const made = table[name];
  if (!made) throw new Error(`emulator: the ${name} view is not loaded — import the spreadsheet emulator through emulator/spreadsheet`);
  return made;
}

/** Every view of the spreadsheet emulator, by the name of what it shows. */
export const views: Views = {
  spreadsheet: (book) => need('spreadsheet')(book),
  sheet: (book, state) => need('sheet')(book, state),
  range: (book, ref) => need('range')(book, ref),
  protection: (book, state) => need('protection')(book, state),
  conditionalRule: (book, state) => need('conditionalRule')(book, state),
  conditionalRuleBuilder: (book, from) => need('conditionalRuleBuilder')(book, from),
  chartBuilder: (book, sheet, from) => need('chartBuilder')(book, sheet, from),
  charts: {
    insert: (book, sheet, chart) => need('charts').insert(book, sheet, chart),
    update: (sheet, chart) => need('charts').update(sheet, chart),
    remove: (sheet, chart) => need('charts').remove(sheet, chart),
    list: (book, sheet) => need('charts').list(book, sheet),
  },
};
