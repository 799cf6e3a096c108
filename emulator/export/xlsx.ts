import ExcelJS from 'exceljs';
import { isDate } from '../args';
import { NotEmulated } from '../errors';
import { wallClock } from '../format-date';
import { AUTOMATIC_FORMAT } from '../spreadsheet';
import { addChartsToXlsx, chartsOf, type ExportChart } from './xlsx-charts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Excel's limits on sheet names, and on a list validation written inline ("a,b,c"). */
const MAX_SHEET_NAME = 31;
const MAX_INLINE_LIST = 255;
const LISTS_SHEET = '_lists';

/**
 * Writes a spreadsheet to .xlsx so the demo leaves a file a person can open. Reads the spreadsheet
 * only through the Apps Script API (one batch read per property per sheet), so it works on any
 * implementation of it: values, formulas, number formats, list validations, frozen rows, column
 * widths, bold, backgrounds and notes.
 */
export async function exportXlsx(spreadsheet: Spreadsheet, file: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  const timeZone = spreadsheetTimeZone(spreadsheet);
  const sheets = spreadsheet.getSheets();
  const names = excelNames(sheets.map((s) => s.getName()));
  const lists: string[][] = [];
  const charts: ExportChart[] = [];
  for (const sheet of sheets) {
    const ws = book.addWorksheet(names.get(sheet.getName()) ?? sheet.getName());
    writeSheet(sheet, ws, { timeZone, names, lists });
    charts.push(...chartsOf(sheet, names));
  }
  // Added last, so the curator's sheets keep their order and the first one opens.
  if (lists.length > 0) {
    const ws = book.addWorksheet(LISTS_SHEET, { state: 'hidden' });
    lists.forEach((items, c) => items.forEach((item, r) => (ws.getCell(r + 1, c + 1).value = item)));
  }
  await book.xlsx.writeFile(file);
  await addChartsToXlsx(file, charts);
}

interface Context {
  timeZone: string;
  names: Map<string, string>;
  /** Columns of the hidden helper sheet that holds long validation lists. */
  lists: string[][];
}

function writeSheet(sheet: Sheet, ws: ExcelJS.Worksheet, ctx: Context): void {
  const frozen = sheet.getFrozenRows();
  if (frozen > 0) ws.views = [{ state: 'frozen', ySplit: frozen, xSplit: 0 }];
  // An empty sheet's data range is A1 alone: one empty cell, harmless to write.
  const range = sheet.getDataRange();
  const values = range.getValues();
  const rows = values.length;
  const cols = values[0]?.length ?? 0;
  for (let c = 1; c <= cols; c++) ws.getColumn(c).width = Math.round((sheet.getColumnWidth(c) / 7) * 100) / 100;
  const formulas = range.getFormulas();
  const formats = range.getNumberFormats();
  const backgrounds = range.getBackgrounds();
  const weights = range.getFontWeights();
  const notes = range.getNotes();
  const validations = range.getDataValidations();

  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const cell = ws.getCell(r + 1, c + 1);
      const value = values[r]?.[c];
      const formula = formulas[r]?.[c] ?? '';
      cell.value = cellValue(value, formula, ctx.timeZone);
      const format = excelFormat(formats[r]?.[c] ?? '');
      if (format) cell.numFmt = format;
      if (weights[r]?.[c] === 'bold') cell.font = { bold: true };
      const fill = argb(backgrounds[r]?.[c] ?? '');
      if (fill && fill !== 'FFFFFFFF') cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: fill } };
      const note = notes[r]?.[c] ?? '';
      if (note) cell.note = note;
      const rule = validations[r]?.[c];
      const dv = rule ? excelValidation(rule, ctx) : undefined;
      if (dv) cell.dataValidation = dv;
    }
  }
}

/** Excel stores no time zone: a date is written as the wall-clock time Sheets shows. */
function toExcel(value: unknown, timeZone: string): ExcelJS.CellValue {
  if (isDate(value)) return wallClock(value, timeZone);
  if (value === '' || value === null || value === undefined) return null;
  return value as ExcelJS.CellValue;
}

const HYPERLINK = /^=HYPERLINK\(\s*"((?:[^"]|"")*)"\s*[,;]\s*"((?:[^"]|"")*)"\s*\)$/i;

function cellValue(value: unknown, formula: string, timeZone: string): ExcelJS.CellValue {
  if (!formula) return toExcel(value, timeZone);
  const link = HYPERLINK.exec(formula);
  if (link) return { text: (link[2] ?? '').replace(/""/g, '"'), hyperlink: (link[1] ?? '').replace(/""/g, '"') };
  const result = toExcel(value, timeZone);
  return { formula: formula.slice(1), result: result ?? undefined } as ExcelJS.CellFormulaValue;
}

/**
 * Sheets and Excel number formats agree except for case: Sheets writes months as M, Excel reads
 * m in date context. Quoted text and AM/PM keep their case. Sheets' automatic format
 * ('0.###############', or '') is Excel's General.
 */
export function excelFormat(format: string): string | undefined {
  if (format === '' || format === AUTOMATIC_FORMAT || format.toLowerCase() === 'general') return undefined;
  return format.replace(/"[^"]*"|\\.|AM\/PM|A\/P|M/g, (m) => (m === 'M' ? 'm' : m));
}

function argb(color: string): string | undefined {
  const m = /^#([0-9a-f]{6})$/i.exec(color);
  return m ? `FF${(m[1] ?? '').toUpperCase()}` : undefined;
}

function excelValidation(rule: GoogleAppsScript.Spreadsheet.DataValidation, ctx: Context)
  : ExcelJS.DataValidation | undefined {
  const type = String(rule.getCriteriaType());
  const args = rule.getCriteriaValues();
  const common = {
    allowBlank: true,
    showErrorMessage: !rule.getAllowInvalid(),
    errorStyle: 'stop',
    ...(rule.getHelpText() ? { showInputMessage: true, prompt: rule.getHelpText() } : {}),
  };
  if (type === 'VALUE_IN_LIST') {
    const items = (args[0] as unknown[]).map(String);
    const inline = items.join(',');
    if (inline.length <= MAX_INLINE_LIST && !items.some((i) => i.includes(',') || i.includes('"'))) {
      return { type: 'list', formulae: [`"${inline}"`], ...common };
    }
    return { type: 'list', formulae: [spillList(ctx.lists, items)], ...common };
  }
  if (type === 'VALUE_IN_RANGE') {
    const source = args[0] as GoogleAppsScript.Spreadsheet.Range;
    const name = source.getSheet().getName();
    const excelName = ctx.names.get(name) ?? name;
    return { type: 'list', formulae: [`${quoteSheet(excelName)}!${absolute(source.getA1Notation())}`], ...common };
  }
  if (type === 'NUMBER_BETWEEN') return { type: 'decimal', operator: 'between', formulae: [args[0], args[1]], ...common };
  // Other criteria (checkboxes, dates, custom formulas) carry no list a person would pick from: left out.
  return undefined;
}

/** A list too long (or too comma-ful) for an inline formula goes into a column of the hidden helper sheet. */
function spillList(lists: string[][], items: string[]): string {
  lists.push(items);
  const letter = columnLetter(lists.length);
  return `${quoteSheet(LISTS_SHEET)}!$${letter}$1:$${letter}$${Math.max(items.length, 1)}`;
}

function columnLetter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

const quoteSheet = (name: string) => `'${name.replace(/'/g, "''")}'`;
const absolute = (a1: string) => a1.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2').replace(/^([A-Z]+):([A-Z]+)$/, '$$$1:$$$2');

/** Excel forbids []:*?/\ in sheet names and cuts them at 31 characters; keep them unique. */
function excelNames(names: string[]): Map<string, string> {
  const out = new Map<string, string>();
  const used = new Set<string>();
  for (const name of names) {
    const base = name.replace(/[[\]:*?/\\]/g, '_').slice(0, MAX_SHEET_NAME);
    let candidate = base;
    for (let i = 2; used.has(candidate.toLowerCase()); i++) {
      candidate = `${base.slice(0, MAX_SHEET_NAME - String(i).length - 1)}~${i}`;
    }
    used.add(candidate.toLowerCase());
    out.set(name, candidate);
  }
  return out;
}

function spreadsheetTimeZone(spreadsheet: Spreadsheet): string {
  try {
    return spreadsheet.getSpreadsheetTimeZone();
  } catch (e) {
    if (e instanceof NotEmulated) return 'UTC';
    throw e;
  }
}
