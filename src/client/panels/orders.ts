/**
 * «Приказы»: each order in one click (it asks the journal number), and the documents made in
 * batches (plans, agreements, letters, certificates) with a
 * progress bar fed by the server's recorded progress: it survives leaving the panel, and the
 * batch can be resumed from here while the add-on's trigger also carries it on.
 */
import { ORDERS_UI } from '../../domain/orders/messages';
import { REGISTRY } from '../../domain/orders/registry';
import { HOME, ORDERS_PANEL } from '../../domain/home/messages';
import type { SidebarJob } from '../../domain/home/home';
import type { App, Panel } from '../app';
import { h } from '../dom';
import { pollProgress, progressBar } from '../progress';
import { call } from '../server';
import { jobButton, sheetButton } from './common';

const ORDERS: [SidebarJob, string][] = [
  ['orderImplement', ORDERS_UI.menu.implement],
  ['orderCurator', ORDERS_UI.menu.curator],
  ['orderApprove', ORDERS_UI.menu.approve],
  ['orderMentors', ORDERS_UI.menu.mentors],
  ['orderPairs', ORDERS_UI.menu.pairs],
  ['orderPairChanges', ORDERS_UI.menu.pairChanges],
  ['orderAssociation', ORDERS_UI.menu.association],
  ['orderFinalEvent', ORDERS_UI.menu.finalEvent],
  ['orderReward', ORDERS_UI.menu.reward],
  ['makeMunicipalInfo', ORDERS_UI.menu.municipalInfo],
];
const BATCHES: [SidebarJob, string][] = [
  ['makePlans', ORDERS_UI.menu.plans],
  ['makeAgreements', ORDERS_UI.menu.agreements],
  ['makeLetters', ORDERS_UI.menu.letters],
  ['makePartnerLetters', ORDERS_UI.menu.partnerLetters],
  ['makeParentLetters', ORDERS_UI.menu.parentLetters],
  ['makeCertificates', ORDERS_UI.menu.certificates],
];

/** The running batch, if any: the bar, and polling while the panel stays open. */
async function batchBox(app: App, root: HTMLElement): Promise<void> {
  const first = await call('getOrdersProgress');
  if (!first.running || !app.isOpen('orders')) return;
  const bar = progressBar(first.title);
  const text = h('div', { id: 'batch-text' }, first.message);
  bar.set(first.done, first.total);
  root.prepend(h('section', { class: 'card', id: 'batch', 'aria-label': ORDERS_PANEL.running }, text, bar.el,
    h('p', { class: 'sub', id: 'batch-later' }, ORDERS_PANEL.later),
    h('div', { class: 'actions' }, jobButton(app, 'resumeDocuments', ORDERS_PANEL.resumeNow, true))));
  let known = first;
  const end = await pollProgress(async () => {
    // A poll may meet the running chunk's lock («Таблицу сейчас меняет…»): keep the last figures and ask again.
    const p = await call('getOrdersProgress').catch(() => known);
    if (p.running) {
      known = p;
      text.textContent = p.message;
    }
    return { done: p.done, total: p.total, finished: !p.running, message: p.message };
  }, bar, ORDERS_PANEL.pollMs, () => app.isOpen('orders') && root.isConnected);
  if (end?.finished && root.isConnected) await app.refresh();
}

export const ordersPanel: Panel = {
  id: 'orders',
  async render(root, app) {
    root.append(
      h('h3', {}, ORDERS_PANEL.orders),
      h('div', { class: 'actions' }, ...ORDERS.map(([job, label]) => jobButton(app, job, label))),
      h('h3', {}, ORDERS_PANEL.batches),
      h('div', { class: 'actions' },
        ...BATCHES.map(([job, label]) => jobButton(app, job, label)),
        sheetButton(REGISTRY.sheet, HOME.openSheet(REGISTRY.sheet), 'open-orders')),
    );
    await batchBox(app, root);
  },
};
