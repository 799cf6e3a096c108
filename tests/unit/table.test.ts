import { shiftRows } from '../../src/domain/formulas';
import { locateColumns, toRecords } from '../../src/domain/table';
import { MENTEES } from '../../src/domain/bases/schema';
import { nextCodes } from '../../src/domain/bases/codes';

describe('columns are found by header text', () => {
  it('wherever the curator moved them, ignoring case, spaces and «ё»', () => {
    const { index, missing } = locateColumns(MENTEES, ['Моя заметка', 'фио ', 'КЛАСС / КУРС', 'Закреплённые']);
    expect(index.fullName).toBe(1);
    expect(index.grade).toBe(2);
    expect(missing).toContain('request');
    expect(missing).not.toContain('fullName');
  });
  it('rows become records with sheet row numbers; blank rows in the middle are skipped', () => {
    const records = toRecords({ fullName: 0, grade: 1 }, [['Иванов Иван', '7Б'], ['', ' '], ['Петров Пётр', 8]]);
    expect(records).toEqual([
      { row: 2, cells: { fullName: 'Иванов Иван', grade: '7Б' } },
      { row: 4, cells: { fullName: 'Петров Пётр', grade: 8 } },
    ]);
  });
});

describe('participant codes', () => {
  it('keep existing codes, number new rows after the highest, leave empty rows empty', () => {
    expect(nextCodes('НЯ', ['НЯ-0007', null, '', null, 'НЯ-0002'])).toEqual({
      codes: ['НЯ-0007', 'НЯ-0008', '', 'НЯ-0009', 'НЯ-0002'],
      added: 2,
    });
  });
});

describe('a formula moved to another row', () => {
  it('shifts relative rows, keeps absolute rows and text in quotes', () => {
    expect(shiftRows('=IF(H2="утверждена";1;0)+$B$1+C$3', 3)).toBe('=IF(H5="утверждена";1;0)+$B$1+C$3');
    expect(shiftRows('=СЧЁТЕСЛИ(A2:A10;"A2")', -1)).toBe('=СЧЁТЕСЛИ(A1:A9;"A2")');
    expect(shiftRows('не формула A2', 3)).toBe('не формула A2');
  });
});
