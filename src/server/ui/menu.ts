import { BASES_UI } from '../../domain/bases/messages';
import { MATCHING_UI } from '../../domain/matching/messages';
import { PRIVACY_MENU } from '../../domain/privacy/messages';
import { ROADMAP_UI } from '../../domain/roadmap/messages';
import { ORDERS_UI } from '../../domain/orders/messages';
import { MONITORING } from '../../domain/monitoring/messages';
import { FORMS_UI } from '../../domain/forms/messages';
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
  {
    caption: FORMS_UI.menu.group,
    items: [
      item(FORMS_UI.menu.create, 'createForms'),
      item(FORMS_UI.menu.trigger, 'installFormTrigger'),
      item(FORMS_UI.menu.load, 'loadFormAnswers'),
      item(FORMS_UI.menu.refresh, 'refreshPreferenceLists'),
      item(FORMS_UI.menu.newVersion, 'createFormsNewVersion'),
    ],
  },
  {
    caption: MATCHING_UI.menu.group,
    items: [
      item(MATCHING_UI.menu.match, 'matchPairs'),
      item(MATCHING_UI.menu.replace, 'replaceMentor'),
      item(MATCHING_UI.menu.sync, 'syncApprovedPairs'),
    ],
  },
  {
    caption: PRIVACY_MENU.group,
    items: [
      item(PRIVACY_MENU.importLists, 'openImport'),
      item(PRIVACY_MENU.withdraw, 'askWithdrawConsent'),
      item(PRIVACY_MENU.erase, 'askEraseParticipant'),
      item(PRIVACY_MENU.exportPerson, 'askExportParticipant'),
      item(PRIVACY_MENU.retention, 'checkRetentionPeriods'),
      item(PRIVACY_MENU.about, 'showPrivacyInfo'),
    ],
  },
  {
    caption: ROADMAP_UI.menu.group,
    items: [
      item(ROADMAP_UI.menu.create, 'createRoadmapSheet'),
      item(ROADMAP_UI.menu.refresh, 'refreshRoadmapStatuses'),
      item(ROADMAP_UI.menu.trigger, 'installRoadmapTrigger'),
      item(ROADMAP_UI.menu.plans, 'createIndividualPlans'),
      item(ROADMAP_UI.menu.progress, 'showPairsProgress'),
      item(ROADMAP_UI.menu.complete, 'completeMarkedPairs'),
      item(ROADMAP_UI.menu.newYear, 'startNewSchoolYear'),
    ],
  },
  {
    caption: ORDERS_UI.menu.group,
    items: [
      item(ORDERS_UI.menu.implement, 'orderImplement'),
      item(ORDERS_UI.menu.curator, 'orderCurator'),
      item(ORDERS_UI.menu.approve, 'orderApprove'),
      item(ORDERS_UI.menu.mentors, 'orderMentors'),
      item(ORDERS_UI.menu.pairs, 'orderPairs'),
      item(ORDERS_UI.menu.finalEvent, 'orderFinalEvent'),
      item(ORDERS_UI.menu.reward, 'orderReward'),
      item(ORDERS_UI.menu.letters, 'makeLetters'),
      item(ORDERS_UI.menu.plans, 'makePlans'),
      item(ORDERS_UI.menu.resume, 'resumeDocuments'),
    ],
  },
  {
    caption: MONITORING.menu.group,
    items: [
      item(MONITORING.menu.run, 'refreshMonitoring'),
      item(MONITORING.menu.report, 'makeRegionalReport'),
    ],
  },
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
