/** What Apps Script calls for «Мониторинг»: menu items, the sidebar's jobs and figures. */
import type { JobOf, SidebarJob } from '../../domain/home/home';
import { MONITORING } from '../../domain/monitoring/messages';
import type { MonitoringHeadline } from '../../domain/monitoring/report';
import { existingReport, writeReportDoc } from './report';
import { runForSidebar, runForUser, runSidebarJob, toast, type Jobs } from '../ui/run';
import { monitoringFigures, runMonitoring } from './run';

const JOBS = {
  refreshMonitoring: (book) => runMonitoring(book).message,
  // The sidebar cannot ask: a second report of the period is made only from the menu, after a YES.
  regionalReport: (book) => {
    const existing = existingReport(book);
    return existing ? MONITORING.reportExists(existing.name, existing.url) : MONITORING.reportDone(writeReportDoc(book).name);
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
    const { name, url } = writeReportDoc(SpreadsheetApp.getActive());
    const ui = SpreadsheetApp.getUi();
    ui.alert(MONITORING.menu.report, `${MONITORING.reportDone(name)}\n${url}`, ui.ButtonSet.OK);
  });
}

/** Sidebar «Мониторинг»: one of the jobs above, with its Russian result. */
export function runMonitoringJob(job: SidebarJob): string {
  return runSidebarJob(JOBS, job);
}

/** Sidebar: the headline figures of monitoring, as plain JSON. */
export function getMonitoringFigures(): MonitoringHeadline {
  return runForSidebar(() => monitoringFigures(SpreadsheetApp.getActive()));
}
