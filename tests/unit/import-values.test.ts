import { baseOfRole, normaliseDate, normaliseGrade, normalisePhoneCell, readIncoming, tidyName } from '../../src/domain/import/values';

describe('values of an imported list', () => {
  it.each([['7 Б', '7Б'], ['7б', '7Б'], ['7-б', '7Б'], ['7 «Б»', '7Б'], [7, '7'], ['10а класс', '10А'], ['11', '11'], ['нет', 'нет']])(
    'class %p → %p', (input, expected) => expect(normaliseGrade(input)).toBe(expected),
  );

  it.each([
    ['02.04.2013', '2013-04-02'], ['2.4.2013', '2013-04-02'], ['2013-04-02', '2013-04-02'], ['02/04/2013', '2013-04-02'],
    ['02.04.13', '2013-04-02'], ['02.04.1985 г.', '1985-04-02'], [41366, '2013-04-02'],
  ])('date %p → %p', (input, iso) => expect(normaliseDate(input)).toEqual({ iso }));

  it('keeps what is not a date, so «Проверить базы» reports it', () => {
    expect(normaliseDate('31.02.2013')).toBe('31.02.2013');
    expect(normaliseDate({ iso: '2013-04-02' })).toEqual({ iso: '2013-04-02' });
  });

  it.each([['8 (917) 555-03-01'], ['+79175550301'], ['89175550301'], ['8-917-555-03-01'], [89175550301], ['9175550301']])(
    'phone %p → one notation', (input) => expect(normalisePhoneCell(input)).toBe('+7 917 555-03-01'),
  );

  it('keeps a phone it cannot read', () => expect(normalisePhoneCell('555-12')).toBe('555-12'));

  it('capitalises names typed in one case only', () => {
    expect(tidyName('ИВАНОВА  анна-мария')).toBe('Иванова Анна-Мария');
    expect(tidyName('Мак-Дональд ДеВито')).toBe('Мак-Дональд ДеВито');
  });

  it('reads rows: name parts joined, category guessed, blank rows skipped, source row numbers kept', () => {
    const grid = [
      ['Фамилия', 'Имя', 'Отчество', 'Класс', 'Телефон', 'Роль'],
      ['ПЕТРОВ', 'иван', 'Сергеевич', '7 б', '8 917 555 03 01', 'наставляемый'],
      ['', '', '', '', '', ''],
      ['Сидорова', 'Анна', '', '', '', ''],
    ];
    const rows = readIncoming(grid, 0, ['lastName', 'firstName', 'middleName', 'grade', 'phone', 'role'], 'mentees');
    expect(rows).toEqual([
      { sourceRow: 2, cells: { fullName: 'Петров Иван Сергеевич', grade: '7Б', phone: '+7 917 555-03-01', category: 'обучающийся' }, role: 'наставляемый' },
      { sourceRow: 4, cells: { fullName: 'Сидорова Анна' }, role: '' },
    ]);
  });

  it('routes rows by the role column', () => {
    expect(baseOfRole('Наставник')).toBe('mentors');
    expect(baseOfRole('наставляемая')).toBe('mentees');
    expect(baseOfRole('')).toBeNull();
  });
});
