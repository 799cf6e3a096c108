import { BASES_UI } from '../../domain/bases/messages';
import type * as Entry from '../index';

/** Menu items name the function they call; the type checks that name against index.ts exports. */
type Item = { caption: string; fn: keyof typeof Entry };
type Group = { caption: string; items: Item[] };
const item = (caption: string, fn: keyof typeof Entry): Item => ({ caption, fn });

/**
 * The add-on menu, top to bottom. Top-level items first, then one sub-menu per capability
 * (features add their group here).
 */
export const MENU: (Item | Group)[] = [
  item(BASES_UI.menu.openSidebar, 'openSidebar'),
  item(BASES_UI.menu.prepare, 'prepareSheet'),
  item(BASES_UI.menu.check, 'checkBases'),
];

/**
 * The add-on menu «Наставничество». Runs in AuthMode.NONE when the add-on is not yet used in this
 * document: it may only build the menu — no properties, no sheets.
 */
export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const ui = SpreadsheetApp.getUi();
  const menu = ui.createAddonMenu();
  for (const entry of MENU) {
    if ('fn' in entry) menu.addItem(entry.caption, entry.fn);
    else {
      const sub = ui.createMenu(entry.caption);
      for (const i of entry.items) sub.addItem(i.caption, i.fn);
      menu.addSubMenu(sub);
    }
  }
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
