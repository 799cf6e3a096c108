/**
 * Entry points of the roadmap and the life of pairs: menu items, the daily trigger and sidebar
 * calls. Re-exported by src/server/index.ts.
 */
import type { Ending } from '../../domain/meetings/completion';
import { ROADMAP_UI } from '../../domain/roadmap/messages';
import { ROADMAP } from '../../domain/roadmap/schema';
import type { StepKey } from '../../domain/roadmap/steps';
import type * as Entry from '../index';
import { MENU } from '../ui/menu';
import { runForSidebar, runForUser, toast, withDocumentLock } from '../ui/run';
import { newSchoolYear } from './new-year';
import { completePairs, createPlans, logMeeting as logMeetingJob, pairsProgress, type MeetingInput } from '../meetings/pairs-life';
import { createRoadmap, installDailyRefresh, refreshRoadmap, roadmapNext } from './roadmap';

const active = () => SpreadsheetApp.getActive();

/** Menu «Дорожная карта → Создать дорожную карту». */
export function createRoadmapSheet(): void {
  runForUser(() => {
    toast(createRoadmap(active()));
    active().getSheetByName('Дорожная карта')?.activate();
  });
}

/** Menu «Дорожная карта → Обновить статусы». */
export function refreshRoadmapStatuses(): void {
  runForUser(() => toast(ROADMAP_UI.refreshed(refreshRoadmap(active()))));
}

/** Menu «Дорожная карта → Обновлять статусы ежедневно»: the trigger is installed once. */
export function installRoadmapTrigger(): void {
  runForUser(() => toast(installDailyRefresh()));
}

/** The daily trigger: refreshes statuses; never throws at anyone, logs what went wrong. */
export function roadmapDaily(): void {
  try {
    // In an add-on's time trigger there may be no active spreadsheet: then there is nothing to do.
    const book = SpreadsheetApp.getActive();
    if (!book?.getSheetByName(ROADMAP.sheet)) return;
    withDocumentLock(() => refreshRoadmap(book));
  } catch (e) {
    console.error(e);
  }
}

/** Menu «Дорожная карта → Создать индивидуальные планы». */
export function createIndividualPlans(): void {
  runForUser(() => {
    toast(createPlans(active()));
    active().getSheetByName('Индивидуальные планы')?.activate();
  });
}

/** Menu «Дорожная карта → Ход работы пар». */
export function showPairsProgress(): void {
  runForUser(() => {
    toast(pairsProgress(active()).message);
    active().getSheetByName('Ход работы пар')?.activate();
  });
}

/** Menu «Дорожная карта → Завершить отмеченные пары». */
export function completeMarkedPairs(): void {
  runForUser(() => toast(completePairs(active()).message));
}

/** Menu «Дорожная карта → Новый учебный год». */
export function startNewSchoolYear(): void {
  runForUser(() => toast(newSchoolYear(active())));
}

/**
 * What a «Что дальше» step's button runs: a top-level function (checked against index.ts exports);
 * its label is the function's caption in MENU.
 */
const STEP_ACTIONS: Partial<Record<StepKey, keyof typeof Entry>> = {
  basesChecked: 'checkBases',
  orderIntroduction: 'orderImplement',
  orderCurator: 'orderCurator',
  orderProgramme: 'orderApprove',
  orderMentors: 'orderMentors',
  orderPairs: 'orderPairs',
  plansCreated: 'createIndividualPlans',
  monitoringDone: 'refreshMonitoring',
  orderAwards: 'orderReward',
  resultsWritten: 'completeMarkedPairs',
  regionalReport: 'makeRegionalReport',
};

function captionOf(fn: string): string | undefined {
  for (const entry of MENU) {
    if ('fn' in entry) {
      if (entry.fn === fn) return entry.caption;
    } else {
      const found = entry.items.find((i) => i.fn === fn);
      if (found) return found.caption;
    }
  }
  return undefined;
}

export interface RoadmapNextItem {
  text: string;
  stage: string;
  responsible: string;
  startIso: string;
  /** ISO end date; '' when the row has none. */
  due: string;
  status: string;
  action?: { fn: string; label: string };
}

/** Sidebar «Что дальше»: the next three roadmap steps with deadlines, and the action doing each when the add-on can. */
export function getRoadmapNext(): RoadmapNextItem[] {
  return runForSidebar(() =>
    roadmapNext(active()).map((s) => {
      const fn = s.step && STEP_ACTIONS[s.step];
      const label = fn && captionOf(fn);
      return {
        text: s.activity, stage: s.stage, responsible: s.responsible, startIso: s.startIso, due: s.endIso, status: s.status,
        ...(fn && label ? { action: { fn, label } } : {}),
      };
    }));
}

/** Sidebar: log a meeting of a pair. */
export function logMeeting(input: MeetingInput): string {
  return runForSidebar(() => logMeetingJob(active(), input));
}

/** Sidebar: complete a pair with a reason (one of END_REASONS), results and an optional case link. */
export function completePair(input: Ending): string {
  return runForSidebar(() => completePairs(active(), [input]).message);
}
