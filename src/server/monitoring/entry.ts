/** What Apps Script calls for «Мониторинг»: menu items, the sidebar's jobs and figures. */
import type { JobOf, SidebarJob } from '../../domain/home/home';
import { MONITORING } from '../../domain/monitoring/messages';
import type { MonitoringHeadline } from '../../domain/monitoring/report';
import { writeReportDoc } from './report';
import { runForSidebar, runForUser, runSidebarJob, toast, type Jobs } from '../ui/run';
import { monitoringFigures, runMonitoring } from './run';

const JOBS = {
  refreshMonitoring: (book) => runMonitoring(book).message,
  regionalReport: (book) => MONITORING.reportDone(writeReportDoc(book).name),
} satisfies Jobs<JobOf<'runMonitoringJob'>>;

/** Menu «Мониторинг → Обновить мониторинг и показатели». */
export function refreshMonitoring(): void {
  runForUser(() => {
    const book = SpreadsheetApp.getActive();
    toast(JOBS.refreshMonitoring(book));
    book.getSheetByName(MONITORING.sheets.monitoring)?.activate();
  });
}

/** Menu «Мониторинг → Отчёт в региональный центр»: a Google Doc with the period's figures. */
export function makeRegionalReport(): void {
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
