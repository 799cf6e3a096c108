/**
 * «Пары»: pairs by status; matching and the review of proposed pairs; the life of an approved
 * pair — a meeting logged, a pair completed with its reason and results.
 */
import { countPairs, type PairItem } from '../../domain/home/home';
import { HOME, PAIRS_PANEL } from '../../domain/home/messages';
import { END_REASONS, MEETING_TYPES } from '../../domain/meetings/schema';
import { APPROVED } from '../../domain/pairs/schema';
import { ROADMAP_UI } from '../../domain/roadmap/messages';
import { actionButton } from '../actions';
import type { App, Panel } from '../app';
import { h, row } from '../dom';
import { call } from '../server';
import { jobButton, refreshWith } from './common';
import { pairReview } from './pair-review';

let fields = 0;
/** A labelled control: the label names it for screen readers and clicks. */
function field(label: string, control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement): HTMLElement {
  control.id = `f-${++fields}`;
  return h('div', {}, h('label', { for: control.id }, label), control);
}
const options = (values: readonly string[], empty?: string) =>
  [...(empty ? [h('option', { value: '' }, empty)] : []), ...values.map((v) => h('option', { value: v }, v))];

function pairSelect(pairs: PairItem[]): HTMLSelectElement {
  return h('select', {}, h('option', { value: '' }, PAIRS_PANEL.choose),
    ...pairs.map((p) => h('option', { value: p.pairId, translate: 'no' }, PAIRS_PANEL.pairLabel(p.pairId, p.mentor, p.mentee))));
}

function meetingForm(pairs: PairItem[]): HTMLElement {
  const pair = pairSelect(pairs);
  // Text, not type=date: the browser's date picker speaks the browser's language, not always Russian.
  const date = h('input', { type: 'text', inputmode: 'numeric', placeholder: PAIRS_PANEL.datePlaceholder, autocomplete: 'off' });
  const type = h('select', {}, ...options(MEETING_TYPES));
  const topic = h('input', { type: 'text' }), result = h('textarea', { rows: 2 }), next = h('input', { type: 'text' });
  return h('section', { class: 'card', id: 'meeting', 'aria-label': PAIRS_PANEL.meeting },
    h('h3', {}, PAIRS_PANEL.meeting),
    field(PAIRS_PANEL.pair, pair), field(PAIRS_PANEL.date, date), field(PAIRS_PANEL.type, type),
    field(PAIRS_PANEL.topic, topic), field(PAIRS_PANEL.result, result), field(PAIRS_PANEL.next, next),
    h('div', { class: 'actions' }, actionButton({
      id: 'log-meeting', label: PAIRS_PANEL.meeting, primary: true,
      run: () => call('logMeeting', { pairId: pair.value, date: date.value, type: type.value, topic: topic.value, result: result.value, next: next.value }),
    })));
}

function endingForm(app: App, pairs: PairItem[]): HTMLElement {
  const pair = pairSelect(pairs);
  const reason = h('select', {}, ...options(END_REASONS));
  const results = h('textarea', { rows: 2 }), caseLink = h('input', { type: 'url' });
  return h('section', { class: 'card', id: 'ending', 'aria-label': PAIRS_PANEL.ending },
    h('h3', {}, PAIRS_PANEL.ending),
    field(PAIRS_PANEL.pair, pair), field(PAIRS_PANEL.reason, reason), field(PAIRS_PANEL.results, results),
    field(PAIRS_PANEL.caseLink, caseLink),
    h('div', { class: 'actions' }, actionButton({
      id: 'complete-pair', label: PAIRS_PANEL.ending,
      run: () => call('completePair', { pairId: pair.value, reason: reason.value, results: results.value, ...(caseLink.value ? { caseLink: caseLink.value } : {}) }),
      after: refreshWith(app),
    })));
}

export const pairsPanel: Panel = {
  id: 'pairs',
  async render(root, app) {
    const counts = h('section', { class: 'card', id: 'pair-counts', 'aria-label': HOME.pairs });
    const showCounts = (list: { status: string; count: number }[]) => {
      const some = list.filter((p) => p.count > 0);
      counts.replaceChildren(...(some.length ? some.map((p) => row(p.status, p.count)) : [PAIRS_PANEL.none]));
    };
    showCounts(app.home?.pairs ?? []);
    root.append(counts);
    await pairReview(app, root, (list) => showCounts(countPairs(list.map((p) => p.status))));
    const pairs = await call('getPairList');
    if (!app.isOpen('pairs')) return;
    const approved = pairs.filter((p) => p.status.trim().toLowerCase() === APPROVED);
    if (approved.length) root.append(meetingForm(approved), endingForm(app, approved));
    root.append(h('h3', {}, PAIRS_PANEL.work), h('div', { class: 'actions' },
      jobButton(app, 'createPlans', ROADMAP_UI.menu.plans),
      jobButton(app, 'pairsProgress', ROADMAP_UI.menu.progress),
      jobButton(app, 'completePairs', ROADMAP_UI.menu.complete)));
  },
};
