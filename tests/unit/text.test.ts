import { findPhone, isEmail, isPlausibleFullName, looksLikeFormula, mixedScriptWords, normaliseName, normalisePhone } from '../../src/domain/text';
import { fullYears, parseRuDate } from '../../src/domain/cell';
import { columnLetter } from '../../src/domain/table';

describe('names', () => {
  it('compare without case, extra spaces or «ё»', () => {
    expect(normaliseName('  Семёнов   Артём  Петрович ')).toBe(normaliseName('семенов артем петрович'));
  });
  it('fold Latin letters that look like Cyrillic ones, as a keyboard in the English layout types them', () => {
    expect(normaliseName('Никитинa Анна')).toBe(normaliseName('Никитина Анна'));
    expect(normaliseName('KOPOTKOBA Ekaтерина')).toBe('короткова екатерина');
    expect(normaliseName('Bасильев Tимур Mихайлович')).toBe('васильев тимур михайлович');
    expect(normaliseName('Семëнов Пётр')).toBe('семенов петр');
  });
  it('keep Latin names Latin apart from the shared shapes: Anna is not Анна, Oleg is not Олег', () => {
    expect(normaliseName('Anna Smith')).not.toBe(normaliseName('Анна Смит'));
    expect(normaliseName('Oleg')).not.toBe(normaliseName('Олег'));
  });
  it('double surnames: any dash, with or without spaces, is one hyphen', () => {
    expect(normaliseName('Римская – Корсакова Ольга')).toBe(normaliseName('Римская-Корсакова ольга'));
    expect(normaliseName('Римская\u00a0—\u00a0Корсакова')).toBe('римская-корсакова');
  });
  it('find the words that mix Latin and Cyrillic letters, with the Latin ones', () => {
    expect(mixedScriptWords('Никитинa Анна Cергеевна')).toEqual([
      { word: 'Никитинa', latin: ['a'] }, { word: 'Cергеевна', latin: ['C'] },
    ]);
    expect(mixedScriptWords('Никитина Анна')).toEqual([]);
    expect(mixedScriptWords('John Smith')).toEqual([]);
  });
  it('need a surname and a first name of letters', () => {
    expect(isPlausibleFullName('Иванова Мария Петровна')).toBe(true);
    expect(isPlausibleFullName('Салтыков-Щедрин Михаил')).toBe(true);
    expect(isPlausibleFullName('Иванова')).toBe(false);
    expect(isPlausibleFullName('Иванова 7Б')).toBe(false);
  });
  it('a leading =, +, -, @ looks like a formula', () => {
    for (const t of ['=СУММ(A1:A3)', '+7', '-1', '@x']) expect(looksLikeFormula(t)).toBe(true);
    expect(looksLikeFormula('Иванов')).toBe(false);
  });
});

describe('phones and e-mail', () => {
  it.each([
    ['+7 917 555-03-01', '+79175550301'],
    ['8 (917) 555-03-01', '+79175550301'],
    ['89175550301', '+79175550301'],
    ['9175550301', '+79175550301'],
  ])('%s is the Russian number %s', (typed, normal) => expect(normalisePhone(typed)).toBe(normal));
  it.each(['+7 917 55', '555-03-01', 'телефон'])('%s is not a phone', (t) => expect(normalisePhone(t)).toBeNull());
  it('in lists, ten digits without the 8 are a national number; the checks stay strict about them', () => {
    expect(findPhone('3422123456')).toBe('+73422123456');
    expect(normalisePhone('3422123456')).toBeNull();
    expect(findPhone('+7 917 55')).toBeNull();
  });
  it('e-mails need a user, a domain and a zone', () => {
    expect(isEmail('ivanova.m@school17.example')).toBe(true);
    expect(isEmail('ivanova.m@school17')).toBe(false);
  });
});

describe('dates and columns', () => {
  it('31.02.2012 is not a date, 29.02.2012 is', () => {
    expect(parseRuDate('31.02.2012')).toBeNull();
    expect(parseRuDate('29.02.2012')).toBe('2012-02-29');
  });
  it('age counts full years on the day', () => {
    expect(fullYears('2007-09-02', '2025-09-01')).toBe(17);
    expect(fullYears('2007-09-01', '2025-09-01')).toBe(18);
  });
  it('column letters follow A1 notation', () => {
    expect([1, 26, 27, 52, 703].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AZ', 'AAA']);
  });
});
