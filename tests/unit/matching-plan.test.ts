import { assignments, decide, planPairs, replacement, sidebarPairs, type PairRow } from '../../src/domain/matching/plan';
import { people, rules, teacherMentee, teacherMentor } from './matching-support';

const mentors = () => people('mentor', [
  teacherMentor({ code: 'НК-1', fullName: 'Иванова Анна', competences: 'математика', capacity: 2 }),
  teacherMentor({ code: 'НК-2', fullName: 'Петров Олег', competences: 'физика' }),
]);
const mentees = () => people('mentee', [
  teacherMentee({ code: 'НЯ-1', fullName: 'Алексеева Ольга', request: 'математика' }),
  teacherMentee({ code: 'НЯ-2', fullName: 'Борисов Глеб', request: 'физика' }),
  teacherMentee({ code: 'НЯ-3', fullName: 'Васильева Дарья', request: 'математика' }),
]);
const asRows = (plan: ReturnType<typeof planPairs>): PairRow[] =>
  plan.rows.map((o, i) => ({ row: i + 2, cells: 'cells' in o ? { ...o.cells } : {} }));

describe('«Пары» planning', () => {
  it('gives one id per mentor’s group, numbered in order', () => {
    const plan = planPairs([], mentors(), mentees(), rules(), 'optimal');
    expect(asRows(plan).map((r) => [r.cells.pairId, r.cells.mentorCode, r.cells.menteeCode])).toEqual([
      ['П-0001', 'НК-1', 'НЯ-1'], ['П-0002', 'НК-2', 'НЯ-2'], ['П-0001', 'НК-1', 'НЯ-3'],
    ]);
  });

  it('re-running with nothing decided keeps every row and id in place', () => {
    const first = asRows(planPairs([], mentors(), mentees(), rules(), 'optimal'));
    const again = planPairs(first, mentors(), mentees(), rules(), 'optimal');
    expect(again.rows.map((o) => ('cells' in o ? o.cells : o))).toEqual(first.map((r) => r.cells));
  });

  it('the curator’s rows without a status are kept and hold their seat', () => {
    const own: PairRow = { row: 2, cells: { pairId: 'П-0007', mentorCode: 'НК-2', mentor: 'Петров Олег', menteeCode: 'НЯ-3', mentee: 'Васильева Дарья' } };
    const plan = planPairs([own], mentors(), mentees(), rules(), 'optimal');
    expect(plan.rows[0]).toEqual({ keep: 2 });
    const fresh = plan.rows.flatMap((o) => ('cells' in o ? [o.cells] : []));
    expect(fresh.some((c) => c.menteeCode === 'НЯ-3' || c.mentorCode === 'НК-2')).toBe(false);
    expect(fresh.map((c) => c.pairId)).toEqual(['П-0008', 'П-0008']);
  });

  it('approval starts the pair today; replacement ends it with a reason', () => {
    const row: PairRow = { row: 2, cells: { status: 'предложена' } };
    expect(decide(row, 'утверждена', '2025-09-15')).toEqual({ status: 'утверждена', startDate: { iso: '2025-09-15' } });
    expect(decide(row, 'отклонена', '2025-09-15')).toEqual({ status: 'отклонена' });
    expect(replacement('2025-10-01', '')).toEqual({ status: 'заменена', endDate: { iso: '2025-10-01' }, endReason: 'Замена наставника' });
  });

  it('the bases get approved pairs only; people in «Пары» without one are cleared', () => {
    const rows: PairRow[] = [
      { row: 2, cells: { mentorCode: 'НК-1', mentor: 'Иванова Анна', menteeCode: 'НЯ-1', mentee: 'Алексеева Ольга', status: 'утверждена' } },
      { row: 3, cells: { mentorCode: 'НК-1', mentor: 'Иванова Анна', menteeCode: 'НЯ-3', mentee: 'Васильева Дарья', status: 'Утверждена' } },
      { row: 4, cells: { mentorCode: 'НК-2', mentor: 'Петров Олег', menteeCode: 'НЯ-2', mentee: 'Борисов Глеб', status: 'заменена' } },
    ];
    const a = assignments(rows);
    expect(Object.fromEntries(a.mentors)).toEqual({ 'НК-1': 'Алексеева Ольга, Васильева Дарья', 'НК-2': '' });
    expect(Object.fromEntries(a.mentees)).toEqual({ 'НЯ-1': 'Иванова Анна', 'НЯ-3': 'Иванова Анна', 'НЯ-2': '' });
  });

  it('the sidebar gets plain JSON of the current pairs, without history', () => {
    const rows: PairRow[] = [
      { row: 2, cells: { pairId: 'П-0001', mentorCode: 'НК-1', mentor: 'Иванова Анна', menteeCode: 'НЯ-1', mentee: 'Алексеева Ольга', status: 'предложена', score: 40, startDate: { iso: '2025-09-01' } } },
      { row: 3, cells: { pairId: 'П-0002', mentorCode: 'НК-2', mentor: 'Петров Олег', menteeCode: 'НЯ-2', mentee: 'Борисов Глеб', status: 'заменена' } },
    ];
    const list = sidebarPairs(rows);
    expect(list).toEqual([{ id: 'П-0001/НЯ-1', pairId: 'П-0001', mentor: 'Иванова Анна', mentee: 'Алексеева Ольга', form: '', score: 40, explanation: '', alternatives: '', status: 'предложена', comment: '' }]);
    expect(JSON.parse(JSON.stringify(list))).toEqual(list);
  });
});
