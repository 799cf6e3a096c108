import { cellText, type Cell } from '../cell';
import { STUDENT, TEACHER } from '../bases/schema';
import { APPROVED, COMPLETED } from '../pairs/schema';
import { norm } from './answers';

/** Целевые показатели (seed 000: coverage ≥ 10 %; seed 004, table 5). */
export const KPI_KEYS = [
  'coverageStudents', 'coverageTeachers', 'menteeStudents', 'studentMentors', 'youngTeachers', 'partners',
  'mentorSatisfaction', 'menteeSatisfaction',
] as const;
export type KpiKey = (typeof KPI_KEYS)[number];

export const KPI_LABELS: Record<KpiKey, string> = {
  coverageStudents: 'Охват обучающихся программами наставничества',
  coverageTeachers: 'Охват педагогических работников программами наставничества',
  menteeStudents: 'Доля обучающихся, вошедших в программы в роли наставляемого',
  studentMentors: 'Доля обучающихся, вошедших в программы в роли наставника',
  youngTeachers: 'Доля молодых специалистов (стаж 0–3 года), вошедших в программы в роли наставляемого',
  partners: 'Доля предприятий-партнёров, предоставивших наставников',
  mentorSatisfaction: 'Уровень удовлетворённости наставников',
  menteeSatisfaction: 'Уровень удовлетворённости наставляемых',
};

/** Default targets for the first three school years of the programme, in %. */
export const DEFAULT_TARGETS: Record<KpiKey, readonly [number, number, number]> = {
  coverageStudents: [10, 10, 10],
  coverageTeachers: [10, 10, 10],
  menteeStudents: [20, 40, 60],
  studentMentors: [3, 5, 8],
  youngTeachers: [5, 8, 10],
  partners: [3, 8, 15],
  mentorSatisfaction: [50, 60, 65],
  menteeSatisfaction: [50, 60, 65],
};

/** The block of «Настройки» with yearly targets: one row per indicator and school year. */
export const TARGET_HEADERS = ['Целевой показатель', 'Учебный год', 'Цель, %'];

/** '2025/2026' → the next school years, for the default rows. */
export function nextYears(schoolYear: string, count: number): string[] {
  const start = Number(/^(\d{4})/.exec(schoolYear)?.[1] ?? NaN);
  if (!Number.isFinite(start)) return [schoolYear];
  return Array.from({ length: count }, (_, i) => `${start + i}/${start + i + 1}`);
}

export function defaultTargetRows(schoolYear: string): Cell[][] {
  const years = nextYears(schoolYear, 3);
  return KPI_KEYS.flatMap((k) => years.map((y, i) => [KPI_LABELS[k], y, DEFAULT_TARGETS[k][i] ?? DEFAULT_TARGETS[k][2]]));
}

export interface Target {
  value: number;
  /** Whether the curator's «Настройки» gave it, or the default was used. */
  fromSettings: boolean;
}

/** Targets for a school year from the «Настройки» grid; missing ones fall back to the first-year defaults. */
export function readTargets(grid: readonly (readonly Cell[])[], schoolYear: string): Record<KpiKey, Target> {
  const header = grid[0] ?? [];
  const col = header.findIndex((h) => norm(cellText(h)) === norm(TARGET_HEADERS[0]!));
  const found = new Map<string, number>();
  if (col >= 0) {
    for (const r of grid.slice(1)) {
      const value = Number(cellText(r[col + 2]).replace(',', '.').replace('%', ''));
      if (cellText(r[col]) && norm(cellText(r[col + 1])) === norm(schoolYear) && cellText(r[col + 2]) && Number.isFinite(value)) {
        found.set(norm(cellText(r[col])), value);
      }
    }
  }
  return Object.fromEntries(
    KPI_KEYS.map((k) => {
      const v = found.get(norm(KPI_LABELS[k]));
      return [k, v === undefined ? { value: DEFAULT_TARGETS[k][0], fromSettings: false } : { value: v, fromSettings: true }];
    }),
  ) as Record<KpiKey, Target>;
}

export interface Person {
  code: string;
  category: string;
  experience: number | null;
}

export interface PairLink {
  mentorCode: string;
  menteeCode: string;
  status: string;
}

/** School-wide numbers the bases cannot know (from «Настройки»); null when not filled in. */
export interface Totals {
  students: number | null;
  teachers: number | null;
  youngTeachers: number | null;
  partners: number | null;
}

export type KpiStatus = 'met' | 'notMet' | 'noData';

export interface Kpi {
  key: KpiKey;
  /** Numerator and denominator of the actual share; null denominator = no data. */
  count: number;
  of: number | null;
  actual: number | null;
  target: Target;
  status: KpiStatus;
}

/** A young specialist: a teacher with 0–3 years of experience (seed 004). */
export const YOUNG_MAX_YEARS = 3;

/**
 * Actual values of the target indicators: participants are counted once each, in pairs that are
 * approved or completed. Satisfaction shares come from stage 1 (`satisfaction`: share, n).
 */
export function computeKpis(
  mentors: readonly Person[],
  mentees: readonly Person[],
  pairs: readonly PairLink[],
  totals: Totals,
  satisfaction: { mentors: { share: number | null; n: number }; mentees: { share: number | null; n: number } },
  targets: Record<KpiKey, Target>,
): Kpi[] {
  const active = pairs.filter((p) => [APPROVED, COMPLETED].includes(norm(p.status) as typeof APPROVED));
  const inPairs = (people: readonly Person[], codes: Set<string>) => people.filter((p) => codes.has(p.code));
  const mentorsIn = inPairs(mentors, new Set(active.map((p) => p.mentorCode)));
  const menteesIn = inPairs(mentees, new Set(active.map((p) => p.menteeCode)));
  const is = (cat: string) => (p: Person) => norm(p.category) === cat;
  const young = (p: Person) => is(TEACHER)(p) && p.experience !== null && p.experience <= YOUNG_MAX_YEARS;
  const distinct = (list: Person[]) => new Set(list.map((p) => p.code)).size;
  const students = [...mentorsIn, ...menteesIn].filter(is(STUDENT));
  const teachers = [...mentorsIn, ...menteesIn].filter(is(TEACHER));
  const youngTotal = totals.youngTeachers ?? (mentees.some(young) ? mentees.filter(young).length : null);
  const share = (key: KpiKey, count: number, of: number | null): Kpi => {
    const actual = of && of > 0 ? (100 * count) / of : null;
    return { key, count, of, actual, target: targets[key], status: statusOf(actual, targets[key].value) };
  };
  const satisfied = (key: KpiKey, s: { share: number | null; n: number }): Kpi => {
    const actual = s.share === null ? null : 100 * s.share;
    return { key, count: Math.round((s.share ?? 0) * s.n), of: s.n || null, actual, target: targets[key], status: statusOf(actual, targets[key].value) };
  };
  return [
    share('coverageStudents', distinct(students), totals.students),
    share('coverageTeachers', distinct(teachers), totals.teachers),
    share('menteeStudents', distinct(menteesIn.filter(is(STUDENT))), totals.students),
    share('studentMentors', distinct(mentorsIn.filter(is(STUDENT))), totals.students),
    share('youngTeachers', distinct(menteesIn.filter(young)), youngTotal),
    share('partners', distinct(mentorsIn.filter(is('представитель предприятия'))), totals.partners),
    satisfied('mentorSatisfaction', satisfaction.mentors),
    satisfied('menteeSatisfaction', satisfaction.mentees),
  ];
}

const statusOf = (actual: number | null, target: number): KpiStatus =>
  actual === null ? 'noData' : actual >= target - 1e-9 ? 'met' : 'notMet';
