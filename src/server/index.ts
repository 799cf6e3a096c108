/**
 * The functions Apps Script calls: triggers, menu items and the sidebar's google.script.run calls.
 * Every export here becomes a top-level function of build/Code.js; export nothing else.
 */
import { prepareBook } from './bases/prepare';
import { checkBook, overview } from './bases/check';
import { runForSidebar, runForUser, toast } from './ui/run';
import type { SidebarAction, SidebarOverview, SidebarResult } from '../domain/sidebar';
import { UserError } from './ui/errors';

export { onOpen, onInstall, openSidebar } from './ui/menu';
export {
  orderImplement, orderCurator, orderApprove, orderMentors, orderPairs, orderFinalEvent, orderReward, makeLetters, makePlans,
  resumeDocuments, continueOrders, getOrdersProgress,
} from './orders/entry';
export { getHome, getPairList, runJob, showSheet } from './home/home';
export { refreshMonitoring, makeRegionalReport, getMonitoringFigures } from './monitoring/entry';
export {
  createRoadmapSheet, refreshRoadmapStatuses, installRoadmapTrigger, roadmapDaily, createIndividualPlans, showPairsProgress,
  completeMarkedPairs, startNewSchoolYear, getRoadmapNext, logMeeting, completePair,
} from './roadmap/entry';
export {
  openImport, askWithdrawConsent, askEraseParticipant, askExportParticipant, checkRetentionPeriods, showPrivacyInfo,
  getImportSources, proposeImport, previewImport, applyImport, undoImport, withdrawConsentFor,
} from './privacy/entry';
export { matchPairs, replaceMentor, syncApprovedPairs, runPairMatching, getProposedPairs, decidePair } from './matching/entry';
export {
  createForms, createFormsNewVersion, installFormTrigger, loadFormAnswers, refreshPreferenceLists, getFormLinks, onFormSubmitAnswer,
} from './forms/entry';

/** Menu «Подготовить таблицу». */
export function prepareSheet(): void {
  runForUser(() => toast(prepareBook(SpreadsheetApp.getActive()).message));
}

/** Menu «Проверить базы». */
export function checkBases(): void {
  runForUser(() => {
    const book = SpreadsheetApp.getActive();
    const result = checkBook(book);
    toast(result.message);
    if (result.problems > 0) book.getSheetByName('Проверка')?.activate();
  });
}

/** Sidebar: the «Обзор» panel. A table that is not prepared yet is a state, not an error. */
export function getOverview(): SidebarOverview {
  return runForSidebar(() => {
    try {
      return overview(SpreadsheetApp.getActive());
    } catch (e) {
      if (e instanceof UserError) return { ready: false, message: e.message };
      throw e;
    }
  });
}

/** Sidebar: run one of the menu's actions and return its result with the fresh overview. */
export function runAction(action: SidebarAction): SidebarResult {
  return runForSidebar(() => {
    const book = SpreadsheetApp.getActive();
    const message = action === 'prepare' ? prepareBook(book).message
      : action === 'check' ? checkBook(book).message
      : unknownAction(action);
    return { message, overview: overview(book) };
  });
}

function unknownAction(action: never): never {
  throw new UserError(`Неизвестное действие: ${String(action)}`);
}
