import { BASES_UI } from '../../domain/bases/messages';
import type * as Entry from '../index';

/** Menu items name the function they call; the type checks that name against index.ts exports. */
const item = (caption: string, fn: keyof typeof Entry) => ({ caption, fn });

export const MENU_ITEMS = [
  item(BASES_UI.menu.openSidebar, 'openSidebar'),
  item(BASES_UI.menu.prepare, 'prepareSheet'),
  item(BASES_UI.menu.check, 'checkBases'),
];

/**
 * The add-on menu «Наставничество». Runs in AuthMode.NONE when the add-on is not yet used in this
 * document: it may only build the menu — no properties, no sheets.
 */
export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  for (const i of MENU_ITEMS) menu.addItem(i.caption, i.fn);
  menu.addToUi();
}

/** Installing the add-on from the Marketplace: build the menu at once, without reopening. */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}

export function openSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(BASES_UI.sidebarTitle);
  SpreadsheetApp.getUi().showSidebar(html);
}
