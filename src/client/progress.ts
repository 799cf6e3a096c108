/**
 * A progress bar for long jobs. The figures come from the server's recorded progress (kept in the
 * Sheet or the document's properties), so a job left half-way shows where it stopped.
 */
import { h } from './dom';
import { HOME } from '../domain/home/messages';

/** What a server progress function returns. */
export interface JobProgress {
  done: number;
  total: number;
  finished: boolean;
  /** Russian summary, when the job has one. */
  message?: string;
}

export interface ProgressBar {
  el: HTMLElement;
  /** Unknown length: the bar moves without figures. */
  indeterminate(): void;
  set(done: number, total: number): void;
}

export function progressBar(label: string): ProgressBar {
  const fill = h('div', { class: 'fill' });
  const bar = h('div', { class: 'progress', role: 'progressbar', 'aria-label': label, 'aria-valuemin': 0 }, fill);
  const text = h('div', { class: 'progress-text muted' });
  const el = h('div', { class: 'progress-box' }, bar, text);
  return {
    el,
    indeterminate() {
      bar.classList.add('indeterminate');
      bar.removeAttribute('aria-valuenow');
      bar.removeAttribute('aria-valuemax');
      bar.setAttribute('aria-valuetext', label);
      fill.style.width = '';
      text.textContent = '';
    },
    set(done, total) {
      const safeTotal = Math.max(total, 0);
      const safeDone = Math.min(Math.max(done, 0), safeTotal);
      bar.classList.remove('indeterminate');
      bar.setAttribute('aria-valuemax', String(safeTotal));
      bar.setAttribute('aria-valuenow', String(safeDone));
      bar.setAttribute('aria-valuetext', HOME.progress(safeDone, safeTotal));
      fill.style.width = `${safeTotal ? Math.round((safeDone / safeTotal) * 100) : 100}%`;
      text.textContent = HOME.progress(safeDone, safeTotal);
    },
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Polls a progress function until the job is finished (the server runs it in chunks, by itself on a
 * trigger or when asked). Leaving the panel stops the polling (`alive` turns false); the record
 * stays on the server, so the bar starts from it the next time.
 */
export async function pollProgress(read: () => Promise<JobProgress | null>, bar: ProgressBar, intervalMs = 1500, alive: () => boolean = () => true): Promise<JobProgress | null> {
  for (;;) {
    const p = await read();
    if (!p) return null;
    bar.set(p.done, p.total);
    if (p.finished || !alive()) return p;
    await sleep(intervalMs);
  }
}
