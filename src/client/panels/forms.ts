/**
 * «Анкеты»: the questionnaires created and kept up, each form's link with its QR code, and a
 * participant's personal pre-filled links (their code and name already in) with QR codes.
 */
import { FORMS_UI } from '../../domain/forms/messages';
import { FORMS_PANEL } from '../../domain/home/messages';
import type { Panel } from '../app';
import { h } from '../dom';
import { call } from '../server';
import { jobButton, sheetButton } from './common';
import { linkWithQr } from './form-links';
import { formProgress } from './form-progress';

export const formsPanel: Panel = {
  id: 'forms',
  async render(root, app) {
    const links = await call('getFormLinks');
    if (!app.isOpen('forms')) return;
    if (links.forms.length === 0) {
      root.append(h('p', { class: 'card', id: 'forms-missing' }, FORMS_UI.noForms));
    } else {
      root.append(h('h3', {}, FORMS_PANEL.forms), h('ul', { id: 'form-links' }, ...links.forms.map((f) =>
        h('li', { class: 'card' }, linkWithQr(f.name, f.url, `form-${f.key}`), h('div', { class: 'muted' }, FORMS_PANEL.version(f.version)),
          f.sheet ? sheetButton(f.sheet, FORMS_PANEL.answers(f.sheet), `answers-${f.key}`) : null,
          f.problem ? h('div', { class: 'status error', role: 'alert', id: `form-${f.key}-problem` }, f.problem) : null))));
      const people = links.people.filter((p) => p.links.length);
      if (people.length) {
        const select = h('select', { id: 'person' }, h('option', { value: '' }, FORMS_PANEL.choose),
          ...people.map((p, i) => h('option', { value: String(i), translate: 'no' }, `${p.fullName} (${p.code})`)));
        const personal = h('ul', { id: 'personal-links' });
        select.addEventListener('change', () => {
          const p = people[Number(select.value)];
          personal.replaceChildren(...(select.value && p ? p.links.map((l) => h('li', { class: 'card' }, linkWithQr(l.name, l.url, `personal-${l.key}`))) : []));
        });
        root.append(h('h3', {}, FORMS_PANEL.personal), h('p', { class: 'muted' }, FORMS_PANEL.personalHint),
          h('label', { for: 'person' }, FORMS_PANEL.person), select, personal);
      }
    }
    if (links.forms.length) root.append(formProgress(app));
    root.append(h('h3', {}, FORMS_PANEL.setup), h('div', { class: 'actions' },
      jobButton(app, 'createForms', FORMS_UI.menu.create, links.forms.length === 0 || links.forms.some((f) => f.problem)),
      jobButton(app, 'installFormTrigger', FORMS_UI.menu.trigger),
      jobButton(app, 'loadFormAnswers', FORMS_UI.menu.load),
      jobButton(app, 'refreshPreferenceLists', FORMS_UI.menu.refresh)));
  },
};
