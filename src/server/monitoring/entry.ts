/** What Apps Script calls for «Мониторинг»: menu items, the sidebar's jobs and figures. */
import type { JobOf, SidebarJob } from '../../domain/home/home';
import { MONITORING } from '../../domain/monitoring/messages';
import type { MonitoringHeadline } from '../../domain/monitoring/report';
import { existingReport, writeReportDoc } from './report';
import { ask, runForSidebar, runForUser, runSidebarJob, toast, withDocumentLock, type Jobs } from '../ui/run';
import { monitoringFigures, runMonitoring } from './run';

type Book = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Ask first the report's outgoing number from the school's journal (never across the lock), then lock and write the report. */
function reportJob(book: Book): { name: string; url: string } | null {
  const outgoing = ask(MONITORING.menu.report, MONITORING.askOutgoing);
  if (outgoing === null) return null;
  return withDocumentLock(() => writeReportDoc(book, outgoing));
}

const JOBS = {
  refreshMonitoring: (book) => withDocumentLock(() => runMonitoring(book).message),
  // The sidebar cannot ask YES/NO: a second report of the period is made only from the menu.
  regionalReport: (book) => {
    const existing = existingReport(book);
    if (existing) return MONITORING.reportExists(existing.name, existing.url);
    const made = reportJob(book);
    return made ? MONITORING.reportDone(made.name) : MONITORING.reportCancelled;
  },
} satisfies Jobs<JobOf<'runMonitoringJob'>>;

/** Menu «Мониторинг → Обновить мониторинг и показатели». */
export function refreshMonitoring(): void {
  runForUser(() => {
    const book = SpreadsheetApp.getActive();
    toast(JOBS.refreshMonitoring(book));
    book.getSheetByName(MONITORING.sheets.monitoring)?.activate();
  });
}

/**
 * Menu «Мониторинг → Отчёт в региональный центр»: a Google Doc with the period's figures. When
 * this period's report is already in the programme's folder, the curator is asked first.
 */
export function makeRegionalReport(): void {
  const existing = runForUser(() => existingReport(SpreadsheetApp.getActive()));
  if (existing === undefined) return;
  const ui = SpreadsheetApp.getUi();
  if (existing && ui.alert(MONITORING.menu.report, MONITORING.reportAgain(existing.name, existing.url), ui.ButtonSet.YES_NO) !== ui.Button.YES) {
    return toast(MONITORING.reportCancelled);
  }
  runForUser(() => {
    const made = reportJob(SpreadsheetApp.getActive());
    if (!made) return toast(MONITORING.reportCancelled);
    const ui = SpreadsheetApp.getUi();
    ui.alert(MONITORING.menu.report, `${MONITORING.reportDone(made.name)}\n${made.url}`, ui.ButtonSet.OK);
  }, false);
}

/** Sidebar «Мониторинг»: one of the jobs above, with its Russian result. */
export function runMonitoringJob(job: SidebarJob): string {
  return runSidebarJob(JOBS, job, false);
}

/** Sidebar: the headline figures of monitoring, as plain JSON. */
export function getMonitoringFigures(): MonitoringHeadline {
  return runForSidebar(() => monitoringFigures(SpreadsheetApp.getActive()));
}
