/**
 * A button that runs something on the server, with its own status line right under it: busy with a
 * progress bar, then the Russian result — or the Russian error (role=alert) next to the action that
 * failed. The button is enabled again either way, so the panel stays usable after an error.
 */
import { h } from './dom';
import { HOME } from '../domain/home/messages';
import { progressBar, type ProgressBar } from './progress';

export interface ActionOptions {
  label: string;
  id?: string;
  primary?: boolean;
  /** Does the work; the returned text is shown as the result. */
  run: (bar: ProgressBar) => Promise<string | void>;
  /** Called after a success, e.g. to redraw the panel with fresh figures. */
  after?: (message: string) => void | Promise<void>;
}

/** Only Russian text reaches the curator: a message without Cyrillic is a raw technical error. */
export function errorText(e: unknown): string {
  const message = (e as { message?: unknown } | null)?.message;
  const raw = typeof message === 'string' ? message : typeof e === 'string' ? e : '';
  // Apps Script may prefix the server's message with the error's kind.
  const text = raw.replace(/^(Error|Exception|ScriptError|TypeError):\s*/, '');
  return /[а-яё]/i.test(text) ? text : HOME.failedToReach;
}

let running = 0;

/** While a job runs, the other actions wait: two jobs must not change the Sheet at once. */
function lockActions(lock: boolean): void {
  running += lock ? 1 : -1;
  document.querySelectorAll<HTMLButtonElement>('button[data-runs]').forEach((b) => (b.disabled = running > 0));
}

export function actionButton(o: ActionOptions): HTMLElement {
  const button = h('button', { type: 'button', id: o.id, class: o.primary ? 'primary' : undefined, 'data-runs': true }, o.label);
  button.disabled = running > 0;
  const status = h('div', { class: 'status', role: 'status', 'aria-live': 'polite', id: o.id ? `${o.id}-status` : undefined });
  const box = h('div', { class: 'action' }, button, status);
  button.addEventListener('click', () => void go());

  async function go(): Promise<void> {
    const bar = progressBar(o.label);
    bar.indeterminate();
    status.className = 'status busy';
    status.setAttribute('role', 'status');
    status.replaceChildren(h('div', {}, HOME.busy(o.label)), bar.el);
    lockActions(true);
    let message: string;
    try {
      message = (await o.run(bar)) ?? '';
    } catch (e) {
      status.className = 'status error';
      status.setAttribute('role', 'alert');
      status.replaceChildren(errorText(e));
      button.focus();
      return;
    } finally {
      lockActions(false);
    }
    status.className = 'status ok';
    status.replaceChildren(message);
    await o.after?.(message);
  }
  return box;
}
