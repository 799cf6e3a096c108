/**
 * A deterministic, realistic demo school for «Наставничество»: ~700 pupils in classes 1–11, ~60
 * staff, and the two bases of its mentoring programme with a handful of deliberate problems for
 * «Проверить базы» to find. Plain data, no Google APIs: `generateSchool(seed)` always returns the
 * same school for the same seed and options.
 */
import { buildBases, type DemoProblem, type DemoRow } from './bases';
import { pupils, staff, type Ctx, type Pupil, type StaffMember } from './people';
import { Rng, schoolYearStart } from './random';
import { SCHOOL } from './texts';

export type { DemoProblem, DemoProblemCode, DemoRow } from './bases';
export type { Pupil, StaffMember } from './people';

export interface DemoSchool {
  settings: {
    orgFullName: string; orgShortName: string; address: string; place: string; director: string; curator: string;
    schoolYear: string; directorPosition: string; curatorPosition: string; municipalBody: string; finalEventPlace: string;
  };
  teachers: StaffMember[];
  students: Pupil[];
  mentors: DemoRow[];
  mentees: DemoRow[];
  problems: DemoProblem[];
}

export interface DemoOptions {
  /** Pupils in the school, 350–2000 (default 700). */
  students?: number;
  /** Staff members, 40–150 (default 60). */
  teachers?: number;
  /** ISO date the data is «as of»; all dates in the bases are on or before it (default '2025-09-15'). */
  today?: string;
}

export function generateSchool(seed = 2025, options: DemoOptions = {}): DemoSchool {
  const today = options.today ?? '2025-09-15';
  const students = options.students ?? 700;
  const teacherCount = options.teachers ?? 60;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new RangeError(`today must be an ISO date: ${today}`);
  if (students < 350 || students > 2000) throw new RangeError('students must be 350–2000');
  if (teacherCount < 40 || teacherCount > 150) throw new RangeError('teachers must be 40–150');
  const startYear = schoolYearStart(today);
  const ctx: Ctx = { rng: new Rng(seed), today, sept1: `${startYear}-09-01`, startYear, names: new Set(), phones: new Set() };

  const pupilList = pupils(ctx, students);
  const classList = [...new Set(pupilList.map((p) => p.grade))];
  const { teachers, roles } = staff(ctx, teacherCount, classList);
  const director = teachers[0] as StaffMember;
  const curator = teachers[1] as StaffMember;
  const { mentors, mentees, problems } = buildBases(ctx, pupilList, teachers, roles, students / 700);
  return {
    settings: {
      orgFullName: SCHOOL.orgFullName, orgShortName: SCHOOL.orgShortName, address: SCHOOL.address, place: SCHOOL.place,
      director: director.fullName, curator: curator.fullName, schoolYear: `${startYear}/${startYear + 1}`,
      directorPosition: 'Директор', curatorPosition: curator.position,
      municipalBody: 'Начальнику управления образования администрации Верхнеозёрского муниципального округа',
      finalEventPlace: 'актовом зале школы',
    },
    teachers,
    students: pupilList,
    mentors,
    mentees,
    problems,
  };
}
