import { cellText } from '../../domain/cell';
import { CHART_TITLES, blockA1, placeCharts, type ChartPlan } from './charts';
import { MAX_TOTAL } from '../../domain/monitoring/scorecard';
import { MONITORING } from '../../domain/monitoring/messages';
import { headline, type MonitoringHeadline } from '../../domain/monitoring/report';
import { mergeScorecard, SUMMARY_COLUMN } from '../../domain/monitoring/scorecard-sheet';
import { WIDTH } from '../../domain/monitoring/layout';
import { toCells } from '../sheets/values';
import { analyseBook } from './read';
import { writeKpis, writeMonitoring, writeScorecard, writeSwot } from './write';
import { columnLetter } from '../../domain/table';
import { markRoadmapStep } from '../roadmap/roadmap';
import { sheetUrl } from '../sheets/table';

type Book = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface MonitoringResult {
  message: string;
  charts: number;
}

/**
 * «Обновить мониторинг и показатели»: reads the answer sheets, pairs, bases and «Настройки» once
 * each, and rewrites «Мониторинг», «SWOT», «Оценка эффективности» and «Показатели» with their
 * charts. The number of Sheets calls does not depend on the number of answers.
 */
export function runMonitoring(book: Book): MonitoringResult {
  const a = analyseBook(book);
  const { sheet: mon, layout } = writeMonitoring(book, a);
  writeSwot(book, a);
  const { sheet: card, card: scorecard } = writeScorecard(book, a);
  const { sheet: kpi, rows } = writeKpis(book, a);
  const right = WIDTH + 2;
  const plans: ChartPlan[] = [
    { sheet: mon, type: 'COLUMN', title: CHART_TITLES.distribution, a1: blockA1(layout.distribution), anchor: { row: layout.stage1.row, column: right } },
    { sheet: kpi, type: 'BAR', title: CHART_TITLES.kpis, a1: `A1:C${rows + 1}`, anchor: { row: 1, column: 8 } },
    {
      sheet: card, type: 'COLUMN', title: CHART_TITLES.scorecard, axis: { min: 0, max: MAX_TOTAL },
      a1: `${columnLetter(SUMMARY_COLUMN)}1:${columnLetter(SUMMARY_COLUMN + 1)}${scorecard.summary.length}`,
      anchor: { row: scorecard.summary.length + 4, column: SUMMARY_COLUMN },
    },
  ];
  if (layout.stage2.rows) {
    plans.push({ sheet: mon, type: 'COLUMN', title: CHART_TITLES.growth, a1: blockA1(layout.stage2, 3), anchor: { row: layout.stage2.row, column: right } });
  }
  const charts = placeCharts(plans);
  const measured = a.stage2.growth.size;
  const empty = a.answers === 0 && a.stage2.parameters.length === 0;
  const message = [empty ? MONITORING.noData : MONITORING.done(a.answers, measured, charts), ...a.warnings].join('\n');
  if (a.answers > 0) markRoadmapStep(book, 'surveyClosed', { url: sheetUrl(book, mon), label: mon.getName() });
  if (!empty) markRoadmapStep(book, 'monitoringDone', { url: sheetUrl(book, mon), label: mon.getName() });
  return { message, charts };
}

/** The sidebar's headline figures (reads only; the scorecard total from the sheet the curator fills). */
export function monitoringFigures(book: Book): MonitoringHeadline {
  const a = analyseBook(book);
  const sheet = book.getSheetByName(MONITORING.sheets.scorecard);
  const grid = sheet ? toCells(sheet.getDataRange().getValues(), book.getSpreadsheetTimeZone()) : [];
  const year = mergeScorecard(grid, a.year, []).years.find((y) => cellText(y.year) === a.year);
  return headline(a.stage1, a.stage2, a.threshold, a.kpis, year && grid.length ? year.total : null);
}
