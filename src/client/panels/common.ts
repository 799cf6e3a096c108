/** Pieces several panels show: the runner of the menu's actions, a button that opens a sheet. */
import { runnerOf, type SidebarJob, type StepAction } from '../../domain/home/home';
import type { SidebarAction } from '../../domain/sidebar';
import { actionButton } from '../actions';
import type { App } from '../app';
import { h } from '../dom';
import { call } from '../server';

/** «Подготовить таблицу», «Проверить базы»: runs, then redraws with fresh figures. */
export const runButton = (app: App, action: SidebarAction, label: string, primary = false) =>
  actionButton({
    id: action,
    label,
    primary,
    run: async () => (await call('runAction', action)).message,
    after: refreshWith(app),
  });

/** After a job that changed the Sheet: fresh figures, and its result on top of the redrawn panel. */
export const refreshWith = (app: App) => async (message: string) => {
  await app.refresh();
  app.notice(message);
};

/** A job of another feature (roadmap, life of pairs): its result under the button, figures redrawn. */
export const jobButton = (app: App, job: SidebarJob, label: string, primary = false) =>
  actionButton({ id: `job-${job}`, label, primary, run: () => call(runnerOf(job), job), after: refreshWith(app) });

export const sheetButton = (sheet: string, label: string, id?: string) =>
  actionButton({ id, label, run: () => call('showSheet', sheet) });

/** The button of a «Что дальше» step. */
export function stepButton(app: App, a: StepAction, id: string): HTMLElement {
  if (a.kind === 'run') return runButton(app, a.action, a.label, true);
  if (a.kind === 'job') return jobButton(app, a.job, a.label, true);
  if (a.kind === 'sheet') return sheetButton(a.sheet, a.label, id);
  const b = h('button', { type: 'button', id, class: 'link' }, a.label);
  b.addEventListener('click', () => app.show(a.panel));
  return h('div', { class: 'action' }, b);
}
