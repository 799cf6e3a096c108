/**
 * Reviewing the proposed pairs: «Подобрать пары», then each pair with its score, why it was
 * proposed and the other options, approved or rejected one by one (matching's server functions).
 */
import { PAIRS_PANEL } from '../../domain/home/messages';
import { MATCHING_UI } from '../../domain/matching/messages';
import { orderPairs, PAIR_ORDERS, type PairOrder } from '../../domain/pairs/order';
import { APPROVED, PROPOSED, REJECTED } from '../../domain/pairs/schema';
import { actionButton } from '../actions';
import type { App } from '../app';
import { h } from '../dom';
import { call } from '../server';

type SidebarPair = Awaited<ReturnType<typeof call<'getProposedPairs'>>>[number];

/** Pairs shown at once: a school proposes a hundred. */
const PAGE = 20;
/** The order the curator chose, kept while the sidebar is open. */
let chosenOrder: PairOrder = 'score';

function card(p: SidebarPair, decide: (p: SidebarPair, decision: typeof APPROVED | typeof REJECTED | typeof PROPOSED) => Promise<string>): HTMLElement {
  const buttons = p.status === PROPOSED
    ? [actionButton({ label: PAIRS_PANEL.approve, primary: true, run: () => decide(p, APPROVED) }),
      actionButton({ label: PAIRS_PANEL.reject, run: () => decide(p, REJECTED) })]
    : [actionButton({ label: PAIRS_PANEL.reopen, run: () => decide(p, PROPOSED) })];
  return h('li', { class: 'card pair', 'data-pair': p.id },
    h('div', { class: 'row' }, h('strong', { translate: 'no' }, p.pairId), h('span', { class: 'status-tag', 'data-status': p.status }, p.status)),
    // names are the curator's data, not messages: left out of the language check
    h('div', { translate: 'no' }, PAIRS_PANEL.pairOf(p.mentor, p.mentee)),
    h('div', { class: 'muted' }, [p.form, PAIRS_PANEL.score(p.score)].filter(Boolean).join(' · ')),
    p.explanation ? h('details', {}, h('summary', {}, PAIRS_PANEL.why), h('div', { class: 'sub' }, p.explanation),
      p.alternatives ? h('div', { class: 'sub' }, `${PAIRS_PANEL.alternatives}: ${p.alternatives}`) : null) : null,
    h('div', { class: 'actions inline' }, ...buttons));
}

/** The review block: matching, a status filter, the list. Decisions redraw the list and the figures in place. */
export async function pairReview(app: App, root: HTMLElement, onCounts: (pairs: SidebarPair[]) => void): Promise<void> {
  let pairs = await call('getProposedPairs');
  if (!app.isOpen('pairs')) return;
  const statuses = [PROPOSED, APPROVED, REJECTED];
  const filter = h('select', { id: 'pair-filter' },
    ...statuses.map((s) => h('option', { value: s }, s)), h('option', { value: '' }, PAIRS_PANEL.all));
  filter.value = pairs.some((p) => p.status === PROPOSED) ? PROPOSED : '';
  const order = h('select', { id: 'pair-order' }, ...PAIR_ORDERS.map((o) => h('option', { value: o }, PAIRS_PANEL.orders[o])));
  order.value = chosenOrder;
  const list = h('ol', { id: 'pair-list', class: 'steps' });

  const decide = async (p: SidebarPair, decision: typeof APPROVED | typeof REJECTED | typeof PROPOSED) => {
    const r = await call('decidePair', p.id, decision);
    pairs = r.pairs;
    onCounts(pairs);
    // the decided card stays in view until the next redraw, with its new status and result
    const fresh = pairs.find((x) => x.id === p.id);
    const old = list.querySelector(`[data-pair="${CSS.escape(p.id)}"]`);
    if (fresh && old) old.replaceWith(card(fresh, decide));
    return r.message;
  };
  let limit = PAGE;
  const draw = () => {
    const shown = orderPairs(pairs.filter((p) => !filter.value || p.status === filter.value), chosenOrder);
    const more = h('button', { type: 'button', class: 'link', id: 'more-pairs' }, PAIRS_PANEL.more(shown.length - limit));
    more.addEventListener('click', () => {
      limit += PAGE;
      draw();
    });
    list.replaceChildren(...(shown.length ? shown.slice(0, limit).map((p) => card(p, decide))
      : [h('li', { class: 'muted' }, pairs.length ? PAIRS_PANEL.noneWith(filter.value) : PAIRS_PANEL.none)]),
    ...(shown.length > limit ? [h('li', {}, more)] : []));
  };
  filter.addEventListener('change', () => {
    limit = PAGE;
    draw();
  });
  order.addEventListener('change', () => {
    chosenOrder = order.value as PairOrder;
    limit = PAGE;
    draw();
  });
  draw();
  root.append(
    h('div', { class: 'actions' }, actionButton({
      id: 'match', label: MATCHING_UI.menu.match, primary: pairs.length === 0,
      run: async () => {
        const r = await call('runPairMatching');
        pairs = r.pairs;
        onCounts(pairs);
        filter.value = PROPOSED;
        draw();
        return r.message;
      },
    })),
    h('h3', {}, PAIRS_PANEL.list),
    h('div', { class: 'filters' },
      h('div', {}, h('label', { for: 'pair-filter' }, PAIRS_PANEL.show), filter),
      h('div', {}, h('label', { for: 'pair-order' }, PAIRS_PANEL.order), order)),
    list);
}
