/** «Базы участников»: people per base and form, consent, problems; prepare and check. */
import { BASES_UI } from '../../domain/bases/messages';
import { REPORT_SHEET } from '../../domain/bases/summary';
import { HOME } from '../../domain/home/messages';
import type { Panel } from '../app';
import { h, row } from '../dom';
import { runButton, sheetButton } from './common';

export const basesPanel: Panel = {
  id: 'bases',
  render(root, app) {
    const o = app.home?.overview;
    if (o && o.ready) {
      for (const b of o.bases) {
        root.append(h('section', { class: 'card', 'data-base': b.base, 'aria-label': b.title },
          row(b.title, b.people, { class: 'row title' }),
          b.withoutConsent ? row(HOME.withoutConsent, b.withoutConsent, { class: 'row warn' }) : null,
          h('ul', { class: 'sub' }, ...b.byForm.map((f) => h('li', { class: 'row' }, h('span', { translate: 'no' }, f.form), h('span', { class: 'figure' }, f.people))))));
      }
      root.append(h('div', { class: o.problems ? 'card warn' : 'card', id: 'problems' },
        o.problems ? `${HOME.problems}: ${o.problems}` : HOME.noProblems));
    } else if (o) {
      root.append(h('p', { class: 'card' }, o.message));
    }
    root.append(h('div', { class: 'actions' },
      runButton(app, 'prepare', BASES_UI.menu.prepare, !o?.ready),
      runButton(app, 'check', BASES_UI.menu.check, !!o?.ready),
      o && o.ready && o.problems ? sheetButton(REPORT_SHEET, HOME.openSheet(REPORT_SHEET), 'open-report') : null));
  },
};
