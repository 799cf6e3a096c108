/** What Apps Script calls for the life of pairs: plans, meetings, progress, completion (menu items and the sidebar). */
import { cellText } from '../../domain/cell';
import type { JobOf, PairItem, SidebarJob } from '../../domain/home/home';
import type { Ending } from '../../domain/meetings/completion';
import { PLANS, PROGRESS } from '../../domain/meetings/schema';
import { PAIRS } from '../../domain/pairs/schema';
import { readTable } from '../sheets/table';
import { menuJob, runForSidebar, runForUser, runSidebarJob, toast, type Jobs } from '../ui/run';
import { completePairs, createPlans, logMeeting as logMeetingJob, pairsProgress, type MeetingInput } from './pairs-life';

const active = () => SpreadsheetApp.getActive();

const JOBS = {
  createPlans: (book) => createPlans(book),
  pairsProgress: (book) => pairsProgress(book).message,
  completePairs: (book) => completePairs(book).message,
} satisfies Jobs<JobOf<'runMeetingsJob'>>;

/** Menu «Дорожная карта → Создать индивидуальные планы». */
export function createIndividualPlans(): void {
  runForUser(() => {
    toast(JOBS.createPlans(active()));
    active().getSheetByName(PLANS.sheet)?.activate();
  });
}

/** Menu «Дорожная карта → Ход работы пар». */
export function showPairsProgress(): void {
  runForUser(() => {
    toast(JOBS.pairsProgress(active()));
    active().getSheetByName(PROGRESS.sheet)?.activate();
  });
}

/** Menu «Дорожная карта → Завершить отмеченные пары». */
export const completeMarkedPairs = menuJob(JOBS.completePairs);

/** Sidebar «Пары»: one of the jobs above, with its Russian result. */
export function runMeetingsJob(job: SidebarJob): string {
  return runSidebarJob(JOBS, job);
}

/** Sidebar «Пары»: every pair on «Пары» (one read), for choosing one; [] while there is no sheet. */
export function getPairList(): PairItem[] {
  return runForSidebar(() => {
    const table = readTable(PAIRS, active());
    if (!table) return [];
    return table.records.map((r) => ({
      pairId: cellText(r.cells.pairId), mentor: cellText(r.cells.mentor), mentee: cellText(r.cells.mentee), status: cellText(r.cells.status),
    })).filter((p) => p.pairId);
  });
}

/** Sidebar: log a meeting of a pair. */
export function logMeeting(input: MeetingInput): string {
  return runForSidebar(() => logMeetingJob(active(), input));
}

/** Sidebar: complete a pair with a reason (one of END_REASONS), results and an optional case link. */
export function completePair(input: Ending): string {
  return runForSidebar(() => completePairs(active(), [input]).message);
}
