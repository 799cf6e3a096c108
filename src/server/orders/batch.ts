/**
 * Many documents (a letter per mentor, a plan per pair) in chunks under a time budget. The list of
 * keys is fixed when the batch starts and the position is saved after every document, so a run
 * stopped by the budget (or the 6-minute limit) resumes at the next key: no duplicate, no gap.
 */
import { shortDate } from '../../domain/orders/dates';
import { batchStatus, KIND_NAME, ORDERS_UI, REGISTRY_STATUS, TITLE } from '../../domain/orders/messages';
import { UserError } from '../../domain/errors';
import { batchSubjects } from '../../domain/orders/content';
import type { BatchKind } from '../../domain/orders/kinds';
import { checkQuota, checkSubjects, confirmAgain, makeDocument, readOrdersData, roadmapStepOf, type OrdersData } from './orders';
import { markRoadmapStep } from '../roadmap/roadmap';
import { countCreated, dailyLimit, remainingToday } from '../docs/quota';
import { appendEntry, openRegistry, setStatus, type Registry } from './registry';
import { ensureTemplate, programmeFolder } from '../docs/template';
import { currentUser, withDocumentLock } from '../ui/run';
import { finishWork, requestWork } from '../triggers/dispatcher';

type Book = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * Apps Script stops a run at 6 minutes; no new document starts after this budget, counted from the
 * execution's start (the curator's answer to «again?» counts too). Measured by `npm run bench`
 * (bench-orders: one run of 300 letters on the world clock with Drive's and Docs' latencies): the run
 * ends at ≈271 s with its slowest document ≈3.5 s, a margin of ≈89 s under 6 minutes — room for a
 * document twenty times slower than that before the limit.
 */
export const BUDGET_MS = 270_000;
const STATE_KEY = 'orders.batch';

export interface BatchState {
  kind: BatchKind;
  /** Kept in properties of ≤ KEYS_PER_PROPERTY keys each: one value may not exceed 9 KB. */
  keys: string[];
  next: number;
  folderId: string;
  skipped: number;
}

const KEYS_PER_PROPERTY = 150;
type Saved = Omit<BatchState, 'keys'> & { keyParts: number };

export function readState(props = PropertiesService.getDocumentProperties()): BatchState | null {
  const all = props.getProperties();
  const raw = all[STATE_KEY];
  if (!raw) return null;
  const { keyParts, ...rest } = JSON.parse(raw) as Saved;
  const keys = Array.from({ length: keyParts }, (_, i) => JSON.parse(all[`${STATE_KEY}.keys.${i}`] ?? '[]') as string[]).flat();
  return { ...rest, keys };
}

/** The position after every document: one small value. */
const saveState = (s: BatchState, props: GoogleAppsScript.Properties.Properties) => {
  const { keys, ...rest } = s;
  props.setProperty(STATE_KEY, JSON.stringify({ ...rest, keyParts: Math.ceil(keys.length / KEYS_PER_PROPERTY) }));
};

/** The fixed list of keys, once when the batch starts. */
function saveKeys(keys: readonly string[], props: GoogleAppsScript.Properties.Properties): void {
  const parts: Record<string, string> = {};
  for (let i = 0; i * KEYS_PER_PROPERTY < keys.length; i++) {
    parts[`${STATE_KEY}.keys.${i}`] = JSON.stringify(keys.slice(i * KEYS_PER_PROPERTY, (i + 1) * KEYS_PER_PROPERTY));
  }
  props.setProperties(parts);
}

function clearState(s: BatchState, props: GoogleAppsScript.Properties.Properties): void {
  props.deleteProperty(STATE_KEY);
  for (let i = 0; i * KEYS_PER_PROPERTY < s.keys.length; i++) props.deleteProperty(`${STATE_KEY}.keys.${i}`);
}

/**
 * Menu item: starts a batch (or goes on with the same one if it is running). Asks first, without
 * the lock; then locks, reads again and writes. The time budget counts from the execution's start:
 * the minutes the curator spends on the question count against Apps Script's 6 minutes too.
 */
export function startBatch(book: Book, kind: BatchKind): string {
  const started = Date.now();
  const props = PropertiesService.getDocumentProperties();
  const running = readState(props);
  if (running) {
    if (running.kind !== kind) throw new UserError(ORDERS_UI.busyBatch(TITLE[running.kind]));
    return withDocumentLock(() => runChunk(book, running, openRegistry(book), started));
  }
  const asked = readOrdersData(book, kind);
  checkSubjects(kind, asked);
  if (!confirmAgain(kind, asked.entries)) return ORDERS_UI.cancelled;
  return withDocumentLock(() => {
    const other = readState(props);
    if (other) throw new UserError(ORDERS_UI.busyBatch(TITLE[other.kind]));
    const data = readOrdersData(book, kind);
    checkSubjects(kind, data);
    const subjects = batchSubjects(kind, data.ctx, data.data);
    checkQuota([kind], subjects.length, data);
    const date = shortDate(data.ctx.dateIso);
    const folder = programmeFolder(props).createFolder(`${TITLE[kind]} — ${date}`);
    const registry = openRegistry(book);
    appendEntry(registry, {
      number: '', date, kind: KIND_NAME[kind], title: TITLE[kind], link: folder.getUrl(),
      status: batchStatus(0, subjects.length), author: currentUser(),
    });
    const state: BatchState = { kind, keys: subjects.map((s) => s.key), next: 0, folderId: folder.getId(), skipped: 0 };
    saveKeys(state.keys, props);
    saveState(state, props);
    return `${ORDERS_UI.batchStarted(TITLE[kind], subjects.length)} ${runChunk(book, state, registry, started, data)}`;
  });
}

/** Menu item and trigger: goes on with the running batch, if any (the caller holds the lock). */
export function resumeBatch(book: Book): string {
  const started = Date.now();
  const state = readState();
  if (!state) {
    finishWork('batch');
    return ORDERS_UI.nothingToResume;
  }
  return runChunk(book, state, openRegistry(book), started);
}

/**
 * One run: documents from `state.next` until the time budget or the day's quota runs out. Reads
 * the Sheet once (bases, pairs, the registry); a person whose consent was withdrawn since the start
 * is skipped, never printed.
 */
function runChunk(book: Book, state: BatchState, registry: Registry, started: number, given?: OrdersData): string {
  const props = PropertiesService.getDocumentProperties();
  const data = given ?? readOrdersData(book, state.kind);
  const subjects = new Map(batchSubjects(state.kind, data.ctx, data.data).map((s) => [s.key, s]));
  const day = data.ctx.dateIso;
  const limit = dailyLimit(data.ctx.params.docsPerDay);
  const template = ensureTemplate(state.kind, programmeFolder(props), data.style, props);
  if (template.created) countCreated(day);
  let left = remainingToday(limit, day);
  const folder = DriveApp.getFolderById(state.folderId);
  while (state.next < state.keys.length && left > 0 && Date.now() - started < BUDGET_MS) {
    const subject = subjects.get(state.keys[state.next]!);
    if (subject) {
      makeDocument(template.id, subject.name, folder, subject.fill(), day, data.style);
      left--;
    } else state.skipped++;
    state.next++;
    saveState(state, props);
  }
  const total = state.keys.length;
  if (state.next >= total) {
    clearState(state, props);
    setStatus(registry, folder.getUrl(), REGISTRY_STATUS.draft);
    finishWork('batch');
    const step = roadmapStepOf(state.kind);
    if (step) markRoadmapStep(book, step, { url: folder.getUrl(), label: TITLE[state.kind] });
    return ORDERS_UI.batchDone(TITLE[state.kind], state.next - state.skipped);
  }
  setStatus(registry, folder.getUrl(), batchStatus(state.next, total));
  // Out of time or out of today's quota: the hourly dispatcher goes on with it.
  requestWork('batch');
  return left > 0 ? ORDERS_UI.batchProgress(state.next, total) : ORDERS_UI.quotaPartial(total - state.next, 0);
}

/** For the sidebar: plain JSON (google.script.run cannot pass Dates). */
export interface OrdersProgress {
  running: boolean;
  title: string;
  done: number;
  total: number;
  message: string;
}

export function progress(): OrdersProgress {
  const s = readState();
  if (!s) return { running: false, title: '', done: 0, total: 0, message: ORDERS_UI.progressIdle };
  return { running: true, title: TITLE[s.kind], done: s.next, total: s.keys.length, message: ORDERS_UI.progress(TITLE[s.kind], s.next, s.keys.length) };
}
