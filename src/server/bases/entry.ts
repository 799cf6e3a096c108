/** What Apps Script calls for the bases and settings: «Подготовить таблицу», «Проверить базы» (menu and sidebar). */
import { UserError } from '../../domain/errors';
import { REPORT_SHEET } from '../../domain/bases/summary';
import type { SidebarAction, SidebarOverview, SidebarResult } from '../../domain/sidebar';
import { runForSidebar, runForUser, toast } from '../ui/run';
import { checkBook, overview } from './check';
import { prepareBook } from './prepare';

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
    if (result.problems > 0) book.getSheetByName(REPORT_SHEET)?.activate();
  });
}

/** Sidebar: the «Обзор» panel's counts. A table that is not prepared yet is a state, not an error. */
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

/** Sidebar: «Подготовить таблицу» or «Проверить базы», with its result and the fresh overview. */
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
