/** «Обзор»: school year, roadmap stage, counts, «Что дальше», and the way to every other panel. */
import { HOME, PANEL_TITLE, STAGES } from '../../domain/home/messages';
import type { App, Panel } from '../app';
import { h, row, ruDate } from '../dom';
import { stepButton } from './common';

function stage(app: App): HTMLElement {
  const home = app.home!;
  const steps = h('ol', { class: 'stages', 'aria-hidden': 'true' },
    ...STAGES.map((_t, i) => h('li', { class: i + 1 < home.stage ? 'done' : i + 1 === home.stage ? 'now' : '' })));
  return h('section', { class: 'card', id: 'stage', 'aria-label': HOME.stageLabel(home.stage, home.stageTitle) },
    h('div', { class: 'muted' }, HOME.stage(home.stage)),
    h('strong', {}, home.stageTitle),
    steps);
}

function counts(app: App): HTMLElement | null {
  const o = app.home!.overview;
  if (!o.ready) return h('p', { class: 'card', id: 'counts' }, o.message);
  const people = (b: string) => o.bases.find((x) => x.base === b)?.people ?? 0;
  const consent = o.bases.reduce((n, b) => n + b.withoutConsent, 0);
  const pairs = (app.home!.pairs ?? []).filter((p) => p.count > 0);
  return h('section', { class: 'card', id: 'counts', 'aria-label': HOME.counts },
    row(HOME.mentors, people('mentors'), { 'data-count': 'mentors' }),
    row(HOME.mentees, people('mentees'), { 'data-count': 'mentees' }),
    pairs.length
      ? h('div', { 'data-count': 'pairs' }, h('div', {}, HOME.pairs),
        h('ul', { class: 'sub' }, ...pairs.map((p) => h('li', { class: 'row' }, h('span', {}, p.status), h('span', { class: 'figure' }, p.count)))))
      : row(HOME.pairs, HOME.noPairs, { 'data-count': 'pairs' }),
    row(HOME.withoutConsent, consent, { 'data-count': 'consent', class: consent ? 'row warn' : 'row' }),
    row(HOME.problems, o.problems, { 'data-count': 'problems', class: o.problems ? 'row warn' : 'row' }));
}

function next(app: App): HTMLElement {
  const steps = app.home!.next;
  return h('section', { id: 'next', 'aria-labelledby': 'next-title' },
    h('h3', { id: 'next-title' }, HOME.next),
    steps.length
      ? h('ol', { class: 'steps' }, ...steps.map((s, i) =>
        h('li', { class: 'card' },
          h('div', {}, s.text),
          s.due ? h('div', { class: s.overdue ? 'error-text' : 'muted' }, (s.overdue ? HOME.overdue : HOME.due)(ruDate(s.due))) : null,
          s.action && (s.action.kind !== 'panel' || app.panels.includes(s.action.panel)) ? stepButton(app, s.action, `next-${i + 1}`) : null)))
      : h('p', { class: 'muted' }, HOME.nothingNext));
}

function sections(app: App): HTMLElement {
  const nav = h('nav', { 'aria-labelledby': 'sections-title', id: 'sections' }, h('h3', { id: 'sections-title' }, HOME.sections));
  for (const id of app.panels.filter((p) => p !== 'overview')) {
    const b = h('button', { type: 'button', class: 'nav', 'data-panel': id }, PANEL_TITLE[id]);
    b.addEventListener('click', () => app.show(id));
    nav.append(b);
  }
  return nav;
}

export const overviewPanel: Panel = {
  id: 'overview',
  render(root, app) {
    if (!app.home) return;
    const refresh = h('button', { type: 'button', id: 'refresh', class: 'link' }, HOME.refresh);
    refresh.addEventListener('click', () => void app.refresh());
    root.append(stage(app), counts(app) ?? '', next(app), sections(app), refresh);
  },
};
