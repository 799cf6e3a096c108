/**
 * What an execution may call, by its AuthMode and whether it has a UI. Checked at every counted
 * service call (Calls.gate), so no service has to know about executions.
 *
 * Sources, with Apps Script's texts:
 * - No UI (installable triggers): «Cannot call SpreadsheetApp.getUi() from this context.» —
 *   github.com/benlcollins/SheetSizer/issues/1, github.com/LesterCovax/crypto-sheets/issues/50.
 * - A simple trigger calling a service that needs a scope: «You do not have permission to call
 *   ScriptApp.getProjectTriggers. Required permissions: https://www.googleapis.com/auth/script.scriptapp» —
 *   github.com/diegomanuel/binance-to-google-sheets/issues/106; a sidebar from a simple onOpen: «You do not
 *   have permission to call Ui.showSidebar. Required permissions: https://www.googleapis.com/auth/script.container.ui» —
 *   github.com/oshliaer/google-apps-script-snippets/issues/18; the rule itself:
 *   https://developers.google.com/apps-script/guides/triggers#restrictions («They cannot access services that
 *   require authorization… They can modify the file they are bound to»).
 * - AuthMode.NONE «does not allow access to any services that require authorization»
 *   (https://developers.google.com/apps-script/reference/script/auth-mode); properties do not work there (the
 *   reference's own onOpen sample); the call fails with «Authorization is required to perform that action.» —
 *   github.com/googleworkspace/apps-script-samples/issues/175.
 * What a mode allows beyond these lists is not known here: it throws «not emulated».
 */
import { SHEETS_CLASSES } from './calls';
import { AppsScriptException, NotEmulated } from './errors';
import type { Execution } from './execution';
import { FORMS_CLASSES } from './forms';

const SCOPE = 'https://www.googleapis.com/auth/';
const DOCS_CLASSES = ['DocumentApp', 'Document', 'Body', 'Paragraph', 'ListItem', 'Text', 'Table', 'TableRow', 'TableCell'];
const DRIVE_CLASSES = ['DriveApp', 'Folder', 'File', 'FolderIterator', 'FileIterator'];
const TRIGGER_CLASSES = ['TriggerBuilder', 'ClockTriggerBuilder', 'SpreadsheetTriggerBuilder', 'FormTriggerBuilder', 'Trigger'];

/** The scope a call needs, for the services that need one beyond the bound document. */
function scopeOf(cls: string, call: string): string | undefined {
  if ((FORMS_CLASSES as readonly string[]).includes(cls)) return `${SCOPE}forms`;
  if (DOCS_CLASSES.includes(cls)) return `${SCOPE}documents`;
  if (DRIVE_CLASSES.includes(cls)) return `${SCOPE}drive`;
  if (cls === 'MailApp') return `${SCOPE}script.send_mail`;
  if (TRIGGER_CLASSES.includes(cls) || /^ScriptApp\.(newTrigger|getProjectTriggers|getUserTriggers|deleteTrigger)$/.test(call)) {
    return `${SCOPE}script.scriptapp`;
  }
  if (/^Ui\.(show|alert|prompt)/.test(call)) return `${SCOPE}script.container.ui`;
  return undefined;
}

/**
 * Calls that need no authorization at all: menus, formatting helpers, logs, the locale, and HtmlService (no
 * scope on its reference page; works with no UI: Google's Form Notifications add-on reads its HTML files in
 * its installable onFormSubmit trigger — github.com/googleworkspace/apps-script-samples, forms/notifications/notification.gs).
 */
const FREE = [/^SpreadsheetApp\.getUi$/, /^Ui\.create(Addon)?Menu$/, /^Menu\./, /^Utilities\./, /^Logger\./,
  /^Session\.(getActiveUserLocale|getScriptTimeZone)$/, /^(HtmlService|HtmlOutput|HtmlTemplate)\./];
/** What a simple trigger may touch besides: the bound spreadsheet, its properties, locks and cache. */
const BOUND = [...SHEETS_CLASSES, 'PropertiesService', 'Properties', 'LockService', 'Lock', 'CacheService', 'Cache'];

export function checkAccess(ex: Execution, call: string): void {
  const cls = call.slice(0, call.indexOf('.'));
  if (!ex.ui && call === 'SpreadsheetApp.getUi') throw new AppsScriptException('Cannot call SpreadsheetApp.getUi() from this context.');
  if (ex.authMode === 'FULL') return;
  if (FREE.some((re) => re.test(call))) return;
  const scope = scopeOf(cls, call);
  if (ex.authMode === 'NONE') {
    if (scope && !call.startsWith('Ui.')) throw new AppsScriptException('Authorization is required to perform that action.');
    if ((BOUND as readonly string[]).includes(cls) && !/^(LockService|Lock|CacheService|Cache)$/.test(cls)) {
      throw new AppsScriptException('Authorization is required to perform that action.');
    }
  } else if ((BOUND as readonly string[]).includes(cls)) {
    return;
  }
  if (scope) throw new AppsScriptException(`You do not have permission to call ${call}. Required permissions: ${scope}`);
  throw new NotEmulated(`${call} in AuthMode.${ex.authMode} (${ex.kind})`);
}
