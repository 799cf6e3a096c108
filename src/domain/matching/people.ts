import { cellText, type Cell } from '../cell';
import { gradeNumber, hasValidConsent, type PersonRow } from '../bases/check';
import { normaliseName } from '../text';
import { listItems, stems } from './stem';

/** A participant as the matcher sees them: parsed once, compared many times. */
export interface Person {
  index: number;
  code: string;
  name: string;
  /** Row in its base (1-based, header = 1). */
  row: number;
  key: string;
  category: string;
  grade: number | null;
  subject: string;
  experience: number | null;
  /** The form as typed, and lower-cased for comparison. */
  formName: string;
  form: string;
  status: string;
  active: boolean;
  consent: boolean;
  /** Mentors: seats; mentees: 1. */
  capacity: number;
  /** The mentee's key request, or the mentor's competences, subject and achievements: stem → word. */
  text: Map<string, string>;
  interests: string[];
  /** Each interest as its stems, so «Театр» and «театром» are the same interest. */
  interestKeys: string[];
  /** Stems of the subject (for «subject help» found in a request). */
  subjectStems: string[];
  /** Days of the week as bits (Mon = 1); 0 when the text names none. */
  days: number;
  timeText: string;
  place: string;
  /** Classes a mentor wants to mentor (optional column), null when not given. */
  wantedGrades: Set<number> | null;
}

/** Statuses that still take part in matching (the rest paused, finished or left). */
const ACTIVE = new Set(['', 'активен', 'в паре']);

// \b knows no Cyrillic: a short name is a day only between non-letters.
const word = (w: string) => `(?<![а-я])${w}(?![а-я])`;
const DAY_PATTERNS: [RegExp, number][] = [
  [new RegExp(`${word('пн')}|понедельн`), 0], [new RegExp(`${word('вт')}|вторник`), 1], [new RegExp(`${word('ср')}|сред[аыу]`), 2],
  [new RegExp(`${word('чт')}|четверг`), 3], [new RegExp(`${word('пт')}|пятниц`), 4], [new RegExp(`${word('сб')}|суббот`), 5],
  [new RegExp(`${word('вс')}|воскресен`), 6],
];
const DAY_NAMES = ['пн', 'вт', 'ср', 'чт', 'пт', 'сб', 'вс'];

/** «вт, чт после 15:00» → Tue|Thu; «пн–пт» → Mon..Fri. */
export function daysOf(text: string): number {
  const t = text.toLowerCase().replace(/ё/g, 'е');
  let bits = 0;
  const range = /(пн|вт|ср|чт|пт|сб|вс)\s*[-–—]\s*(пн|вт|ср|чт|пт|сб|вс)/.exec(t);
  if (range) {
    const a = DAY_NAMES.indexOf(range[1]!);
    const b = DAY_NAMES.indexOf(range[2]!);
    for (let d = a; d <= b; d++) bits |= 1 << d;
  }
  for (const [re, d] of DAY_PATTERNS) if (re.test(t)) bits |= 1 << d;
  return bits;
}

/** «5-7», «5, 6 классы», «7» → the set of classes; null when nothing is understood. */
export function gradesOf(text: string): Set<number> | null {
  const out = new Set<number>();
  for (const m of text.matchAll(/(\d{1,2})\s*(?:[-–—]\s*(\d{1,2}))?/g)) {
    const a = Number(m[1]);
    const b = m[2] ? Number(m[2]) : a;
    for (let g = Math.min(a, b); g <= Math.max(a, b) && g <= 11; g++) if (g >= 1) out.add(g);
  }
  return out.size ? out : null;
}

const num = (v: Cell | undefined): number | null => {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  const n = Number(cellText(v).replace(',', '.'));
  return cellText(v) !== '' && Number.isFinite(n) ? n : null;
};

/** The people of one base; rows without a code are left out — «Подготовить таблицу» gives them one. */
export function readPeople(role: 'mentor' | 'mentee', rows: readonly PersonRow[], todayIso: string): Person[] {
  const people: Person[] = [];
  for (const r of rows) {
    const c = r.cells;
    const code = cellText(c.code);
    const name = cellText(c.fullName);
    if (!code || !name) continue;
    const text = role === 'mentor'
      ? [c.competences, c.subject, c.achievements].map((v) => cellText(v)).join('. ')
      : cellText(c.request);
    const status = cellText(c.status).toLowerCase();
    const cap = num(c.capacity);
    const wanted = role === 'mentor' ? cellText(c.wantedGrades) : '';
    const interests = listItems(cellText(c.interests));
    people.push({
      index: people.length,
      code,
      name,
      row: r.row,
      key: normaliseName(name),
      category: cellText(c.category).toLowerCase(),
      grade: gradeNumber(c.grade),
      subject: cellText(c.subject).toLowerCase().replace(/ё/g, 'е'),
      experience: num(c.experience),
      formName: cellText(c.form),
      form: cellText(c.form).toLowerCase().replace(/ё/g, 'е'),
      status,
      active: ACTIVE.has(status),
      consent: hasValidConsent(c, todayIso),
      capacity: role === 'mentee' ? 1 : cap !== null && Number.isInteger(cap) && cap >= 0 ? cap : 1,
      text: stems(text),
      interests,
      interestKeys: interests.map((i) => [...stems(i).keys()].join(' ') || i),
      subjectStems: [...stems(cellText(c.subject)).keys()],
      days: daysOf(cellText(c.time)),
      timeText: cellText(c.time),
      place: cellText(c.place).toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' '),
      wantedGrades: wanted ? gradesOf(wanted) : null,
    });
  }
  return people;
}
