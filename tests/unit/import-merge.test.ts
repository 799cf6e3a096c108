import type { PersonRow } from '../../src/domain/bases/check';
import { planMerge, skippedByReason } from '../../src/domain/import/merge';
import { placeMerge } from '../../src/domain/import/plan';
import type { Incoming } from '../../src/domain/import/values';

const inBase = (row: number, cells: PersonRow['cells']): PersonRow => ({ row, cells: { category: 'обучающийся', ...cells } });
const inList = (sourceRow: number, cells: Incoming['cells'], role?: string): Incoming =>
  role === undefined ? { sourceRow, cells } : { sourceRow, cells, role };

const base = [
  inBase(2, { code: 'НЯ-0001', fullName: 'Семёнов Артём Петрович', grade: '7Б', phone: '' }),
  inBase(3, { code: 'НЯ-0002', fullName: 'Ким Виктор', birthDate: { iso: '2012-01-05' }, parentPhone: '+7 917 555-00-01' }),
];

describe('merging a list into a base', () => {
  it('fills only empty fields of a person already there (same name with ё/е, case and class notation)', () => {
    const plan = planMerge('mentees', base, [inList(2, { fullName: 'семенов артем петрович', grade: '7б', phone: '+7 917 555-03-01' })]);
    expect(plan.updated).toEqual([{ row: 2, sourceRow: 2, changes: [{ field: 'phone', from: null, to: '+7 917 555-03-01' }] }]);
    expect(plan.added).toEqual([]);
  });

  it('keeps filled fields unless the curator chooses to overwrite', () => {
    const list = [inList(2, { fullName: 'Ким Виктор', birthDate: { iso: '2012-01-05' }, parentPhone: '+7 917 555-99-99' })];
    const kept = planMerge('mentees', base, list);
    expect(kept.updated).toEqual([]);
    expect(kept.kept).toBe(1);
    expect(kept.skipped).toEqual([{ sourceRow: 2, reason: 'unchanged', otherRow: 3 }]);
    const overwritten = planMerge('mentees', base, list, { overwrite: true });
    expect(overwritten.updated[0]!.changes).toEqual([{ field: 'parentPhone', from: '+7 917 555-00-01', to: '+7 917 555-99-99' }]);
  });

  it('adds a namesake whose date of birth or class differs', () => {
    const plan = planMerge('mentees', base, [
      inList(2, { fullName: 'Ким Виктор', birthDate: { iso: '2010-03-03' } }),
      inList(3, { fullName: 'Семёнов Артём Петрович', grade: '9А' }),
    ]);
    expect(plan.added.map((a) => a.sourceRow)).toEqual([2, 3]);
  });

  it('skips repeats inside the list, rows without a name, and rows of the other base, saying why', () => {
    const plan = planMerge('mentees', base, [
      inList(2, { fullName: 'Новикова Ольга', grade: '5А' }, 'наставляемая'),
      inList(3, { fullName: 'НОВИКОВА ОЛЬГА', grade: '5а' }, 'наставляемая'),
      inList(4, { grade: '5А' }, 'наставляемый'),
      inList(5, { fullName: 'Орлов Олег Олегович' }, 'наставник'),
      inList(6, { fullName: 'Зайцев Юрий' }, ''),
    ]);
    expect(plan.added.map((a) => a.sourceRow)).toEqual([2]);
    expect(plan.skipped).toEqual([
      { sourceRow: 3, reason: 'duplicateInSource', otherRow: 2 },
      { sourceRow: 4, reason: 'noName' },
      { sourceRow: 5, reason: 'otherBase' },
      { sourceRow: 6, reason: 'notParticipant' },
    ]);
    expect(skippedByReason(plan)).toEqual([
      { reason: 'duplicateInSource', count: 1 }, { reason: 'noName', count: 1 }, { reason: 'otherBase', count: 1 }, { reason: 'notParticipant', count: 1 },
    ]);
  });

  it('does not guess between two people of the same name', () => {
    const twins = [inBase(2, { fullName: 'Ли Анна' }), inBase(3, { fullName: 'Ли Анна' })];
    expect(planMerge('mentees', twins, [inList(2, { fullName: 'Ли Анна', phone: '+7 917 555-01-01' })]).skipped[0]!.reason).toBe('ambiguous');
  });

  it('places new people under the last row with the next free codes', () => {
    const plan = planMerge('mentees', base, [inList(2, { fullName: 'Новикова Ольга', grade: '5А' })]);
    const placed = placeMerge('mentees', plan, base, { code: 0, fullName: 1, grade: 3 }, 5);
    expect(placed.codes).toEqual(['НЯ-0003']);
    expect(placed.changes).toEqual([
      { row: 6, col: 1, value: 'Новикова Ольга' }, { row: 6, col: 3, value: '5А' }, { row: 6, col: 0, value: 'НЯ-0003' },
    ]);
  });
});
