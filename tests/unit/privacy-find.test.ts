import { anonymise, findPerson, nameVariants, nextPseudonymNumber, personOf, pseudonymOf, replaceName } from '../../src/domain/privacy/find';

const person = personOf({
  code: 'НЯ-0007', fullName: 'Семёнов Артём Петрович', phone: '8 (917) 555-03-01', email: 'Artem@school.example',
  parentName: 'Семёнова Ольга Ивановна', parentPhone: '+7 917 555-03-02',
});

describe('finding a person in any sheet', () => {
  const grid = [
    ['Код', 'ФИО', 'Телефон', 'Родитель', 'Телефон родителя', 'Комментарий'],
    ['НЯ-0007', 'семенов артем петрович', '+79175550301', 'Семёнова Ольга Ивановна', '89175550302', 'Хорошо учится'],
    ['НЯ-0008', 'Семёнов Иван', '', 'Семёнова Ольга Ивановна', '+7 917 555-03-02', 'Брат: Семёнов А.П., дружат'],
    ['НК-0001', 'Петрова Анна', 'artem@school.example', '', '', 'Наставник Семёнова Артёма? нет: Семёнов Артём'],
  ];

  it('finds code, name, own contacts anywhere, and the parent only in the person’s own rows (not the brother’s)', () => {
    const hits = findPerson(grid, person).map((h) => `${h.row}:${h.col}:${h.kind}`);
    expect(hits.sort()).toEqual([
      '2:0:code', '2:1:name', '2:2:contact', '2:3:contact', '2:4:contact',
      '3:5:nameInText', '4:2:contact', '4:5:nameInText',
    ].sort());
  });

  it('ignores initials a namesake in the bases shares, and names inside longer words', () => {
    expect(nameVariants('Семёнов Артём Петрович', ['Семёнов Алексей Павлович'])).not.toContain('семенов а.п.');
    expect(replaceName('Семёновская улица', 'Семёнов Артём', 'УД-0001')).toBe('Семёновская улица');
  });

  it('uses only the code when a namesake is in the bases', () => {
    const hits = findPerson([['Семёнов Артём Петрович', 'НЯ-0007']], person, ['Семёнов Артём Петрович']);
    expect(hits).toEqual([{ row: 1, col: 1, kind: 'code' }]);
  });

  it('anonymises: pseudonym for code and name, texts rewritten, contacts emptied', () => {
    const hits = findPerson(grid, person);
    const changes = anonymise(grid, hits, person, pseudonymOf(3));
    const at = (row: number, col: number) => changes.find((c) => c.row === row && c.col === col)?.value;
    expect(at(2, 0)).toBe('УД-0003');
    expect(at(2, 1)).toBe('УД-0003');
    expect(at(2, 2)).toBe('');
    expect(at(3, 5)).toBe('Брат: УД-0003, дружат');
    expect(at(4, 5)).toBe('Наставник Семёнова Артёма? нет: УД-0003');
  });
});

describe('contacts written inside texts', () => {
  it('are replaced, other numbers are not', () => {
    const grid = [['Сменил телефон на 8 917 555 03 01, пишите на artem@school.example; кабинет 2025-10-01']];
    const hits = findPerson(grid, person);
    expect(hits).toEqual([{ row: 1, col: 0, kind: 'contactInText' }]);
    expect(anonymise(grid, hits, person, 'УД-0001')[0]!.value).toBe('Сменил телефон на [удалено], пишите на [удалено]; кабинет 2025-10-01');
  });
});

describe('pseudonyms', () => {
  it('never repeat, even when registry lines were deleted', () => {
    expect(nextPseudonymNumber([[['УД-0004', 'x']], [['УД-0002']]], 1)).toBe(5);
    expect(nextPseudonymNumber([[['Иванов']]], 0)).toBe(1);
    expect(pseudonymOf(12)).toBe('УД-0012');
  });
});
