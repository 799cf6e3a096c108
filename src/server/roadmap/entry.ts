/** What Apps Script calls for «Дорожная карта»: menu items, the daily trigger, the sidebar's jobs and «Что дальше». */
import type { JobOf, SidebarJob } from '../../domain/home/home';
import { ROADMAP_UI, YEAR_UI } from '../../domain/roadmap/messages';
import { ROADMAP } from '../../domain/roadmap/schema';
import type { StepKey } from '../../domain/roadmap/steps';
import { captionOf, type MenuFn } from '../ui/menu';
import { menuJob, runForSidebar, runForUser, runSidebarJob, toast, type Jobs } from '../ui/run';
import { requestWork } from '../triggers/dispatcher';
import { newSchoolYear, newYearBlocked } from './new-year';
import { createRoadmap, installDailyRefresh, refreshRoadmap, roadmapNext } from './roadmap';

const active = () => SpreadsheetApp.getActive();

const JOBS = {
  createRoadmap: (book) => createRoadmap(book),
  refreshRoadmap: (book) => ROADMAP_UI.refreshed(refreshRoadmap(book)),
} satisfies Jobs<JobOf<'runRoadmapJob'>>;

/** Menu «Дорожная карта → Создать дорожную карту». */
export function createRoadmapSheet(): void {
  runForUser(() => {
    toast(JOBS.createRoadmap(active()));
    active().getSheetByName(ROADMAP.sheet)?.activate();
  });
}

/** Menu «Дорожная карта → Обновить статусы». */
export const refreshRoadmapStatuses = menuJob(JOBS.refreshRoadmap);

/** Menu «Дорожная карта → Обновлять статусы ежедневно»: daily work for the hourly dispatcher. */
export function installRoadmapTrigger(): void {
  runForUser(() => toast(installDailyRefresh()));
}

/**
 * The daily trigger of earlier versions, if a Sheet still has it: the daily refresh is now the hourly
 * dispatcher's (which removes this trigger the next time it runs).
 */
export function roadmapDaily(): void {
  try {
    requestWork('daily');
  } catch (e) {
    console.error(e);
  }
}

/**
 * Menu «Дорожная карта → Новый учебный год»: archives the year's sheets and moves every class up,
 * so it asks first (before the lock: a dialog never holds it).
 */
export function startNewSchoolYear(): void {
  const blocked = runForUser(() => newYearBlocked(active()));
  if (blocked === undefined) return;
  if (blocked) return toast(blocked);
  const ui = SpreadsheetApp.getUi();
  if (ui.alert(ROADMAP_UI.menu.group, YEAR_UI.ask, ui.ButtonSet.YES_NO) !== ui.Button.YES) return toast(YEAR_UI.cancelled);
  runForUser(() => toast(newSchoolYear(active())));
}

/** Sidebar «Дорожная карта»: one of its jobs, with its Russian result. */
export function runRoadmapJob(job: SidebarJob): string {
  return runSidebarJob(JOBS, job);
}

/** What a «Что дальше» step's button runs: a menu function; its label is that function's caption in the menu. */
const STEP_ACTIONS: Partial<Record<StepKey, MenuFn>> = {
  basesChecked: 'checkBases',
  orderIntroduction: 'orderImplement',
  orderCurator: 'orderCurator',
  orderProgramme: 'orderApprove',
  orderMentors: 'orderMentors',
  orderPairs: 'orderPairs',
  municipalInfo: 'makeMunicipalInfo',
  orderAssociation: 'orderAssociation',
  agreementsMade: 'makeAgreements',
  plansCreated: 'createIndividualPlans',
  monitoringDone: 'refreshMonitoring',
  orderAwards: 'orderReward',
  resultsWritten: 'completeMarkedPairs',
  regionalReport: 'makeRegionalReport',
};

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
      return {
        text: s.activity, stage: s.stage, responsible: s.responsible, startIso: s.startIso, due: s.endIso, status: s.status,
        ...(fn ? { action: { fn, label: captionOf(fn) } } : {}),
      };
    }));
}
