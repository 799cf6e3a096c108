/**
 * Orders and documents as Google Docs: read → ask (before any lock: «again?», the number from the
 * school's journal, the event's date and place) → lock → read again, check the number, copy a
 * template and fill it → record it in «Приказы» → mark the roadmap row. Batches (letters, plans,
 * agreements, certificates) go through the chunked batch in batch.ts.
 */
import { cellText, isDate, type Cell } from '../../domain/cell';
import { PARAMS, type ParamKey } from '../../domain/bases/settings';
import {
  batchSubjects, changesFrom, documentFill, pairChanges, requiredParams, type DocContext, type DocData, type PlanLine, type RoadmapLine,
} from '../../domain/orders/content';
import { orderDate, parseRuDate, shortDate } from '../../domain/orders/dates';
import { isBatchKind, type BatchKind, type DocKind, type OrderKind, type PaperKind } from '../../domain/orders/kinds';
import { KIND_NAME, ORDERS_UI, REGISTRY_STATUS, TITLE } from '../../domain/orders/messages';
import type { Fill } from '../../domain/orders/model';
import { nextNumber, numberFor, numberIn } from '../../domain/orders/numbering';
import { ORGANISATION_HEADER, selectMentors, selectPairs } from '../../domain/orders/people';
import { latestOf, type RegistryEntry } from '../../domain/orders/registry';
import { docStyle, type DocStyle } from '../../domain/orders/style';
import { PLANS } from '../../domain/meetings/schema';
import { APPROVED, COMPLETED, PAIRS, REPLACED } from '../../domain/pairs/schema';
import { ROADMAP } from '../../domain/roadmap/schema';
import type { StepKey } from '../../domain/roadmap/steps';
import { UserError } from '../../domain/errors';
import { readBases } from '../bases/read';
import { fillDocument } from '../docs/fill';
import { keepTablesReadable } from '../docs/tables';
import { countCreated, dailyLimit, remainingToday } from '../docs/quota';
import { ensureTemplate, programmeFolder, templateMissing } from '../docs/template';
import { markRoadmapStep } from '../roadmap/roadmap';
import { setParams } from '../sheets/settings';
import { readTable, type Table } from '../sheets/table';
import { todayIso } from '../sheets/values';
import { ask, currentUser, withDocumentLock } from '../ui/run';
import { appendEntry, openRegistry, readRegistry } from './registry';

type Book = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Single = Exclude<DocKind, BatchKind>;

/** Everything the documents need, read once per execution. */
export interface OrdersData {
  ctx: DocContext;
  data: DocData;
  style: DocStyle;
  entries: RegistryEntry[];
}

const NEEDS_PAIRS: readonly DocKind[] = ['pairs', 'pairChanges', 'reward', 'municipalInfo', 'letter', 'plan', 'agreement', 'partnerLetter', 'parentLetter', 'certificate'];

/** The registry's «Дата» (ДД.ММ.ГГГГ) as ISO. */
const isoOf = (date: string) => parseRuDate(date) ?? '';

/** Partner organisations live in an optional column «Организация…» the curator may add to «Наставники». */
function withOrganisation(mentors: Table<string>): void {
  const col = (mentors.grid[0] ?? []).findIndex((h) => ORGANISATION_HEADER.test(cellText(h).trim()));
  if (col < 0) return;
  for (const r of mentors.records) r.cells.organisation = mentors.grid[r.row - 1]?.[col] ?? '';
}

function roadmapLines(book: Book): RoadmapLine[] {
  const t = readTable(ROADMAP, book);
  if (!t) return [];
  const iso = (c: Cell | undefined) => (isDate(c) ? c.iso : undefined);
  return t.records.filter((r) => cellText(r.cells.activity)).map((r) => {
    const start = iso(r.cells.start), end = iso(r.cells.end);
    return {
      stage: cellText(r.cells.stage), activity: cellText(r.cells.activity), responsible: cellText(r.cells.responsible), result: cellText(r.cells.result),
      ...(start ? { startIso: start } : {}), ...(end ? { endIso: end } : {}),
    };
  });
}

function planLines(book: Book): Map<string, PlanLine[]> {
  const out = new Map<string, PlanLine[]>();
  for (const r of readTable(PLANS, book)?.records ?? []) {
    const id = cellText(r.cells.pairId), task = cellText(r.cells.task);
    if (!id || !task) continue;
    const d = r.cells.deadline;
    out.set(id, [...(out.get(id) ?? []), { task, expected: cellText(r.cells.expected), done: cellText(r.cells.done), ...(isDate(d) ? { deadlineIso: d.iso } : {}) }]);
  }
  return out;
}

export function readOrdersData(book: Book, kind: DocKind): OrdersData {
  const { settings, tables } = readBases(book);
  const params = settings.params as Record<ParamKey, string>;
  for (const k of requiredParams(kind)) if (!params[k]?.trim()) throw new UserError(ORDERS_UI.missingParam(PARAMS[k]));
  const today = todayIso(book);
  const pairRows = readTable(PAIRS, book);
  if (!pairRows && NEEDS_PAIRS.includes(kind)) throw new UserError(ORDERS_UI.noPairsSheet);
  withOrganisation(tables.mentors);
  const records = pairRows?.records ?? [];
  const select = (statuses: string[]) => selectPairs(records, tables.mentors.records, tables.mentees.records, today, statuses).pairs;
  const entries = readRegistry(book);
  const lastPairs = latestOf(entries, 'pairChanges') ?? latestOf(entries, 'pairs');
  const pairsOrder = lastPairs && isoOf(lastPairs.date) ? { dateIso: isoOf(lastPairs.date), number: lastPairs.number } : undefined;
  return {
    ctx: { params, dateIso: today, forms: settings.forms, ...(pairsOrder ? { pairsOrder } : {}) },
    data: {
      pairs: select([APPROVED]),
      rewarded: select([APPROVED, COMPLETED]),
      history: kind === 'pairChanges' ? select([APPROVED, COMPLETED, REPLACED]) : [],
      mentors: selectMentors(tables.mentors.records, today),
      roadmap: kind === 'approve' || kind === 'roadmap' ? roadmapLines(book) : [],
      plans: kind === 'plan' ? planLines(book) : new Map(),
    },
    style: docStyle(params.docFont, params.docFontSize),
    entries,
  };
}

/** A kind that has nothing to print says so before asking anything. */
export function checkSubjects(kind: DocKind, od: OrdersData): void {
  const { data, ctx } = od;
  if ((kind === 'pairs' || kind === 'municipalInfo') && data.pairs.length === 0) throw new UserError(ORDERS_UI.noSubjects);
  if (kind === 'reward' && data.rewarded.length === 0) throw new UserError(ORDERS_UI.noSubjects);
  if ((kind === 'mentors' || kind === 'association') && data.mentors.length === 0) throw new UserError(ORDERS_UI.noMentors);
  if (kind === 'pairChanges') {
    if (pairChanges(ctx, data.history).length === 0) throw new UserError(ORDERS_UI.noChanges(orderDate(changesFrom(ctx))));
  }
  if (isBatchKind(kind) && batchSubjects(kind, ctx, data).length === 0) {
    throw new UserError(kind === 'partnerLetter' ? ORDERS_UI.noPartners : kind === 'parentLetter' ? ORDERS_UI.noPupilMentors
      : kind === 'certificate' ? ORDERS_UI.noBest : ORDERS_UI.noSubjects);
  }
}

/** Stops before anything is created when today's quota cannot take `need` more documents. */
export function checkQuota(kinds: readonly DocKind[], need: number, od: OrdersData): void {
  const total = need + kinds.filter((k) => templateMissing(k)).length;
  const left = remainingToday(dailyLimit(od.ctx.params.docsPerDay), od.ctx.dateIso);
  if (total > left) throw new UserError(ORDERS_UI.quota(total, left));
}

/** Asks before making a second document of a kind: never a silent duplicate. */
export function confirmAgain(kind: DocKind, entries: readonly RegistryEntry[]): boolean {
  const last = latestOf(entries, kind);
  if (!last) return true;
  const ui = SpreadsheetApp.getUi();
  const prompt = last.number ? ORDERS_UI.again(TITLE[kind], last.number, last.date) : ORDERS_UI.againBatch(TITLE[kind]);
  return ui.alert(ORDERS_UI.title, prompt, ui.ButtonSet.YES_NO) === ui.Button.YES;
}

/** Numbers already used for orders (or for outgoing letters): a number is given once. */
const usedNumbers = (entries: readonly RegistryEntry[], outgoing: boolean) =>
  entries.filter((e) => e.number && (e.kind === KIND_NAME.municipalInfo) === outgoing).map((e) => e.number);

/** What the curator answers before anything is locked or written. */
export interface Answers {
  number: string;
  event?: { dateIso: string; place: string };
}

/**
 * The questions, before the lock: a second version?, the number from the school's journal (the
 * counter only proposes the next one), and for the final event its date and place.
 */
export function askOrder(kind: OrderKind | PaperKind, od: OrdersData): Answers | null {
  if (!confirmAgain(kind, od.entries)) return null;
  const outgoing = kind === 'municipalInfo';
  const used = usedNumbers(od.entries, outgoing);
  const suggested = nextNumber(outgoing ? '{n}' : od.ctx.params.orderNumber, used);
  const typed = ask(ORDERS_UI.title, outgoing ? ORDERS_UI.askOutgoing(TITLE[kind], suggested) : ORDERS_UI.askNumber(TITLE[kind], suggested));
  if (typed === null) return null;
  // A bare running number typed for a pattern («12» for «238/{n}») is put into the pattern.
  const number = !typed ? suggested : /^\d+$/.test(typed) && !outgoing && numberIn(od.ctx.params.orderNumber, typed) === null
    ? numberFor(od.ctx.params.orderNumber, typed) : typed;
  if (used.includes(number)) throw new UserError(ORDERS_UI.numberTaken(number));
  if (kind !== 'finalEvent') return { number };
  const dateText = ask(ORDERS_UI.title, ORDERS_UI.askEventDate);
  if (dateText === null) return null;
  const dateIso = parseRuDate(dateText);
  if (!dateIso) throw new UserError(ORDERS_UI.badDate(dateText));
  const place = ask(ORDERS_UI.title, ORDERS_UI.askEventPlace);
  if (place === null) return null;
  return { number, event: { dateIso, place: place || od.ctx.params.finalEventPlace } };
}

/** Copies the template into a folder, fills it, closes it; returns the new file. One copy, one batch of edits. */
export function makeDocument(templateId: string, name: string, folder: GoogleAppsScript.Drive.Folder, fill: Fill, day: string, style: DocStyle) {
  const file = DriveApp.getFileById(templateId).makeCopy(name, folder);
  countCreated(day);
  const doc = DocumentApp.openById(file.getId());
  const longTable = fillDocument(doc.getBody(), fill, style);
  doc.saveAndClose();
  if (longTable) keepTablesReadable(file.getId());
  return file;
}

/** The roadmap row each document fulfils. */
const ROADMAP_STEP: Partial<Record<DocKind, StepKey>> = {
  implement: 'orderIntroduction', curator: 'orderCurator', approve: 'orderProgramme', mentors: 'orderMentors',
  pairs: 'orderPairs', finalEvent: 'orderAwards', reward: 'orderAwards', plan: 'plansCreated',
  municipalInfo: 'municipalInfo', association: 'orderAssociation', agreement: 'agreementsMade',
};
export const roadmapStepOf = (kind: DocKind): StepKey | undefined => ROADMAP_STEP[kind];

/** The documents an approval order approves, made with it as its appendices 1–3. */
const APPROVES: Single[] = ['regulation', 'programme', 'roadmap'];

/** Under the lock: reads again, checks the number is still free, makes the documents, records them. */
export function writeOrder(book: Book, kind: OrderKind | PaperKind, answers: Answers): string {
  return withDocumentLock(() => {
    const od = readOrdersData(book, kind);
    checkSubjects(kind, od);
    const outgoing = kind === 'municipalInfo';
    if (usedNumbers(od.entries, outgoing).includes(answers.number)) throw new UserError(ORDERS_UI.numberTaken(answers.number));
    const extra = kind === 'approve' ? APPROVES : [];
    checkQuota([kind, ...extra], 1 + extra.length, od);
    const day = od.ctx.dateIso;
    const ctx: DocContext = { ...od.ctx, number: answers.number, ...(answers.event ? { event: answers.event } : {}) };
    const folder = programmeFolder();
    const make = (k: Single, name: string, c: DocContext) => {
      const template = ensureTemplate(k, folder, od.style);
      if (template.created) countCreated(day);
      return makeDocument(template.id, name, folder, documentFill(k, c, od.data), day, od.style);
    };
    const registry = openRegistry(book);
    const record = (k: DocKind, number: string, title: string, url: string) => appendEntry(registry, {
      number, date: shortDate(day), kind: KIND_NAME[k], title, link: url, status: REGISTRY_STATUS.draft, author: currentUser(),
    });
    const label = outgoing ? `Исх. № ${answers.number}` : `Приказ № ${answers.number}`;
    const file = make(kind, `${label} — ${TITLE[kind]}`, ctx);
    record(kind, answers.number, TITLE[kind], file.getUrl());
    extra.forEach((k, i) => {
      const appendix = make(k, `Приложение ${i + 1} к приказу № ${answers.number} — ${TITLE[k]}`, { ...ctx, approvedBy: { dateIso: day, number: answers.number } });
      record(k, '', `${TITLE[k]} (приложение ${i + 1} к приказу № ${answers.number})`, appendix.getUrl());
    });
    // The event's date and place as the curator gave them go to «Настройки»: letters of thanks are dated by it.
    if (answers.event) setParams(book, { finalEventDate: shortDate(answers.event.dateIso), finalEventPlace: answers.event.place });
    const step = ROADMAP_STEP[kind];
    if (step) markRoadmapStep(book, step, { url: file.getUrl(), label });
    return outgoing ? ORDERS_UI.createdPaper(TITLE[kind], answers.number) : ORDERS_UI.created(TITLE[kind], answers.number);
  });
}

/** A menu item that makes one order: ask first (no lock), then lock, number and write. */
export function makeOrder(book: Book, kind: OrderKind | PaperKind): string {
  const od = readOrdersData(book, kind);
  checkSubjects(kind, od);
  const answers = askOrder(kind, od);
  if (!answers) return ORDERS_UI.cancelled;
  return writeOrder(book, kind, answers);
}
