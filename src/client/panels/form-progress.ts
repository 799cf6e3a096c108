/**
 * «Кто не ответил» on the forms panel: per questionnaire how many of those expected answered, who has
 * not (personal links with QR codes), a reminder to copy, and reminders by e-mail after a preview.
 */
import { BASES_UI } from '../../domain/bases/messages';
import { FORMS_PANEL } from '../../domain/home/messages';
import { actionButton } from '../actions';
import type { App } from '../app';
import { h } from '../dom';
import { call } from '../server';
import { linkWithQr } from './form-links';

type View = Awaited<ReturnType<typeof call<'getFormProgress'>>>;
type FormView = View['forms'][number];
type Preview = Awaited<ReturnType<typeof call<'getReminderPreview'>>>;

/** Copies through a selected textarea: the sidebar's frame may not be given the clipboard API. */
function copyButton(area: HTMLTextAreaElement, id: string): HTMLElement {
  return actionButton({
    id, label: FORMS_PANEL.copy,
    run: async () => {
      area.select();
      try {
        await navigator.clipboard.writeText(area.value);
      } catch {
        document.execCommand('copy');
      }
      return FORMS_PANEL.copied;
    },
  });
}

function previewBox(p: Preview): HTMLElement {
  return h('div', { class: 'sub', id: 'reminder-preview' },
    h('p', {}, p.mails.length ? FORMS_PANEL.preview(p.mails.length, p.quota) : FORMS_PANEL.previewNone),
    p.already ? h('p', {}, FORMS_PANEL.previewAlready(p.already)) : null,
    p.mails.length ? h('ul', {}, ...p.mails.map((m) => h('li', { translate: 'no' }, `${m.fullName} → ${m.to}`))) : null,
    p.mails[0] ? h('details', {}, h('summary', {}, FORMS_PANEL.previewLetter), h('pre', { class: 'letter' }, `${p.mails[0].subject}\n\n${p.mails[0].body}`)) : null,
    p.unreachable.length ? h('details', {}, h('summary', {}, FORMS_PANEL.unreachable(p.unreachable.length)),
      h('ul', {}, ...p.unreachable.map((u) => h('li', { translate: 'no' }, [u.fullName, u.phone].filter(Boolean).join(', '))))) : null);
}

function formCard(f: FormView): HTMLElement {
  const figures = f.expected === 0 ? FORMS_PANEL.nobodyExpected : f.missing.length === 0 ? FORMS_PANEL.allAnswered : FORMS_PANEL.answered(f.answered, f.expected);
  const card = h('li', { class: 'card', 'data-form': f.key }, h('div', { class: 'row title' }, h('span', {}, f.name)), h('div', { class: 'muted' }, figures));
  if (!f.missing.length) return card;
  const area = h('textarea', { rows: 6, readonly: true, id: `reminder-${f.key}`, translate: 'no' });
  area.value = f.reminder;
  const preview = h('div', {});
  let send: HTMLElement | null = null;
  const mail = actionButton({
    id: `mail-${f.key}`, label: FORMS_PANEL.mail,
    run: async () => {
      const p = await call('getReminderPreview', f.key);
      send?.remove();
      send = p.mails.length ? actionButton({ id: `send-${f.key}`, label: FORMS_PANEL.send(p.mails.length), primary: true, run: () => call('sendFormReminders', f.key) }) : null;
      preview.replaceChildren(previewBox(p), ...(send ? [send] : []));
      return '';
    },
  });
  card.append(
    h('details', { class: 'missing' }, h('summary', {}, FORMS_PANEL.missingList(f.missing.length)),
      h('ul', {}, ...f.missing.map((m) => h('li', {},
        h('div', { translate: 'no' }, `${m.fullName} (${m.code})`),
        m.remind.who === 'parent' ? h('div', { class: 'sub' }, FORMS_PANEL.viaParent(m.remind.name)) : null,
        m.link ? linkWithQr(f.name, m.link, `link-${f.key}-${m.code}`) : null)))),
    h('label', { for: `reminder-${f.key}` }, FORMS_PANEL.reminder), area,
    h('div', { class: 'actions' }, copyButton(area, `copy-${f.key}`), mail), preview);
  return card;
}

/** The section, filled on demand: it reads every response sheet and builds personal links. */
export function formProgress(app: App): HTMLElement {
  const list = h('ul', { id: 'form-progress', class: 'steps' });
  const show = actionButton({
    id: 'show-progress', label: FORMS_PANEL.progressShow,
    run: async () => {
      const v = await call('getFormProgress');
      if (!app.isOpen('forms')) return '';
      list.replaceChildren(...v.forms.map(formCard));
      return BASES_UI.codesAdded(v.codesAdded);
    },
  });
  return h('section', { id: 'progress', 'aria-label': FORMS_PANEL.progress },
    h('h3', {}, FORMS_PANEL.progress), h('p', { class: 'muted' }, FORMS_PANEL.progressHint), show, list);
}
