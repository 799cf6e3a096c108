/**
 * The sidebar's home: where the programme stands and what to do next, derived from what the
 * Sheet holds. Plain JSON data (no Dates): it crosses google.script.run.
 */
import { APPROVED, COMPLETED, PAIR_STATUSES, PROPOSED, type PairStatus } from '../pairs/schema';
import type { NextStep as RoadmapStep } from '../roadmap/roadmap';
import { OVERDUE } from '../roadmap/schema';
import type { StepKey } from '../roadmap/steps';
import type { SidebarAction, SidebarOverview } from '../sidebar';
import { BASES_UI } from '../bases/messages';
import { ROADMAP_UI } from '../roadmap/messages';
import { HOME, STAGES, type PanelId } from './messages';

/**
 * Jobs the sidebar runs and reports on, by the server function that runs them: one per capability,
 * in that capability's src/server/<capability>/entry.ts, taking the job's name.
 */
export const SIDEBAR_JOBS = {
  runRoadmapJob: ['createRoadmap', 'refreshRoadmap'],
  runMeetingsJob: ['createPlans', 'pairsProgress', 'completePairs'],
  runOrdersJob: [
    'orderImplement', 'orderCurator', 'orderApprove', 'orderMentors', 'orderPairs', 'orderPairChanges', 'orderAssociation',
    'orderFinalEvent', 'orderReward', 'makeMunicipalInfo', 'makeLetters', 'makePlans', 'makeAgreements', 'makePartnerLetters',
    'makeParentLetters', 'makeCertificates', 'resumeDocuments',
  ],
  runMonitoringJob: ['refreshMonitoring', 'regionalReport'],
  runFormsJob: ['createForms', 'installFormTrigger', 'loadFormAnswers', 'refreshPreferenceLists'],
} as const;
export type SidebarRunner = keyof typeof SIDEBAR_JOBS;
export type JobOf<R extends SidebarRunner> = (typeof SIDEBAR_JOBS)[R][number];
export type SidebarJob = JobOf<SidebarRunner>;

/** The server function that runs a sidebar job. */
export function runnerOf(job: SidebarJob): SidebarRunner {
  const runners = Object.keys(SIDEBAR_JOBS) as SidebarRunner[];
  return runners.find((r) => (SIDEBAR_JOBS[r] as readonly string[]).includes(job))!;
}

/** What a step's button does: run an action or a job, open a panel, or show a sheet. */
export type StepAction =
  | { kind: 'run'; action: SidebarAction; label: string }
  | { kind: 'job'; job: SidebarJob; label: string }
  | { kind: 'panel'; panel: PanelId; label: string }
  | { kind: 'sheet'; sheet: string; label: string };

export interface NextStep {
  text: string;
  /** ISO date, when the roadmap gives one. */
  due?: string;
  overdue?: boolean;
  action?: StepAction;
}

export interface Home {
  overview: SidebarOverview;
  /** 1..7 */
  stage: number;
  stageTitle: string;
  /** Pairs per status, every status listed; null when there is no «Пары» sheet yet. */
  pairs: { status: PairStatus; count: number }[] | null;
  next: NextStep[];
  /** Whether the Sheet has a «Дорожная карта». */
  roadmap: boolean;
}

/** A pair as the «Пары» panel lists it. */
export interface PairItem {
  pairId: string;
  mentor: string;
  mentee: string;
  status: string;
}

export const countPairs = (statuses: readonly string[]): { status: PairStatus; count: number }[] =>
  PAIR_STATUSES.map((status) => ({ status, count: statuses.filter((s) => s.trim().toLowerCase() === status).length }));

const RUN_PREPARE: StepAction = { kind: 'run', action: 'prepare', label: BASES_UI.menu.prepare };
const RUN_CHECK: StepAction = { kind: 'run', action: 'check', label: BASES_UI.menu.check };
const sheet = (name: string): StepAction => ({ kind: 'sheet', sheet: name, label: HOME.openSheet(name) });

/** The panel that does a roadmap step; the sidebar shows the button only when it has that panel. */
const STEP_PANEL: Partial<Record<StepKey, PanelId>> = {
  formsCreated: 'forms', preferencesCollected: 'forms', surveyClosed: 'forms',
  orderIntroduction: 'orders', orderCurator: 'orders', orderProgramme: 'orders', orderMentors: 'orders',
  orderPairs: 'orders', orderAwards: 'orders', municipalInfo: 'orders', orderAssociation: 'orders', agreementsMade: 'orders',
  pairsApproved: 'pairs', plansCreated: 'pairs', resultsWritten: 'pairs',
  monitoringDone: 'monitoring',
};

function fromRoadmap(r: RoadmapStep): NextStep {
  const panel = r.step && STEP_PANEL[r.step];
  const action: StepAction | undefined = r.step === 'basesChecked' ? RUN_CHECK
    : panel ? { kind: 'panel', panel, label: HOME.open } : undefined;
  return {
    text: r.activity,
    ...(r.endIso ? { due: r.endIso } : {}),
    ...(r.status === OVERDUE ? { overdue: true } : {}),
    ...(action ? { action } : {}),
  };
}

/** «3. Формирование базы наставников» → 3 */
const stageNumber = (text: string) => {
  const n = Number(/^\s*(\d)/.exec(text)?.[1]);
  return n >= 1 && n <= STAGES.length ? n : null;
};

/**
 * Where the programme stands and what to do next. With a roadmap, its stage and its next dated
 * steps (after any upkeep of the bases); without one, as far as the Sheet shows it.
 */
export function homeOf(overview: SidebarOverview, pairs: Home['pairs'], roadmap: readonly RoadmapStep[] | null = null, stageText: string | null = null): Home {
  const at = (stage: number, next: NextStep[]): Home => ({ overview, stage, stageTitle: STAGES[stage - 1]!, pairs, next, roadmap: roadmap !== null });
  if (!overview.ready) return at(1, [{ text: HOME.steps.prepare, action: RUN_PREPARE }]);

  const people = (b: 'mentors' | 'mentees') => overview.bases.find((x) => x.base === b)?.people ?? 0;
  const upkeep: NextStep[] = [];
  if (overview.problems > 0) upkeep.push({ text: HOME.steps.fixProblems(overview.problems), action: RUN_CHECK });
  const withoutConsent = overview.bases.reduce((n, b) => n + b.withoutConsent, 0);
  if (withoutConsent > 0) upkeep.push({ text: HOME.steps.consents(withoutConsent), action: { kind: 'panel', panel: 'bases', label: HOME.open } });

  const stages = (roadmap ?? []).map((r) => stageNumber(r.stage)).filter((n): n is number => n !== null);
  // The stage the calendar has reached; overdue steps of earlier stages still lead «Что дальше».
  const reached = stageText === null ? null : stageNumber(stageText);
  if (roadmap && (reached || stages.length)) return at(reached ?? Math.min(...stages), [...upkeep, ...roadmap.map(fromRoadmap)]);

  if (!overview.schoolYear || !overview.organisation) return at(1, [{ text: HOME.steps.fillSettings, action: sheet('Настройки') }]);
  if (!roadmap) upkeep.push({ text: HOME.createRoadmap, action: { kind: 'job', job: 'createRoadmap', label: ROADMAP_UI.menu.create } });
  if (people('mentees') === 0) return at(2, [{ text: HOME.steps.fillMentees, action: sheet('Наставляемые') }]);
  if (people('mentors') === 0) return at(3, [...upkeep, { text: HOME.steps.fillMentors, action: sheet('Наставники') }]);

  const count = (s: PairStatus) => pairs?.find((p) => p.status === s)?.count ?? 0;
  const [proposed, approved, completed] = [count(PROPOSED), count(APPROVED), count(COMPLETED)];
  if (approved === 0 && proposed === 0 && completed > 0) return at(7, [...upkeep, { text: HOME.steps.finish }]);
  if (approved === 0) {
    const pairStep: NextStep = proposed
      ? { text: HOME.steps.approvePairs(proposed), action: { kind: 'panel', panel: 'pairs', label: HOME.open } }
      : { text: HOME.steps.formPairs, action: { kind: 'panel', panel: 'pairs', label: HOME.open } };
    return at(5, [...upkeep, pairStep]);
  }
  return at(6, [...upkeep, { text: HOME.steps.work }]);
}
