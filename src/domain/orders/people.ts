/**
 * Who may appear in a document: only pairs the director approved, and only people whose consent
 * allows processing (a minor's given by a legal representative). Everything else is left out.
 */
import { cellText, isDate, type Cell } from '../cell';
import { hasValidConsent, isMinor, type PersonRow } from '../bases/check';
import { STUDENT, TEACHER } from '../bases/schema';
import { APPROVED } from '../pairs/schema';
import { normaliseName } from '../text';
import { ORDER_TEXT } from './messages';
import { byGender, genderOfName, type Gender } from './names';

/** A participant as documents print them. */
export interface Person {
  code: string;
  fullName: string;
  gender: Gender;
  /** «учитель физики», «обучающаяся 7Б класса»: agrees with the person's gender. */
  role: string;
  /** «Должность» as typed in the base (declined where a document needs another case). */
  position: string;
  category: string;
  grade: string;
  minor: boolean;
  /** A minor's legal representative (ФИО), from the base. */
  parent: string;
  /** A partner's organisation: an optional column «Организация» the curator may add to «Наставники». */
  organisation: string;
  /** «Результаты» of the base: where the curator records «лучший наставник». */
  results: string;
  /** The form of mentoring the person asked for in the base. */
  form: string;
}

export interface OrderPair {
  pairId: string;
  mentor: Person;
  mentee: Person;
  form: string;
  roleModel: string;
  startIso?: string;
  endIso?: string;
  status: string;
  endReason: string;
}

export interface Selection {
  pairs: OrderPair[];
  /** Rows of «Пары» left out, for the curator's message: not approved, or a participant without consent. */
  skipped: { row: number; reason: 'notApproved' | 'noConsent' | 'unknownPerson' }[];
}

const text = (c: Partial<Record<string, Cell>>, k: string) => cellText(c[k]);

function roleOf(c: Partial<Record<string, Cell>>, gender: Gender): string {
  if (text(c, 'category') === STUDENT) return ORDER_TEXT.studentRole(byGender(gender, ...ORDER_TEXT.student), text(c, 'grade'));
  return text(c, 'position') || (text(c, 'category') === TEACHER ? 'педагог' : text(c, 'category'));
}

/** Header of the optional column of partner organisations in «Наставники» (not part of the base's contract). */
export const ORGANISATION_HEADER = /^организация/i;

/** A row of a base as the documents print it. */
export function personOf(p: PersonRow, todayIso: string): Person {
  const fullName = text(p.cells, 'fullName').replace(/\s+/g, ' ');
  const gender = genderOfName(fullName);
  return {
    code: text(p.cells, 'code'), fullName, gender, role: roleOf(p.cells, gender), position: text(p.cells, 'position'),
    category: text(p.cells, 'category'), grade: text(p.cells, 'grade'), minor: isMinor(p.cells, todayIso),
    parent: text(p.cells, 'parentName').replace(/\s+/g, ' '), organisation: text(p.cells, 'organisation'),
    results: text(p.cells, 'results'), form: text(p.cells, 'form'),
  };
}

/**
 * Mentors of the base who may be appointed: consent valid and not withdrawn from the programme.
 * The mentors order comes before pairs on the roadmap, so it reads the base, not «Пары».
 */
export function selectMentors(rows: readonly PersonRow[], todayIso: string): Person[] {
  const out = rows.filter((r) => text(r.cells, 'fullName') && hasValidConsent(r.cells, todayIso)
    && !['выбыл'].includes(text(r.cells, 'status').toLowerCase())).map((r) => personOf(r, todayIso));
  return out.sort((a, b) => a.fullName.localeCompare(b.fullName, 'ru'));
}

function index(rows: readonly PersonRow[]) {
  const byCode = new Map<string, PersonRow>();
  const byName = new Map<string, PersonRow>();
  for (const r of rows) {
    const code = text(r.cells, 'code');
    if (code) byCode.set(code, r);
    const name = normaliseName(text(r.cells, 'fullName'));
    if (name && !byName.has(name)) byName.set(name, r);
  }
  return (code: string, name: string) => (code && byCode.get(code)) || byName.get(normaliseName(name));
}

/**
 * Pairs of «Пары» in the given statuses (approved by default) whose mentor and mentee are both in
 * the bases with valid consent, sorted by mentor then mentee.
 */
export function selectPairs(
  pairRows: readonly PersonRow[],
  mentors: readonly PersonRow[],
  mentees: readonly PersonRow[],
  todayIso: string,
  statuses: readonly string[] = [APPROVED],
): Selection {
  const findMentor = index(mentors);
  const findMentee = index(mentees);
  const pairs: OrderPair[] = [];
  const skipped: Selection['skipped'] = [];
  for (const r of pairRows) {
    const c = r.cells;
    if (!statuses.includes(text(c, 'status').toLowerCase())) {
      skipped.push({ row: r.row, reason: 'notApproved' });
      continue;
    }
    const mentor = findMentor(text(c, 'mentorCode'), text(c, 'mentor'));
    const mentee = findMentee(text(c, 'menteeCode'), text(c, 'mentee'));
    if (!mentor || !mentee) {
      skipped.push({ row: r.row, reason: 'unknownPerson' });
      continue;
    }
    if (!hasValidConsent(mentor.cells, todayIso) || !hasValidConsent(mentee.cells, todayIso)) {
      skipped.push({ row: r.row, reason: 'noConsent' });
      continue;
    }
    const person = (p: PersonRow): Person => personOf(p, todayIso);
    const start = c.startDate, end = c.endDate;
    pairs.push({
      pairId: text(c, 'pairId'),
      mentor: person(mentor),
      mentee: person(mentee),
      form: text(c, 'form'),
      roleModel: text(c, 'roleModel'),
      status: text(c, 'status').toLowerCase(),
      endReason: text(c, 'endReason'),
      ...(isDate(start) ? { startIso: start.iso } : {}),
      ...(isDate(end) ? { endIso: end.iso } : {}),
    });
  }
  const ru = (a: string, b: string) => a.localeCompare(b, 'ru');
  pairs.sort((a, b) => ru(a.mentor.fullName, b.mentor.fullName) || ru(a.mentee.fullName, b.mentee.fullName));
  return { pairs, skipped };
}

/** The mentors of these pairs, once each, with the forms they work in. */
export function mentorsOf(pairs: readonly OrderPair[]): { person: Person; forms: string[] }[] {
  const out = new Map<string, { person: Person; forms: string[] }>();
  for (const p of pairs) {
    const key = p.mentor.code || normaliseName(p.mentor.fullName);
    const m = out.get(key) ?? { person: p.mentor, forms: [] };
    if (p.form && !m.forms.includes(p.form)) m.forms.push(p.form);
    out.set(key, m);
  }
  return [...out.values()];
}

/** The key that identifies one document of a batch, stable across runs. */
export const mentorKey = (m: Person): string => m.code || normaliseName(m.fullName);
export const pairKey = (p: OrderPair): string => `${p.pairId}:${p.mentee.code || normaliseName(p.mentee.fullName)}`;
