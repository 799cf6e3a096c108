import { findHeaderRow, mappingError, proposeMapping, rememberMapping, similarity } from '../../src/domain/import/mapping';

describe('proposed mapping by header similarity', () => {
  it('maps a typical school export with separate name columns', () => {
    const headers = ['№ п/п', 'Фамилия', 'Имя', 'Отчество', 'Класс', 'Дата рождения', 'Телефон', 'ФИО родителя', 'Телефон родителя', 'E-mail'];
    const { mapping } = proposeMapping(headers, 'mentees');
    expect(mapping).toEqual([null, 'lastName', 'firstName', 'middleName', 'grade', 'birthDate', 'phone', 'parentName', 'parentPhone', 'email']);
  });

  it('maps the bases’ own headers and near spellings of them', () => {
    const { mapping } = proposeMapping(['Ф.И.О.', 'Должность', 'Стаж, лет', 'Моб. телефон', 'Эл. почта', 'Компетенции'], 'mentors');
    expect(mapping).toEqual(['fullName', 'position', 'experience', 'phone', 'email', 'competences']);
  });

  it('gives each base field to one column only, the most similar', () => {
    const { mapping } = proposeMapping(['Телефон', 'Телефон (домашний)'], 'mentees');
    expect(mapping.filter((t) => t === 'phone')).toHaveLength(1);
    expect(mapping[0]).toBe('phone');
  });

  it('drops a ФИО column when surname and first name come separately', () => {
    const { mapping } = proposeMapping(['ФИО', 'Фамилия', 'Имя'], 'mentees');
    expect(mapping).toEqual([null, 'lastName', 'firstName']);
  });

  it('leaves unknown columns unmapped', () => {
    const { mapping } = proposeMapping(['СНИЛС', 'Номер личного дела'], 'mentees');
    expect(mapping).toEqual([null, null]);
  });

  it('prefers last year’s remembered mapping', () => {
    const remembered = rememberMapping(['Ученик', 'Кл.'], ['fullName', 'grade']);
    const { mapping } = proposeMapping(['Ученик', 'Кл.'], 'mentees', remembered);
    expect(mapping).toEqual(['fullName', 'grade']);
  });

  it('scores identical headers 1 and unrelated ones low', () => {
    expect(similarity('Дата рождения', 'дата  рождения')).toBe(1);
    expect(similarity('Дата рождения', 'Телефон')).toBeLessThan(0.3);
  });

  it('finds the header row under a title', () => {
    const grid = [['Список обучающихся на 01.09.2025', '', ''], ['', '', ''], ['Фамилия', 'Имя', 'Класс'], ['Иванов', 'Иван', '7 Б']];
    expect(findHeaderRow(grid, 'mentees')).toBe(2);
  });

  it('rejects a mapping without a name, with a field twice or with an unknown field', () => {
    expect(mappingError(['Класс'], ['grade'], 'mentees')).toEqual({ code: 'noName' });
    expect(mappingError(['ФИО', 'Ф'], ['fullName', 'fullName'], 'mentees')).toMatchObject({ code: 'twice', target: 'ФИО' });
    expect(mappingError(['ФИО', 'X'], ['fullName', 'salary'], 'mentees')).toMatchObject({ code: 'badTarget', header: 'X' });
    expect(mappingError(['Фамилия', 'Имя'], ['lastName', 'firstName'], 'mentees')).toBeNull();
  });
});
