/**
 * The two bases of the demo school's mentoring programme (база наставников, база наставляемых),
 * as the curator typed them in September from the questionnaires, with the deliberate problems.
 */
import { CONSENT_BY_PARENT, CONSENT_GIVEN, MENTEES, MENTORS, STUDENT, TEACHER } from '../src/domain/bases/schema';
import { translit } from './names';
import { adultName, phone, type Ctx, type Pupil, type StaffMember, type StaffRoles } from './people';
import { addDays, ageOn, daysBetween, moscowDate } from './random';
import * as T from './texts';

/** A row of a base, keyed by the schema's column keys (src/domain/bases/schema.ts). */
export type DemoRow = Record<string, string | number | Date>;

export type DemoProblemCode =
  | 'duplicate' | 'noConsent' | 'badPhone' | 'formulaName' | 'capacityNotNumber' | 'unknownForm' | 'badDate' | 'missingRequest';

export interface DemoProblem {
  base: 'mentors' | 'mentees';
  /** 0-based index into `mentors` or `mentees`. */
  index: number;
  what: string;
  code: DemoProblemCode;
}

const FORM = { pp: 'Ученик – ученик', tt: 'Учитель – учитель', tp: 'Учитель – ученик', ep: 'Работодатель – ученик' } as const;
const PARTICIPANT = 'участник';
const ACTIVE = 'активен';

/** The row with its keys in the schema's order, blanks dropped. */
function ordered(row: DemoRow, keys: readonly string[]): DemoRow {
  const out: DemoRow = {};
  for (const k of keys) {
    const v = row[k];
    if (v !== undefined && v !== '') out[k] = v;
  }
  return out;
}

/** Consent, dates of consent and of entry (September, not after today), status. */
function joined(ctx: Ctx, minor: boolean): DemoRow {
  const { rng } = ctx;
  const last = Math.min(29, daysBetween(ctx.sept1, ctx.today));
  const c = rng.int(0, last);
  const e = Math.min(last, c + rng.int(0, 3));
  return {
    consent: CONSENT_GIVEN,
    consentBy: minor ? CONSENT_BY_PARENT : PARTICIPANT,
    consentDate: moscowDate(addDays(ctx.sept1, c)),
    entryDate: moscowDate(addDays(ctx.sept1, e)),
    status: rng.chance(0.03) ? 'приостановлен' : ACTIVE,
  };
}

const gradeOf = (p: Pupil): number => parseInt(p.grade, 10);
const some = (ctx: Ctx, list: readonly string[], max = 3): string => ctx.rng.sample(list, ctx.rng.int(1, max)).join(', ');

function pupilCells(ctx: Ctx, p: Pupil): DemoRow {
  const primary = gradeOf(p) <= 4;
  return {
    fullName: p.fullName, category: STUDENT, grade: p.grade, birthDate: moscowDate(p.birthDate), phone: p.phone ?? '',
    parentName: p.parentName, parentPhone: p.parentPhone,
    interests: some(ctx, primary ? T.INTERESTS_CHILD : T.INTERESTS_TEEN),
    time: ctx.rng.pick(primary ? T.TIMES_PRIMARY : T.TIMES), place: ctx.rng.pick(primary ? T.PLACES_PRIMARY : T.PLACES),
    ...joined(ctx, ageOn(p.birthDate, ctx.today) < 18),
  };
}

function teacherCells(ctx: Ctx, t: StaffMember): DemoRow {
  return {
    fullName: t.fullName, category: TEACHER, position: t.position, subject: t.subject, experience: t.experience,
    birthDate: moscowDate(t.birthDate), phone: t.phone, email: t.email, interests: some(ctx, T.INTERESTS_ADULT, 2),
    time: ctx.rng.pick(T.TIMES_TEACHER), place: ctx.rng.pick(T.PLACES_TEACHER), ...joined(ctx, false),
  };
}

const REASONS_PRIMARY: [T.MenteeReason, number][] = [['low', 0.45], ['newcomer', 0.1], ['passive', 0.2], ['gifted', 0.25]];
const REASONS: [T.MenteeReason, number][] = [['low', 0.4], ['newcomer', 0.15], ['passive', 0.2], ['gifted', 0.18], ['behaviour', 0.07]];
function reasonFor(ctx: Ctx, grade: number): T.MenteeReason {
  let r = ctx.rng.float();
  for (const [reason, w] of grade <= 4 ? REASONS_PRIMARY : REASONS) if ((r -= w) < 0) return reason;
  return 'low';
}
function formFor(ctx: Ctx, reason: T.MenteeReason): string {
  if (reason === 'career') return FORM.ep;
  if (reason === 'behaviour') return FORM.tp;
  if (reason === 'gifted') return ctx.rng.chance(0.35) ? FORM.tp : FORM.pp;
  if (reason === 'passive') return ctx.rng.chance(0.2) ? FORM.tp : FORM.pp;
  return FORM.pp;
}

const MENTOR_SUBJECTS = [
  'математика', 'математика', 'русский язык', 'русский язык', 'английский язык', 'английский язык', 'физика', 'химия',
  'биология', 'информатика', 'информатика', 'история', 'литература',
];

/** Rows sorted as the curator entered them: by date of entry, otherwise in random order. */
function entered(ctx: Ctx, rows: DemoRow[], keys: readonly string[]): DemoRow[] {
  const time = (r: DemoRow) => (r.entryDate instanceof Date ? r.entryDate.getTime() : 0);
  return ctx.rng.shuffle(rows).sort((a, b) => time(a) - time(b)).map((r) => ordered(r, keys));
}

export function buildBases(ctx: Ctx, pupils: Pupil[], teachers: StaffMember[], roles: StaffRoles, scale: number) {
  const { rng } = ctx;
  const f = Math.min(1.5, Math.max(0.5, scale));
  const n = (min: number, max: number) => Math.round(rng.int(min, max) * f);
  const inBases = new Set<Pupil>();

  // Mentees: pupils of classes 2–9, a few 9th graders choosing a profession first.
  const pool = rng.shuffle(pupils.filter((p) => gradeOf(p) >= 2 && gradeOf(p) <= 9));
  const career = pool.filter((p) => gradeOf(p) === 9).slice(0, rng.int(3, 5));
  const others = pool.filter((p) => !career.includes(p)).slice(0, n(90, 104) - career.length);
  const menteeRows: DemoRow[] = [...career.map((p) => [p, 'career'] as const), ...others.map((p) => [p, reasonFor(ctx, gradeOf(p))] as const)].map(
    ([p, reason]) => {
      inBases.add(p);
      return { ...pupilCells(ctx, p), form: formFor(ctx, reason), request: rng.pick(T.pupilRequests(reason, gradeOf(p))) };
    },
  );

  // Teacher mentees: young specialists, a newcomer, a veteran who wants ICT skills.
  const ict = roles.veterans.find((t) => t.position.startsWith('учитель ') && t.subject !== 'информатика');
  const youngRequests = rng.shuffle(T.YOUNG_TEACHER_REQUESTS);
  const firstClass = roles.young.find((t) => t.classTeacherOf);
  const menteeTeachers: [StaffMember, string][] = roles.young.map((t, i) => [
    t,
    t === firstClass && t.classTeacherOf ? T.firstClassTeacherRequest(t.classTeacherOf) : (youngRequests[i % youngRequests.length] as string),
  ]);
  if (roles.newcomer) menteeTeachers.push([roles.newcomer, T.NEWCOMER_TEACHER_REQUEST]);
  if (ict) menteeTeachers.push([ict, T.ICT_REQUEST]);
  for (const [t, request] of menteeTeachers) menteeRows.push({ ...teacherCells(ctx, t), form: FORM.tt, request });

  // Teacher mentors: an experienced colleague of the same subject for each teacher mentee, then others.
  const busy = new Set<StaffMember>([teachers[0], teachers[1], ...roles.young, ...menteeTeachers.map(([t]) => t)].filter((t): t is StaffMember => !!t));
  const free = (minExp: number) => teachers.filter((t) => !busy.has(t) && t.experience >= minExp);
  const freeTeachers = () => free(10).filter((t) => t.position.startsWith('учитель'));
  const mentorRows: DemoRow[] = [];
  const addTeacher = (t: StaffMember, form: string, competences: string) => {
    busy.add(t);
    mentorRows.push({ ...teacherCells(ctx, t), form, competences, achievements: rng.pick(T.TEACHER_ACHIEVEMENTS), capacity: rng.int(1, 3) });
  };
  for (const [m] of menteeTeachers) {
    const subject = m === ict ? 'информатика' : m.subject;
    const t = rng.shuffle(freeTeachers()).find((x) => x.subject === subject) ?? rng.shuffle(freeTeachers())[0];
    if (t) addTeacher(t, FORM.tt, m === ict ? T.ICT_COMPETENCES : rng.pick(T.teacherCompetences(t.subject)));
  }
  const helpers = free(5).filter((t) => t.position === 'педагог-психолог' || t.position === 'социальный педагог');
  for (const t of [...new Set([...helpers, ...rng.shuffle(free(10))])].slice(0, rng.int(4, 5))) addTeacher(t, FORM.tp, rng.pick(T.TEACHER_PUPIL_COMPETENCES));
  for (const t of rng.shuffle(freeTeachers()).slice(0, Math.max(0, rng.int(13, 16) - mentorRows.length))) {
    addTeacher(t, FORM.tt, rng.sample(T.teacherCompetences(t.subject), rng.int(1, 2)).join('; '));
  }

  // Pupil mentors: classes 8–11, mostly 10–11; olympiad winners and leaders.
  const take = { 8: 0.25, 9: 0.45, 10: 1, 11: 1 } as Record<number, number>;
  const mentorPupils = rng.shuffle(pupils.filter((p) => gradeOf(p) >= 8 && !inBases.has(p)))
    .filter((p) => rng.chance(take[gradeOf(p)] ?? 0))
    .slice(0, n(52, 64));
  for (const p of mentorPupils) {
    inBases.add(p);
    const subject = rng.chance(0.6) ? rng.pick(MENTOR_SUBJECTS) : '';
    const competences = subject ? rng.pick(T.PUPIL_COMPETENCES[subject] ?? []) : rng.pick(T.PUPIL_LEADER_COMPETENCES);
    const achievements = subject ? rng.pick(T.olympiadAchievements(subject, ctx.startYear)) : rng.pick(T.PUPIL_LEADER_ACHIEVEMENTS);
    mentorRows.push({ ...pupilCells(ctx, p), form: FORM.pp, competences, achievements, capacity: rng.chance(0.6) ? 1 : 2 });
  }

  // Outside mentors for 9th graders choosing a profession: an enterprise always, then parents or another one.
  const parents = rng.shuffle(pupils.filter((p) => gradeOf(p) >= 5 && !inBases.has(p)));
  const outside = [T.OUTSIDE_MENTORS[0], ...rng.sample(T.OUTSIDE_MENTORS.slice(1), rng.int(1, 3))];
  for (const o of outside) {
    if (!o) continue;
    const parent = o.category === 'родитель' ? parents.shift() : undefined;
    const fullName = parent ? parent.parentName : adultName(ctx, rng.chance(0.6) ? 'male' : 'female');
    const [surname = '', first = ''] = fullName.split(' ');
    const email = parent ? `${translit(surname)}${rng.int(70, 95)}@${o.domain}` : `${translit(surname)}.${translit(first[0] ?? '')}@${o.domain}`;
    mentorRows.push({
      fullName, category: o.category, position: o.position, phone: parent ? parent.parentPhone : phone(ctx), email,
      form: FORM.ep, competences: o.competences, achievements: o.achievements, interests: some(ctx, T.INTERESTS_ADULT, 2),
      time: rng.pick(['сб, 11:00–13:00', 'пт после 17:00', 'по договорённости']), place: o.place, ...joined(ctx, false),
      capacity: rng.int(2, 3),
    });
  }

  const mentees = entered(ctx, menteeRows, Object.keys(MENTEES.columns));
  const mentors = entered(ctx, mentorRows, Object.keys(MENTORS.columns));
  const problems = [...menteeProblems(ctx, mentees), ...mentorProblems(ctx, mentors)];
  return { mentors, mentees, problems };
}

const isoOf = (d: Date): string => new Date(d.getTime() + 3 * 3_600_000).toISOString().slice(0, 10);
const indexes = (rows: DemoRow[], test: (r: DemoRow) => boolean) => rows.flatMap((r, i) => (test(r) ? [i] : []));

/** The same pupil typed again by hand: lower case, a double space, «е» for «ё». */
const retyped = (name: string): string => {
  const [surname = '', ...rest] = name.replace(/ё/g, 'е').replace(/Ё/g, 'Е').toLowerCase().split(' ');
  return `${surname}  ${rest.join(' ')}`;
};

function menteeProblems(ctx: Ctx, rows: DemoRow[]): DemoProblem[] {
  const { rng } = ctx;
  const pupils = (r: DemoRow) => r.category === STUDENT;
  const early = indexes(rows, pupils).filter((i) => i < rows.length - 10);
  const withYo = early.filter((i) => /ё/i.test(String(rows[i]?.fullName)));
  const s = rng.pick(withYo.length ? withYo : early);
  const original = rows[s] as DemoRow;
  const d = rng.int(s + 5, rows.length);
  const copy: DemoRow = { ...original, fullName: retyped(String(original.fullName)), entryDate: (rows[d - 1] as DemoRow).entryDate as Date };
  rows.splice(d, 0, copy);

  const free = rng.shuffle(indexes(rows, pupils).filter((i) => i !== s && i !== d));
  const born2012 = free.filter((i) => isoOf(rows[i]?.birthDate as Date).startsWith('2012'));
  const badDate = born2012[0] ?? (free[0] as number);
  const row = (i: number) => rows[i] as DemoRow;
  // «Ученик – робот» was meant to be «Ученик – ученик».
  const unknownForm = free.find((i) => i !== badDate && row(i).form === FORM.pp) as number;
  const [noConsent, missingRequest] = free.filter((i) => i !== badDate && i !== unknownForm) as [number, number];

  const year = isoOf(row(badDate).birthDate as Date).slice(0, 4);
  row(badDate).birthDate = `31.02.${year}`;
  row(noConsent).consent = 'не дано';
  delete row(noConsent).consentBy;
  delete row(noConsent).consentDate;
  row(unknownForm).form = 'Ученик – робот';
  delete row(missingRequest).request;
  const p = (index: number, code: DemoProblemCode, what: string): DemoProblem => ({ base: 'mentees', index, code, what });
  return [
    p(d, 'duplicate', `The same pupil entered twice: «${String(copy.fullName)}» repeats index ${s} «${String(original.fullName)}» (lower case, a double space, «е» for «ё»)`),
    p(noConsent, 'noConsent', 'A minor without a legal representative\'s consent: consent «не дано», no consentBy, no consentDate'),
    p(unknownForm, 'unknownForm', 'Unknown form of mentoring «Ученик – робот»'),
    p(badDate, 'badDate', `Birth date typed as text that is not a real date: «31.02.${year}»`),
    p(missingRequest, 'missingRequest', 'The key request (request) is missing'),
  ].sort((a, b) => a.index - b.index);
}

function mentorProblems(ctx: Ctx, rows: DemoRow[]): DemoProblem[] {
  const { rng } = ctx;
  const formula = rng.pick(indexes(rows, (r) => r.category === STUDENT));
  const [capacity, badPhone] = rng.sample(indexes(rows, (r) => r.category === TEACHER), 2) as [number, number];
  const row = (i: number) => rows[i] as DemoRow;
  row(formula).fullName = '=СУММ(A1:A3)';
  row(capacity).capacity = 'два';
  row(badPhone).phone = '+7 917 55';
  const p = (index: number, code: DemoProblemCode, what: string): DemoProblem => ({ base: 'mentors', index, code, what });
  return [
    p(formula, 'formulaName', 'A formula typed as a name: fullName «=СУММ(A1:A3)»'),
    p(capacity, 'capacityNotNumber', 'Capacity typed as a word: «два» instead of 2'),
    p(badPhone, 'badPhone', 'A phone number with too few digits: «+7 917 55»'),
  ].sort((a, b) => a.index - b.index);
}

/**
 * The curator's fix after «Проверить базы» reports the unknown form planted above: «Ученик – робот»
 * becomes «Ученик – ученик» in «Наставляемые» (one write of the cell). Returns the cells fixed.
 */
export function fixUnknownForm(book: GoogleAppsScript.Spreadsheet.Spreadsheet): number {
  const sheet = book.getSheetByName('Наставляемые');
  if (!sheet) return 0;
  const values = sheet.getDataRange().getValues();
  const col = values[0]!.indexOf('Форма наставничества');
  let fixed = 0;
  values.forEach((r, i) => {
    if (i > 0 && r[col] === 'Ученик – робот') {
      sheet.getRange(i + 1, col + 1).setValue('Ученик – ученик');
      fixed++;
    }
  });
  return fixed;
}
