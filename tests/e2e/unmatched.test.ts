import { addonWorld, sheetValues } from '../support/addon';
import { pasteRows } from '../../demo/fill';
import { MENTEES, MENTORS } from '../../src/domain/bases/schema';
import { MATCHING_UI } from '../../src/domain/matching/messages';

const pupil = (fullName: string, grade: string, extra: Record<string, string | number | Date> = {}) => ({
  fullName, category: 'обучающийся', grade, form: 'Ученик – ученик', request: 'подтянуть математику', capacity: 1,
  parentName: 'Смирнова Ольга Петровна', parentPhone: '+7 917 555-03-01', consent: 'дано', consentBy: 'законный представитель',
  birthDate: new Date('2013-04-02T00:00:00+03:00'), ...extra,
});

describe('«Без пары» after «Подобрать пары»', () => {
  it('a pupil without a parent’s consent: send the representative the personal consent link, which the row carries', () => {
    const env = addonWorld();
    env.addon.prepareSheet();
    pasteRows(env.book, MENTORS, [pupil('Орлов Павел Андреевич', '10А', { birthDate: new Date('2009-01-01T00:00:00+03:00') })]);
    pasteRows(env.book, MENTEES, [pupil('Ким Виктор Сергеевич', '5Б', { consent: 'не дано', consentBy: '' })]);
    env.addon.prepareSheet();
    env.addon.createForms();
    env.addon.matchPairs();
    const sheet = env.book.getSheetByName('Без пары')!;
    const values = sheetValues(env.book, 'Без пары')!;
    const h = values[0]!;
    const kim = values.findIndex((r) => r[h.indexOf('ФИО')] === 'Ким Виктор Сергеевич');
    expect(values[kim]![h.indexOf('Что делать')]).toBe(MATCHING_UI.advice.consentMinor('Смирнова Ольга Петровна'));
    expect(values[kim]![h.indexOf('Что делать')]).not.toMatch(/психолог/);
    const formula = sheet.getRange(kim + 1, h.indexOf('Ссылка') + 1).getFormula();
    expect(formula).toMatch(/^=HYPERLINK\("https:\/\/docs\.google\.com\/forms\/.+viewform\?.+"; "анкета согласия"\)$/);
    expect(decodeURIComponent(formula)).toContain('=НЯ-0001&');
    // the mentor left without a mentee gets his own advice, no link
    const orlov = values.findIndex((r) => r[h.indexOf('ФИО')] === 'Орлов Павел Андреевич');
    expect(values[orlov]![h.indexOf('Что делать')]).toBe(MATCHING_UI.advice.noMentee('Ученик – ученик'));
    expect(values[orlov]![h.indexOf('Ссылка')]).toBe('');
  });
});

describe('jobs that need participant codes give them themselves', () => {
  it('«Подобрать пары» right after pasting people: codes by the rules of «Подготовить таблицу», and it says how many', () => {
    const env = addonWorld();
    env.addon.prepareSheet();
    pasteRows(env.book, MENTORS, [pupil('Орлов Павел Андреевич', '10А', { birthDate: new Date('2009-01-01T00:00:00+03:00') })]);
    pasteRows(env.book, MENTEES, [pupil('Ким Виктор Сергеевич', '5Б'), pupil('Ли Анна Сергеевна', '5А')]);
    env.addon.matchPairs();
    expect(env.world.log.toasts.at(-1)!.message).toMatch(/^Присвоено кодов участников: 3\. Режим «.+»\. Предложено пар: 1;/);
    const codes = (sheet: string) => { const v = sheetValues(env.book, sheet)!; return v.slice(1).map((r) => r[v[0]!.indexOf('Код участника')]); };
    expect(codes('Наставники')).toEqual(['НК-0001']);
    expect(codes('Наставляемые')).toEqual(['НЯ-0001', 'НЯ-0002']);
    env.addon.prepareSheet();
    expect(env.world.log.toasts.at(-1)!.message).not.toMatch(/Присвоено кодов/);
    env.addon.matchPairs();
    expect(env.world.log.toasts.at(-1)!.message).toMatch(/^Режим/);
  });
});
