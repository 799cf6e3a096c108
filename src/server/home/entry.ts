/** What Apps Script calls for the add-on as a whole: opening the Sheet (the menu), the sidebar and its «Обзор». */
import type { Home } from '../../domain/home/home';
import { HOME } from '../../domain/home/messages';
import { UserError } from '../../domain/errors';
import { buildMenu, showSidebar } from '../ui/menu';
import { runForSidebar } from '../ui/run';
import { homeFor } from './home';

/**
 * The add-on menu «Наставничество». Runs in AuthMode.NONE when the add-on is not yet used in this
 * document: it may only build the menu — no properties, no sheets.
 */
export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildMenu();
}

/** Installing the add-on from the Marketplace: build the menu at once, without reopening. */
export function onInstall(_e?: GoogleAppsScript.Events.AddonOnInstall): void {
  buildMenu();
}

/** Menu «Открыть панель». */
export function openSidebar(): void {
  showSidebar();
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
    if (sheet.isSheetHidden()) sheet.showSheet(); // a response sheet, kept hidden until asked for
    sheet.activate();
    return HOME.openedSheet(sheet.getName());
  });
}
