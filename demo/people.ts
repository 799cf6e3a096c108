/** The people of the demo school: pupils with their parents, and the staff. */
import {
  ADULT_FEMALE, ADULT_MALE, CHILD_FEMALE, CHILD_MALE, EAST_ADULT_FEMALE, EAST_ADULT_MALE, EAST_CHILD_FEMALE,
  EAST_CHILD_MALE, FATHERS, GRANDFATHERS, SURNAMES_EAST, SURNAMES_KOREAN, SURNAMES_RU, femaleSurname, patronymic,
  surnameFor, translit, type Gender,
} from './names';
import { addDays, Rng } from './random';
import { PHONE_CODES, SCHOOL, STAFF } from './texts';

export interface StaffMember {
  fullName: string;
  gender: Gender;
  /** ISO date. */
  birthDate: string;
  position: string;
  subject: string;
  /** Years of teaching. */
  experience: number;
  phone: string;
  email: string;
  classTeacherOf?: string;
}

export interface Pupil {
  fullName: string;
  gender: Gender;
  /** ISO date. */
  birthDate: string;
  /** Class as written in the bases: '7Б'. */
  grade: string;
  parentName: string;
  parentRelation: 'мать' | 'отец';
  parentPhone: string;
  /** The pupil's own phone (some pupils of classes 7–11). */
  phone?: string;
}

/** Everything a part of the generator needs. */
export interface Ctx {
  rng: Rng;
  today: string;
  /** ISO date of 1 September of the school year. */
  sept1: string;
  startYear: number;
  /** Normalised names already given, so no two people share a name by accident. */
  names: Set<string>;
  phones: Set<string>;
}

export const normalName = (name: string): string => name.toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();

/** A new phone number, unique in the school, typed in one of the ways Russians type them. */
export function phone(ctx: Ctx): string {
  const { rng } = ctx;
  let code: string, sub: string;
  do {
    code = rng.pick(PHONE_CODES);
    sub = `555${String(rng.int(0, 9999)).padStart(4, '0')}`;
  } while (ctx.phones.has(code + sub));
  ctx.phones.add(code + sub);
  const [a, b, c] = [sub.slice(0, 3), sub.slice(3, 5), sub.slice(5)];
  const styles = [`+7 ${code} ${a}-${b}-${c}`, `8 (${code}) ${a}-${b}-${c}`, `8${code}${sub}`, `+7${code}${sub}`, `8-${code}-${a}-${b}-${c}`];
  return styles[rng.pick([0, 0, 0, 1, 1, 2, 2, 3, 4])] as string;
}

type Group = 'ru' | 'east' | 'korean';
function family(rng: Rng): { surname: string; group: Group } {
  const r = rng.float();
  if (r < 0.07) return { surname: rng.pick(SURNAMES_EAST), group: 'east' };
  if (r < 0.09) return { surname: rng.pick(SURNAMES_KOREAN), group: 'korean' };
  return { surname: rng.pick(SURNAMES_RU), group: 'ru' };
}

/** Calls `make` until it returns a name nobody has yet, and reserves it. */
export function uniqueName(ctx: Ctx, make: () => string): string {
  for (let i = 0; i < 1000; i++) {
    const name = make();
    if (!ctx.names.has(normalName(name))) {
      ctx.names.add(normalName(name));
      return name;
    }
  }
  throw new Error('demo school: ran out of names');
}

/** An adult's full name; `double` gives a woman a double surname (maiden-married). */
export function adultName(ctx: Ctx, gender: Gender, double = false): string {
  const { rng } = ctx;
  return uniqueName(ctx, () => {
    const fam = family(rng);
    const east = fam.group === 'east';
    let surname = surnameFor(fam.surname, gender);
    if (double && gender === 'female') surname = `${femaleSurname(rng.pick(SURNAMES_RU))}-${femaleSurname(rng.pick(SURNAMES_RU))}`;
    const first = rng.pick(east ? (gender === 'male' ? EAST_ADULT_MALE : EAST_ADULT_FEMALE) : gender === 'male' ? ADULT_MALE : ADULT_FEMALE);
    return `${surname} ${first} ${patronymic(rng.pick(east ? EAST_ADULT_MALE : GRANDFATHERS), gender)}`;
  });
}

/** Classes of the school with their sizes: 1–9 А/Б/В, 10–11 А/Б (smaller), `total` pupils in all. */
function classes(rng: Rng, total: number): { grade: number; letter: string; size: number }[] {
  const list = [];
  for (let g = 1; g <= 11; g++) {
    for (const letter of g <= 9 ? ['А', 'Б', 'В'] : ['А', 'Б']) {
      const size = g <= 4 ? rng.int(24, 28) : g <= 9 ? rng.int(22, 27) : rng.int(16, 22);
      list.push({ grade: g, letter, size });
    }
  }
  const raw = list.reduce((s, c) => s + c.size, 0);
  for (const c of list) c.size = Math.max(5, Math.round((c.size * total) / raw));
  let diff = total - list.reduce((s, c) => s + c.size, 0);
  while (diff !== 0) {
    const c = rng.pick(list);
    if (diff < 0 && c.size <= 5) continue;
    c.size += Math.sign(diff);
    diff -= Math.sign(diff);
  }
  return list;
}

export function pupils(ctx: Ctx, total: number): Pupil[] {
  const { rng } = ctx;
  const out: Pupil[] = [];
  for (const { grade, letter, size } of classes(rng, total)) {
    for (let i = 0; i < size; i++) {
      const gender: Gender = rng.chance(0.5) ? 'male' : 'female';
      let fam: { surname: string; group: Group } = { surname: '', group: 'ru' };
      let father = '';
      const fullName = uniqueName(ctx, () => {
        fam = family(rng);
        const east = fam.group === 'east';
        father = rng.pick(east ? EAST_ADULT_MALE : FATHERS);
        const first = rng.pick(east ? (gender === 'male' ? EAST_CHILD_MALE : EAST_CHILD_FEMALE) : gender === 'male' ? CHILD_MALE : CHILD_FEMALE);
        return `${surnameFor(fam.surname, gender)} ${first} ${patronymic(father, gender)}`;
      });
      // A pupil of class N on 1 September is N + 5.8 … N + 7.3 years old (~6.5 + N on average).
      const age = grade + 5.8 + rng.float() * 1.5;
      const birthDate = addDays(ctx.sept1, -Math.round(age * 365.25));
      const mother = rng.chance(0.72);
      const east = fam.group === 'east';
      const parentName = uniqueName(ctx, () =>
        mother
          ? `${femaleSurname(fam.surname)} ${rng.pick(east ? EAST_ADULT_FEMALE : ADULT_FEMALE)} ${patronymic(rng.pick(east ? EAST_ADULT_MALE : GRANDFATHERS), 'female')}`
          : `${fam.surname} ${father} ${patronymic(rng.pick(east ? EAST_ADULT_MALE : GRANDFATHERS), 'male')}`,
      );
      const pupil: Pupil = { fullName, gender, birthDate, grade: `${grade}${letter}`, parentName, parentRelation: mother ? 'мать' : 'отец', parentPhone: phone(ctx) };
      if (grade >= 7 && rng.chance(0.7)) pupil.phone = phone(ctx);
      out.push(pupil);
    }
  }
  return out;
}

/** Roles of the staff the bases need: young specialists (0–3 years), veterans (30+), a newcomer. */
export interface StaffRoles {
  young: StaffMember[];
  veterans: StaffMember[];
  newcomer?: StaffMember;
}

export function staff(ctx: Ctx, total: number, classList: string[]): { teachers: StaffMember[]; roles: StaffRoles } {
  const { rng, today } = ctx;
  const lines = STAFF.flatMap((l) => Array.from({ length: l.count }, () => l));
  const shared = lines.filter((l) => l.shared);
  for (let i = 0; lines.length < total; i++) lines.push(shared[i % shared.length] as (typeof shared)[number]);
  lines.length = Math.min(lines.length, total);

  // Who is young (at most half of a subject's teachers, so each has an experienced colleague) and who is a veteran.
  const bySubject = new Map<string, number>();
  for (const l of lines) bySubject.set(l.subject, (bySubject.get(l.subject) ?? 0) + 1);
  const youngIdx = new Set<number>(), taken = new Map<string, number>();
  const youngCount = rng.int(6, 7);
  for (const i of rng.shuffle(lines.map((_, i) => i))) {
    const l = lines[i] as (typeof lines)[number];
    const limit = Math.min(2, Math.floor((bySubject.get(l.subject) ?? 0) / 2));
    if (youngIdx.size < youngCount && l.shared && (taken.get(l.subject) ?? 0) < limit) {
      youngIdx.add(i);
      taken.set(l.subject, (taken.get(l.subject) ?? 0) + 1);
    }
  }
  const rest = rng.shuffle(lines.map((_, i) => i).filter((i) => i > 2 && !youngIdx.has(i)));
  const veteranIdx = new Set(rest.slice(0, Math.round(total / 6)));
  const newcomerIdx = rest.find((i) => !veteranIdx.has(i) && lines[i]?.position.startsWith('учитель '));

  const emails = new Set<string>();
  const teachers = lines.map((l, i): StaffMember => {
    const maleLikely = l.position === 'директор' || /физической|ОБЗР|технологии|робототехника/.test(l.position + l.subject);
    const double = i % 25 === 11;
    const gender: Gender = !double && rng.chance(maleLikely ? 0.5 : 0.12) ? 'male' : 'female';
    const fullName = adultName(ctx, gender, double);
    const [young, veteran] = [youngIdx.has(i), veteranIdx.has(i)];
    const age = young ? rng.int(22, 26) : i === 0 ? rng.int(50, 60) : i === 1 ? rng.int(42, 54) : veteran ? rng.int(54, 66) : rng.int(28, 58);
    const maxExp = age - 22;
    const experience = young
      ? Math.min(rng.int(0, 3), Math.max(0, maxExp))
      : veteran
        ? rng.int(30, maxExp)
        : i <= 1
          ? rng.int(20, maxExp)
          : rng.int(Math.min(5, maxExp), Math.min(maxExp, 28));
    const birthDate = addDays(today, -Math.round((age + rng.float()) * 365.25));
    const [surname, first, middle] = fullName.split(' ') as [string, string, string];
    const base = `${translit(surname.split('-')[0] ?? surname)}.${translit(first[0] ?? '')}`;
    let email = emails.has(base) ? `${base}${translit(middle[0] ?? '')}` : base;
    for (let n = 2; emails.has(email); n++) email = `${base}${n}`;
    emails.add(email);
    return { fullName, gender, birthDate, position: l.position, subject: l.subject, experience, phone: phone(ctx), email: `${email}@${SCHOOL.emailDomain}` };
  });

  // Class teachers: primary teachers lead classes 1–4, subject teachers 5–11.
  const primary = rng.shuffle(teachers.filter((t) => t.subject === 'начальные классы'));
  const subject = rng.shuffle(teachers.filter((t, i) => i > 2 && t.position.startsWith('учитель ') && t.subject !== 'начальные классы'));
  for (const grade of classList) {
    const t = (parseInt(grade, 10) <= 4 ? primary : subject).shift();
    if (t) t.classTeacherOf = grade;
  }
  const roles: StaffRoles = {
    young: teachers.filter((_, i) => youngIdx.has(i)),
    veterans: teachers.filter((_, i) => veteranIdx.has(i)),
    newcomer: newcomerIdx === undefined ? undefined : teachers[newcomerIdx],
  };
  return { teachers, roles };
}

