/**
 * Routing one response into the workbook, in memory: new people, changed fields, answer rows and
 * «Журнал» lines. The adapters read the sheets once, call applyResponse for each response (one
 * from a trigger, all of them for «Загрузить ответы») and write the effects in a few batches.
 * Applying the same response twice changes nothing the second time.
 */
import { cellText, isDate, type Cell } from '../cell';
import { isMinor, type PersonRow } from '../bases/check';
import { nextCodes } from '../bases/codes';
import { BASE_TITLE } from '../bases/messages';
import { BASES, CODE_PREFIX, CONSENT_BY_PARENT, CONSENT_GIVEN, type BaseName } from '../bases/schema';
import { ROLES } from '../surveys/schema';
import { normaliseName } from '../text';
import { answersByKey, consentFields, dayOfStamp, intakeFields, normaliseGrade, responseIdOf, sameCell, type Mapped, type Response } from './answers';
import { ANSWER_PROBLEM, JOURNAL_EVENT, journalWho, type AnswerProblem } from './messages';
import type { FormSpec } from './schema';
import { ACTIVE } from './specs';
import { codeOfChoice, NOBODY, RANKS, rankKey } from './specs-surveys';

/** A blank value in «Журнал», so that a line of a multi-line cell is never just missing. */
export const EMPTY = '—';

export type AnswerSheet = 'satisfaction' | 'entryExit' | 'preferences';

export interface Workspace {
  today: string;
  /** The bases read for this run (a trigger reads only those its answer needs). */
  people: Partial<Record<BaseName, PersonRow[]>>;
  /**
   * Fields already set by this run. «Загрузить ответы» applies the newest answers first, so an
   * older answer never undoes a newer one and a second run finds nothing to change.
   */
  touched: Set<string>;
  /** The row a new person of each base goes to. */
  nextRow: Record<BaseName, number>;
  /** Rows at or below this were added in this run: they are written whole, not as changes. */
  firstNew: Record<BaseName, number>;
  /** Response ids already in each answer sheet. */
  seen: Record<AnswerSheet, Set<string>>;
}

export interface Change { base: BaseName; row: number; field: string; value: Cell }
export interface JournalLine { who: string; event: string; sheet: string; code: string; field: string; old: string; new: string }

export interface Effects {
  added: { base: BaseName; record: PersonRow }[];
  changed: Change[];
  journal: JournalLine[];
  rows: Record<AnswerSheet, Record<string, Cell>[]>;
  answers: number;
}

export const newEffects = (): Effects => ({ added: [], changed: [], journal: [], rows: { satisfaction: [], entryExit: [], preferences: [] }, answers: 0 });

export function newWorkspace(today: string, people: Partial<Record<BaseName, PersonRow[]>>, dataRows: Record<BaseName, number>,
  seen?: Partial<Record<AnswerSheet, Set<string>>>): Workspace {
  const next = { mentors: dataRows.mentors + 1, mentees: dataRows.mentees + 1 };
  return {
    today, people, touched: new Set(), nextRow: { ...next }, firstNew: { ...next },
    seen: { satisfaction: seen?.satisfaction ?? new Set(), entryExit: seen?.entryExit ?? new Set(), preferences: seen?.preferences ?? new Set() },
  };
}

const header = (base: BaseName, field: string) => (BASES[base].columns as Record<string, { header: string }>)[field]?.header ?? field;
const baseOfCode = (code: string): BaseName | null =>
  code.startsWith(`${CODE_PREFIX.mentors}-`) ? 'mentors' : code.startsWith(`${CODE_PREFIX.mentees}-`) ? 'mentees' : null;
const roleOf = (base: BaseName) => (base === 'mentors' ? ROLES[0] : ROLES[1]);
const byCode = (rows: readonly PersonRow[] | undefined, code: string) => rows?.find((r) => cellText(r.cells.code).toUpperCase() === code.toUpperCase());

/** By participant code; else the same normalised ФИО and the same class, phone, e-mail or date of birth. */
export function findPerson(rows: readonly PersonRow[], code: string, fields: Partial<Record<string, Cell>>): PersonRow | undefined {
  if (code) {
    const hit = byCode(rows, code);
    if (hit) return hit;
  }
  const name = normaliseName(cellText(fields.fullName));
  if (!name) return undefined;
  const keys: [string, (v: Cell | undefined) => string][] = [
    ['grade', (v) => normaliseGrade(cellText(v))], ['phone', (v) => cellText(v)], ['email', (v) => cellText(v).toLowerCase()],
    ['parentPhone', (v) => cellText(v)], ['birthDate', (v) => (isDate(v) ? v.iso : '')],
  ];
  return rows.find((r) => normaliseName(cellText(r.cells.fullName)) === name &&
    keys.some(([k, f]) => f(fields[k]) !== '' && f(fields[k]) === f(r.cells[k])));
}

export function applyResponse(ws: Workspace, fx: Effects, spec: FormSpec, response: Response): void {
  fx.answers++;
  const answers = answersByKey(spec, response.named);
  const code = (answers.code ?? '').toUpperCase();
  const who = journalWho(spec.name, answers.fullName ?? answers.participantName ?? code);
  const problem = (code2: AnswerProblem, sheet: string, person: string, field = '', value = ''): void => {
    fx.journal.push({ who, event: JOURNAL_EVENT.problem, sheet, code: person, field, old: value, new: ANSWER_PROBLEM[code2] });
  };
  const day = dayOfStamp(response.stamp) ?? ws.today;

  if (spec.purpose === 'intake') {
    const base = spec.base!;
    const mapped = intakeFields(spec, answers);
    const known = code && baseOfCode(code) !== base ? (problem('wrongRole', BASE_TITLE[base], code), '') : code;
    const person = findPerson(ws.people[base] ?? [], known, mapped.fields);
    report(mapped, base, person ? cellText(person.cells.code) : known);
    if (person) update(base, person, mapped.fields);
    else add(base, { ...mapped.fields, status: ACTIVE, entryDate: { iso: day } });
    return;
  }
  if (spec.purpose === 'consent') {
    const mapped = consentFields(answers);
    const people = consentPeople(code, answers.participantName ?? '', answers.participantGrade ?? '');
    if (!people.length) return problem('notFound', '', code, 'ФИО', answers.participantName ?? '');
    for (const [base, person] of people) {
      report(mapped, base, cellText(person.cells.code));
      const changed = update(base, person, mapped.fields);
      const c = person.cells;
      if (changed && cellText(c.consent) === CONSENT_GIVEN && cellText(c.consentBy) !== CONSENT_BY_PARENT && isMinor(c, ws.today)) {
        problem('minorSelfConsent', BASE_TITLE[base], cellText(c.code), header(base, 'consentBy'), cellText(c.consentBy));
      }
    }
    return;
  }

  // Answers keyed by participant code: preferences, satisfaction, entry/exit.
  const base = spec.base!;
  if (!code) return problem('noCode', BASE_TITLE[base], '');
  if (baseOfCode(code) !== base) return problem('wrongRole', BASE_TITLE[base], code);
  const person = byCode(ws.people[base], code);
  if (!person) problem('notFound', BASE_TITLE[base], code);
  const id = responseIdOf(spec.key, response.stamp, code);
  const sheet: AnswerSheet = spec.purpose as AnswerSheet;
  if (ws.seen[sheet].has(id)) return;
  ws.seen[sheet].add(id);
  const common = { responseId: id, code, role: roleOf(base), date: { iso: day } };
  if (spec.purpose === 'satisfaction') {
    const form = cellText(person?.cells.form);
    for (const q of spec.questions) {
      const a = answers[q.key];
      if (a !== undefined && q.key !== 'code') fx.rows.satisfaction.push({ ...common, form, question: q.title, answer: a });
    }
  } else if (spec.purpose === 'entryExit') {
    for (const q of spec.questions.filter((x) => x.kind === 'scale')) {
      const n = Number(answers[q.key]);
      if (answers[q.key] !== undefined && Number.isFinite(n)) fx.rows.entryExit.push({ ...common, stage: answers.stage ?? '', parameter: q.title, value: n });
    }
  } else {
    const form = answers.form ?? '';
    const other: BaseName = base === 'mentors' ? 'mentees' : 'mentors';
    const chosen = new Set<string>();
    for (let rank = 1; rank <= RANKS; rank++) {
      const choice = answers[rankKey(form, rank)];
      const picked = choice && choice !== NOBODY ? codeOfChoice(choice) : null;
      if (!picked || chosen.has(picked)) continue;
      chosen.add(picked);
      const target = byCode(ws.people[other], picked);
      if (ws.people[other] && !target) problem('unknownChoice', BASE_TITLE[other], picked, '', choice ?? '');
      fx.rows.preferences.push({
        ...common, fullName: cellText(person?.cells.fullName) || (answers.fullName ?? ''), form, rank: chosen.size,
        choiceCode: picked, choiceName: cellText(target?.cells.fullName) || (choice ?? '').replace(/\s*\([^()]*\)\s*$/, ''),
      });
    }
  }

  function report(mapped: Mapped, b: BaseName, personCode: string) {
    for (const p of mapped.problems) problem(p.code, BASE_TITLE[b], personCode, header(b, p.field), p.value);
  }

  function update(b: BaseName, person: PersonRow, fields: Partial<Record<string, Cell>>): boolean {
    let changed = false;
    for (const [field, value] of Object.entries(fields)) {
      const mark = `${b}:${person.row}:${field}`;
      if (value === undefined || field === 'code' || ws.touched.has(mark)) continue;
      ws.touched.add(mark);
      if (sameCell(person.cells[field], value)) continue;
      const old = person.cells[field];
      person.cells[field] = value;
      changed = true;
      if (person.row < ws.firstNew[b]) fx.changed.push({ base: b, row: person.row, field, value });
      fx.journal.push({
        who, event: JOURNAL_EVENT.changed, sheet: BASE_TITLE[b], code: cellText(person.cells.code),
        field: header(b, field), old: cellText(old) || EMPTY, new: cellText(value) || EMPTY,
      });
    }
    return changed;
  }

  function add(b: BaseName, cells: Partial<Record<string, Cell>>) {
    const rows = (ws.people[b] ??= []);
    const codes = rows.map((r) => cellText(r.cells.code) || '');
    const { codes: next } = nextCodes(CODE_PREFIX[b], [...codes, null]);
    const record: PersonRow = { row: ws.nextRow[b]++, cells: { ...cells, code: next.at(-1)! } };
    rows.push(record);
    for (const field of Object.keys(cells)) ws.touched.add(`${b}:${record.row}:${field}`);
    fx.added.push({ base: b, record });
  }

  function consentPeople(c: string, name: string, grade: string): [BaseName, PersonRow][] {
    const b = c ? baseOfCode(c) : null;
    const hit = b ? byCode(ws.people[b], c) : undefined;
    if (b && hit) return [[b, hit]];
    const n = normaliseName(name);
    const g = normaliseGrade(grade);
    const found: [BaseName, PersonRow][] = [];
    for (const base2 of ['mentees', 'mentors'] as BaseName[]) {
      const same = (ws.people[base2] ?? []).filter((r) => n && normaliseName(cellText(r.cells.fullName)) === n);
      const sure = g ? same.filter((r) => normaliseGrade(cellText(r.cells.grade)) === g) : same.length === 1 ? same : [];
      for (const r of sure) found.push([base2, r]);
    }
    return found;
  }
}

/**
 * «Журнал» rows: the lines of one answer about one person become one row, a field per line in the
 * cells «Поле», «Было», «Стало» — so a trigger writes its answer's changes with one call.
 */
export function journalRows(lines: readonly JournalLine[]): JournalLine[] {
  const rows = new Map<string, JournalLine>();
  for (const l of lines) {
    const key = [l.who, l.event, l.sheet, l.code].join('|');
    const row = rows.get(key);
    if (!row) rows.set(key, { ...l });
    else Object.assign(row, { field: `${row.field}\n${l.field}`, old: `${row.old}\n${l.old}`, new: `${row.new}\n${l.new}` });
  }
  return [...rows.values()];
}

/** Problems and changes in the journal lines of a run, for the curator's message. */
export const countEvents = (fx: Effects) => ({
  changed: fx.journal.filter((j) => j.event === JOURNAL_EVENT.changed).length,
  problems: fx.journal.filter((j) => j.event === JOURNAL_EVENT.problem || j.event === JOURNAL_EVENT.error).length,
});
