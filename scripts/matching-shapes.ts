/**
 * The score shapes of the matching bench. Each is a population of mentors and mentees as the bases
 * hold them (the demo school's texts: requests, competences, interests, times, places, subjects,
 * experience, wanted classes, three forms of mentoring with the class gap) and weights a curator
 * can type into «Настройки»; the add-on's own rules score them (engine.scoreTable). A municipality
 * of 100 M pairs is scored from tables of those same rules' points per group of criteria, checked
 * against rules.pairScore on sample pairs. Only "bench shape" is an artificial matrix.
 */
import { mulberry32, Rng } from '../demo/random';
import * as T from '../demo/texts';
import type { Cell } from '../src/domain/cell';
import { applyWrites, planSettings, readSettings, type ParamKey } from '../src/domain/bases/settings';
import { CRITERIA, type CriterionKey } from '../src/domain/matching/codes';
import { scoreTable } from '../src/domain/matching/engine';
import type { Instance } from '../src/domain/matching/flow';
import { readPeople, type Person } from '../src/domain/matching/people';
import { pairOnly, pairScore, rulesFrom, type Rules } from '../src/domain/matching/rules';

export const TODAY = '2025-09-15';

export type Params = Partial<Record<ParamKey, string>>;

export interface Shape {
  key: string;
  title: string;
  /** What the curator typed into «Настройки» (the rest keep their defaults). */
  params: Params;
  /** Mentees chose mentors in the preference questionnaire — mostly the same few popular ones. */
  popular?: boolean;
  /** Kept pairs fill most seats: each mentor has one free seat (a fifth of them at one-to-one). */
  scarce?: boolean;
  /** The artificial topic-overlap matrix of the first benchmark. */
  artificial?: boolean;
}

const ZERO: Params = {
  weightRequest: '0', weightInterests: '0', weightTime: '0', weightPlace: '0', weightSubject: '0',
  weightGrade: '0', weightExperience: '0', weightMenteeWish: '0', weightMentorWish: '0',
};

export const SHAPES: Shape[] = [
  { key: 'bench', title: 'bench shape (topic overlap)', params: {}, artificial: true },
  { key: 'type', title: 'score by mentor type (subject, classes, experience)', params: { ...ZERO, weightSubject: '40', weightGrade: '30', weightExperience: '20' } },
  { key: 'popular', title: 'just-in-time candidates (popular mentors wished)', params: { weightMenteeWish: '60' }, popular: true },
  { key: 'quality', title: 'mentor quality dominates (experience 100)', params: { weightExperience: '100' } },
  { key: 'mentorOnly', title: 'mentor-only scores (ties everywhere)', params: { ...ZERO, weightExperience: '100' } },
  { key: 'ties', title: 'ties only (every weight 0)', params: { ...ZERO } },
  { key: 'scarce', title: 'scarce seats (default weights)', params: {}, scarce: true },
];

export interface Size {
  label: string;
  mentees: number;
  mentors: number;
  capacity: (j: number, rng: () => number) => number;
}

export const SIZES: Size[] = [
  { label: '400 × 400 one-to-one', mentees: 400, mentors: 400, capacity: () => 1 },
  { label: '2,000 × 400, capacity 5', mentees: 2000, mentors: 400, capacity: () => 5 },
  { label: '20,000 × 5,000, capacities 1–5', mentees: 20000, mentors: 5000, capacity: (_, r) => 1 + Math.floor(r() * 5) },
];

export function settingsOf(params: Params) {
  const s = readSettings(applyWrites([], planSettings([], { schoolYear: '2025/2026', timeZone: 'Europe/Moscow' })));
  return { ...s, params: { ...s.params, ...params } };
}

type Row = Record<string, Cell>;
const FORM = { pp: 'Ученик – ученик', tp: 'Учитель – ученик', tt: 'Учитель – учитель' };
const SUBJECTS = [...new Set(T.STAFF.map((s) => s.subject).filter(Boolean))];
const PUPIL_SUBJECTS = Object.keys(T.PUPIL_COMPETENCES);
const REASONS = ['low', 'newcomer', 'passive', 'gifted', 'behaviour', 'career'] as const;
const LETTERS = 'АБВГ';

/** Mentors and mentees of three forms, as the bases hold them; `capacity` gives each mentor's seats. */
export function population(mentees: number, mentors: number, capacity: (j: number) => number, seed: number) {
  const rng = new Rng(seed);
  const formOf = () => {
    const x = rng.float();
    return x < 0.55 ? FORM.pp : x < 0.8 ? FORM.tp : FORM.tt;
  };
  const pupil = (grade: number): Row => ({
    category: 'обучающийся', grade: `${grade}${rng.pick([...LETTERS])}`, birthDate: { iso: `${2025 - 7 - grade}-03-01` },
    consentBy: 'законный представитель',
    interests: [...new Set([rng.pick(grade <= 4 ? T.INTERESTS_CHILD : T.INTERESTS_TEEN), rng.pick(grade <= 4 ? T.INTERESTS_CHILD : T.INTERESTS_TEEN)])].join(', '),
    time: rng.pick(grade <= 4 ? T.TIMES_PRIMARY : T.TIMES), place: rng.pick(grade <= 4 ? T.PLACES_PRIMARY : T.PLACES),
  });
  const teacher = (): Row => ({
    category: 'педагог', birthDate: { iso: `${rng.int(1960, 2000)}-06-01` }, consentBy: 'участник', subject: rng.pick(SUBJECTS),
    interests: [...new Set([rng.pick(T.INTERESTS_ADULT), rng.pick(T.INTERESTS_ADULT)])].join(', '),
    time: rng.pick(T.TIMES_TEACHER), place: rng.pick(T.PLACES_TEACHER),
  });
  const base = (prefix: string, k: number): Row => ({
    code: `${prefix}-${String(k + 1).padStart(5, '0')}`, fullName: `${prefix === 'НК' ? 'Наставник' : 'Наставляемый'}${k + 1} Тест`,
    consent: 'дано', status: 'активен',
  });
  const menteeRows: Row[] = [];
  for (let k = 0; k < mentees; k++) {
    const form = formOf();
    if (form === FORM.tt) {
      menteeRows.push({ ...base('НЯ', k), ...teacher(), form, request: rng.pick([...T.YOUNG_TEACHER_REQUESTS, T.ICT_REQUEST, T.NEWCOMER_TEACHER_REQUEST]) });
      continue;
    }
    const grade = form === FORM.pp ? rng.int(1, 8) : rng.int(5, 11);
    const reasons = REASONS.filter((r) => r !== 'career' || grade >= 8);
    menteeRows.push({ ...base('НЯ', k), ...pupil(grade), form, request: rng.pick(T.pupilRequests(rng.pick(reasons), grade)) });
  }
  const mentorRows: Row[] = [];
  for (let k = 0; k < mentors; k++) {
    const form = formOf();
    const seats = capacity(k);
    if (form === FORM.pp) {
      const grade = rng.int(8, 11);
      const subject = rng.chance(0.7) ? rng.pick(PUPIL_SUBJECTS) : '';
      mentorRows.push({
        ...base('НК', k), ...pupil(grade), form, subject, capacity: seats,
        competences: subject ? rng.pick(T.PUPIL_COMPETENCES[subject]!) : rng.pick(T.PUPIL_LEADER_COMPETENCES),
        achievements: subject ? rng.pick(T.olympiadAchievements(subject, 2025)) : rng.pick(T.PUPIL_LEADER_ACHIEVEMENTS),
        wantedGrades: rng.pick(['', '', '1–4', '5–7']),
      });
      continue;
    }
    const t = teacher();
    mentorRows.push({
      ...base('НК', k), ...t, form, capacity: seats, experience: rng.int(form === FORM.tt ? 5 : 1, 40),
      competences: form === FORM.tt ? rng.pick(T.teacherCompetences(String(t.subject))) : rng.pick(T.TEACHER_PUPIL_COMPETENCES),
      achievements: rng.pick(T.TEACHER_ACHIEVEMENTS), wantedGrades: form === FORM.tp ? rng.pick(['', '5–7', '8–9', '10–11']) : '',
    });
  }
  return { menteeRows, mentorRows };
}

/** The preference questionnaire of the "popular" shape: each mentee names up to three of the few best-known mentors of its form. */
export function popularWishes(mentors: Person[], mentees: Person[], seed: number): Map<string, string[]> {
  const rng = new Rng(seed);
  const byForm = new Map<string, Person[]>();
  for (const p of mentors) byForm.set(p.form, [...(byForm.get(p.form) ?? []), p]);
  const stars = new Map([...byForm].map(([f, list]) => [f, rng.sample(list, Math.max(3, Math.ceil(list.length / 20)))]));
  const wishes = new Map<string, string[]>();
  for (const p of mentees) {
    const pool = stars.get(p.form);
    if (pool && rng.chance(0.8)) wishes.set(p.code, rng.sample(pool, Math.min(3, pool.length)).map((x) => x.code));
  }
  return wishes;
}

export interface Built {
  inst: Instance;
  /** For a municipality: the instance as plain data. */
  spec?: Spec;
  mentors: Person[];
  mentees: Person[];
  rules: Rules;
}

/**
 * An instance too large to store its pairs, as plain data another process can take: either the
 * artificial bench shape (a shared topic is worth 60, plus noise 0..90 from a hash of the pair) or
 * the rules' score tables (see `tables`).
 */
export type Spec =
  | { kind: 'artificial'; mentees: number; mentors: number; capacity: number[]; menteeTopic: Int8Array; mentorTopic: Int8Array }
  | ({ kind: 'tables'; mentees: number; mentors: number; capacity: number[] } & Tables);

export function instanceOf(spec: Spec): Instance {
  const { mentees, mentors, capacity } = spec;
  if (spec.kind === 'tables') return { mentees, mentors, capacity, score: scorer(spec) };
  const { menteeTopic, mentorTopic } = spec;
  const score = (i: number, j: number) => {
    let h = Math.imul(i ^ 0x5bd1e995, 0x27d4eb2d) ^ Math.imul(j + 0x165667b1, 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
    return (menteeTopic[i] === mentorTopic[j] ? 60 : 0) + (((h ^ (h >>> 12)) >>> 0) % 91);
  };
  return { mentees, mentors, capacity, score };
}

/** The artificial bench shape: a shared topic is worth 60, plus noise 0..90; every pair allowed. */
function artificial(n: number, m: number, capacity: number[], seed: number): { inst: Instance; spec?: Spec } {
  const r = mulberry32(seed);
  const topics = n > 5000 ? 40 : 12;
  const menteeTopic = Int8Array.from({ length: n }, () => Math.floor(r() * topics));
  const mentorTopic = Int8Array.from({ length: m }, () => Math.floor(r() * topics));
  if (n * m > 4_000_000) {
    const spec: Spec = { kind: 'artificial', mentees: n, mentors: m, capacity, menteeTopic, mentorTopic };
    return { inst: instanceOf(spec), spec };
  }
  const matrix = new Int32Array(n * m);
  for (let i = 0; i < n; i++) for (let j = 0; j < m; j++) matrix[i * m + j] = (menteeTopic[i] === mentorTopic[j] ? 60 : 0) + Math.floor(r() * 91);
  return { inst: { mentees: n, mentors: m, capacity, matrix, score: (i, j) => matrix[i * m + j]! } };
}

/** A shape at a size: its people, rules and the solver's instance. */
export function build(shape: Shape, size: Size, seed = 1): Built {
  const r = mulberry32(seed * 7919 + size.mentees);
  const capacity = Array.from({ length: size.mentors }, (_, j) => size.capacity(j, r));
  if (shape.scarce) {
    // kept pairs fill all but one seat of each mentor (one-to-one: four mentors in five are taken)
    for (let j = 0; j < capacity.length; j++) capacity[j] = capacity[j]! > 1 ? 1 : j % 5 === 0 ? 1 : 0;
  }
  const { menteeRows, mentorRows } = population(size.mentees, size.mentors, (j) => capacity[j]!, seed);
  const mentors = readPeople('mentor', mentorRows.map((cells, k) => ({ row: k + 2, cells })), TODAY);
  const mentees = readPeople('mentee', menteeRows.map((cells, k) => ({ row: k + 2, cells })), TODAY);
  const wishes = shape.popular ? popularWishes(mentors, mentees, seed) : new Map<string, string[]>();
  const rules = rulesFrom(settingsOf(shape.params), new Set(), wishes);
  if (shape.artificial) return { ...artificial(size.mentees, size.mentors, capacity, seed), mentors, mentees, rules };
  const n = mentees.length;
  const m = mentors.length;
  if (n * m <= 4_000_000) {
    const { scores } = scoreTable(mentors, mentees, rules);
    return { inst: { mentees: n, mentors: m, capacity, matrix: scores, score: (i, j) => scores[i * m + j]! }, mentors, mentees, rules };
  }
  const spec: Spec = { kind: 'tables', mentees: n, mentors: m, capacity, ...tables(mentors, mentees, rules) };
  return { inst: instanceOf(spec), spec, mentors, mentees, rules };
}

export interface Tables {
  /** Request, subject and classes with the hard constraints (−1: not allowed): a table over key ids of each side. */
  tA: Int16Array; aA: Int32Array; bA: Int32Array; nA: number;
  /** Interests. */
  tB: Int16Array; aB: Int32Array; bB: Int32Array; nB: number;
  /** Time and place. */
  tC: Int16Array; aC: Int32Array; bC: Int32Array; nC: number;
  /** Experience: the mentor's alone. */
  own: Int16Array;
  /** Wishes: per mentee, the mentors named (either way) and the points. */
  wStart: Int32Array; wJ: Int32Array; wP: Int16Array;
}

/** A pair's score from the tables. */
function scorer(t: Tables): (i: number, j: number) => number {
  const { tA, aA, bA, nA, tB, aB, bB, nB, tC, aC, bC, nC, own, wStart, wJ, wP } = t;
  return (i, j) => {
    const e = tA[aA[i]! * nA + bA[j]!]!;
    if (e < 0) return -1;
    let s = e + own[j]! + tB[aB[i]! * nB + bB[j]!]! + tC[aC[i]! * nC + bC[j]!]!;
    for (let q = wStart[i]!; q < wStart[i + 1]!; q++) if (wJ[q] === j) s += wP[q]!;
    return s;
  };
}

/**
 * The rules' points of each group of criteria depend only on some fields of each side, so each
 * group is a table over the distinct values of those fields, filled by rules.pairScore with only
 * that group's weights. Checked against the full rules on every wished pair and 100,000 others.
 */
function tables(mentors: Person[], mentees: Person[], rules: Rules): Tables {
  const only = (keys: CriterionKey[]): Rules => ({
    ...rules, weights: Object.fromEntries(CRITERIA.map((k) => [k, keys.includes(k) ? rules.weights[k] : 0])) as Rules['weights'],
  });
  const m = mentors.length;
  const list = (x: Iterable<string | number>) => [...x].sort().join(' ');
  /** Distinct keys of one side: each person's key id and the first person of each key. */
  const keyed = (people: Person[], key: (p: Person) => string) => {
    const ids = new Map<string, number>();
    const of = new Int32Array(people.length);
    const reps: Person[] = [];
    people.forEach((p, x) => {
      const k = key(p);
      let id = ids.get(k);
      if (id === undefined) {
        ids.set(k, (id = reps.length));
        reps.push(p);
      }
      of[x] = id;
    });
    return { of, reps };
  };
  const table = (a: ReturnType<typeof keyed>, b: ReturnType<typeof keyed>, value: (mentor: Person, mentee: Person) => number) => {
    const t = new Int16Array(a.reps.length * b.reps.length);
    a.reps.forEach((mentee, x) => b.reps.forEach((mentor, y) => (t[x * b.reps.length + y] = value(mentor, mentee))));
    return t;
  };
  const rulesA = only(['request', 'subject', 'grade']);
  const ea = keyed(mentees, (p) => [p.form, p.category, p.grade, p.subject, list(p.text.keys())].join('|'));
  const ra = keyed(mentors, (p) => [p.form, p.category, p.grade, p.subject, list(p.subjectStems), list(p.text.keys()), list(p.wantedGrades ?? [])].join('|'));
  const tA = table(ea, ra, (mentor, mentee) => (pairOnly(mentor, mentee, rules) ? -1 : pairScore(mentor, mentee, rulesA)));
  const rulesB = only(['interests']);
  const eb = keyed(mentees, (p) => list(p.interestKeys));
  const rb = keyed(mentors, (p) => list(p.interestKeys));
  const tB = table(eb, rb, (mentor, mentee) => pairScore(mentor, mentee, rulesB));
  const rulesC = only(['time', 'place']);
  const ec = keyed(mentees, (p) => [p.days, p.timeText !== '', p.place].join('|'));
  const rc = keyed(mentors, (p) => [p.days, p.timeText !== '', p.place].join('|'));
  const tC = table(ec, rc, (mentor, mentee) => pairScore(mentor, mentee, rulesC));
  const own = Int16Array.from(mentors, (p) => pairScore(p, mentees[0]!, only(['experience'])));
  const rulesW = only(['menteeWish', 'mentorWish']);
  const index = new Map(mentors.map((p, j) => [p.code, j]));
  const menteeIndex = new Map(mentees.map((p, i) => [p.code, i]));
  const wished = mentees.map(() => new Set<number>());
  for (const [code, chosen] of rules.wishes) {
    const i = menteeIndex.get(code);
    if (i !== undefined) for (const c of chosen) if (index.has(c)) wished[i]!.add(index.get(c)!);
    const j = index.get(code);
    if (j !== undefined) for (const c of chosen) if (menteeIndex.has(c)) wished[menteeIndex.get(c)!]!.add(j);
  }
  const wStart = new Int32Array(mentees.length + 1);
  wished.forEach((set, i) => (wStart[i + 1] = wStart[i]! + set.size));
  const wJ = new Int32Array(wStart[mentees.length]!);
  const wP = new Int16Array(wJ.length);
  wished.forEach((set, i) => [...set].forEach((j, q) => {
    wJ[wStart[i]! + q] = j;
    wP[wStart[i]! + q] = pairScore(mentors[j]!, mentees[i]!, rulesW);
  }));
  const t: Tables = {
    tA, aA: ea.of, bA: ra.of, nA: ra.reps.length, tB, aB: eb.of, bB: rb.of, nB: rb.reps.length,
    tC, aC: ec.of, bC: rc.of, nC: rc.reps.length, own, wStart, wJ, wP,
  };
  const score = scorer(t);
  const r = mulberry32(99);
  const check = (i: number, j: number) => {
    const want = pairOnly(mentors[j]!, mentees[i]!, rules) ? -1 : pairScore(mentors[j]!, mentees[i]!, rules);
    if (score(i, j) !== want) throw new Error(`bench: the score tables disagree with the rules for mentee ${i}, mentor ${j}: ${score(i, j)} ≠ ${want}`);
  };
  for (let i = 0; i < mentees.length; i++) for (let q = wStart[i]!; q < wStart[i + 1]!; q++) check(i, wJ[q]!);
  for (let k = 0; k < 100_000; k++) check(Math.floor(r() * mentees.length), Math.floor(r() * m));
  return t;
}
