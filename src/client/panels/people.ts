/** «Персональные данные»: a participant's consent withdrawn by their code; the answer says where their data still is. */
import { PEOPLE_PANEL } from '../../domain/home/messages';
import { actionButton } from '../actions';
import type { Panel } from '../app';
import { h } from '../dom';
import { call } from '../server';
import { refreshWith } from './common';

export const peoplePanel: Panel = {
  id: 'people',
  render(root, app) {
    const code = h('input', { id: 'person-code', type: 'text', autocomplete: 'off', placeholder: PEOPLE_PANEL.codeHint });
    root.append(
      h('p', { class: 'muted' }, PEOPLE_PANEL.intro),
      h('label', { for: 'person-code' }, PEOPLE_PANEL.code),
      code,
      h('div', { class: 'actions' }, actionButton({
        id: 'withdraw',
        label: PEOPLE_PANEL.withdraw,
        run: async () => (await call('withdrawConsentFor', code.value.trim())).message,
        after: refreshWith(app),
      })),
    );
  },
};
