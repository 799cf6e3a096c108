/**
 * «Импорт»: a list pasted on a sheet of this spreadsheet goes into a base — choose the base and the
 * sheet, check where each column goes, preview, load; the last import can be undone.
 */
import type { BaseName } from '../../domain/bases/schema';
import { BASE_TITLE } from '../../domain/bases/messages';
import { HOME, IMPORT_PANEL } from '../../domain/home/messages';
import { actionButton } from '../actions';
import type { App, Panel } from '../app';
import { h } from '../dom';
import { call } from '../server';
import { refreshWith } from './common';

type Proposal = Awaited<ReturnType<typeof call<'proposeImport'>>>;
type Preview = Awaited<ReturnType<typeof call<'previewImport'>>>;

const select = (id: string, label: string, options: { value: string; text: string }[], selected?: string) => {
  const s = h('select', { id });
  for (const o of options) s.append(h('option', { value: o.value, selected: o.value === selected }, o.text));
  return { el: h('div', {}, h('label', { for: id }, label), s), select: s };
};

function previewView(p: Preview): HTMLElement {
  return h('div', { class: 'card', id: 'import-preview' },
    h('div', {}, p.message),
    p.reasons.length ? h('div', { class: 'muted' }, IMPORT_PANEL.reasons) : null,
    p.reasons.length ? h('ul', { class: 'sub' }, ...p.reasons.map((r) => h('li', { class: 'row' }, h('span', {}, r.reason), h('span', { class: 'figure' }, r.count)))) : null);
}

function mappingView(app: App, proposal: Proposal, box: HTMLElement): void {
  const selects = proposal.columns.map((c) => {
    const id = `map-${c.column}`;
    const s = h('select', { id, 'aria-describedby': `${id}-samples` },
      h('option', { value: '' }, IMPORT_PANEL.skip),
      ...proposal.targets.map((t) => h('option', { value: t.key, selected: t.key === c.target }, t.label)));
    box.append(h('div', { class: 'mapping' },
      h('label', { for: id }, h('span', { translate: 'no' }, c.header || '—')),
      s,
      h('div', { class: 'muted sub', id: `${id}-samples`, translate: 'no' }, c.samples.filter(Boolean).join(' · '))));
    return s;
  });
  const mapping = () => selects.map((s) => s.value || null);
  const result = h('div', {});
  box.append(
    h('div', { class: 'actions' },
      actionButton({ id: 'import-preview-run', label: IMPORT_PANEL.preview, run: async () => {
        result.replaceChildren(previewView(await call('previewImport', proposal.sheetName, proposal.base, mapping())));
      } }),
      actionButton({ id: 'import-apply', label: IMPORT_PANEL.apply, primary: true,
        run: async () => (await call('applyImport', proposal.sheetName, proposal.base, mapping())).message,
        after: refreshWith(app) })),
    result);
}

export const importPanel: Panel = {
  id: 'import',
  async render(root, app) {
    root.append(h('p', { class: 'muted' }, IMPORT_PANEL.intro));
    const sources = await call('getImportSources');
    if (!app.isOpen('import')) return;
    if (sources.sheets.length === 0) {
      root.append(h('p', { class: 'card', id: 'import-empty' }, IMPORT_PANEL.noSheets));
      const again = h('button', { type: 'button', class: 'link' }, HOME.refresh);
      again.addEventListener('click', () => app.show('import'));
      root.append(again);
    } else {
      const base = select('import-base', IMPORT_PANEL.base, (['mentees', 'mentors'] as BaseName[]).map((b) => ({ value: b, text: BASE_TITLE[b] })));
      const sheet = select('import-sheet', IMPORT_PANEL.source, sources.sheets.map((s) => ({ value: s, text: s })));
      const mapping = h('div', { id: 'import-mapping' });
      root.append(base.el, sheet.el, h('div', { class: 'actions' }, actionButton({
        id: 'import-propose',
        label: IMPORT_PANEL.propose,
        run: async () => {
          const proposal = await call('proposeImport', sheet.select.value, base.select.value as BaseName);
          mapping.replaceChildren(h('p', {}, IMPORT_PANEL.columns(proposal.rows, proposal.headerRow)));
          mappingView(app, proposal, mapping);
        },
      })), mapping);
    }
    if (sources.canUndo) {
      // When imported people are already in pairs or documents, the server asks first: the answer is a second button.
      const confirm = h('div', { id: 'import-undo-confirm' });
      let asked = false;
      root.append(h('div', { class: 'actions' }, actionButton({
        id: 'import-undo',
        label: IMPORT_PANEL.undo,
        run: async () => {
          const r = await call('undoImport');
          asked = r.needsConfirm === true;
          if (asked) {
            confirm.replaceChildren(actionButton({
              id: 'import-undo-force', label: IMPORT_PANEL.undoAnyway,
              run: async () => (await call('undoImport', true)).message, after: refreshWith(app),
            }));
          }
          return r.message;
        },
        after: async (message) => (asked ? undefined : refreshWith(app)(message)),
      }), confirm));
    }
  },
};
