/**
 * The forms of names and positions every document prints, as a table a reader can check: ё-surnames,
 * double surnames, Turkic patronymics, women and men, in every case the documents use.
 */
import { byGender, declineName, declinePosition, genderOfName, nameWithPosition, type Case } from '../../src/domain/orders/names';
import { NAME_FORMS, POSITION_FORMS } from '../support/name-forms';

const CASES: Case[] = ['genitive', 'dative', 'accusative', 'instrumental'];

describe('names in every case the documents use', () => {
  it.each(NAME_FORMS)('%s', (nom, ...forms) => {
    expect(declineName(nom, 'nominative')).toBe(nom);
    CASES.forEach((c, i) => expect([c, declineName(nom, c)]).toEqual([c, forms[i]]));
  });

  it('declines a name without a patronymic by the surname, then the first name', () => {
    expect(declineName('Смирнова Ольга', 'dative')).toBe('Смирновой Ольге');
    expect(declineName('Смирнов Олег', 'dative')).toBe('Смирнову Олегу');
    expect(genderOfName('Ли Ольга')).toBe('female');
    expect(genderOfName('Ли Илья')).toBe('male');
    expect(genderOfName('Ли Саша')).toBe('androgynous');
  });

  it('tidies spaces and leaves an empty name empty', () => {
    expect(declineName('  Иванова   Мария  Петровна ', 'nominative')).toBe('Иванова Мария Петровна');
    expect(declineName('', 'dative')).toBe('');
  });
});

describe('positions declined with the name', () => {
  it.each(POSITION_FORMS)('%s', (nom, ...forms) => {
    expect(declinePosition(nom, 'nominative')).toBe(nom);
    CASES.forEach((c, i) => expect([c, declinePosition(nom, c)]).toEqual([c, forms[i]]));
  });

  it('joins the name and the position in one case', () => {
    expect(nameWithPosition('Соловьёва Виктория Константиновна', 'заместитель директора по УВР', 'accusative'))
      .toBe('Соловьёву Викторию Константиновну, заместителя директора по УВР');
    expect(nameWithPosition('Королёв Алексей Петрович', '', 'dative')).toBe('Королёву Алексею Петровичу');
  });
});

describe('role words agree with the person', () => {
  it.each([
    ['Ермакова Екатерина Евгеньевна', 'ответственной', 'обучающаяся'],
    ['Соловьёва Виктория Константиновна', 'ответственной', 'обучающаяся'],
    ['Алиева Лейла Рустам кызы', 'ответственной', 'обучающаяся'],
    ['Королёв Алексей Петрович', 'ответственным', 'обучающийся'],
    ['Мамедов Эльдар Рустам оглы', 'ответственным', 'обучающийся'],
  ])('%s → %s, %s', (name, responsible, student) => {
    const g = genderOfName(name);
    expect(byGender(g, 'ответственным', 'ответственной')).toBe(responsible);
    expect(byGender(g, 'обучающийся', 'обучающаяся')).toBe(student);
  });
});
