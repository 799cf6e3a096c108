/**
 * The installable spreadsheet trigger onFormSubmit: routes an answer by its response sheet to the
 * bases or the answer sheets. It runs for nobody in particular, so it never throws: problems go to
 * «Журнал». Apps Script may deliver one answer twice (ignored, with a «Журнал» line) or send blank
 * values for a real answer (read from its row instead).
 */
import type { BaseName } from '../../domain/bases/schema';
import { applyResponse, newEffects, newWorkspace } from '../../domain/forms/apply';
import { isBlankResponse, type Response } from '../../domain/forms/answers';
import { ANSWER_PROBLEM, JOURNAL_EVENT } from '../../domain/forms/messages';
import { nowStamp, todayIso } from '../sheets/values';
import { newToken } from '../bases/service';
import { dropFromPreferenceLists } from '../links/preference-lists';
import { requestWork } from '../triggers/dispatcher';
import { readGraveyard } from '../links/tombstones';
import { UserError } from '../../domain/errors';
import { readAnswerSheet, readBase, reviewKeys, writeEffects, type Tables } from './effects';
import { allProperties, asSpec, readRegistry, recordOfSheet, type AllProperties, type FormRecord } from '../links/registry';
import { responseOfRow } from '../links/personal';
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
export function routeAnswer(book: GoogleAppsScript.Spreadsheet.Spreadsheet, record: FormRecord, response: Response, all: AllProperties): void {
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
    { seen: which && seen ? { [which]: seen.ids } : {}, now: nowStamp(book), graves: readGraveyard(all), newToken },
  );
  const fx = newEffects();
  applyResponse(ws, fx, asSpec(record.spec), response);
  // «На проверку» is read only when this answer goes there: a redelivered one is not listed twice.
  if (fx.review.length) {
    const listed = reviewKeys(book, tz);
    fx.review = fx.review.filter((r) => !listed.has(r.key));
  }
  writeEffects(book, tables, ws, fx, tz);
  // A withdrawal takes the person out of the preference lists at once (Forms calls, no Sheets call);
  // their running pairs end at the next hourly dispatch (reading «Пары» here would break the
  // answer's budget of Sheets calls), or at once by «Загрузить ответы» or «Отозвать согласие».
  if (fx.withdrawn.length) {
    dropFromPreferenceLists(readRegistry(all), new Set(fx.withdrawn));
    requestWork('withdrawals');
  }
}

/** The row of the response sheet an event points at, as the trigger would have received it. */
function rowOf(range: GoogleAppsScript.Spreadsheet.Range, tz: string): Response {
  const sheet = range.getSheet();
  const width = sheet.getLastColumn();
  if (width < 1) return { stamp: '', named: {} };
  const header = sheet.getRange(1, 1, 1, width).getValues()[0] ?? [];
  const row = sheet.getRange(range.getRow(), 1, 1, width).getValues()[0] ?? [];
  return responseOfRow(header, row, tz);
}

/**
 * One form answer as the Sheet's onFormSubmit trigger delivers it: routed under the lock; never
 * throws. An event that changes nothing still leaves a «Журнал» line saying why.
 */
export function receiveAnswer(e?: AnswerEvent): void {
  if (!e?.range) return;
  const book = SpreadsheetApp.getActive();
  let response: Response = { stamp: String(e.values?.[0] ?? ''), named: flatten(e.namedValues ?? {}) };
  const sheet = e.range.getSheet();
  const sheetId = sheet.getSheetId();
  const all = allProperties();
  const record = recordOfSheet(readRegistry(all), sheetId);
  if (!record) return; // a form of the curator's own, not one of ours
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) {
    problem(book, record.spec.name, ANSWER_PROBLEM.busy);
    return;
  }
  try {
    // Apps Script sometimes sends an event with blank values for a real answer: the row says what it was.
    if (isBlankResponse(response)) response = rowOf(e.range, book.getSpreadsheetTimeZone());
    if (isBlankResponse(response)) return ignored(book, record.spec.name, ANSWER_PROBLEM.blankEvent);
    const seenKey = `form-answer:${sheetId}:${e.range.getRow()}:${response.stamp}`;
    const cache = CacheService.getDocumentCache();
    if (cache?.get(seenKey)) return ignored(book, record.spec.name, ANSWER_PROBLEM.duplicateEvent);
    routeAnswer(book, record, response, all);
    cache?.put(seenKey, '1', SEEN_SECONDS);
  } catch (err) {
    if (!(err instanceof UserError)) console.error(err);
    problem(book, record.spec.name, err instanceof UserError ? err.message : ANSWER_PROBLEM.unexpected);
  } finally {
    lock.releaseLock();
  }
}

function ignored(book: GoogleAppsScript.Spreadsheet.Spreadsheet, who: string, text: string): void {
  writeJournal(book, [{ who, event: JOURNAL_EVENT.ignored, sheet: '', code: '', field: '', old: '', new: text }], new Date());
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
