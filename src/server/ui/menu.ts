import { BASES_UI } from '../../domain/bases/messages';
import { MATCHING_UI } from '../../domain/matching/messages';
import { PRIVACY_MENU } from '../../domain/privacy/messages';
import { ROADMAP_UI } from '../../domain/roadmap/messages';
import { ORDERS_UI } from '../../domain/orders/messages';
import { MONITORING } from '../../domain/monitoring/messages';
import { FORMS_UI } from '../../domain/forms/messages';

/**
 * Menu items name the top-level function they call. The names are checked against the functions
 * src/server/index.ts exports at compile time (tests/e2e/build.test.ts: MenuFn must extend them) and
 * in the built bundle; this module imports no server code, so every capability may use it.
 */
type Item<F extends string = string> = { readonly caption: string; readonly fn: F };
type Group = { readonly caption: string; readonly items: readonly Item[] };
const item = <F extends string>(caption: string, fn: F): Item<F> => ({ caption, fn });

/**
 * The add-on menu, top to bottom. Top-level items first, then one sub-menu per capability
 * (a new menu item goes into its capability's group here, its function into that capability's entry.ts).
 */
export const MENU = [
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
      item(ORDERS_UI.menu.pairChanges, 'orderPairChanges'),
      item(ORDERS_UI.menu.association, 'orderAssociation'),
      item(ORDERS_UI.menu.finalEvent, 'orderFinalEvent'),
      item(ORDERS_UI.menu.reward, 'orderReward'),
      item(ORDERS_UI.menu.municipalInfo, 'makeMunicipalInfo'),
      item(ORDERS_UI.menu.plans, 'makePlans'),
      item(ORDERS_UI.menu.agreements, 'makeAgreements'),
      item(ORDERS_UI.menu.letters, 'makeLetters'),
      item(ORDERS_UI.menu.partnerLetters, 'makePartnerLetters'),
      item(ORDERS_UI.menu.parentLetters, 'makeParentLetters'),
      item(ORDERS_UI.menu.certificates, 'makeCertificates'),
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
] as const satisfies readonly (Item | Group)[];

type Entry = (typeof MENU)[number];
/** The name of every function the menu calls. */
export type MenuFn = Extract<Entry, { fn: string }>['fn'] | Extract<Entry, { items: unknown }>['items'][number]['fn'];

/** A menu function's caption, for buttons that run the same job. */
export function captionOf(fn: MenuFn): string {
  for (const entry of MENU) {
    if ('fn' in entry) {
      if (entry.fn === fn) return entry.caption;
    } else {
      const found = entry.items.find((i) => i.fn === fn);
      if (found) return found.caption;
    }
  }
  throw new Error(`menu: no item calls ${fn}`);
}

/**
 * Builds the add-on menu «Наставничество». Runs in AuthMode.NONE when the add-on is not yet used in
 * this document: it only builds the menu — no properties, no sheets.
 */
export function buildMenu(): void {
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

/** The sidebar (build/Sidebar.html). */
export function showSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(BASES_UI.sidebarTitle);
  SpreadsheetApp.getUi().showSidebar(html);
}
