/**
 * «Анкеты»: create the questionnaires (idempotent: ids kept in the document's properties), switch
 * on the answer trigger once, load answers sent before it existed, refresh the preference lists,
 * and the links for the sidebar.
 */
import { cellText } from '../../domain/cell';
import { BASES, type BaseName } from '../../domain/bases/schema';
import { applyResponse, countEvents, journalRows, newEffects, newWorkspace, recordObserved, type AnswerSheet } from '../../domain/forms/apply';
import { stampOfResponse, stampSeconds } from '../../domain/privacy/provenance';
import { isBlankResponse, type Response } from '../../domain/forms/answers';
import { formsFor, type FormLinks } from '../../domain/forms/links';
import { FORMS_UI, JOURNAL_EVENT } from '../../domain/forms/messages';
import { FORM_KEYS, JOURNAL, QUESTIONS } from '../../domain/forms/schema';
import { buildSpecs, candidatesOf, parametersOf } from '../../domain/forms/specs';
import { DEFAULT_PARAMETERS, NOBODY } from '../../domain/forms/specs-surveys';
import { UserError } from '../../domain/errors';
import { createForm, setListChoices } from './build';
import { arrangeResponseSheets } from './tabs';
import { openForm, openFormById, personalLinks, responseOfRow, storedResponses } from '../links/personal';
import { dropFromPreferenceLists } from '../links/preference-lists';
import { readGraveyard } from '../links/tombstones';
import { newToken, stampBase } from '../bases/service';
import { endPairsOf } from '../meetings/end-pairs';
import { readAnswerSheet, readBase, reviewKeys, writeEffects, type Tables } from './effects';
import { allProperties, readRegistry, saveRecord, asSpec, type AllProperties, type FormRecord } from '../links/registry';
import { ensureTable, readValues } from './answer-tables';
import { HANDLER } from './trigger';
import { nowStamp, todayIso } from '../sheets/values';
import { assignMissingCodes, readBases } from '../bases/read';
import { BASES_UI } from '../../domain/bases/messages';
import { markRoadmapStep } from '../roadmap/roadmap';
import { withdrawnCodes } from '../../domain/privacy/rules';

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
  return { specs, candidates, tables, codes, domainOnly: /^да$/i.test((settings.params.formsDomainOnly ?? '').trim()) };
}

/**
 * «Только для пользователей домена» (Forms' sign-in requirement) as «Настройки» says; false when
 * the account cannot have it (not Google Workspace).
 */
function applyDomainOnly(form: GoogleAppsScript.Forms.Form, domainOnly: boolean): boolean {
  try {
    if (form.requiresLogin() !== domainOnly) form.setRequireLogin(domainOnly);
    return true;
  } catch {
    return !domainOnly;
  }
}

/** «Создать анкеты»: only the missing ones (or deleted in Drive); all of them as new versions on request. */
export function createQuestionnaires(book: Book, newVersion = false): { made: number; kept: number; message: string } {
  const started = Date.now();
  const { specs, codes, domainOnly } = specsNow(book);
  let refused = false;
  const said = (message: string) => [BASES_UI.codesAdded(codes), message].filter(Boolean).join(' ');
  const known = new Map(readRegistry().map((r) => [r.key, r]));
  const sheetIds = new Set(book.getSheets().map((s) => s.getSheetId()));
  let made = 0, kept = 0;
  const relinked: string[] = [];
  for (const spec of specs) {
    const existing = known.get(spec.key);
    const form = existing && !newVersion ? openForm(existing) : null;
    if (existing && form) {
      kept++;
      refused ||= !applyDomainOnly(form, domainOnly);
      // A form linked to another spreadsheet, or whose response sheet is gone, is linked here again.
      if (linkProblem(form, existing, book, sheetIds)) {
        saveRecord({ ...existing, sheetId: relink(form, book) });
        relinked.push(existing.spec.name);
      }
      continue;
    }
    // Each form is saved as soon as it exists: a second click goes on where this run stopped.
    if (Date.now() - started > TIME_BUDGET_MS) {
      arrangeResponseSheets(book);
      return { made, kept, message: said(FORMS_UI.partial(made, specs.length - made - kept)) };
    }
    const record = createForm(spec, book, (existing?.version ?? 0) + 1);
    const fresh = openForm(record);
    if (fresh) refused ||= !applyDomainOnly(fresh, domainOnly);
    if (existing) record.older = [...(existing.older ?? []), { id: existing.id, sheetId: existing.sheetId }];
    saveRecord(record);
    made++;
  }
  if (made) arrangeResponseSheets(book);
  markRoadmapStep(book, 'formsCreated');
  const message = [FORMS_UI.created(made, kept), relinked.length ? FORMS_UI.relinked(relinked) : '', refused ? FORMS_UI.domainOnlyRefused : '']
    .filter(Boolean).join(' ');
  return { made, kept, message: said(message) };
}

export type LinkProblem = 'elsewhere' | 'noSheet';

/** Whether a form's answers still reach this spreadsheet: its destination is here and its response sheet exists. */
export function linkProblem(form: GoogleAppsScript.Forms.Form, record: FormRecord, book: Book, sheetIds: ReadonlySet<number>): LinkProblem | null {
  let destination: string | null;
  try {
    destination = form.getDestinationId();
  } catch {
    destination = null; // no destination at all: the curator unlinked it
  }
  if (destination !== book.getId()) return 'elsewhere';
  return sheetIds.has(record.sheetId) ? null : 'noSheet';
}

/** Links the form to this spreadsheet again: Forms makes a new response sheet; its id is returned. */
function relink(form: GoogleAppsScript.Forms.Form, book: Book): number {
  const before = new Set(book.getSheets().map((s) => s.getSheetId()));
  try {
    form.removeDestination();
  } catch {
    // it had none
  }
  form.setDestination(FormApp.DestinationType.SPREADSHEET, book.getId());
  SpreadsheetApp.flush();
  return book.getSheets().find((s) => !before.has(s.getSheetId()))?.getSheetId() ?? -1;
}

/** «Включить приём ответов»: one spreadsheet onFormSubmit trigger, however often it is clicked. */
export function installAnswerTrigger(book: Book): string {
  const has = ScriptApp.getUserTriggers(book).some((t) =>
    t.getHandlerFunction() === HANDLER && t.getEventType() === ScriptApp.EventType.ON_FORM_SUBMIT);
  if (has) return FORMS_UI.triggerExists;
  ScriptApp.newTrigger(HANDLER).forSpreadsheet(book).onFormSubmit().create();
  return FORMS_UI.triggerInstalled;
}

function registryOrThrow(all: AllProperties = allProperties()): FormRecord[] {
  const registry = readRegistry(all);
  if (!registry.length) throw new UserError(FORMS_UI.noForms);
  return registry;
}

/** The rows of a response sheet as responses: text as the trigger would receive it. */
export function responsesOf(sheet: GoogleAppsScript.Spreadsheet.Sheet, tz: string): Response[] {
  const [header = [], ...rows] = sheet.getDataRange().getValues();
  return rows.map((r) => responseOfRow(header, r, tz)).filter((r) => !isBlankResponse(r));
}

/**
 * Every answer of a questionnaire (this version and the older ones): read from the form's own store,
 * so a re-linked form or a deleted response sheet loses nothing; a form deleted in Drive gives the
 * rows its response sheet kept.
 */
function answersOf(record: FormRecord, sheets: ReadonlyMap<number, GoogleAppsScript.Spreadsheet.Sheet>, tz: string): Response[] {
  return [{ id: record.id, sheetId: record.sheetId }, ...(record.older ?? [])].flatMap(({ id, sheetId }) => {
    const form = openFormById(id);
    if (form) return storedResponses(form, tz).filter((r) => !isBlankResponse(r));
    const sheet = sheets.get(sheetId);
    return sheet ? responsesOf(sheet, tz) : [];
  });
}

/**
 * «Загрузить ответы»: every answer of every questionnaire, oldest first, under the rules of the
 * answers (src/domain/forms/apply.ts): an answer changes a field only if newer than its last change,
 * an answer taken into account before changes nothing, so it is safe to run at any time. Every
 * row of the bases is compared with its record on the way: the curator's edits are dated now.
 */
export function loadAnswers(book: Book): string {
  const all = allProperties();
  const registry = registryOrThrow(all);
  const tz = book.getSpreadsheetTimeZone();
  const tables: Tables = { bases: { mentors: readBase(book, 'mentors', tz), mentees: readBase(book, 'mentees', tz) }, answers: {} };
  const seen: Partial<Record<AnswerSheet, Set<string>>> = {};
  for (const which of ['satisfaction', 'entryExit', 'preferences'] as AnswerSheet[]) {
    const s = readAnswerSheet(book, which, tz);
    tables.answers[which] = s.table;
    seen[which] = s.ids;
  }
  const ws = newWorkspace(todayIso(book), { mentors: tables.bases.mentors!.records, mentees: tables.bases.mentees!.records },
    { mentors: tables.bases.mentors!.rows, mentees: tables.bases.mentees!.rows },
    { seen, now: nowStamp(book), graves: readGraveyard(all), newToken, reviewed: reviewKeys(book, tz) });
  const fx = newEffects();
  const sheets = new Map(book.getSheets().map((s) => [s.getSheetId(), s]));
  const answers = registry.flatMap((record) => answersOf(record, sheets, tz).map((r) => ({ record, r, at: stampSeconds(stampOfResponse(r.stamp) ?? '') })));
  answers.sort((a, b) => a.at - b.at);
  for (const { record, r } of answers) applyResponse(ws, fx, asSpec(record.spec), r);
  recordObserved(ws, fx);
  const logged = new Set((readValues(book, JOURNAL, tz)?.records ?? []).map((r) => lineKey(r.cells)));
  const once = (l: { event: string }) => l.event === JOURNAL_EVENT.problem || l.event === JOURNAL_EVENT.ignored;
  const fresh = journalRows(fx.journal.filter(once)).filter((row) => !logged.has(lineKey(row)));
  fx.journal = [...fx.journal.filter((l) => !once(l)), ...fresh];
  writeEffects(book, tables, ws, fx, tz);
  // Everyone whose consent is withdrawn — by this run's answers or earlier ones the trigger applied —
  // leaves their pairs (only pairs still running change) and the preference lists.
  const withdrawn = new Set([...fx.withdrawn, ...withdrawnCodes((['mentors', 'mentees'] as const).flatMap((b) => ws.people[b] ?? []))]);
  const ended = endPairsOf(book, withdrawn);
  if (fx.withdrawn.length) dropFromPreferenceLists(registry, new Set(fx.withdrawn));
  const { changed, problems } = countEvents(fx);
  return FORMS_UI.loaded(fx.answers, fx.added.length, changed, problems, fx.outcomes, ended);
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
  const sheetIds = new Set(sheetNames.keys());
  const forms = FORM_KEYS.filter((k) => registry.has(k)).map((k) => {
    const r = registry.get(k)!;
    const form = openForm(r);
    const problem = form ? linkProblem(form, r, book, sheetIds) : 'deleted';
    return {
      key: k, name: r.spec.name, purpose: r.spec.purpose, url: r.url, editUrl: r.editUrl, version: r.version, sheet: sheetNames.get(r.sheetId) ?? '',
      ...(problem ? { problem: FORMS_UI.linkProblem[problem] } : {}),
    };
  });
  const link = personalLinks([...registry.values()]);
  const now = nowStamp(book);
  const people = (Object.keys(BASES) as BaseName[]).flatMap((base) => {
    // Everyone gets their link token before their links are made (a link without one goes to «На проверку»).
    const t = readBase(book, base, tz);
    stampBase(t.sheet, base, t.index, t.records, Math.max(0, t.raw.length - 1), now);
    return t.records.filter((p) => cellText(p.cells.code)).map((p) => ({
      code: cellText(p.cells.code), fullName: cellText(p.cells.fullName), base,
      links: formsFor(base, cellText(p.cells.category)).flatMap((key) => {
        const url = link(key, p);
        return url ? [{ key, name: registry.get(key)!.spec.name, url }] : [];
      }),
    }));
  });
  return { forms, people };
}
