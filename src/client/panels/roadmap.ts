/** «Дорожная карта»: its next steps with deadlines and who does them; create it, refresh its statuses. */
import { HOME, ROADMAP_PANEL } from '../../domain/home/messages';
import { ROADMAP_UI } from '../../domain/roadmap/messages';
import { ROADMAP } from '../../domain/roadmap/schema';
import type { Panel } from '../app';
import { h, ruDate } from '../dom';
import { call } from '../server';
import { jobButton, sheetButton } from './common';

export const roadmapPanel: Panel = {
  id: 'roadmap',
  async render(root, app) {
    if (!app.home?.roadmap) {
      root.append(h('p', { class: 'card', id: 'roadmap-missing' }, ROADMAP_PANEL.missing),
        h('div', { class: 'actions' }, jobButton(app, 'createRoadmap', ROADMAP_UI.menu.create, true)));
      return;
    }
    const steps = await call('getRoadmapNext');
    if (!app.isOpen('roadmap')) return;
    root.append(h('h3', {}, HOME.next), steps.length
      ? h('ol', { class: 'steps', id: 'roadmap-next' }, ...steps.map((s) => h('li', { class: 'card' },
        h('div', {}, s.text),
        h('div', { class: 'muted' }, s.stage),
        s.responsible ? h('div', { class: 'muted' }, ROADMAP_PANEL.responsible(s.responsible)) : null,
        s.due ? h('div', { class: s.status === 'просрочено' ? 'error-text' : 'muted' },
          (s.status === 'просрочено' ? HOME.overdue : HOME.due)(ruDate(s.due))) : null)))
      : h('p', { class: 'muted' }, ROADMAP_UI.nextEmpty));
    root.append(h('div', { class: 'actions' },
      jobButton(app, 'refreshRoadmap', ROADMAP_UI.menu.refresh),
      sheetButton(ROADMAP.sheet, HOME.openSheet(ROADMAP.sheet), 'open-roadmap')));
  },
};
