/**
 * The installable spreadsheet trigger onFormSubmit: routes an answer by its response sheet to the
 * bases or the answer sheets. It runs for nobody in particular, so it never throws: problems go to
 * «Журнал». Apps Script may deliver one answer twice or send a blank event: both are ignored.
 */
import type { BaseName } from '../../domain/bases/schema';
import { applyResponse, newEffects, newWorkspace } from '../../domain/forms/apply';
import { isBlankResponse, type Response } from '../../domain/forms/answers';
import { ANSWER_PROBLEM, JOURNAL_EVENT } from '../../domain/forms/messages';
import { todayIso } from '../sheets/values';
import { UserError } from '../../domain/errors';
import { readAnswerSheet, readBase, writeEffects, type Tables } from './effects';
import { asSpec, readRegistry, recordOfSheet, type FormRecord } from '../links/registry';
import { writeJournal } from './answer-tables';

export const HANDLER = 'onFormSubmitAnswer';
const LOCK_WAIT_MS = 30_000;
/** Long enough to cover Apps Script's repeated deliveries of one answer. */
const SEEN_SECONDS = 6 * 60 * 60;

export type AnswerEvent = Partial<GoogleAppsScript.Events.SheetsOnFormSubmit>;

/** Which bases an answer needs read: its own, and both for a consent without a code. */
export function basesFor(record: FormRecord, response: Response): BaseName[] {
  const base = record.spec.base;
  if (base) return [base];
  const codeTitle = record.spec.questions.find((q) => q.key === 'code')?.title ?? '';
  const code = (response.named[codeTitle] ?? '').trim().toUpperCase();
  if (code.startsWith('НК-')) return ['mentors'];
  if (code.startsWith('НЯ-')) return ['mentees'];
  return ['mentees', 'mentors'];
}

/** Reads what one answer needs, applies it and writes the effects. */
export function routeAnswer(book: GoogleAppsScript.Spreadsheet.Spreadsheet, record: FormRecord, response: Response): void {
  const tz = book.getSpreadsheetTimeZone();
  const tables: Tables = { bases: {}, answers: {} };
  for (const b of basesFor(record, response)) tables.bases[b] = readBase(book, b, tz);
  const purpose = record.spec.purpose;
  const which = purpose === 'satisfaction' || purpose === 'entryExit' || purpose === 'preferences' ? purpose : null;
  const seen = which ? readAnswerSheet(book, which, tz) : null;
  if (which && seen) tables.answers[which] = seen.table;
  const ws = newWorkspace(
    todayIso(book),
    Object.fromEntries(Object.entries(tables.bases).map(([b, t]) => [b, t.records])),
    { mentors: tables.bases.mentors?.rows ?? 1, mentees: tables.bases.mentees?.rows ?? 1 },
    which && seen ? { [which]: seen.ids } : {},
  );
  const fx = newEffects();
  applyResponse(ws, fx, asSpec(record.spec), response);
  writeEffects(book, tables, ws, fx, tz);
}

/** One form answer as the Sheet's onFormSubmit trigger delivers it: routed under the lock; never throws. */
export function receiveAnswer(e?: AnswerEvent): void {
  if (!e?.range || !e.namedValues) return;
  const response: Response = { stamp: String(e.values?.[0] ?? ''), named: flatten(e.namedValues) };
  if (isBlankResponse(response)) return;
  const book = SpreadsheetApp.getActive();
  const sheet = e.range.getSheet();
  const sheetId = sheet.getSheetId();
  const seenKey = `form-answer:${sheetId}:${e.range.getRow()}:${response.stamp}`;
  const cache = CacheService.getDocumentCache();
  if (cache?.get(seenKey)) return;
  const record = recordOfSheet(readRegistry(), sheetId);
  if (!record) return; // a form of the curator's own, not one of ours
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) {
    problem(book, record.spec.name, ANSWER_PROBLEM.busy);
    return;
  }
  try {
    routeAnswer(book, record, response);
    cache?.put(seenKey, '1', SEEN_SECONDS);
  } catch (err) {
    if (!(err instanceof UserError)) console.error(err);
    problem(book, record.spec.name, err instanceof UserError ? err.message : ANSWER_PROBLEM.unexpected);
  } finally {
    lock.releaseLock();
  }
}

function problem(book: GoogleAppsScript.Spreadsheet.Spreadsheet, who: string, text: string): void {
  try {
    writeJournal(book, [{ who, event: JOURNAL_EVENT.error, sheet: '', code: '', field: '', old: '', new: text }], new Date());
  } catch (err) {
    console.error(err);
  }
}

/** namedValues holds one string per title (an array for repeated titles, which our forms never have). */
const flatten = (named: Record<string, string[]>) =>
  Object.fromEntries(Object.entries(named).map(([k, v]) => [k, (v ?? []).join(', ')]));
