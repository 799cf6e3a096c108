/** Server functions only the sidebar calls: its home, showing a sheet, other features' jobs with a result. */
import { cellText } from '../../domain/cell';
import { countPairs, homeOf, SIDEBAR_JOBS, type Home, type PairItem, type SidebarJob } from '../../domain/home/home';
import { MONITORING } from '../../domain/monitoring/messages';
import { ROADMAP_UI } from '../../domain/roadmap/messages';
import { ROADMAP } from '../../domain/roadmap/schema';
import { HOME } from '../../domain/home/messages';
import { PAIRS } from '../../domain/pairs/schema';
import { UserError } from '../ui/errors';
import { readTable } from '../sheets/table';
import { runForSidebar } from '../ui/run';
import { overview } from '../bases/check';
import { resumeBatch, startBatch } from '../orders/batch';
import { writeReportDoc } from '../monitoring/report';
import { createQuestionnaires, installAnswerTrigger, loadAnswers, refreshPreferenceChoices } from '../forms/questionnaires';
import { runMonitoring } from '../monitoring/run';
import { makeOrder } from '../orders/orders';
import { completePairs, createPlans, pairsProgress } from '../meetings/pairs-life';
import { createRoadmap, refreshRoadmap, roadmapNow } from '../roadmap/roadmap';

type Book = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Pairs per status from «Пары» (one read); null while the sheet does not exist. */
function pairCounts(book: Book): Home['pairs'] {
  const table = readTable(PAIRS, book);
  if (!table || table.index.status === undefined) return null;
  return countPairs(table.records.map((r) => cellText(r.cells.status)));
}

/** «Обзор»: the bases, pairs, roadmap stage and next steps. A table not prepared yet is a state. */
export function homeFor(book: Book): Home {
  let summary;
  try {
    summary = overview(book);
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    return homeOf({ ready: false, message: e.message }, null);
  }
  const roadmap = roadmapState(book);
  return homeOf(summary, pairCounts(book), roadmap?.next ?? null, roadmap?.stage ?? null);
}

/** The roadmap's next steps and stage; null while there is no roadmap, none when its columns were renamed (its panel says why). */
function roadmapState(book: Book) {
  if (!book.getSheetByName(ROADMAP.sheet)) return null;
  try {
    return roadmapNow(book);
  } catch (e) {
    if (e instanceof UserError) return { next: [], stage: null };
    throw e;
  }
}

const JOBS: Record<SidebarJob, (book: Book) => string> = {
  createRoadmap: (book) => createRoadmap(book),
  refreshRoadmap: (book) => ROADMAP_UI.refreshed(refreshRoadmap(book)),
  createPlans: (book) => createPlans(book),
  pairsProgress: (book) => pairsProgress(book).message,
  completePairs: (book) => completePairs(book).message,
  orderImplement: (book) => makeOrder(book, 'implement'),
  orderCurator: (book) => makeOrder(book, 'curator'),
  orderApprove: (book) => makeOrder(book, 'approve'),
  orderMentors: (book) => makeOrder(book, 'mentors'),
  orderPairs: (book) => makeOrder(book, 'pairs'),
  orderFinalEvent: (book) => makeOrder(book, 'finalEvent'),
  orderReward: (book) => makeOrder(book, 'reward'),
  makeLetters: (book) => startBatch(book, 'letter'),
  makePlans: (book) => startBatch(book, 'plan'),
  resumeDocuments: (book) => resumeBatch(book),
  refreshMonitoring: (book) => runMonitoring(book).message,
  regionalReport: (book) => MONITORING.reportDone(writeReportDoc(book).name),
  createForms: (book) => createQuestionnaires(book).message,
  installFormTrigger: (book) => installAnswerTrigger(book),
  loadFormAnswers: (book) => loadAnswers(book),
  refreshPreferenceLists: (book) => refreshPreferenceChoices(book),
};

/** Sidebar: another feature's job, with its Russian result for the line under the button. */
export function runJob(job: SidebarJob): string {
  return runForSidebar(() => {
    if (!(SIDEBAR_JOBS as readonly string[]).includes(job)) throw new UserError(HOME.unknownJob);
    return JOBS[job](SpreadsheetApp.getActive());
  });
}

/** Sidebar, «Пары»: every pair on «Пары» (one read), for choosing one; [] while there is no sheet. */
export function getPairList(): PairItem[] {
  return runForSidebar(() => {
    const table = readTable(PAIRS, SpreadsheetApp.getActive());
    if (!table) return [];
    return table.records.map((r) => ({
      pairId: cellText(r.cells.pairId), mentor: cellText(r.cells.mentor), mentee: cellText(r.cells.mentee), status: cellText(r.cells.status),
    })).filter((p) => p.pairId);
  });
}

/** Sidebar: the «Обзор» panel. */
export function getHome(): Home {
  return runForSidebar(() => homeFor(SpreadsheetApp.getActive()));
}

/** Sidebar: bring a sheet of this spreadsheet to the front, by name. */
export function showSheet(name: string): string {
  return runForSidebar(() => {
    const sheet = SpreadsheetApp.getActive().getSheetByName(String(name));
    if (!sheet) throw new UserError(HOME.noSheet(String(name)));
    sheet.activate();
    return HOME.openedSheet(sheet.getName());
  });
}
