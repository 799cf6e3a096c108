import { BASES_UI } from '../../domain/bases/messages';
import { UserError } from '../../domain/errors';
import { HOME } from '../../domain/home/messages';

/**
 * Menu items: a known problem becomes a Russian alert; anything else is shown as a Russian
 * apology and rethrown, so Executions logs it with its stack.
 */
export function runForUser<T>(job: () => T, lock = true): T | undefined {
  try {
    return lock ? withDocumentLock(job) : job();
  } catch (e) {
    const ui = SpreadsheetApp.getUi();
    if (e instanceof UserError) {
      ui.alert(BASES_UI.menu.title, e.message, ui.ButtonSet.OK);
      return undefined;
    }
    ui.alert(BASES_UI.menu.title, serviceText(e) ?? BASES_UI.unexpected, ui.ButtonSet.OK);
    throw e;
  }
}

/**
 * A refusal of a Google service (a protected cell, a deleted file) is an `Exception` whose message
 * is already in the user's language: the curator sees it rather than a bare «Что-то пошло не так».
 */
function serviceText(e: unknown): string | null {
  const err = e as { name?: unknown; message?: unknown } | null;
  return err && err.name === 'Exception' && typeof err.message === 'string' && err.message ? BASES_UI.serviceRefused(err.message) : null;
}

/**
 * Sidebar calls (google.script.run): the failure handler receives a Russian message, never a stack.
 * Unknown errors are logged for Executions first.
 */
export function runForSidebar<T>(job: () => T, lock = true): T {
  try {
    return lock ? withDocumentLock(job) : job();
  } catch (e) {
    if (e instanceof UserError) throw new Error(e.message, { cause: e });
    console.error(e);
    throw new Error(serviceText(e) ?? BASES_UI.unexpected, { cause: e });
  }
}

/** Jobs that change the Sheet run one at a time per document. */
export function withDocumentLock<T>(job: () => T): T {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(10_000)) throw new UserError(BASES_UI.busy);
  try {
    return job();
  } finally {
    lock.releaseLock();
  }
}

/** A text the curator types into a prompt (trimmed), or null when they cancel. Never under the document lock. */
export function ask(title: string, prompt: string): string | null {
  const ui = SpreadsheetApp.getUi();
  const r = ui.prompt(title, prompt, ui.ButtonSet.OK_CANCEL);
  return r.getSelectedButton() === ui.Button.OK ? r.getResponseText().trim() : null;
}

export function toast(message: string): void {
  SpreadsheetApp.getActive().toast(message, BASES_UI.menu.title, 8);
}

/**
 * Who is running the job, for «Журнал» and the registries. The add-on does not ask for the
 * userinfo.email scope (least privilege), so the e-mail is often unknown: then «куратор».
 */
export function currentUser(): string {
  try {
    return Session.getActiveUser().getEmail() || BASES_UI.unknownUser;
  } catch {
    return BASES_UI.unknownUser;
  }
}

type Book = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** A capability's jobs the sidebar runs by name: each takes the Sheet and returns its Russian result. */
export type Jobs<J extends string> = Readonly<Record<J, (book: Book) => string>>;

/**
 * Sidebar: one of a capability's jobs, by name; a name that is not one of them is refused. `lock`
 * false: the job asks the curator first and takes the document lock itself (never across a dialog).
 */
export function runSidebarJob<J extends string>(jobs: Jobs<J>, job: string, lock = true): string {
  return runForSidebar(() => {
    if (!Object.prototype.hasOwnProperty.call(jobs, job)) throw new UserError(HOME.unknownJob);
    return jobs[job as J](SpreadsheetApp.getActive());
  }, lock);
}

/** Menu: a job whose result is told in a toast; `lock` false for a job that asks first and locks itself. */
export const menuJob = (job: (book: Book) => string, lock = true) => (): void => {
  runForUser(() => toast(job(SpreadsheetApp.getActive())), lock);
};
