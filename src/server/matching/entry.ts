/** Entry points of «Пары»: menu items and the sidebar's calls. */
import type { Mode } from '../../domain/matching/engine';
import { MATCHING_UI } from '../../domain/matching/messages';
import type { Decision, SidebarPair } from '../../domain/matching/plan';
import { APPROVED, PAIRS, PROPOSED, REJECTED } from '../../domain/pairs/schema';
import { UserError } from '../../domain/errors';
import { ask, runForSidebar, runForUser, toast } from '../ui/run';
import { decideOne, pairsForSidebar, runMatching, syncApproved } from './proposals';

/** Menu «Пары → Подобрать пары»: the mode from «Настройки». */
export function matchPairs(): void {
  runForUser(() => {
    const book = SpreadsheetApp.getActive();
    toast(runMatching(book).message);
    book.getSheetByName(PAIRS.sheet)?.activate();
  });
}

/** Menu «Пары → Заменить наставника…»: the pair in the selected row of «Пары». */
export function replaceMentor(): void {
  const book = SpreadsheetApp.getActive();
  // The row and the reason are asked first: a dialog never holds the document lock.
  const asked = runForUser(() => {
    const range = book.getActiveRange();
    if (!range || range.getSheet().getName() !== PAIRS.sheet || range.getRow() < 2) throw new UserError(MATCHING_UI.replacePickRow);
    const reason = ask(MATCHING_UI.replaceTitle, MATCHING_UI.replaceReason);
    return reason === null ? null : { row: range.getRow(), reason };
  }, false);
  if (!asked) return;
  runForUser(() => {
    const result = runMatching(book, { replace: asked });
    toast(result.replaced ? MATCHING_UI.replaced(result.replaced.mentee, result.replaced.mentor) : result.message);
  });
}

/** Menu «Пары → Перенести утверждённые пары в базы». */
export function syncApprovedPairs(): void {
  runForUser(() => toast(syncApproved(SpreadsheetApp.getActive())));
}

/** Sidebar: run matching (optionally in a chosen mode) and return the pairs to review. */
export function runPairMatching(mode?: Mode): { message: string; pairs: SidebarPair[] } {
  return runForSidebar(() => {
    const book = SpreadsheetApp.getActive();
    const message = runMatching(book, mode === 'stable' || mode === 'optimal' ? { mode } : {}).message;
    return { message, pairs: pairsForSidebar(book) };
  });
}

/** Sidebar: the current pairs with scores and explanations (plain JSON, no dates). */
export function getProposedPairs(): SidebarPair[] {
  return runForSidebar(() => pairsForSidebar(SpreadsheetApp.getActive()));
}

/** Sidebar: approve («утверждена»), reject («отклонена») or reopen («предложена») one pair by its id. */
export function decidePair(id: string, decision: Decision): { message: string; pairs: SidebarPair[] } {
  return runForSidebar(() => {
    if (decision !== APPROVED && decision !== REJECTED && decision !== PROPOSED) throw new UserError(MATCHING_UI.pairNotFound);
    const book = SpreadsheetApp.getActive();
    const message = decideOne(book, String(id), decision);
    return { message, pairs: pairsForSidebar(book) };
  });
}
