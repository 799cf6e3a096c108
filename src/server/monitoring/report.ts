import { cellText, formatRuDate } from '../../domain/cell';
import { ROADMAP } from '../../domain/roadmap/schema';
import { MONITORING, REPORT } from '../../domain/monitoring/messages';
import { buildReport, reportDate, roadmapProgress, type Report } from '../../domain/monitoring/report';
import { mergeScorecard } from '../../domain/monitoring/scorecard-sheet';
import { programmeFolder } from '../docs/template';
import { toCells } from '../sheets/values';
import { analyseBook } from './read';
import { markRoadmapStep } from '../roadmap/roadmap';

type Book = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The report's content from the Sheet: monitoring figures, the scorecard the curator filled and the roadmap. */
export function reportOf(book: Book): Report {
  const a = analyseBook(book);
  const zone = book.getSpreadsheetTimeZone();
  const grid = (name: string) => {
    const sheet = book.getSheetByName(name);
    return sheet ? toCells(sheet.getDataRange().getValues(), zone) : null;
  };
  const card = grid(MONITORING.sheets.scorecard);
  const total = card ? mergeScorecard(card, a.year, []).years.find((y) => cellText(y.year) === a.year)?.total ?? null : null;
  return buildReport({
    today: a.today, schoolYear: a.year, orgName: a.settings.params.orgFullName || a.settings.params.orgShortName,
    curator: a.settings.params.curator, pairs: a.pairs, stage1: a.stage1, stage2: a.stage2, threshold: a.threshold,
    kpis: a.kpis, scorecard: total, roadmap: roadmapProgress(grid(ROADMAP.sheet)),
  });
}

/**
 * «Отчёт в региональный центр»: a Google Doc in the programme's folder (the orders' folder), named
 * with the reporting date (20 December or 20 May, seed 003). Returns its name and link.
 */
export function writeReportDoc(book: Book): { name: string; url: string; id: string } {
  const report = reportOf(book);
  const today = Utilities.formatDate(new Date(), book.getSpreadsheetTimeZone(), 'yyyy-MM-dd');
  const name = `${REPORT.title} (${formatRuDate(reportDate(today))})`;
  const doc = DocumentApp.create(name);
  const body = doc.getBody();
  body.appendParagraph(report.title).setHeading(DocumentApp.ParagraphHeading.TITLE);
  for (const line of report.subtitle.split('\n')) body.appendParagraph(line);
  for (const s of report.sections) {
    if (s.heading) body.appendParagraph(s.heading).setHeading(DocumentApp.ParagraphHeading.HEADING2);
    for (const p of s.paragraphs) body.appendParagraph(p);
    if (s.table && s.table.length) body.appendTable(s.table.map((r) => r.map((c) => cellText(c))));
  }
  const id = doc.getId();
  const url = doc.getUrl();
  doc.saveAndClose();
  DriveApp.getFileById(id).moveTo(programmeFolder());
  markRoadmapStep(book, 'regionalReport', { url, label: name });
  return { name, url, id };
}
