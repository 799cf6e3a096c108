import { computeKpis, defaultTargetRows, KPI_LABELS, readTargets, TARGET_HEADERS, type Person } from '../../src/domain/monitoring/kpi';
import { reportDate, roadmapProgress } from '../../src/domain/monitoring/report';
import type { Cell } from '../../src/domain/cell';

const p = (code: string, category: string, experience: number | null = null): Person => ({ code, category, experience });

/**
 * A hand-checked school: 40 pupils, 10 teachers of whom 4 are young specialists, 5 partner enterprises.
 * Approved or completed pairs: pupil mentor S1 → pupils S2, S3; teacher T1 → young teacher T2;
 * partner E1 → pupil S4 (completed). A rejected pair (T3 → S5) does not count.
 */
const mentors = [p('S1', 'обучающийся'), p('T1', 'педагог', 20), p('E1', 'представитель предприятия'), p('T3', 'педагог', 12)];
const mentees = [p('S2', 'обучающийся'), p('S3', 'обучающийся'), p('S4', 'обучающийся'), p('S5', 'обучающийся'), p('T2', 'педагог', 1)];
const pairs = [
  { mentorCode: 'S1', menteeCode: 'S2', status: 'утверждена' },
  { mentorCode: 'S1', menteeCode: 'S3', status: 'утверждена' },
  { mentorCode: 'T1', menteeCode: 'T2', status: 'Утверждена' },
  { mentorCode: 'E1', menteeCode: 'S4', status: 'завершена' },
  { mentorCode: 'T3', menteeCode: 'S5', status: 'отклонена' },
];

describe('target indicators', () => {
  const targets = readTargets([], '2025/2026');
  const kpis = computeKpis(mentors, mentees, pairs, { students: 40, teachers: 10, youngTeachers: 4, partners: 5 },
    { mentors: { share: 0.5, n: 4 }, mentees: { share: 0.8, n: 10 } }, targets);
  const by = Object.fromEntries(kpis.map((k) => [k.key, k]));

  it('computes coverage of students and teachers against 10%', () => {
    expect(by.coverageStudents).toMatchObject({ count: 4, of: 40, actual: 10, status: 'met' }); // S1–S4
    expect(by.coverageTeachers).toMatchObject({ count: 2, of: 10, actual: 20, status: 'met' }); // T1, T2
  });

  it('computes the seed 004 shares against the first-year targets', () => {
    expect(by.menteeStudents).toMatchObject({ count: 3, actual: 7.5, status: 'notMet' }); // target 20
    expect(by.studentMentors).toMatchObject({ count: 1, actual: 2.5, status: 'notMet' }); // target 3
    expect(by.youngTeachers).toMatchObject({ count: 1, of: 4, actual: 25, status: 'met' }); // target 5
    expect(by.partners).toMatchObject({ count: 1, of: 5, actual: 20, status: 'met' }); // target 3
    expect(by.mentorSatisfaction).toMatchObject({ actual: 50, status: 'met' });
    expect(by.menteeSatisfaction).toMatchObject({ actual: 80, status: 'met' });
  });

  it('says «no data» when a school-wide total is not filled in', () => {
    const none = computeKpis(mentors, mentees, pairs, { students: null, teachers: null, youngTeachers: null, partners: null },
      { mentors: { share: null, n: 0 }, mentees: { share: null, n: 0 } }, targets);
    expect(none.find((k) => k.key === 'coverageStudents')!.status).toBe('noData');
    // young teachers fall back to the young specialists in the mentee base
    expect(none.find((k) => k.key === 'youngTeachers')).toMatchObject({ of: 1, actual: 100 });
  });

  it('reads yearly targets from «Настройки», falling back to defaults for other years', () => {
    const grid: Cell[][] = [['Параметр', 'Значение', '', ...TARGET_HEADERS], ...defaultTargetRows('2024/2025').map((r) => ['', '', '', ...r])];
    expect(readTargets(grid, '2025/2026').menteeStudents).toEqual({ value: 40, fromSettings: true });
    expect(readTargets(grid, '2026/2027').mentorSatisfaction).toEqual({ value: 65, fromSettings: true });
    const edited = grid.map((r) => (r[3] === KPI_LABELS.coverageStudents && r[4] === '2025/2026' ? [...r.slice(0, 5), '12,5'] : r));
    expect(readTargets(edited, '2025/2026').coverageStudents).toEqual({ value: 12.5, fromSettings: true });
    expect(readTargets(grid, '2030/2031').partners).toEqual({ value: 3, fromSettings: false });
  });
});

describe('report to the regional centre', () => {
  it('is due by 20 December or 20 May (seed 003)', () => {
    expect(reportDate('2025-11-25')).toBe('2025-12-20');
    expect(reportDate('2025-12-20')).toBe('2025-12-20');
    expect(reportDate('2025-12-21')).toBe('2026-05-20');
    expect(reportDate('2026-03-01')).toBe('2026-05-20');
    expect(reportDate('2026-06-01')).toBe('2026-12-20');
  });

  it('counts roadmap activities marked done', () => {
    expect(roadmapProgress([['Этап', 'Мероприятие', 'Статус'], ['1', 'Приказ', 'выполнено'], ['1', 'Совет', 'в работе'], ['', '', '']]))
      .toEqual({ done: 1, all: 2 });
    expect(roadmapProgress(null)).toBeNull();
  });
});
