/**
 * Orders and documents as Google Docs: read → decide (domain) → copy a template and fill it →
 * record it in «Приказы». Letters and plans go through the chunked batch in docs/batch.ts.
 */
import { PARAMS, type ParamKey } from '../../domain/bases/settings';
import { letterFill, orderFill, planFill, requiredParams, type DocContext } from '../../domain/orders/content';
import { shortDate } from '../../domain/orders/dates';
import type { DocKind, OrderKind } from '../../domain/orders/kinds';
import { KIND_NAME, ORDERS_UI, REGISTRY_STATUS, TITLE } from '../../domain/orders/messages';
import type { Fill } from '../../domain/orders/model';
import { nextNumber } from '../../domain/orders/numbering';
import { mentorKey, mentorsOf, pairKey, selectPairs, type OrderPair } from '../../domain/orders/people';
import { latestOf } from '../../domain/orders/registry';
import { APPROVED, COMPLETED, PAIRS } from '../../domain/pairs/schema';
import { UserError } from '../../domain/errors';
import { fillDocument } from '../docs/fill';
import { countCreated, dailyLimit, remainingToday } from '../docs/quota';
import { appendEntry, openRegistry } from './registry';
import { ensureTemplate, programmeFolder, templateMissing } from '../docs/template';
import { readTable } from '../sheets/table';
import { todayIso } from '../sheets/values';
import { readBases } from '../bases/read';
import { currentUser } from '../ui/run';
import { markRoadmapStep } from '../roadmap/roadmap';
import type { StepKey } from '../../domain/roadmap/steps';

type Book = GoogleAppsScript.Spreadsheet.Spreadsheet;

const NEEDS_PAIRS: readonly DocKind[] = ['mentors', 'pairs', 'reward', 'letter', 'plan'];

/** Everything a document needs, read once per execution: settings, bases, pairs. */
export interface OrdersData {
  ctx: DocContext;
  pairs: OrderPair[];
  /** Pairs that ended well count for thanks and rewards too. */
  rewarded: OrderPair[];
}

export function readOrdersData(book: Book, kind: DocKind): OrdersData {
  const { settings, tables } = readBases(book);
  const params = settings.params as Record<ParamKey, string>;
  for (const k of requiredParams(kind)) if (!params[k]?.trim()) throw new UserError(ORDERS_UI.missingParam(PARAMS[k]));
  const today = todayIso(book);
  const pairRows = readTable(PAIRS, book);
  if (!pairRows && NEEDS_PAIRS.includes(kind)) throw new UserError(ORDERS_UI.noPairsSheet);
  const records = pairRows?.records ?? [];
  const select = (statuses: string[]) => selectPairs(records, tables.mentors.records, tables.mentees.records, today, statuses).pairs;
  return {
    ctx: { params, dateIso: today, forms: settings.forms.map((f) => f.name) },
    pairs: select([APPROVED]),
    rewarded: select([APPROVED, COMPLETED]),
  };
}

/** Stops before anything is created when today's quota cannot take `need` more documents. */
export function checkQuota(kind: DocKind, need: number, data: OrdersData): void {
  const total = need + (templateMissing(kind) ? 1 : 0);
  const left = remainingToday(dailyLimit(data.ctx.params.docsPerDay), data.ctx.dateIso);
  if (total > left) throw new UserError(ORDERS_UI.quota(total, left));
}

/** Asks before making a second document of a kind: never a silent duplicate. */
export function confirmAgain(kind: DocKind, registry: ReturnType<typeof openRegistry>): boolean {
  const last = latestOf(registry.entries, kind);
  if (!last) return true;
  const ui = SpreadsheetApp.getUi();
  const prompt = last.number ? ORDERS_UI.again(TITLE[kind], last.number, last.date) : ORDERS_UI.againBatch(TITLE[kind]);
  return ui.alert(ORDERS_UI.title, prompt, ui.ButtonSet.YES_NO) === ui.Button.YES;
}

/** Copies the template into a folder, fills it, closes it; returns the new file. One copy, one batch of edits. */
export function makeDocument(templateId: string, name: string, folder: GoogleAppsScript.Drive.Folder, fill: Fill, day: string) {
  const file = DriveApp.getFileById(templateId).makeCopy(name, folder);
  countCreated(day);
  const doc = DocumentApp.openById(file.getId());
  fillDocument(doc.getBody(), fill);
  doc.saveAndClose();
  return file;
}

/** A menu item that makes one order: asks if it exists, checks the quota, records it. */
export function makeOrder(book: Book, kind: OrderKind): string {
  const data = readOrdersData(book, kind);
  const source = kind === 'reward' ? data.rewarded : data.pairs;
  if (NEEDS_PAIRS.includes(kind) && source.length === 0) throw new UserError(ORDERS_UI.noSubjects);
  const registry = openRegistry(book);
  if (!confirmAgain(kind, registry)) return ORDERS_UI.cancelled;
  checkQuota(kind, 1, data);
  const number = nextNumber(data.ctx.params.orderNumber, registry.entries.map((e) => e.number));
  const folder = programmeFolder();
  const template = ensureTemplate(kind, folder);
  if (template.created) countCreated(data.ctx.dateIso);
  const fill = orderFill(kind, { ...data.ctx, number }, source);
  const file = makeDocument(template.id, `Приказ № ${number} — ${TITLE[kind]}`, folder, fill, data.ctx.dateIso);
  appendEntry(registry, {
    number, date: shortDate(data.ctx.dateIso), kind: KIND_NAME[kind], title: TITLE[kind], link: file.getUrl(),
    status: REGISTRY_STATUS.draft, author: currentUser(),
  });
  markRoadmapStep(book, ROADMAP_STEP[kind], { url: file.getUrl(), label: `Приказ № ${number}` });
  return ORDERS_UI.created(TITLE[kind], number);
}

/** The roadmap row each order fulfils. */
const ROADMAP_STEP: Record<OrderKind, StepKey> = {
  implement: 'orderIntroduction', curator: 'orderCurator', approve: 'orderProgramme', mentors: 'orderMentors',
  pairs: 'orderPairs', finalEvent: 'orderAwards', reward: 'orderAwards',
};

/** The documents of a batch kind, each with its stable key. */
export function batchSubjects(kind: 'letter' | 'plan', data: OrdersData): { key: string; name: string; fill: () => Fill }[] {
  if (kind === 'letter') {
    return mentorsOf(data.rewarded).map((m) => ({
      key: mentorKey(m.person),
      name: `Благодарственное письмо — ${m.person.fullName}`,
      fill: () => letterFill(m.person, m.forms, data.ctx),
    }));
  }
  return data.pairs.map((p) => ({
    key: pairKey(p),
    name: `Индивидуальный план — ${p.mentor.fullName} / ${p.mentee.fullName}`,
    fill: () => planFill(p, data.ctx),
  }));
}
