import type { Cell } from '../../domain/cell';
import { isDate } from '../../domain/cell';
import { monitoringLayout, kpiRows, type MonitoringLayout } from '../../domain/monitoring/layout';
import { KPI_TEXT, MONITORING, SCORECARD_TEXT, SWOT } from '../../domain/monitoring/messages';
import { mergeScorecard, MAIN_WIDTH, SCORE_COLUMN, SUMMARY_COLUMN, type ScorecardSheet } from '../../domain/monitoring/scorecard-sheet';
import { SCORE_CHOICES, suggestScores } from '../../domain/monitoring/scorecard';
import { mergeSwot } from '../../domain/monitoring/swot';
import { ensureSheet, ownSheet } from '../sheets/table';
import { toCells } from '../sheets/values';
import type { Analysis } from './read';

type Book = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const TEXT = '@';
const toSheet = (v: Cell): string | number | boolean => (isDate(v) ? v.iso : v);

/**
 * Writes a rectangle in one call. Text columns get the plain-text format first, so a question
 * typed as «=…» or «+…» in a form stays text; numbers written into them stay numbers.
 */
function put(sheet: Sheet, row: number, column: number, values: readonly (readonly Cell[])[], bold: readonly number[] = []): void {
  if (!values.length) return;
  const width = Math.max(...values.map((r) => r.length));
  const grid = values.map((r) => [...r.map(toSheet), ...Array<string>(width - r.length).fill('')]);
  const range = sheet.getRange(row, column, grid.length, width);
  range.setNumberFormat(TEXT);
  range.setValues(grid);
  const heavy = new Set(bold);
  range.setFontWeights(grid.map((_, i) => Array<GoogleAppsScript.Spreadsheet.FontWeight>(width).fill(heavy.has(i + 1) ? 'bold' : 'normal')));
}

/** Our own sheet (A1 says so): emptied and rewritten. */
function fresh(book: Book, name: string, firstCell: string): Sheet {
  const sheet = ownSheet(book, name, firstCell);
  sheet.clearContents();
  return sheet;
}

export function writeMonitoring(book: Book, a: Analysis): { sheet: Sheet; layout: MonitoringLayout } {
  const layout = monitoringLayout(a.stage1, a.stage2, a.threshold, a.meetingsKnown);
  const sheet = fresh(book, MONITORING.sheets.monitoring, String(layout.values[0]?.[0] ?? ''));
  put(sheet, 1, 1, layout.values, [...layout.titles, layout.stage1.row, layout.distribution.row, layout.stage2.row, layout.correlations.row]);
  if (layout.stage1.rows) sheet.getRange(layout.stage1.row + 1, 7, layout.stage1.rows, 1).setNumberFormat('0%');
  sheet.setColumnWidth(1, 360);
  return { sheet, layout };
}

/** «SWOT»: measured strengths and weaknesses refreshed, the curator's rows kept. */
export function writeSwot(book: Book, a: Analysis): Sheet {
  const { sheet, created } = ensureSheet(book, MONITORING.sheets.swot);
  const existing = created ? [] : toCells(sheet.getDataRange().getValues(), book.getSpreadsheetTimeZone());
  const grid = mergeSwot(existing, a.stage1);
  if (!created) sheet.clearContents();
  put(sheet, 1, 1, grid, [1]);
  sheet.getRange(grid.length + 2, 1).setValue(SWOT.note);
  if (created) {
    sheet.setColumnWidth(1, 180);
    sheet.setColumnWidth(2, 520);
    sheet.setFrozenRows(1);
  }
  return sheet;
}

/** «Оценка эффективности»: one block of nine rows per school year; only suggestions change. */
export function writeScorecard(book: Book, a: Analysis): { sheet: Sheet; card: ScorecardSheet } {
  const { sheet, created } = ensureSheet(book, MONITORING.sheets.scorecard);
  const existing = created ? [] : toCells(sheet.getDataRange().getValues(), book.getSpreadsheetTimeZone());
  const card = mergeScorecard(existing, a.year, suggestScores(a.stage1, a.stage2, a.kpis, a.threshold));
  const scores = sheet.getRange(2, SCORE_COLUMN, card.main.length - 1, 1);
  scores.clearDataValidations();
  put(sheet, 1, 1, card.main, [1]);
  put(sheet, 1, SUMMARY_COLUMN, [...card.summary, [], [SCORECARD_TEXT.scale]], [1]);
  scores.setDataValidation(
    SpreadsheetApp.newDataValidation().requireValueInList([...SCORE_CHOICES], true).setAllowInvalid(false).setHelpText(SCORECARD_TEXT.help).build(),
  );
  if (created) {
    sheet.setFrozenRows(1);
    sheet.setColumnWidth(2, 220);
    sheet.setColumnWidth(4, 420);
    sheet.setColumnWidth(SCORE_COLUMN, 150);
    sheet.setColumnWidth(MAIN_WIDTH, 360);
  }
  return { sheet, card };
}

export function writeKpis(book: Book, a: Analysis): { sheet: Sheet; rows: number } {
  const rows = kpiRows(a.kpis, a.year);
  const sheet = fresh(book, MONITORING.sheets.kpis, String(rows[0]?.[0] ?? ''));
  put(sheet, 1, 1, [...rows, [], [KPI_TEXT.note]], [1]);
  sheet.setColumnWidth(1, 420);
  return { sheet, rows: rows.length - 1 };
}
