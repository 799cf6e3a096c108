/** Entry points of monitoring, re-exported by index.ts: menu items and the sidebar's figures. */
import { MONITORING } from '../../domain/monitoring/messages';
import type { MonitoringHeadline } from '../../domain/monitoring/report';
import { writeReportDoc } from './report';
import { runForSidebar, runForUser, toast } from '../ui/run';
import { monitoringFigures, runMonitoring } from './run';

/** Menu «Мониторинг → Обновить мониторинг и показатели». */
export function refreshMonitoring(): void {
  runForUser(() => {
    const book = SpreadsheetApp.getActive();
    const { message } = runMonitoring(book);
    toast(message);
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

/** Sidebar: the headline figures of monitoring, as plain JSON. */
export function getMonitoringFigures(): MonitoringHeadline {
  return runForSidebar(() => monitoringFigures(SpreadsheetApp.getActive()));
}
