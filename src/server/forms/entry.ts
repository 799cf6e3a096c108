/** Menu «Анкеты», the sidebar's links and the answer trigger, as index.ts exports them. */
import type { FormLinks } from '../../domain/forms/links';
import { FORMS_UI } from '../../domain/forms/messages';
import { BASES_UI } from '../../domain/bases/messages';
import { createQuestionnaires, formLinks, installAnswerTrigger, loadAnswers, refreshPreferenceChoices } from './questionnaires';
import { runForSidebar, runForUser, toast } from '../ui/run';

export { onFormSubmitAnswer } from './trigger';

/** Menu «Создать анкеты». */
export function createForms(): void {
  runForUser(() => toast(createQuestionnaires(SpreadsheetApp.getActive()).message));
}

/** Menu «Создать новые версии анкет»: asks first. */
export function createFormsNewVersion(): void {
  const ui = SpreadsheetApp.getUi();
  if (ui.alert(BASES_UI.menu.title, FORMS_UI.newVersionAsk, ui.ButtonSet.YES_NO) !== ui.Button.YES) {
    toast(FORMS_UI.newVersionCancelled);
    return;
  }
  runForUser(() => toast(createQuestionnaires(SpreadsheetApp.getActive(), true).message));
}

/** Menu «Включить приём ответов». */
export function installFormTrigger(): void {
  runForUser(() => toast(installAnswerTrigger(SpreadsheetApp.getActive())));
}

/** Menu «Загрузить ответы». */
export function loadFormAnswers(): void {
  runForUser(() => toast(loadAnswers(SpreadsheetApp.getActive())));
}

/** Menu «Обновить списки в анкете предпочтений». */
export function refreshPreferenceLists(): void {
  runForUser(() => toast(refreshPreferenceChoices(SpreadsheetApp.getActive())));
}

/** Sidebar: each form's links and personal pre-filled links per participant (plain JSON). */
export function getFormLinks(): FormLinks {
  return runForSidebar(() => formLinks(SpreadsheetApp.getActive()));
}
