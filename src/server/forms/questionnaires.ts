/**
 * «Анкеты»: create the questionnaires (idempotent: ids kept in the document's properties), switch
 * on the answer trigger once, load answers sent before it existed, refresh the preference lists,
 * and the links for the sidebar.
 */
import { cellText } from '../../domain/cell';
import { BASES, type BaseName } from '../../domain/bases/schema';
import { applyResponse, countEvents, journalRows, newEffects, newWorkspace, type AnswerSheet } from '../../domain/forms/apply';
import { isBlankResponse, type Response } from '../../domain/forms/answers';
import { formsFor, type FormLinks } from '../../domain/forms/links';
import { FORMS_UI, JOURNAL_EVENT } from '../../domain/forms/messages';
import { FORM_KEYS, JOURNAL, QUESTIONS, type FormPurpose } from '../../domain/forms/schema';
import { buildSpecs, candidatesOf, parametersOf } from '../../domain/forms/specs';
import { DEFAULT_PARAMETERS, NOBODY } from '../../domain/forms/specs-surveys';
import { UserError } from '../../domain/errors';
import { createForm, setListChoices } from './build';
import { arrangeResponseSheets } from './tabs';
import { openForm, personalLinks } from '../links/personal';
import { readAnswerSheet, readBase, writeEffects, type Tables } from './effects';
import { readRegistry, saveRecord, asSpec, sheetsOf, type FormRecord } from '../links/registry';
import { ensureTable, readValues } from './answer-tables';
import { HANDLER } from './trigger';
import { todayIso } from '../sheets/values';
import { assignMissingCodes, readBases } from '../bases/read';
import { BASES_UI } from '../../domain/bases/messages';
import { markRoadmapStep } from '../roadmap/roadmap';

type Book = GoogleAppsScript.Spreadsheet.Spreadsheet;
/** Apps Script stops an execution at 6 minutes: stop creating forms well before. */
const TIME_BUDGET_MS = 4 * 60 * 1000;

/** «Вопросы» with the seeds' parameters when it is new; the school's own rows otherwise. */
function questionParameters(book: Book, tz: string) {
  const { sheet, created } = ensureTable(book, QUESTIONS);
  if (created) {
    const rows = DEFAULT_PARAMETERS.map((p) => [p.parameter, p.audience]);
    sheet.getRange(2, 1, rows.length, 2).setNumberFormat('@').setValues(rows);
  }
  return parametersOf(readValues(book, QUESTIONS, tz)?.records ?? []);
}

function specsNow(book: Book) {
  const tz = book.getSpreadsheetTimeZone();
  const { settings, tables } = readBases(book);
  const codes = assignMissingCodes(book, tables); // the preference lists name people by code
  const today = todayIso(book);
  const candidates = candidatesOf({ mentors: tables.mentors.records, mentees: tables.mentees.records }, today);
  const specs = buildSpecs({
    school: settings.params.orgShortName || settings.params.orgFullName, schoolYear: settings.params.schoolYear,
    forms: settings.forms, parameters: questionParameters(book, tz), candidates,
  });
  return { specs, candidates, tables, codes };
}

/** «Создать анкеты»: only the missing ones (or deleted in Drive); all of them as new versions on request. */
export function createQuestionnaires(book: Book, newVersion = false): { made: number; kept: number; message: string } {
  const started = Date.now();
  const { specs, codes } = specsNow(book);
  const said = (message: string) => [BASES_UI.codesAdded(codes), message].filter(Boolean).join(' ');
  const known = new Map(readRegistry().map((r) => [r.key, r]));
  let made = 0, kept = 0;
  for (const spec of specs) {
    const existing = known.get(spec.key);
    if (existing && !newVersion && openForm(existing)) {
      kept++;
      continue;
    }
    // Each form is saved as soon as it exists: a second click goes on where this run stopped.
    if (Date.now() - started > TIME_BUDGET_MS) {
      arrangeResponseSheets(book);
      return { made, kept, message: said(FORMS_UI.partial(made, specs.length - made - kept)) };
    }
    const record = createForm(spec, book, (existing?.version ?? 0) + 1);
    if (existing) record.older = [...(existing.older ?? []), { id: existing.id, sheetId: existing.sheetId }];
    saveRecord(record);
    made++;
  }
  if (made) arrangeResponseSheets(book);
  markRoadmapStep(book, 'formsCreated');
  return { made, kept, message: said(FORMS_UI.created(made, kept)) };
}

/** «Включить приём ответов»: one spreadsheet onFormSubmit trigger, however often it is clicked. */
export function installAnswerTrigger(book: Book): string {
  const has = ScriptApp.getUserTriggers(book).some((t) =>
    t.getHandlerFunction() === HANDLER && t.getEventType() === ScriptApp.EventType.ON_FORM_SUBMIT);
  if (has) return FORMS_UI.triggerExists;
  ScriptApp.newTrigger(HANDLER).forSpreadsheet(book).onFormSubmit().create();
  return FORMS_UI.triggerInstalled;
}

function registryOrThrow(): FormRecord[] {
  const all = readRegistry();
  if (!all.length) throw new UserError(FORMS_UI.noForms);
  return all;
}

const ORDER: FormPurpose[] = ['intake', 'consent', 'preferences', 'satisfaction', 'entryExit'];

/** The rows of a response sheet as responses: text as the trigger would receive it. */
export function responsesOf(sheet: GoogleAppsScript.Spreadsheet.Sheet, tz: string): Response[] {
  const [header = [], ...rows] = sheet.getDataRange().getValues();
  const text = (v: unknown, stamp: boolean) =>
    Object.prototype.toString.call(v) === '[object Date]'
      ? Utilities.formatDate(v as Date, tz, stamp ? 'dd.MM.yyyy H:mm:ss' : 'dd.MM.yyyy')
      : String(v ?? '');
  return rows
    .map((r) => ({ stamp: text(r[0], true), named: Object.fromEntries(header.map((h, j) => [String(h), text(r[j], j === 0)])) }))
    .filter((r) => !isBlankResponse(r));
}

/**
 * «Загрузить ответы»: every response already in the response sheets, newest first, so an older
 * answer never undoes a newer one; a second run changes nothing (problems already in «Журнал»
 * are not written again).
 */
export function loadAnswers(book: Book): string {
  const registry = registryOrThrow();
  const tz = book.getSpreadsheetTimeZone();
  const tables: Tables = { bases: { mentors: readBase(book, 'mentors', tz), mentees: readBase(book, 'mentees', tz) }, answers: {} };
  const seen: Partial<Record<AnswerSheet, Set<string>>> = {};
  for (const which of ['satisfaction', 'entryExit', 'preferences'] as AnswerSheet[]) {
    const s = readAnswerSheet(book, which, tz);
    tables.answers[which] = s.table;
    seen[which] = s.ids;
  }
  const ws = newWorkspace(todayIso(book), { mentors: tables.bases.mentors!.records, mentees: tables.bases.mentees!.records },
    { mentors: tables.bases.mentors!.rows, mentees: tables.bases.mentees!.rows }, seen);
  const fx = newEffects();
  const sheets = new Map(book.getSheets().map((s) => [s.getSheetId(), s]));
  const records = [...registry].sort((a, b) => ORDER.indexOf(a.spec.purpose) - ORDER.indexOf(b.spec.purpose));
  for (const record of records) {
    const responses = sheetsOf(record).flatMap((id) => { const sheet = sheets.get(id); return sheet ? responsesOf(sheet, tz) : []; });
    responses.reverse().sort((a, b) => stampOrder(b.stamp) - stampOrder(a.stamp));
    for (const r of responses) applyResponse(ws, fx, asSpec(record.spec), r);
  }
  const logged = new Set((readValues(book, JOURNAL, tz)?.records ?? []).map((r) => lineKey(r.cells)));
  const isProblem = (l: { event: string }) => l.event === JOURNAL_EVENT.problem;
  const fresh = journalRows(fx.journal.filter(isProblem)).filter((row) => !logged.has(lineKey(row)));
  fx.journal = [...fx.journal.filter((l) => !isProblem(l)), ...fresh];
  writeEffects(book, tables, ws, fx, tz);
  const { changed, problems } = countEvents(fx);
  return FORMS_UI.loaded(fx.answers, fx.added.length, changed, problems);
}

/** '15.09.2025 9:05:00' → a number that sorts by time. */
function stampOrder(stamp: string): number {
  const m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})\s+(\d{1,2}):(\d{2}):(\d{2})/.exec(stamp.trim());
  return m ? Number(`${m[3]}${m[2]!.padStart(2, '0')}${m[1]!.padStart(2, '0')}${m[4]!.padStart(2, '0')}${m[5]}${m[6]}`) : 0;
}

const lineKey = (c: object) => ['who', 'sheet', 'code', 'field', 'old', 'new'].map((k) => cellText((c as Record<string, string>)[k])).join('|');

/** «Обновить списки в анкете предпочтений»: one setChoiceValues per list question. */
export function refreshPreferenceChoices(book: Book): string {
  const registry = registryOrThrow();
  const { tables } = readBases(book);
  const codes = assignMissingCodes(book, tables);
  const candidates = candidatesOf({ mentors: tables.mentors.records, mentees: tables.mentees.records }, todayIso(book));
  let questions = 0;
  for (const record of registry.filter((r) => r.spec.purpose === 'preferences')) {
    const form = openForm(record);
    if (!form) throw new UserError(FORMS_UI.formMissing(record.spec.name));
    const pool = record.key === 'preferencesMentee' ? candidates.mentors : candidates.mentees;
    const lists = Object.fromEntries(Object.keys(record.items).filter((k) => k.startsWith('rank:'))
      .map((k) => [k, pool[k.split(':').slice(2).join(':')] ?? [NOBODY]]));
    questions += setListChoices(form, record, lists);
  }
  const count = (x: Record<string, string[]>) => Object.values(x).reduce((n, l) => n + l.length, 0);
  return [BASES_UI.codesAdded(codes), FORMS_UI.refreshed(questions, count(candidates.mentors), count(candidates.mentees))].filter(Boolean).join(' ');
}

/** Sidebar: each form's links, and every participant's personal pre-filled links. */
export function formLinks(book: Book): FormLinks {
  const registry = new Map(readRegistry().map((r) => [r.key, r]));
  const tz = book.getSpreadsheetTimeZone();
  const sheetNames = new Map(book.getSheets().map((s) => [s.getSheetId(), s.getName()]));
  const forms = FORM_KEYS.filter((k) => registry.has(k)).map((k) => {
    const r = registry.get(k)!;
    return { key: k, name: r.spec.name, purpose: r.spec.purpose, url: r.url, editUrl: r.editUrl, version: r.version, sheet: sheetNames.get(r.sheetId) ?? '' };
  });
  const link = personalLinks([...registry.values()]);
  const people = (Object.keys(BASES) as BaseName[]).flatMap((base) =>
    (readValues(book, BASES[base], tz)?.records ?? []).filter((p) => cellText(p.cells.code)).map((p) => ({
      code: cellText(p.cells.code), fullName: cellText(p.cells.fullName), base,
      links: formsFor(base, cellText(p.cells.category)).flatMap((key) => {
        const url = link(key, p);
        return url ? [{ key, name: registry.get(key)!.spec.name, url }] : [];
      }),
    })));
  return { forms, people };
}
