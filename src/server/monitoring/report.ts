import { cellText, formatRuDate } from '../../domain/cell';
import { ROADMAP } from '../../domain/roadmap/schema';
import { MONITORING, REPORT } from '../../domain/monitoring/messages';
import { buildReport, reportBlocks, reportDate, roadmapProgress, type Report } from '../../domain/monitoring/report';
import { docStyle, type DocStyle } from '../../domain/orders/style';
import { keepTablesReadable } from '../docs/tables';
import { writeBlocks } from '../docs/write';
import { mergeScorecard } from '../../domain/monitoring/scorecard-sheet';
import { programmeFolder } from '../docs/template';
import { toCells } from '../sheets/values';
import { analyseBook } from './read';
import { markRoadmapStep } from '../roadmap/roadmap';

type Book = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The report's content from the Sheet: monitoring figures, the scorecard the curator filled and the roadmap. */
export function reportOf(book: Book, outgoing = ''): Report & { style: DocStyle } {
  const a = analyseBook(book);
  const zone = book.getSpreadsheetTimeZone();
  const grid = (name: string) => {
    const sheet = book.getSheetByName(name);
    return sheet ? toCells(sheet.getDataRange().getValues(), zone) : null;
  };
  const card = grid(MONITORING.sheets.scorecard);
  const total = card ? mergeScorecard(card, a.year, []).years.find((y) => cellText(y.year) === a.year)?.total ?? null : null;
  const report = buildReport({
    today: a.today, schoolYear: a.year, orgName: a.settings.params.orgFullName || a.settings.params.orgShortName,
    curator: a.settings.params.curator, outgoing, director: a.settings.params.director, directorPosition: a.settings.params.directorPosition,
    pairs: a.pairs, stage1: a.stage1, stage2: a.stage2, threshold: a.threshold,
    kpis: a.kpis, scorecard: total, roadmap: roadmapProgress(grid(ROADMAP.sheet)),
  });
  return { ...report, style: docStyle(a.settings.params.docFont, a.settings.params.docFontSize) };
}

/**
 * «Отчёт в региональный центр»: a Google Doc in the programme's folder (the orders' folder), named
 * with the reporting date (20 December or 20 May, seed 003). Returns its name and link.
 */
const reportName = (book: Book) =>
  `${REPORT.title} (${formatRuDate(reportDate(Utilities.formatDate(new Date(), book.getSpreadsheetTimeZone(), 'yyyy-MM-dd')))})`;

/** This period's report, when it is already in the programme's folder (not in the trash); null otherwise. */
export function existingReport(book: Book): { name: string; url: string } | null {
  const name = reportName(book);
  const files = programmeFolder().getFilesByName(name);
  while (files.hasNext()) {
    const f = files.next();
    if (!f.isTrashed()) return { name, url: f.getUrl() };
  }
  return null;
}

export function writeReportDoc(book: Book, outgoing = ''): { name: string; url: string; id: string } {
  const report = reportOf(book, outgoing);
  const name = reportName(book);
  const doc = DocumentApp.create(name);
  writeBlocks(doc.getBody(), reportBlocks(report), report.style);
  const id = doc.getId();
  const url = doc.getUrl();
  doc.saveAndClose();
  keepTablesReadable(id);
  DriveApp.getFileById(id).moveTo(programmeFolder());
  markRoadmapStep(book, 'regionalReport', { url, label: name });
  return { name, url, id };
}
