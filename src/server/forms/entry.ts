/** What Apps Script calls for «Анкеты»: menu items, the sidebar's jobs and links, the answer trigger. */
import type { FormLinks } from '../../domain/forms/links';
import { FORMS_UI } from '../../domain/forms/messages';
import { BASES_UI } from '../../domain/bases/messages';
import type { JobOf, SidebarJob } from '../../domain/home/home';
import { createQuestionnaires, formLinks, installAnswerTrigger, loadAnswers, refreshPreferenceChoices } from './questionnaires';
import { menuJob, runForSidebar, runForUser, runSidebarJob, toast, type Jobs } from '../ui/run';
import { receiveAnswer, type AnswerEvent } from './trigger';
import { formProgressView, previewReminders, sendReminders, type ProgressView, type ReminderPreview } from './reminders';
import { FORM_KEYS, type FormKey } from '../../domain/forms/schema';
import { UserError } from '../../domain/errors';

/** A questionnaire's key from the sidebar, checked: client input is never trusted. */
const formKey = (key: unknown): FormKey => {
  if (!FORM_KEYS.includes(key as FormKey)) throw new UserError(FORMS_UI.noForms);
  return key as FormKey;
};

const JOBS = {
  createForms: (book) => createQuestionnaires(book).message,
  installFormTrigger: (book) => installAnswerTrigger(book),
  loadFormAnswers: (book) => loadAnswers(book),
  refreshPreferenceLists: (book) => refreshPreferenceChoices(book),
} satisfies Jobs<JobOf<'runFormsJob'>>;

/** The Sheet's installable onFormSubmit trigger (installed once by «Включить приём ответов»). */
export function onFormSubmitAnswer(e?: AnswerEvent): void {
  receiveAnswer(e);
}

/** Menu «Создать анкеты». */
export const createForms = menuJob(JOBS.createForms);

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
export const installFormTrigger = menuJob(JOBS.installFormTrigger);

/** Menu «Загрузить ответы». */
export const loadFormAnswers = menuJob(JOBS.loadFormAnswers);

/** Menu «Обновить списки в анкете предпочтений». */
export const refreshPreferenceLists = menuJob(JOBS.refreshPreferenceLists);

/** Sidebar «Анкеты»: one of the jobs above, with its Russian result. */
export function runFormsJob(job: SidebarJob): string {
  return runSidebarJob(JOBS, job);
}

/** Sidebar: each form's links and personal pre-filled links per participant (plain JSON). */
export function getFormLinks(): FormLinks {
  return runForSidebar(() => formLinks(SpreadsheetApp.getActive()));
}

/** Sidebar «Кто не ответил»: per questionnaire, who of those expected has not answered, with personal links. */
export function getFormProgress(): ProgressView {
  return runForSidebar(() => formProgressView(SpreadsheetApp.getActive()));
}

/** Sidebar: the reminders «Отправить напоминания» would send for one questionnaire, to look at first. */
export function getReminderPreview(key: FormKey): ReminderPreview {
  return runForSidebar(() => previewReminders(SpreadsheetApp.getActive(), formKey(key)));
}

/** Sidebar: sends the reminders for one questionnaire (after the preview). */
export function sendFormReminders(key: FormKey): string {
  return runForSidebar(() => sendReminders(SpreadsheetApp.getActive(), formKey(key)));
}
