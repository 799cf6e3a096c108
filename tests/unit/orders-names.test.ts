import { declineName, genderOf, initialsFirst, splitName, surnameInitials, firstAndMiddle } from '../../src/domain/orders/names';
import { addMonths, monthOf, orderDate, shortDate } from '../../src/domain/orders/dates';
import { nextNumber, numberIn } from '../../src/domain/orders/numbering';

describe('declineName', () => {
  // A fixed list: male, female and unusual names, each in the cases orders use.
  const cases: [string, string, string, string][] = [
    // nominative, genitive, dative, accusative
    ['Иванова Мария Петровна', 'Ивановой Марии Петровны', 'Ивановой Марии Петровне', 'Иванову Марию Петровну'],
    ['Петров Сергей Ильич', 'Петрова Сергея Ильича', 'Петрову Сергею Ильичу', 'Петрова Сергея Ильича'],
    ['Гаспринский Исмаил Мустафович', 'Гаспринского Исмаила Мустафовича', 'Гаспринскому Исмаилу Мустафовичу', 'Гаспринского Исмаила Мустафовича'],
    ['Римская-Корсакова Ольга Игоревна', 'Римской-Корсаковой Ольги Игоревны', 'Римской-Корсаковой Ольге Игоревне', 'Римскую-Корсакову Ольгу Игоревну'],
    ['Ким Анна Сергеевна', 'Ким Анны Сергеевны', 'Ким Анне Сергеевне', 'Ким Анну Сергеевну'],
    ['Ким Виктор Сергеевич', 'Кима Виктора Сергеевича', 'Киму Виктору Сергеевичу', 'Кима Виктора Сергеевича'],
    ['Черных Ирина Олеговна', 'Черных Ирины Олеговны', 'Черных Ирине Олеговне', 'Черных Ирину Олеговну'],
    ['Белых Никита Андреевич', 'Белых Никиты Андреевича', 'Белых Никите Андреевичу', 'Белых Никиту Андреевича'],
    ['Шевчук Ольга Ильинична', 'Шевчук Ольги Ильиничны', 'Шевчук Ольге Ильиничне', 'Шевчук Ольгу Ильиничну'],
    ['Шевчук Олег Ильич', 'Шевчука Олега Ильича', 'Шевчуку Олегу Ильичу', 'Шевчука Олега Ильича'],
    ['Газиева Мавиле Рефатовна', 'Газиевой Мавиле Рефатовны', 'Газиевой Мавиле Рефатовне', 'Газиеву Мавиле Рефатовну'],
    ['Мамедов Эльдар Рустам оглы', 'Мамедова Эльдара Рустам оглы', 'Мамедову Эльдару Рустам оглы', 'Мамедова Эльдара Рустам оглы'],
    ['Алиева Лейла Рустам кызы', 'Алиевой Лейлы Рустам кызы', 'Алиевой Лейле Рустам кызы', 'Алиеву Лейлу Рустам кызы'],
  ];
  it.each(cases)('%s → genitive, dative, accusative', (nom, gen, dat, acc) => {
    expect(declineName(nom, 'genitive')).toBe(gen);
    expect(declineName(nom, 'dative')).toBe(dat);
    expect(declineName(nom, 'accusative')).toBe(acc);
    expect(declineName(nom, 'nominative')).toBe(nom);
  });

  it('declines a name without a patronymic by the surname’s gender', () => {
    expect(declineName('Смирнова Ольга', 'dative')).toBe('Смирновой Ольге');
    expect(declineName('Смирнов Олег', 'dative')).toBe('Смирнову Олегу');
  });

  it('tidies spaces and leaves an empty name empty', () => {
    expect(declineName('  Иванова   Мария  Петровна ', 'nominative')).toBe('Иванова Мария Петровна');
    expect(declineName('', 'dative')).toBe('');
  });

  it('tells gender from the patronymic, including Turkic ones', () => {
    expect(genderOf(splitName('Мамедов Эльдар Рустам оглы'))).toBe('male');
    expect(genderOf(splitName('Алиева Лейла Рустам кызы'))).toBe('female');
    expect(genderOf(splitName('Ли Саша'))).toBe('androgynous');
  });
});

describe('initials', () => {
  it('signature line: initials first; lists: surname first', () => {
    expect(initialsFirst('Газиева Мавиле Рефатовна')).toBe('М.Р. Газиева');
    expect(surnameInitials('Газиева Мавиле Рефатовна')).toBe('Газиева М.Р.');
    expect(initialsFirst('Мамедов Эльдар Рустам оглы')).toBe('Э. Мамедов');
    expect(firstAndMiddle('Иванова Мария Петровна')).toBe('Мария Петровна');
  });
});

describe('dates in the order style', () => {
  it.each([
    ['2025-09-01', '«01» сентября 2025 г.'],
    ['2022-11-07', '«07» ноября 2022 г.'],
    ['2026-05-25', '«25» мая 2026 г.'],
    ['2025-12-31', '«31» декабря 2025 г.'],
  ])('%s → %s', (iso, text) => expect(orderDate(iso)).toBe(text));

  it('short dates, months and month arithmetic across the new year', () => {
    expect(shortDate('2022-11-07')).toBe('07.11.2022');
    expect(addMonths('2025-11-15', 2)).toBe('2026-01-01');
    expect(monthOf('2026-01-01')).toBe('январь 2026 г.');
  });

  it('rejects what is not an ISO date', () => {
    expect(() => orderDate('01.09.2025')).toThrow(RangeError);
  });
});

describe('order numbers', () => {
  it('follow the pattern from «Настройки»: 238/1, 238/2…', () => {
    expect(nextNumber('238/{n}', [])).toBe('238/1');
    expect(nextNumber('238/{n}', ['238/1', '238/7', '12-од', ''])).toBe('238/8');
    expect(nextNumber('{n}-од', ['1-од', '2-од'])).toBe('3-од');
  });

  it('a pattern without {n} gets /{n}; an empty one is the running number', () => {
    expect(nextNumber('238', ['238/1'])).toBe('238/2');
    expect(nextNumber('', ['1', '2', '5'])).toBe('6');
    expect(numberIn('238/{n}', '239/1')).toBeNull();
  });
});
