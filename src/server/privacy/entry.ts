/**
 * What Apps Script calls for a participant's personal data («Данные»): the menu items (a
 * participant's code asked with ui.prompt, erasure confirmed with YES/NO) and the sidebar's calls.
 */
import { aboutHtml } from '../../domain/privacy/about';
import { ABOUT, PRIVACY_MENU, PRIVACY_UI } from '../../domain/privacy/messages';
import { BASES_UI } from '../../domain/bases/messages';
import { ask, runForSidebar, runForUser, toast } from '../ui/run';
import { checkRetention, exportParticipant } from './person-data';
import { erasePreview, eraseParticipant } from './erase';
import { withdrawConsent, withdrawMarked } from './withdraw';

const book = () => SpreadsheetApp.getActive();

function tell(message: string): void {
  const ui = SpreadsheetApp.getUi();
  ui.alert(BASES_UI.menu.title, message, ui.ButtonSet.OK);
}

// Questions are asked before the document lock is taken and answers told after it is released:
// a dialog left open must not hold back the form answers that arrive meanwhile.

/** Menu «Данные → Отозвать согласие…». */
export function askWithdrawConsent(): void {
  const code = ask(PRIVACY_MENU.withdraw, PRIVACY_UI.askWithdrawCode);
  if (code === null) return;
  const message = runForUser(() => (code ? withdrawConsent(book(), code) : withdrawMarked(book())).message);
  if (message) tell(message);
}

/** Menu «Данные → Удалить данные участника…»: shows where the data is and asks YES/NO first. */
export function askEraseParticipant(): void {
  const code = ask(PRIVACY_MENU.erase, PRIVACY_UI.askCode);
  if (!code) return;
  const preview = runForUser(() => erasePreview(book(), code));
  if (!preview) return;
  const ui = SpreadsheetApp.getUi();
  const sure = ui.alert(PRIVACY_MENU.erase, preview.message, ui.ButtonSet.YES_NO);
  if (sure !== ui.Button.YES) return toast(PRIVACY_UI.cancelled);
  const message = runForUser(() => eraseParticipant(book(), code).message);
  if (message) tell(message);
}

/** Menu «Данные → Выгрузить данные участника…». */
export function askExportParticipant(): void {
  const code = ask(PRIVACY_MENU.exportPerson, PRIVACY_UI.askCode);
  if (!code) return;
  runForUser(() => {
    const result = exportParticipant(book(), code);
    book().getSheetByName(result.sheet)?.activate();
    toast(result.message);
  });
}

/** Menu «Данные → Проверить сроки хранения». */
export function checkRetentionPeriods(): void {
  runForUser(() => {
    const result = checkRetention(book());
    if (result.found) book().getSheetByName(PRIVACY_UI.retentionSheet)?.activate();
    toast(result.message);
  });
}

/** Menu «Данные → О персональных данных». */
export function showPrivacyInfo(): void {
  const html = HtmlService.createHtmlOutput(aboutHtml()).setWidth(600).setHeight(560);
  SpreadsheetApp.getUi().showModalDialog(html, ABOUT.title);
}

/** Sidebar: a participant's consent withdrawn; with no code, the pairs of everyone marked «отозвано» in the bases end. */
export function withdrawConsentFor(code?: string): { message: string; places: string[] } {
  return runForSidebar(() => (String(code ?? '').trim() ? withdrawConsent(book(), String(code)) : withdrawMarked(book())));
}
