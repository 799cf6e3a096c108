/**
 * The life of pairs: individual plans, meetings, progress at a glance and completion (seed 002 §7),
 * which writes the results back into both bases.
 */
import { type Cell, cellText, formatRuDate, parseRuDate } from '../../domain/cell';
import { MENTEES, MENTORS } from '../../domain/bases/schema';
import { activePairs, baseUpdates, planCompletion, resultLine, type Ending, type PersonRef } from '../../domain/meetings/completion';
import { LIFE_UI } from '../../domain/meetings/messages';
import { planKey, planRows } from '../../domain/meetings/plans';
import { progressOf, progressRows, silentWeeksOf } from '../../domain/meetings/progress';
import { END_REASONS, MEETING_TYPES, MEETINGS, PLANS, PROGRESS, type MeetingKey, type PlanKey } from '../../domain/meetings/schema';
import { dateIso } from '../../domain/roadmap/roadmap';
import { APPROVED, PAIRS, type PairKey } from '../../domain/pairs/schema';
import { columnLetter, type Record_, type TableSpec } from '../../domain/table';
import { UserError } from '../../domain/errors';
import { ownSheet, readTable, sheetUrl, type Table, writeColumn } from '../sheets/table';
import { todayIso, toSheetValues } from '../sheets/values';
import { appendRecords, readOrCreate, writeTable } from '../sheets/write';
import { markRoadmapStep } from '../roadmap/roadmap';
import { settingsOf } from '../sheets/settings';

type Book = GoogleAppsScript.Spreadsheet.Spreadsheet;

function readPairs(book: Book): Table<PairKey> {
  const table = readTable(PAIRS, book);
  if (!table) throw new UserError(LIFE_UI.noPairs);
  const needed: PairKey[] = ['pairId', 'mentor', 'mentee', 'status'];
  const missing = needed.filter((k) => table.missing.includes(k));
  if (missing.length) throw new UserError(LIFE_UI.pairsMissingHeaders(missing.map((k) => PAIRS.columns[k].header)));
  return table as Table<PairKey>;
}
const records = <K extends string>(t: Table<K>) => t.records as Record_<K>[];

/** «Создать индивидуальные планы»: the template tasks of its form for each approved pair without a plan. */
export function createPlans(book: Book): string {
  const today = todayIso(book);
  const pairs = records(readPairs(book));
  const plans = readOrCreate(book, PLANS);
  const have = new Set(records(plans).map((r) => planKey(r.cells.pairId, r.cells.mentee)));
  const approved = pairs.filter((r) => cellText(r.cells.status).toLowerCase() === APPROVED);
  const wanted = approved.map((r) => ({
    pairId: cellText(r.cells.pairId), mentee: cellText(r.cells.mentee), form: cellText(r.cells.form),
    start: dateIso(r.cells.startDate) || today, ...(dateIso(r.cells.endDate) ? { end: dateIso(r.cells.endDate) } : {}),
  }));
  const rows = planRows(wanted, have);
  appendRecords(book, plans, PLANS, rows);
  const newPairs = new Set(rows.map((r) => planKey(r.pairId, r.mentee))).size;
  if (approved.length) markRoadmapStep(book, 'plansCreated', { url: sheetUrl(book, plans.sheet), label: PLANS.sheet });
  return LIFE_UI.plansCreated(newPairs, rows.length);
}

export interface MeetingInput {
  pairId: string;
  /** ISO or ДД.ММ.ГГГГ */
  date: string;
  type: string;
  topic?: string;
  result?: string;
  next?: string;
}

/** Logs one meeting of an approved pair (sidebar): checked, then one append. */
export function logMeeting(book: Book, input: MeetingInput): string {
  const today = todayIso(book);
  const id = String(input.pairId ?? '').trim();
  const pair = activePairs(records(readPairs(book)), today).find((p) => p.pairId === id);
  if (!pair) throw new UserError(LIFE_UI.unknownPair(id));
  const date = parseRuDate(String(input.date ?? ''));
  if (!date) throw new UserError(LIFE_UI.badDate);
  if (date > today) throw new UserError(LIFE_UI.futureMeeting);
  const type = MEETING_TYPES.find((t) => t === String(input.type ?? '').trim().toLowerCase());
  if (!type) throw new UserError(LIFE_UI.badType(MEETING_TYPES));
  const meetings = readOrCreate(book, MEETINGS);
  // The same meeting twice (a double click, a second «Записать встречу») is one meeting.
  const same = meetings.records.find((r) => cellText(r.cells.pairId) === id && cellText(r.cells.type).toLowerCase() === type &&
    (typeof r.cells.date === 'object' ? r.cells.date.iso : parseRuDate(cellText(r.cells.date))) === date);
  if (same) return LIFE_UI.meetingExists(type, formatRuDate(date));
  const row: Partial<Record<MeetingKey, Cell>> = {
    pairId: id, mentor: pair.mentor, mentee: pair.mentees.join(', '), date: { iso: date }, type,
    topic: String(input.topic ?? ''), result: String(input.result ?? ''), next: String(input.next ?? ''),
  };
  appendRecords(book, meetings, MEETINGS, [row]);
  return LIFE_UI.meetingLogged(type, formatRuDate(date));
}

/** «Ход работы пар»: rebuilt from «Пары», «Встречи» and «Индивидуальные планы» (one read each, one write). */
export function pairsProgress(book: Book): { pairs: number; attention: number; message: string } {
  const today = todayIso(book);
  const settings = settingsOf(book);
  const pairs = activePairs(records(readPairs(book)), today);
  const meetings = readTable(MEETINGS, book);
  const plans = readTable(PLANS, book);
  const progress = progressOf(
    pairs, meetings ? records(meetings as Table<MeetingKey>) : [], plans ? records(plans as Table<PlanKey>) : [],
    today, silentWeeksOf(settings.params.silentWeeks),
  );
  const keys = Object.keys(PROGRESS.columns) as (keyof typeof PROGRESS.columns)[];
  const body = progressRows(pairs, progress).map((r) => keys.map((k) => r[k] ?? ''));
  const existing = book.getSheetByName(PROGRESS.sheet) && ownSheet(book, PROGRESS.sheet, PROGRESS.columns.pairId.header);
  existing?.clearContents();
  const sheet = writeTable(book, PROGRESS, body);
  if (!existing) {
    const attention = sheet.getRange(2, 1, Math.max(1, sheet.getMaxRows() - 1), keys.length);
    const letter = columnLetter(keys.indexOf('attention') + 1);
    sheet.setConditionalFormatRules([
      SpreadsheetApp.newConditionalFormatRule().whenFormulaSatisfied(`=$${letter}2<>""`).setBackground('#fce5cd')
        .setRanges([attention]).build(),
    ]);
  }
  const attention = progress.filter((p) => p.attention.length).length;
  return { pairs: pairs.length, attention, message: LIFE_UI.progress(pairs.length, attention) };
}

/**
 * «Завершить отмеченные пары» and the sidebar's completion: pairs get status, end date, reason and
 * results; each person's base row gets a results line (history kept) and the case link.
 */
export function completePairs(book: Book, endings: readonly Ending[] = []): { pairs: number; people: number; message: string } {
  for (const e of endings) {
    if (!(END_REASONS as readonly string[]).includes(e.reason)) throw new UserError(LIFE_UI.badReason(END_REASONS));
  }
  const today = todayIso(book);
  const settings = settingsOf(book);
  const table = readPairs(book);
  const rows = records(table);
  const changes = planCompletion(rows, endings, today);
  if (!changes.length) return { pairs: 0, people: 0, message: LIFE_UI.completed(0, 0) };

  const tz = book.getSpreadsheetTimeZone();
  const changed = new Map(changes.map((c) => [c.row, c]));
  const column = (k: PairKey, value: (c: (typeof changes)[number]) => Cell) => {
    const col = table.index[k];
    if (col === undefined) return;
    const values = table.grid.slice(1).map((r, i) => {
      const c = changed.get(i + 2);
      return [c ? value(c) : (r[col] ?? '')];
    });
    const range = table.sheet.getRange(2, col + 1, values.length, 1);
    if (PAIRS.columns[k].kind === 'text') range.setNumberFormat('@');
    range.setValues(toSheetValues(values, tz));
  };
  column('status', (c) => c.status);
  column('endDate', (c) => ({ iso: c.endDate }));
  column('endReason', (c) => c.endReason);
  column('results', (c) => c.results);

  const byRow = new Map(rows.map((r) => [r.row, r]));
  const caseOf = new Map(endings.map((e) => [e.pairId, e.caseLink ?? '']));
  // mentors who keep another approved pair: by code, or by name where the pair has no code
  const active = new Set<string>();
  for (const r of rows) {
    if (changed.has(r.row) || cellText(r.cells.status).toLowerCase() !== APPROVED) continue;
    const code = cellText(r.cells.mentorCode);
    if (code) active.add(`code:${code}`);
    active.add(`name:${cellText(r.cells.mentor)}`);
  }
  const stillActive = (code: string, name: string) => (code !== '' && active.has(`code:${code}`)) || active.has(`name:${name}`);
  const mentorRefs: PersonRef[] = [];
  const menteeRefs: PersonRef[] = [];
  for (const c of changes) {
    const r = byRow.get(c.row)!;
    const pairId = cellText(r.cells.pairId);
    const line = resultLine(settings.params.schoolYear, pairId, c.endReason, c.endDate, c.results);
    const caseLink = caseOf.get(pairId) ?? '';
    const mentor = { code: cellText(r.cells.mentorCode), name: cellText(r.cells.mentor) };
    menteeRefs.push({ code: cellText(r.cells.menteeCode), name: cellText(r.cells.mentee), line, caseLink, status: 'завершил' });
    mentorRefs.push({ ...mentor, line, caseLink, status: stillActive(mentor.code, mentor.name) ? null : 'завершил' });
  }
  const people = writeBack(book, MENTORS, mentorRefs) + writeBack(book, MENTEES, menteeRefs);
  if (!rows.some((r) => !changed.has(r.row) && cellText(r.cells.status).toLowerCase() === APPROVED)) {
    markRoadmapStep(book, 'resultsWritten', { url: sheetUrl(book, table.sheet), label: PAIRS.sheet });
  }
  const pairs = new Set(changes.map((c) => cellText(byRow.get(c.row)!.cells.pairId))).size;
  return { pairs, people, message: LIFE_UI.completed(pairs, people) };
}

type BaseKey = 'code' | 'fullName' | 'results' | 'caseLink' | 'status';

/** Results, case link and status of one base: three column writes, whatever the number of people. */
function writeBack(book: Book, spec: TableSpec<string>, refs: readonly PersonRef[]): number {
  const table = readTable(spec, book);
  if (!table) return 0;
  const updates = baseUpdates(table.records as Record_<BaseKey>[], refs);
  if (!updates.length) return 0;
  for (const k of ['results', 'caseLink', 'status'] as const) {
    const col = table.index[k];
    if (col === undefined) continue;
    const changed = new Map(updates.filter((u) => u[k] !== undefined).map((u) => [u.row, u[k]!]));
    writeColumn(table, col, changed, book.getSpreadsheetTimeZone());
  }
  return updates.length;
}
