import { addonWorld, sheetValues } from '../support/addon';
import { pasteRows } from '../../demo/fill';
import { MENTEES, MENTORS } from '../../src/domain/bases/schema';
import { PROBLEM } from '../../src/domain/bases/messages';
import { SHEETS_CLASSES } from '../../emulator/calls';

const pupil = (fullName: string, extra: Record<string, string | Date> = {}) => ({
  fullName, category: 'обучающийся', grade: '6Б', form: 'Ученик – ученик', request: 'Подтянуть математику',
  parentName: 'Смирнова Ольга Петровна', parentPhone: '+7 917 555-03-01', consent: 'дано', consentBy: 'законный представитель',
  birthDate: new Date('2013-04-02T00:00:00+03:00'), ...extra,
});
const teacher = (fullName: string, extra: Record<string, string | number> = {}) => ({
  fullName, category: 'педагог', position: 'учитель физики', phone: '8 (917) 555-03-02', form: 'Учитель – учитель',
  competences: 'Методика', consent: 'дано', consentBy: 'участник', capacity: 2, ...extra,
});

function prepared() {
  const env = addonWorld();
  env.addon.prepareSheet();
  pasteRows(env.book, MENTEES, [
    pupil('Семёнов Артём Петрович'),
    pupil('семенов  артем петрович'),
    pupil('Ким Виктор Сергеевич', { consent: 'не дано', consentBy: '' }),
    pupil('Гусейнова Лейла Руслановна', { birthDate: '31.02.2012' }),
  ]);
  pasteRows(env.book, MENTORS, [teacher('=СУММ(A1:A3)'), teacher('Петров Пётр Ильич', { phone: '+7 917 55', capacity: 'два' })]);
  env.addon.prepareSheet(); // gives the pasted rows their codes
  return env;
}

describe('«Проверить базы»', () => {
  it('lists each problem with its base, row, field and a Russian explanation', () => {
    const { addon, book } = prepared();
    addon.checkBases();
    const report = sheetValues(book, 'Проверка')!;
    expect(report[0]).toEqual(['База', 'Строка', 'Поле', 'Проблема', 'Значение', 'Перейти']);
    const lines = report.slice(1).map((r) => r.slice(0, 4).join(' | '));
    expect(lines).toEqual(expect.arrayContaining([
      `Наставляемые | 3 | ФИО | ${PROBLEM.duplicate} (строка 2)`,
      `Наставляемые | 4 | Согласие на обработку ПДн | ${PROBLEM.minorWithoutConsent}`,
      `Наставляемые | 5 | Дата рождения | ${PROBLEM.notDate}`,
      `Наставники | 2 | ФИО | ${PROBLEM.formula}`,
      `Наставники | 3 | Телефон | ${PROBLEM.badPhone}`,
      `Наставники | 3 | Сколько наставляемых может взять | ${PROBLEM.notNumber}`,
    ]));
    expect(lines).toHaveLength(6);
  });

  it('finds «Никитинa» written with a Latin «a» beside «Никитина», and says which letter is Latin', () => {
    const env = addonWorld();
    env.addon.prepareSheet();
    pasteRows(env.book, MENTEES, [pupil('Никитина Анна Сергеевна'), pupil('Никитинa Анна Сергеевна')]);
    env.addon.prepareSheet();
    env.addon.checkBases();
    const lines = sheetValues(env.book, 'Проверка')!.slice(1).map((r) => r.slice(0, 5).join(' | '));
    expect(lines).toEqual([
      `Наставляемые | 3 | ФИО | ${PROBLEM.mixedScript}: латинская «a» в «Никитинa» | Никитинa Анна Сергеевна`,
      `Наставляемые | 3 | ФИО | ${PROBLEM.duplicate} (строка 2) | Никитинa Анна Сергеевна`,
    ]);
  });

  it('keeps the formula-looking name as text in the report', () => {
    const { addon, book } = prepared();
    addon.checkBases();
    const sheet = book.getSheetByName('Проверка')!;
    const row = sheetValues(book, 'Проверка')!.findIndex((r) => r[3] === PROBLEM.formula) + 1;
    expect(sheet.getRange(row, 5).getValue()).toBe('=СУММ(A1:A3)');
    expect(sheet.getRange(row, 5).getFormula()).toBe('');
  });

  it('links each problem to its cell', () => {
    const { addon, book } = prepared();
    addon.checkBases();
    const gid = book.getSheetByName('Наставники')!.getSheetId();
    const sheet = book.getSheetByName('Проверка')!;
    const row = sheetValues(book, 'Проверка')!.findIndex((r) => r[3] === PROBLEM.badPhone) + 1;
    const phoneCol = sheetValues(book, 'Наставники')![0]!.indexOf('Телефон') + 1;
    expect(sheet.getRange(row, 6).getFormula()).toBe(`=HYPERLINK("#gid=${gid}&range=${String.fromCharCode(64 + phoneCol)}3"; "к ячейке")`);
    expect(sheet.getRange(row, 6).getValue()).toBe('к ячейке');
  });

  it('changes no data in the bases, and a re-run replaces only its report', () => {
    const { addon, book, world } = prepared();
    const bases = () => [sheetValues(book, 'Наставники'), sheetValues(book, 'Наставляемые'), sheetValues(book, 'Настройки')];
    const before = bases();
    addon.checkBases();
    const first = sheetValues(book, 'Проверка');
    addon.checkBases();
    expect(bases()).toEqual(before);
    expect(sheetValues(book, 'Проверка')).toEqual(first);
    expect(world.log.toasts.at(-1)!.message).toBe('Проверено участников: 6. Найдено проблем: 6 — список на листе «Проверка».');
  });

  it('says so when there is nothing to fix', () => {
    const { addon, book, world } = addonWorld();
    addon.prepareSheet();
    pasteRows(book, MENTEES, [pupil('Семёнов Артём Петрович')]);
    addon.checkBases();
    expect(sheetValues(book, 'Проверка')!.slice(1).map((r) => r[0])).toEqual(['Проблем не найдено']);
    expect(world.log.toasts.at(-1)!.message).toBe('Проверено участников: 1. Проблем не найдено.');
  });

  it('asks to prepare the table first when the bases are missing', () => {
    const { addon, world } = addonWorld();
    addon.checkBases();
    expect(world.log.alerts.at(-1)!.prompt).toContain('Сначала выберите «Наставничество → Подготовить таблицу»');
  });

  it('never overwrites a «Проверка» sheet the curator made', () => {
    const { addon, book, world } = prepared();
    const own = book.insertSheet('проверка');
    own.getRange(1, 1, 2, 2).setValues([['Мой план проверки', ''], ['позвонить родителям', 'вт']]);
    addon.checkBases();
    expect(world.log.alerts.at(-1)!.prompt).toContain('В таблице уже есть лист «проверка», созданный не дополнением');
    expect(own.getDataRange().getValues()).toEqual([['Мой план проверки', ''], ['позвонить родителям', 'вт']]);
  });

  it('names a renamed column instead of guessing', () => {
    const { addon, book, world } = prepared();
    const sheet = book.getSheetByName('Наставники')!;
    sheet.getRange(1, 2).setValue('Ф.И.О.');
    addon.checkBases();
    expect(world.log.alerts.at(-1)!.prompt).toContain('На листе «Наставники» не найдены столбцы: ФИО');
    expect(sheetValues(book, 'Наставники')![0]![1]).toBe('Ф.И.О.');
  });

  it('reads each sheet once and writes the report once, however many rows', () => {
    const counts = (n: number) => {
      const { addon, book, world } = addonWorld();
      addon.prepareSheet();
      pasteRows(book, MENTEES, Array.from({ length: n }, (_, i) => pupil(`Ученик${'а'.repeat(i % 7)} Номер${i}`)));
      world.calls.reset();
      addon.checkBases();
      return { reads: world.calls.count('Range.getValues'), writes: world.calls.count('Range.setValues'), sheets: world.calls.service(SHEETS_CLASSES) };
    };
    const small = counts(3);
    expect(counts(300)).toEqual(small);
    expect(small.writes).toBe(1);
    expect(small.reads).toBe(3);
  });
});
