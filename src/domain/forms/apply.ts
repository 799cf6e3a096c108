/**
 * Routing one response into the workbook, in memory: new people, changed fields, answer rows,
 * «Журнал» lines and «На проверку» rows. The adapters read the sheets once, call applyResponse for
 * each response (one from a trigger, all of them oldest first for «Загрузить ответы») and write
 * the effects in a few batches.
 *
 * The newest decision wins (docs/privacy-model.md): an answer changes a field only if it is newer
 * than the field's last change from any source, recorded in the person's service cell; an answer
 * already taken into account (by its key) changes nothing; an erased person's answers are no-ops;
 * an answer that cannot prove whose record it is goes to «На проверку» and changes nothing.
 */
import { cellText, fitCell, isDate, type Cell } from '../cell';
import { isMinor, type PersonRow } from '../bases/check';
import { nextCodes } from '../bases/codes';
import { BASE_TITLE } from '../bases/messages';
import { BASES, CODE_PREFIX, CONSENT_WITHDRAWN, SERVICE_FIELD, type BaseName } from '../bases/schema';
import { consentAnswer, recordConsent } from '../privacy/consent';
import { checkIdentity, type IdentityProblem } from '../privacy/identity';
import { IDENTITY_PROBLEM } from '../privacy/messages';
import {
  answerKey, emptyProvenance, formatProvenance, isNewer, mark, observe, parseProvenance, rememberAnswer, stampOfResponse, trackedFields,
  type Outcome, type Provenance, type Stamp,
} from '../privacy/provenance';
import { buried, graveyard, type Graveyard } from '../privacy/tombstones';
import { ROLES } from '../surveys/schema';
import { normaliseName } from '../text';
import { phoneOf } from '../privacy/find';
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
  /** This run's time: a curator's edit first seen now is dated now. */
  now: Stamp;
  /** The bases read for this run (a trigger reads only those its answer needs). */
  people: Partial<Record<BaseName, PersonRow[]>>;
  /** The row a new person of each base goes to. */
  nextRow: Record<BaseName, number>;
  /** Rows at or below this were added in this run: they are written whole, not as changes. */
  firstNew: Record<BaseName, number>;
  /** Response ids already in each answer sheet. */
  seen: Record<AnswerSheet, Set<string>>;
  /** Keys of answers already in «На проверку». */
  reviewed: Set<string>;
  graves: Graveyard;
  /** A new unguessable link token (the adapter's Utilities.getUuid()). */
  newToken: () => string;
  /** Each touched person's provenance, parsed (and compared with the row) once per run. */
  provenance: Map<PersonRow, Provenance>;
  /** Which person each applied answer key belongs to, per base: built when first needed. */
  appliedKeys: Partial<Record<BaseName, Map<string, PersonRow>>>;
}

export interface Change { base: BaseName; row: number; field: string; value: Cell }
export interface JournalLine { who: string; event: string; sheet: string; code: string; field: string; old: string; new: string }
export interface ReviewLine { key: string; when: string; form: string; code: string; name: string; reason: IdentityProblem; answers: string }

export interface Effects {
  added: { base: BaseName; record: PersonRow }[];
  changed: Change[];
  journal: JournalLine[];
  rows: Record<AnswerSheet, Record<string, Cell>[]>;
  review: ReviewLine[];
  /** Codes whose consent an answer withdrew: their pairs end and the preference lists drop them. */
  withdrawn: string[];
  answers: number;
  outcomes: Record<Outcome | 'review' | 'erased', number>;
}

export const newEffects = (): Effects => ({
  added: [], changed: [], journal: [], rows: { satisfaction: [], entryExit: [], preferences: [] }, review: [], withdrawn: [], answers: 0,
  outcomes: { applied: 0, older: 0, replayed: 0, review: 0, erased: 0 },
});

export interface WorkspaceOptions {
  now?: Stamp;
  seen?: Partial<Record<AnswerSheet, Set<string>>>;
  reviewed?: Set<string>;
  graves?: Graveyard;
  newToken?: () => string;
}

export function newWorkspace(today: string, people: Partial<Record<BaseName, PersonRow[]>>, dataRows: Record<BaseName, number>,
  options: WorkspaceOptions = {}): Workspace {
  const next = { mentors: dataRows.mentors + 1, mentees: dataRows.mentees + 1 };
  const seen = options.seen ?? {};
  let n = 0;
  return {
    today, now: options.now ?? `${today} 00:00:00`, people, nextRow: { ...next }, firstNew: { ...next },
    seen: { satisfaction: seen.satisfaction ?? new Set(), entryExit: seen.entryExit ?? new Set(), preferences: seen.preferences ?? new Set() },
    reviewed: options.reviewed ?? new Set(), graves: options.graves ?? graveyard([]),
    newToken: options.newToken ?? (() => `token${++n}`), provenance: new Map(), appliedKeys: {},
  };
}

const header = (base: BaseName, field: string) => (BASES[base].columns as Record<string, { header: string }>)[field]?.header ?? field;
const baseOfCode = (code: string): BaseName | null =>
  code.startsWith(`${CODE_PREFIX.mentors}-`) ? 'mentors' : code.startsWith(`${CODE_PREFIX.mentees}-`) ? 'mentees' : null;
const roleOf = (base: BaseName) => (base === 'mentors' ? ROLES[0] : ROLES[1]);
const byCode = (rows: readonly PersonRow[] | undefined, code: string) => rows?.find((r) => cellText(r.cells.code).toUpperCase() === code.toUpperCase());

/** A person's provenance for this run: the curator's edits since the last record are seen now. */
export function provenanceOf(ws: Workspace, base: BaseName, person: PersonRow): Provenance {
  let p = ws.provenance.get(person);
  if (!p) {
    p = parseProvenance(cellText(person.cells[SERVICE_FIELD]));
    observe(p, person.cells, trackedFields(base), ws.now);
    ws.provenance.set(person, p);
  }
  return p;
}

/** The person an answer key was applied to already (an answer of a public link has no code to find them by). */
function appliedTo(ws: Workspace, base: BaseName, key: string): PersonRow | undefined {
  let index = ws.appliedKeys[base];
  if (!index) {
    index = new Map();
    for (const person of ws.people[base] ?? []) {
      for (const k of parseProvenance(cellText(person.cells[SERVICE_FIELD])).applied) index.set(k, person);
    }
    ws.appliedKeys[base] = index;
  }
  return index.get(key);
}

const phoneKey = (v: Cell | undefined) => phoneOf(v) ?? '';

/** By participant code; else the same normalised ФИО and the same class, phone, e-mail or date of birth. */
export function findPerson(rows: readonly PersonRow[], code: string, fields: Partial<Record<string, Cell>>): PersonRow | undefined {
  if (code) {
    const hit = byCode(rows, code);
    if (hit) return hit;
  }
  const name = normaliseName(cellText(fields.fullName));
  if (!name) return undefined;
  const keys: [string, (v: Cell | undefined) => string][] = [
    ['grade', (v) => normaliseGrade(cellText(v))], ['phone', phoneKey], ['email', (v) => cellText(v).toLowerCase()],
    ['parentPhone', phoneKey], ['birthDate', (v) => (isDate(v) ? v.iso : '')],
  ];
  return rows.find((r) => normaliseName(cellText(r.cells.fullName)) === name &&
    keys.some(([k, f]) => f(fields[k]) !== '' && f(fields[k]) === f(r.cells[k])));
}

/** The answers as the curator reads them in «На проверку»: a question per line. */
function answersText(spec: FormSpec, named: Record<string, string>): string {
  const lines = spec.questions.filter((q) => q.key !== 'token' && (named[q.title] ?? '').trim() !== '')
    .map((q) => `${q.title}: ${named[q.title]!.trim()}`);
  return fitCell(lines.join('\n'));
}

export function applyResponse(ws: Workspace, fx: Effects, spec: FormSpec, response: Response): void {
  fx.answers++;
  const answers = answersByKey(spec, response.named);
  const code = (answers.code ?? '').toUpperCase();
  const name = answers.fullName ?? answers.participantName ?? '';
  const at = stampOfResponse(response.stamp) ?? ws.now;
  const key = answerKey(spec.key, at, Object.values(answers));
  const who = journalWho(spec.name, name || code);
  const problem = (code2: AnswerProblem, sheet: string, person: string, field = '', value = ''): void => {
    fx.journal.push({ who, event: JOURNAL_EVENT.problem, sheet, code: person, field, old: value, new: ANSWER_PROBLEM[code2] });
  };
  const review = (reason: IdentityProblem): void => {
    fx.outcomes.review++;
    if (ws.reviewed.has(key)) return;
    ws.reviewed.add(key);
    fx.review.push({ key, when: response.stamp.trim(), form: spec.name, code, name, reason, answers: answersText(spec, response.named) });
    fx.journal.push({ who, event: JOURNAL_EVENT.review, sheet: '', code, field: '', old: '', new: IDENTITY_PROBLEM[reason] });
  };
  const day = dayOfStamp(response.stamp) ?? ws.today;

  const grave = buried(ws.graves, code, key);
  if (grave) {
    fx.outcomes.erased++;
    // Nothing of the answer is kept: not even who sent it.
    fx.journal.push({ who: spec.name, event: JOURNAL_EVENT.ignored, sheet: '', code: grave.pseudonym, field: '', old: '', new: ANSWER_PROBLEM.erased });
    return;
  }

  /** The person a code names, with the token and name checked: null when it went to review. */
  const linked = (base: BaseName): PersonRow | null => {
    if (baseOfCode(code) !== base) {
      problem('wrongRole', BASE_TITLE[base], code);
      return null;
    }
    const person = byCode(ws.people[base], code);
    if (!person) return review('unknownCode'), null;
    const p = provenanceOf(ws, base, person);
    const trouble = checkIdentity(p, cellText(person.cells.fullName), { token: answers.token ?? '', name });
    if (trouble) return review(trouble), null;
    return person;
  };

  if (spec.purpose === 'intake') {
    const base = spec.base!;
    const mapped = intakeFields(spec, answers);
    if (code) {
      const person = linked(base);
      if (!person) return;
      report(mapped, base, cellText(person.cells.code));
      update(base, person, mapped.fields);
      return;
    }
    if (appliedTo(ws, base, key)) return void fx.outcomes.replayed++;
    // A public link proves nobody's identity: an answer that looks like someone already in the base changes nothing.
    if (findPerson(ws.people[base] ?? [], '', mapped.fields)) return review('unlinkedMatch');
    report(mapped, base, '');
    add(base, { ...mapped.fields, status: ACTIVE, entryDate: { iso: day } });
    return;
  }
  if (spec.purpose === 'consent') {
    if (!code) return review('consentWithoutLink');
    const base = baseOfCode(code);
    if (!base) return problem('wrongRole', '', code);
    const person = linked(base);
    if (!person) return;
    const mapped = consentFields(answers);
    const c = person.cells;
    const p = provenanceOf(ws, base, person);
    if (p.applied.includes(key)) return void fx.outcomes.replayed++;
    const decision = cellText(mapped.fields.consent);
    const verdict = consentAnswer(p, decision, at, cellText(mapped.fields.consentBy), isMinor(c, ws.today));
    if (verdict === 'notByRepresentative') {
      problem('minorSelfConsent', BASE_TITLE[base], cellText(c.code), header(base, 'consentBy'), cellText(mapped.fields.consentBy));
      rememberAnswer(p, key);
      touch(base, person, p);
      return;
    }
    report(mapped, base, cellText(c.code));
    const wasWithdrawn = cellText(c.consent) === CONSENT_WITHDRAWN;
    update(base, person, mapped.fields);
    if (cellText(c.consent) === CONSENT_WITHDRAWN && !wasWithdrawn) fx.withdrawn.push(cellText(c.code));
    return;
  }

  // Answers keyed by participant code: preferences, satisfaction, entry/exit.
  const base = spec.base!;
  if (!code) return problem('noCode', BASE_TITLE[base], '');
  const person = linked(base);
  if (!person) return;
  const id = responseIdOf(spec.key, response.stamp, code);
  const sheet: AnswerSheet = spec.purpose as AnswerSheet;
  if (ws.seen[sheet].has(id)) return void fx.outcomes.replayed++;
  ws.seen[sheet].add(id);
  fx.outcomes.applied++;
  const common = { responseId: id, code, role: roleOf(base), date: { iso: day } };
  if (spec.purpose === 'satisfaction') {
    const form = cellText(person.cells.form);
    for (const q of spec.questions) {
      const a = answers[q.key];
      if (a !== undefined && q.key !== 'code' && q.key !== 'token') fx.rows.satisfaction.push({ ...common, form, question: q.title, answer: fitCell(a) });
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
        ...common, fullName: cellText(person.cells.fullName), form, rank: chosen.size,
        choiceCode: picked, choiceName: cellText(target?.cells.fullName) || (choice ?? '').replace(/\s*\([^()]*\)\s*$/, ''),
      });
    }
  }

  function report(mapped: Mapped, b: BaseName, personCode: string) {
    for (const p of mapped.problems) problem(p.code, BASE_TITLE[b], personCode, header(b, p.field), p.value);
  }

  /** The service cell of a changed person goes back with the row. */
  function touch(b: BaseName, person: PersonRow, p: Provenance) {
    const text = formatProvenance(p);
    if (cellText(person.cells[SERVICE_FIELD]) === text) return;
    person.cells[SERVICE_FIELD] = text;
    if (person.row < ws.firstNew[b]) fx.changed.push({ base: b, row: person.row, field: SERVICE_FIELD, value: text });
  }

  /** Each field the answer is newer for; older ones are listed in «Журнал» with the answer's value. */
  function update(b: BaseName, person: PersonRow, fields: Partial<Record<string, Cell>>): void {
    const p = provenanceOf(ws, b, person);
    if (p.applied.includes(key)) return void fx.outcomes.replayed++;
    const personCode = cellText(person.cells.code);
    const older: [string, Cell][] = [];
    let changed = false;
    for (const [field, value] of Object.entries(fields)) {
      if (value === undefined || field === 'code' || field === SERVICE_FIELD) continue;
      const old = person.cells[field];
      if (!isNewer(p, field, at)) {
        if (!sameCell(old, value)) older.push([field, value]);
        continue;
      }
      if (field === 'consent') recordConsent(p, value, at, 'form', key);
      else mark(p, field, value, 'form', at, key);
      if (sameCell(old, value)) continue;
      person.cells[field] = value;
      changed = true;
      if (person.row < ws.firstNew[b]) fx.changed.push({ base: b, row: person.row, field, value });
      fx.journal.push({
        who, event: JOURNAL_EVENT.changed, sheet: BASE_TITLE[b], code: personCode,
        field: header(b, field), old: cellText(old) || EMPTY, new: cellText(value) || EMPTY,
      });
    }
    for (const [field, value] of older) {
      fx.journal.push({
        who, event: JOURNAL_EVENT.older, sheet: BASE_TITLE[b], code: personCode,
        field: header(b, field), old: cellText(person.cells[field]) || EMPTY, new: cellText(value) || EMPTY,
      });
    }
    fx.outcomes[changed || !older.length ? 'applied' : 'older']++;
    rememberAnswer(p, key);
    touch(b, person, p);
  }

  function add(b: BaseName, cells: Partial<Record<string, Cell>>) {
    const rows = (ws.people[b] ??= []);
    const codes = rows.map((r) => cellText(r.cells.code) || '');
    const { codes: next } = nextCodes(CODE_PREFIX[b], [...codes, null]);
    const p = emptyProvenance();
    p.token = ws.newToken();
    for (const [field, value] of Object.entries(cells)) {
      if (field === 'consent' && value !== undefined) recordConsent(p, value, at, 'form', key);
      else mark(p, field, value, 'form', at, key);
    }
    rememberAnswer(p, key);
    const record: PersonRow = { row: ws.nextRow[b]++, cells: { ...cells, code: next.at(-1)!, [SERVICE_FIELD]: formatProvenance(p) } };
    rows.push(record);
    appliedTo(ws, b, key);
    ws.appliedKeys[b]!.set(key, record);
    ws.provenance.set(record, p);
    fx.added.push({ base: b, record });
    fx.outcomes.applied++;
  }
}

/**
 * After a run over the whole bases («Загрузить ответы»): every person compared with their record
 * — the curator's edits dated now — and given a link token if they have none; their service cells
 * go back with the run's changes.
 */
export function recordObserved(ws: Workspace, fx: Effects): void {
  for (const base of Object.keys(ws.people) as BaseName[]) {
    for (const person of ws.people[base] ?? []) {
      if (!cellText(person.cells.code)) continue;
      const p = provenanceOf(ws, base, person);
      if (!p.token) p.token = ws.newToken();
      const text = formatProvenance(p);
      if (cellText(person.cells[SERVICE_FIELD]) === text) continue;
      person.cells[SERVICE_FIELD] = text;
      if (person.row < ws.firstNew[base]) fx.changed.push({ base, row: person.row, field: SERVICE_FIELD, value: text });
    }
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
  return [...rows.values()].map((r) => ({ ...r, field: fitCell(r.field), old: fitCell(r.old), new: fitCell(r.new) }));
}

/** Problems and changes in the journal lines of a run, for the curator's message. */
export const countEvents = (fx: Effects) => ({
  changed: fx.journal.filter((j) => j.event === JOURNAL_EVENT.changed).length,
  problems: fx.journal.filter((j) => j.event === JOURNAL_EVENT.problem || j.event === JOURNAL_EVENT.error).length,
});
