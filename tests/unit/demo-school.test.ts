import { generateSchool, type DemoRow, type DemoSchool } from '../../demo/school';
import { femaleSurname } from '../../demo/names';
import { checkBase, type PersonRow } from '../../src/domain/bases/check';
import { CATEGORIES, CONSENT, CONSENT_BY, DEFAULT_FORMS, STATUSES, STUDENT, TEACHER } from '../../src/domain/bases/schema';
import type { Settings } from '../../src/domain/bases/settings';
import type { Cell } from '../../src/domain/cell';
import { isEmail, isPlausibleFullName, normaliseName, normalisePhone } from '../../src/domain/text';

const school = generateSchool();
const TODAY = '2025-09-15';
const DAY = 86_400_000;
const MSK = 3 * 3_600_000;
const isoOf = (d: Date) => new Date(d.getTime() + MSK).toISOString().slice(0, 10);
const yearsBetween = (fromIso: string, toIso: string) => (Date.parse(toIso) - Date.parse(fromIso)) / (365.25 * DAY);
const problemAt = (s: DemoSchool, code: string) => {
  const p = s.problems.find((x) => x.code === code);
  if (!p) throw new Error(`no problem ${code}`);
  return { ...p, row: (p.base === 'mentors' ? s.mentors : s.mentees)[p.index] as DemoRow };
};
const PHONE = /^(\+7|8)[\d\s()-]{10,}$/;

describe('demo school', () => {
  it('is the same for the same seed and different for another', () => {
    expect(generateSchool(2025)).toEqual(school);
    const other = generateSchool(7);
    expect(other.students.map((p) => p.fullName)).not.toEqual(school.students.map((p) => p.fullName));
    expect(other.mentees).not.toEqual(school.mentees);
  });

  it('has ~700 pupils in classes 1–11 and ~60 staff', () => {
    expect(school.students).toHaveLength(700);
    expect(school.teachers).toHaveLength(60);
    const sizes = new Map<string, number>();
    for (const p of school.students) sizes.set(p.grade, (sizes.get(p.grade) ?? 0) + 1);
    for (const [grade, size] of sizes) {
      expect(grade).toMatch(/^(1[01]|[1-9])[АБВ]$/);
      expect(size).toBeGreaterThanOrEqual(14);
      expect(size).toBeLessThanOrEqual(30);
    }
    const classesOf = (g: number) => [...sizes.keys()].filter((k) => parseInt(k, 10) === g).length;
    expect(classesOf(5)).toBe(3);
    expect(classesOf(11)).toBeLessThan(classesOf(5));
    expect(generateSchool(1, { students: 500, teachers: 45 }).students).toHaveLength(500);
  });

  it('gives pupils the age of their class and parents the surname of their family', () => {
    for (const p of school.students) {
      const age = yearsBetween(p.birthDate, '2025-09-01');
      const n = parseInt(p.grade, 10);
      expect(age).toBeGreaterThan(n + 5.5);
      expect(age).toBeLessThan(n + 7.5);
      const child = p.fullName.split(' ')[0] as string;
      const parent = p.parentName.split(' ')[0] as string;
      const parentGender = p.parentRelation === 'мать' ? 'female' : 'male';
      if (parentGender === p.gender) expect(parent).toBe(child);
      else if (p.gender === 'male') expect(parent).toBe(femaleSurname(child));
      else expect(child).toBe(femaleSurname(parent));
      expect(isPlausibleFullName(p.fullName) && isPlausibleFullName(p.parentName)).toBe(true);
    }
    expect(school.students.some((p) => p.fullName.includes('ё'))).toBe(true);
    expect(school.teachers.some((t) => t.fullName.split(' ')[0]?.includes('-'))).toBe(true);
    expect(school.teachers.filter((t) => t.experience <= 3).length).toBeGreaterThanOrEqual(5);
    expect(school.teachers.some((t) => t.experience >= 30)).toBe(true);
    for (const t of school.teachers) {
      expect(yearsBetween(t.birthDate, TODAY) - t.experience).toBeGreaterThanOrEqual(21);
      expect(t.email).toMatch(/^[a-z.0-9]+@[a-z0-9.-]+\.example$/);
    }
    expect(new Set(school.teachers.map((t) => t.email)).size).toBe(school.teachers.length);
  });

  it('has the school settings', () => {
    expect(school.settings.schoolYear).toBe('2025/2026');
    expect(school.settings.orgShortName).toBe('МБОУ «СОШ № 17»');
    expect(school.settings.director).toBe(school.teachers.find((t) => t.position === 'директор')?.fullName);
    expect(school.settings.curator).toBe(school.teachers.find((t) => t.position === 'заместитель директора по УВР')?.fullName);
  });

  it('holds a realistic programme in the two bases', () => {
    const count = (rows: DemoRow[], test: (r: DemoRow) => boolean) => rows.filter(test).length;
    const { mentors, mentees } = school;
    expect(mentors.length + mentees.length).toBeGreaterThanOrEqual(150);
    expect(mentors.length + mentees.length).toBeLessThanOrEqual(210);
    expect(count(mentees, (r) => r.category === STUDENT)).toBeGreaterThanOrEqual(90);
    expect(count(mentees, (r) => r.category === STUDENT)).toBeLessThanOrEqual(110);
    expect(count(mentees, (r) => r.category === TEACHER)).toBeGreaterThanOrEqual(6);
    expect(count(mentees, (r) => r.category === TEACHER)).toBeLessThanOrEqual(10);
    expect(count(mentors, (r) => r.category === STUDENT)).toBeGreaterThanOrEqual(50);
    expect(count(mentors, (r) => r.category === STUDENT)).toBeLessThanOrEqual(70);
    expect(count(mentors, (r) => r.category === TEACHER)).toBeGreaterThanOrEqual(12);
    expect(count(mentors, (r) => r.category === TEACHER)).toBeLessThanOrEqual(18);
    const outside = count(mentors, (r) => r.category === 'родитель' || r.category === 'представитель предприятия');
    expect(outside).toBeGreaterThanOrEqual(2);
    expect(outside).toBeLessThanOrEqual(4);
    for (const r of mentees.filter((x) => x.category === STUDENT)) expect(parseInt(String(r.grade), 10)).toBeGreaterThanOrEqual(2);
    for (const r of mentees.filter((x) => x.category === STUDENT)) expect(parseInt(String(r.grade), 10)).toBeLessThanOrEqual(9);
    for (const r of mentors.filter((x) => x.category === STUDENT)) expect(parseInt(String(r.grade), 10)).toBeGreaterThanOrEqual(8);
    expect(count(mentees, (r) => r.form === 'Учитель – ученик')).toBeGreaterThan(3);
    expect(count(mentees, (r) => r.form === 'Работодатель – ученик')).toBeGreaterThanOrEqual(3);
    expect(count(mentees, (r) => r.form === 'Ученик – ученик')).toBeGreaterThan(mentees.length / 2);
    const columns = ['code', 'fullName', 'category', 'grade', 'position', 'subject', 'experience', 'birthDate', 'phone', 'email',
      'parentName', 'parentPhone', 'form', 'competences', 'achievements', 'request', 'interests', 'time', 'place', 'consent',
      'consentBy', 'consentDate', 'entryDate', 'status', 'capacity'];
    for (const r of [...mentors, ...mentees]) {
      for (const k of Object.keys(r)) expect(columns).toContain(k);
      expect(r.code).toBeUndefined();
      for (const k of ['consentDate', 'entryDate']) {
        const d = r[k];
        if (d === undefined) continue;
        expect(d).toBeInstanceOf(Date);
        expect(((d as Date).getTime() + MSK) % DAY).toBe(0);
        expect(isoOf(d as Date) >= '2025-09-01' && isoOf(d as Date) <= TODAY).toBe(true);
      }
      if (r.email) expect(String(r.email)).toMatch(/\.example$/);
    }
  });

  it('has exactly the deliberate problems, each where it says', () => {
    const codes = school.problems.map((p) => `${p.base}:${p.code}`).sort();
    expect(codes).toEqual([
      'mentees:badDate', 'mentees:duplicate', 'mentees:missingRequest', 'mentees:noConsent', 'mentees:unknownForm',
      'mentors:badPhone', 'mentors:capacityNotNumber', 'mentors:formulaName',
    ]);
    const dup = problemAt(school, 'duplicate');
    const name = String(dup.row.fullName);
    const first = school.mentees.findIndex((r) => normaliseName(String(r.fullName)) === normaliseName(name));
    expect(first).toBeLessThan(dup.index);
    const original = String(school.mentees[first]?.fullName);
    expect(name).not.toBe(original);
    expect(original).toMatch(/ё/);
    expect(name).not.toMatch(/ё/);
    expect(name).toMatch(/\s{2}/);
    expect(problemAt(school, 'noConsent').row).toMatchObject({ consent: 'не дано', category: STUDENT });
    expect(problemAt(school, 'noConsent').row.consentBy).toBeUndefined();
    expect(problemAt(school, 'badPhone').row.phone).toBe('+7 917 55');
    expect(problemAt(school, 'formulaName').row.fullName).toBe('=СУММ(A1:A3)');
    expect(problemAt(school, 'capacityNotNumber').row.capacity).toBe('два');
    expect(problemAt(school, 'unknownForm').row.form).toBe('Ученик – робот');
    expect(problemAt(school, 'badDate').row.birthDate).toBe('31.02.2012');
    expect(problemAt(school, 'missingRequest').row.request ?? '').toBe('');
    const rows = new Set(school.problems.map((p) => `${p.base}:${p.index}`));
    expect(rows.size).toBe(school.problems.length);
  });

  it('is clean apart from the deliberate problems: names, phones, e-mails', () => {
    const skip = (base: string, i: number) => school.problems.some((p) => p.base === base && p.index === i && p.code === 'duplicate');
    for (const [base, rows] of [['mentors', school.mentors], ['mentees', school.mentees]] as const) {
      const names = rows.filter((_, i) => !skip(base, i)).map((r) => normaliseName(String(r.fullName)));
      expect(new Set(names).size).toBe(names.length);
      rows.forEach((r, i) => {
        if (r.fullName !== '=СУММ(A1:A3)') expect(isPlausibleFullName(String(r.fullName))).toBe(true);
        for (const k of ['phone', 'parentPhone']) {
          const v = r[k];
          if (v === undefined || (base === 'mentors' && school.problems.some((p) => p.code === 'badPhone' && p.index === i) && k === 'phone')) continue;
          expect(String(v)).toMatch(PHONE);
          expect(String(v).replace(/\D/g, '')).toHaveLength(11);
          expect(normalisePhone(String(v))).not.toBeNull();
        }
        if (r.email) expect(isEmail(String(r.email))).toBe(true);
      });
    }
    for (const t of school.teachers) expect(t.phone).toMatch(PHONE);
  });

  it('passes «Проверить базы» with only the deliberate problems', () => {
    const settings: Settings = {
      params: {} as Settings['params'],
      forms: DEFAULT_FORMS,
      lists: {
        categories: [...CATEGORIES], statuses: [...STATUSES], consent: [...CONSENT], consentBy: [...CONSENT_BY],
        forms: DEFAULT_FORMS.map((f) => f.name),
      },
      listColumns: {},
    };
    const cell = (v: string | number | Date): Cell => (v instanceof Date ? { iso: isoOf(v) } : v);
    const toRows = (rows: DemoRow[]): PersonRow[] =>
      rows.map((r, i) => ({ row: i + 2, cells: Object.fromEntries(Object.entries(r).map(([k, v]) => [k, cell(v)])) }));
    const expected: Record<string, string> = {
      duplicate: 'duplicate', noConsent: 'minorWithoutConsent', badPhone: 'badPhone', formulaName: 'formula',
      capacityNotNumber: 'notNumber', unknownForm: 'unknownValue', badDate: 'notDate', missingRequest: 'missingRequired',
    };
    for (const base of ['mentors', 'mentees'] as const) {
      const found = checkBase(base, toRows(school[base]), settings, TODAY).map((p) => `${p.row - 2}:${p.code}`).sort();
      const wanted = school.problems.filter((p) => p.base === base).map((p) => `${p.index}:${expected[p.code]}`).sort();
      expect(found).toEqual(wanted);
    }
  });

  it('follows `today`: the school year and dates not after it', () => {
    const later = generateSchool(3, { today: '2026-09-05' });
    expect(later.settings.schoolYear).toBe('2026/2027');
    for (const r of [...later.mentors, ...later.mentees]) {
      for (const k of ['consentDate', 'entryDate']) if (r[k] instanceof Date) expect(isoOf(r[k] as Date) <= '2026-09-05').toBe(true);
    }
    expect(() => generateSchool(1, { students: 10 })).toThrow(RangeError);
  });
});
