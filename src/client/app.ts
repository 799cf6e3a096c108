/** The sidebar's frame: one panel at a time, «Обзор» first, every other panel one click away. */
import type { Home } from '../domain/home/home';
import { HOME, PANEL_TITLE, type PanelId } from '../domain/home/messages';
import { errorText } from './actions';
import { byId, h } from './dom';
import { call } from './server';

export interface App {
  /** The last «Обзор» data, or null before the first answer. */
  home: Home | null;
  /** The panels this sidebar offers, «Обзор» first. */
  panels: PanelId[];
  show(panel: PanelId): void;
  /** Re-reads «Обзор» from the server and redraws the open panel. */
  refresh(): Promise<void>;
  /** A result shown at the top of the open panel. */
  notice(text: string): void;
  /** False once the panel that asked has been left: long loops stop. */
  isOpen(panel: PanelId): boolean;
}

export interface Panel {
  id: PanelId;
  render(root: HTMLElement, app: App): void | Promise<void>;
}

export function startApp(panels: Panel[]): App {
  let current: PanelId = 'overview';
  let generation = 0;
  const root = byId('panel');

  const app: App = {
    home: null,
    panels: panels.map((p) => p.id),
    show(id) {
      current = id;
      // «Обзор» is always drawn from fresh figures: other panels may have changed the Sheet.
      void (id === 'overview' ? load().then((ok) => draw(ok)) : draw(true));
    },
    async refresh() {
      if (await load()) await draw(false);
    },
    notice(text) {
      byId('message').replaceChildren(text ? h('div', { class: 'status ok', role: 'status' }, text) : '');
    },
    isOpen: (id) => current === id,
  };

  async function load(): Promise<boolean> {
    try {
      app.home = await call('getHome');
      header();
      return true;
    } catch (e) {
      byId('message').replaceChildren(h('div', { class: 'status error', role: 'alert' }, errorText(e)));
      return false;
    }
  }

  function header(): void {
    const o = app.home?.overview;
    byId('school').textContent = !o ? HOME.loading
      : !o.ready ? HOME.notReady
      : [o.organisation, o.schoolYear && HOME.schoolYear(o.schoolYear)].filter(Boolean).join(' · ');
  }

  async function draw(moved: boolean): Promise<void> {
    const mine = ++generation;
    const panel = panels.find((p) => p.id === current) ?? panels[0]!;
    if (moved) app.notice('');
    const body = h('div', { class: 'panel-body' });
    const title = h('h2', { id: 'panel-title', tabindex: -1 }, PANEL_TITLE[panel.id]);
    const top = panel.id === 'overview' ? [title]
      : [navBack(), title];
    root.replaceChildren(...top, body);
    root.dataset.panel = panel.id;
    await panel.render(body, app);
    if (moved && mine === generation) title.focus();
  }

  function navBack(): HTMLElement {
    const b = h('button', { type: 'button', class: 'link back', id: 'back' }, HOME.back);
    b.addEventListener('click', () => app.show('overview'));
    return b;
  }

  byId('school').textContent = HOME.loading;
  void app.refresh();
  return app;
}
