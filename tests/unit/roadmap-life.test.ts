import { activePairs, baseUpdates, planCompletion, resultLine } from '../../src/domain/meetings/completion';
import { isTaskDone, planRows, planTemplate } from '../../src/domain/meetings/plans';
import { plannedMeetings, progressOf, silentWeeksOf } from '../../src/domain/meetings/progress';
import { LIFE_UI } from '../../src/domain/meetings/messages';
import { promoteGrade, moveClasses, closableFrom } from '../../src/domain/roadmap/year';
import type { Cell } from '../../src/domain/cell';

const d = (iso: string) => ({ iso });
const pairRow = (row: number, pairId: string, status: string, extra: Record<string, Cell> = {}) => ({
  row, cells: { pairId, mentor: `Наставник ${pairId}`, mentorCode: `НК-${pairId}`, mentee: `Ученик ${row}`, menteeCode: `НЯ-${row}`,
    form: 'Ученик – ученик', status, startDate: d('2025-12-01'), ...extra },
});

describe('individual plans', () => {
  it('uses a teacher’s programme for teacher mentees and a pupil’s plan otherwise', () => {
    expect(planTemplate('Учитель – учитель')).toBe(planTemplate('Руководитель ОО – педагог'));
    expect(planTemplate('Ученик – ученик')).toBe(planTemplate('Учитель – ученик'));
    expect(planTemplate('Учитель – учитель')).not.toBe(planTemplate('Ученик – ученик'));
    expect(planTemplate('Работодатель – ученик')).not.toBe(planTemplate('Ученик – ученик'));
  });

  it('dates tasks from the pair’s start, within a year, and skips pairs that have a plan', () => {
    const pairs = [
      { pairId: 'П-1', mentee: 'Иванов', form: 'Учитель – учитель', start: '2025-09-01', end: '2026-08-31' },
      { pairId: 'П-2', mentee: 'Петров', form: 'Ученик – ученик', start: '2025-12-15', end: '2026-05-31' },
    ];
    const rows = planRows(pairs, new Set(['П-2\u0000Петров']));
    expect(new Set(rows.map((r) => r.pairId))).toEqual(new Set(['П-1']));
    const deadlines = rows.map((r) => (r.deadline as { iso: string }).iso);
    expect(deadlines).toEqual(['2025-09-16', '2025-10-01', '2025-11-01', '2025-12-01', '2026-01-01', '2026-04-01', '2026-06-01']);
    expect(rows.every((r) => r.done === 'нет')).toBe(true);
  });

  it('spreads the plan of a pair that started late over the time it has, never past its end', () => {
    const late = { pairId: 'П-3', mentee: 'Сидоров', form: 'Учитель – учитель', start: '2026-02-02', end: '2026-05-31' };
    const deadlines = planRows([late], new Set()).map((r) => (r.deadline as { iso: string }).iso);
    expect(deadlines).toHaveLength(planTemplate('Учитель – учитель').length);
    expect(deadlines.at(-1)).toBe('2026-05-31');
    expect(deadlines.every((d) => d > late.start && d <= late.end)).toBe(true);
    expect(deadlines).toEqual([...deadlines].sort());
    expect(new Set(deadlines).size).toBe(deadlines.length);
  });

  it('reads a checkbox, «да» and «+» as done', () => {
    expect([true, 'да', '+', 'Выполнено'].every((v) => isTaskDone(v))).toBe(true);
    expect([false, 'нет', '', 'частично'].some((v) => isTaskDone(v))).toBe(false);
  });
});

describe('progress of pairs', () => {
  const pairs = activePairs([
    pairRow(2, 'П-1', 'утверждена'), pairRow(3, 'П-1', 'утверждена'), pairRow(4, 'П-2', 'утверждена'),
    pairRow(5, 'П-3', 'предложена'),
  ], '2025-12-01');
  const meetings = [
    { row: 2, cells: { pairId: 'П-1', date: d('2025-12-03'), type: 'встреча-знакомство' } },
    { row: 3, cells: { pairId: 'П-1', date: d('2026-01-20'), type: 'рабочая встреча' } },
    { row: 4, cells: { pairId: 'П-1', date: d('2026-09-01'), type: 'рабочая встреча' } },
  ];
  const plans = [
    { row: 2, cells: { pairId: 'П-1', done: 'да', deadline: d('2025-12-20') } },
    { row: 3, cells: { pairId: 'П-1', done: 'нет', deadline: d('2026-01-10') } },
    { row: 4, cells: { pairId: 'П-1', done: 'нет', deadline: d('2026-05-10') } },
  ];

  it('joins a group’s rows and leaves out pairs that are not approved', () => {
    expect(pairs.map((p) => [p.pairId, p.mentees.length])).toEqual([['П-1', 2], ['П-2', 1]]);
  });

  it('counts meetings held (none from the future) against the schedule, tasks done, last contact', () => {
    const [g1, g2] = progressOf(pairs, meetings, plans, '2026-02-01', 3);
    expect(g1).toMatchObject({ held: 2, tasksDone: 1, tasks: 3, tasksOverdue: 1, lastContact: '2026-01-20', weeksSilent: 1 });
    expect(g1!.planned).toBe(plannedMeetings('2025-12-01', '2026-02-01'));
    expect(g1!.attention).toEqual([LIFE_UI.tasksOverdue(1)]);
    expect(g2).toMatchObject({ held: 0, lastContact: '', weeksSilent: 8 });
    expect(g2!.attention).toEqual([LIFE_UI.noMeetings(8), LIFE_UI.noPlan]);
  });

  it('highlights a pair after N weeks without a meeting, N from «Настройки»', () => {
    const at = (weeks: number) => progressOf(pairs, meetings, plans, '2026-02-24', weeks)[0]!.attention;
    expect(at(6)).not.toContain(LIFE_UI.silent(5));
    expect(at(5)).toContain(LIFE_UI.silent(5));
    expect(silentWeeksOf('')).toBe(3);
    expect(silentWeeksOf('4')).toBe(4);
    expect(silentWeeksOf('много')).toBe(3);
  });

  it('plans a meeting every two weeks from the start, none before it', () => {
    expect(plannedMeetings('2025-12-01', '2025-11-30')).toBe(0);
    expect(plannedMeetings('2025-12-01', '2025-12-01')).toBe(1);
    expect(plannedMeetings('2025-12-01', '2025-12-29')).toBe(3);
  });
});

describe('completion', () => {
  const rows = [
    pairRow(2, 'П-1', 'утверждена', { endReason: 'план выполнен', results: 'Оценка по алгебре 4' }),
    pairRow(3, 'П-2', 'утверждена'),
    pairRow(4, 'П-3', 'предложена', { endReason: 'по инициативе куратора' }),
    pairRow(5, 'П-4', 'завершена', { endReason: 'план выполнен' }),
  ];

  it('completes approved pairs the curator marked, and explicit endings, nothing else', () => {
    const changes = planCompletion(rows, [{ pairId: 'П-2', reason: 'по инициативе наставляемого', results: 'Переехал' }], '2026-05-20');
    expect(changes).toEqual([
      { row: 2, status: 'завершена', endDate: '2026-05-20', endReason: 'план выполнен', results: 'Оценка по алгебре 4' },
      { row: 3, status: 'завершена', endDate: '2026-05-20', endReason: 'по инициативе наставляемого', results: 'Переехал' },
    ]);
  });

  it('appends a results line to each person’s base row, keeping earlier years, never twice', () => {
    const people = [
      { row: 2, cells: { code: 'НЯ-2', fullName: 'Ученик 2', results: '2024/2025, пара П-0: раньше', status: 'в паре' } },
      { row: 3, cells: { code: 'НЯ-9', fullName: 'Ёлкин Пётр', status: 'в паре' } },
    ];
    const line = resultLine('2025/2026', 'П-1', 'план выполнен', '2026-05-20', 'Оценка 4');
    expect(line).toBe('2025/2026, пара П-1 (план выполнен, 20.05.2026): Оценка 4');
    const refs = [
      { code: 'НЯ-2', name: '', line, caseLink: 'https://site/case', status: 'завершил' },
      { code: '', name: 'елкин  петр', line, caseLink: '', status: null },
    ];
    const updates = baseUpdates(people, refs);
    expect(updates).toEqual([
      { row: 2, results: `2024/2025, пара П-0: раньше\n${line}`, caseLink: 'https://site/case', status: 'завершил' },
      { row: 3, results: line, caseLink: '', status: 'в паре' },
    ]);
    const again = baseUpdates(people.map((p, i) => ({ ...p, cells: { ...p.cells, results: updates[i]!.results } })), refs);
    expect(again.map((u) => u.results)).toEqual(updates.map((u) => u.results));
  });
});

describe('the new school year', () => {
  it('moves pupils up a class and graduates the 11th', () => {
    expect(promoteGrade('7Б', 2026)).toEqual({ grade: '8Б', graduated: false });
    expect(promoteGrade('10 А', 2026)).toEqual({ grade: '11 А', graduated: false });
    expect(promoteGrade('11А', 2026)).toEqual({ grade: 'выпуск 2026', graduated: true });
    expect(promoteGrade('3 курс', 2026)).toBeNull();
    expect(promoteGrade('', 2026)).toBeNull();
  });

  it('touches pupils only', () => {
    const moves = moveClasses([
      { row: 2, cells: { category: 'обучающийся', grade: '11В' } },
      { row: 3, cells: { category: 'педагог', grade: '5А' } },
      { row: 4, cells: { category: 'обучающийся', grade: '5А' } },
    ], 2026);
    expect(moves).toEqual([{ row: 2, grade: 'выпуск 2026', category: 'выпускник' }, { row: 4, grade: '6А', category: 'обучающийся' }]);
  });

  it('a year can be closed from 1 June of its last calendar year', () => {
    expect(closableFrom(2025)).toBe('2026-06-01');
  });
});
