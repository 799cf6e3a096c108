import { addonWorld, sheetValues } from '../support/addon';
import { pasteRows } from '../../demo/fill';
import { MENTEES, MENTORS } from '../../src/domain/bases/schema';
import { PAIRS } from '../../src/domain/pairs/schema';
import { SATISFACTION } from '../../src/domain/surveys/schema';
import { PRIVACY_UI } from '../../src/domain/privacy/messages';
import { SHEETS_CLASSES } from '../../emulator/calls';

const d = (iso: string) => new Date(`${iso}T12:00:00+03:00`);
const pupil = (fullName: string, extra: Record<string, string | Date> = {}) => ({
  fullName, category: 'обучающийся', grade: '6Б', form: 'Ученик – ученик', request: 'Подтянуть математику',
  consent: 'дано', consentBy: 'законный представитель', status: 'в паре', entryDate: d('2025-09-05'), ...extra,
});

function sheetOf(book: GoogleAppsScript.Spreadsheet.Spreadsheet, name: string, rows: (string | number | Date)[][]) {
  const sheet = book.insertSheet(name);
  sheet.getRange(1, 1, rows.length, rows[0]!.length).setNumberFormat('@');
  sheet.getRange(1, 1, rows.length, rows[0]!.length).setValues(rows);
  return sheet;
}

/** A programme in full swing: bases, pairs, answers, the forms' log and a form's response sheet. */
function programme() {
  const env = addonWorld();
  const { addon, book } = env;
  addon.prepareSheet();
  pasteRows(book, MENTEES, [
    pupil('Семёнов Артём Петрович', { birthDate: d('2013-04-02'), phone: '8 (917) 555-03-01', email: 'artem.s@school.example', parentName: 'Семёнова Ирина Олеговна', parentPhone: '+7 917 555-03-02' }),
    pupil('Семёнов Иван Петрович', { birthDate: d('2015-01-10'), parentName: 'Семёнова Ирина Олеговна', parentPhone: '+7 917 555-03-02' }),
  ]);
  pasteRows(book, MENTORS, [{
    fullName: 'Петров Пётр Ильич', category: 'педагог', position: 'учитель физики', competences: 'Физика', form: 'Учитель – ученик',
    consent: 'дано', consentBy: 'участник', phone: '+7 917 555-00-09', assigned: 'Семёнов Артём Петрович, Семёнов Иван Петрович',
  }]);
  addon.prepareSheet();
  const pairHeaders = Object.values(PAIRS.columns).map((c) => c.header);
  const pair = (id: string, code: string, name: string) => pairHeaders.map((h) => ({
    'ID пары / группы': id, 'Код наставника': 'НК-0001', 'Наставник': 'Петров Пётр Ильич', 'Код наставляемого': code, 'Наставляемый': name,
    'Форма наставничества': 'Учитель – ученик', 'Почему эта пара': `Петров П.И. поможет: ${name} просит помощи по физике`, 'Статус': 'утверждена',
  } as Record<string, string>)[h] ?? '');
  sheetOf(book, PAIRS.sheet, [pairHeaders, pair('П-001', 'НЯ-0001', 'Семёнов Артём Петрович'), pair('П-002', 'НЯ-0002', 'Семёнов Иван Петрович')]);
  const answers = Object.values(SATISFACTION.columns).map((c) => c.header);
  sheetOf(book, SATISFACTION.sheet, [
    answers,
    ['r1', 'НЯ-0001', 'наставляемый', 'Учитель – ученик', '2025-10-01', 'Насколько вы довольны встречами?', '5'],
    ['r1', 'НЯ-0001', 'наставляемый', 'Учитель – ученик', '2025-10-01', 'Что бы вы изменили?', 'Я, Семёнов Артём, хочу встречаться чаще'],
    ['r2', 'НЯ-0002', 'наставляемый', 'Учитель – ученик', '2025-10-01', 'Насколько вы довольны встречами?', '4'],
  ]);
  sheetOf(book, 'Журнал', [['Дата', 'Что изменилось'], ['2025-10-02', 'Анкета: семенов артем петрович сменил телефон на 89175550301']]);
  sheetOf(book, 'Ответы на форму (1)', [['Отметка времени', 'Адрес электронной почты', 'ФИО'], ['01.10.2025 10:00', 'ARTEM.S@school.example', 'Семёнов Артём Петрович']]);
  return env;
}

const answer = (world: ReturnType<typeof programme>['world'], ...list: { button: string; text?: string }[]) => world.log.answers.push(...(list as never[]));
const everything = (book: GoogleAppsScript.Spreadsheet.Spreadsheet) =>
  book.getSheets().map((s) => s.getDataRange().getValues().flat().map(String).join('\n')).join('\n');

describe('«Данные»: personal data under control', () => {
  it('withdrawing consent takes the person out at once, ends the pair with a reason, and says where the data still is', () => {
    const { addon, book, world } = programme();
    answer(world, { button: 'OK', text: 'ня-0001' });
    addon.askWithdrawConsent();
    const mentees = sheetValues(book, 'Наставляемые')!;
    const h = mentees[0]!;
    expect(mentees[1]![h.indexOf('Согласие на обработку ПДн')]).toBe('отозвано');
    const pairs = sheetValues(book, 'Пары')!;
    const ph = pairs[0]!;
    expect(pairs[1]![ph.indexOf('Статус')]).toBe('завершена');
    expect(pairs[1]![ph.indexOf('Причина завершения')]).toBe(PRIVACY_UI.withdrawReason);
    expect(pairs[1]![ph.indexOf('Дата окончания')]).toBeInstanceOf(Date);
    expect(pairs[2]![ph.indexOf('Статус')]).toBe('утверждена');
    const told = world.log.alerts.at(-1)!.prompt;
    expect(told).toContain('исключён из подбора пар');
    expect(told).toContain('лист «Удовлетворённость» (ячеек: 3)');
    expect(told).toContain('лист «Ответы на форму (1)»');
    const overview = addon.getOverview();
    expect(overview.bases.find((b: { base: string }) => b.base === 'mentees').withoutConsent).toBe(1);
  });

  it('consent marked «отозвано» right in the base: the menu with no code ends those people’s pairs', () => {
    const { addon, book, world } = programme();
    const sheet = book.getSheetByName('Наставляемые')!;
    const consentCol = sheetValues(book, 'Наставляемые')![0]!.indexOf('Согласие на обработку ПДн') + 1;
    sheet.getRange(3, consentCol).setValue('отозвано');
    answer(world, { button: 'OK', text: '' });
    addon.askWithdrawConsent();
    const pairs = sheetValues(book, 'Пары')!;
    const status = pairs[0]!.indexOf('Статус');
    expect(pairs.slice(1).map((r) => r[status])).toEqual(['утверждена', 'завершена']);
    expect(world.log.alerts.at(-1)!.prompt).toContain('Завершено пар: 1');
  });

  it('erasing asks first; NO changes nothing', () => {
    const { addon, book, world } = programme();
    const before = everything(book);
    answer(world, { button: 'OK', text: 'НЯ-0001' }, { button: 'NO' });
    addon.askEraseParticipant();
    expect(world.log.alerts.at(-1)!.buttons).toBe('YES_NO');
    expect(everything(book)).toBe(before);
  });

  it('erasing leaves no trace of name, contacts or linked answers in any sheet; counts stay; the registry says so without personal data', () => {
    const { addon, book, world } = programme();
    const count = (name: string) => sheetValues(book, name)!.length;
    const sizes = ['Наставляемые', 'Пары', 'Удовлетворённость', 'Журнал'].map(count);
    const people = () => addon.getOverview().bases.map((b: { people: number }) => b.people);
    const peopleBefore = people();
    answer(world, { button: 'OK', text: 'НЯ-0001' }, { button: 'YES' });
    addon.askEraseParticipant();

    const all = everything(book).toLowerCase().replace(/ё/g, 'е');
    for (const trace of ['семенов артем', 'артем', 'ня-0001', '555-03-01', '5550301', 'artem.s@']) expect(all).not.toContain(trace);
    expect(['Наставляемые', 'Пары', 'Удовлетворённость', 'Журнал'].map(count)).toEqual(sizes);
    expect(people()).toEqual(peopleBefore);

    // The brother and the mentor keep their data; the brother keeps the common parent.
    const mentees = sheetValues(book, 'Наставляемые')!;
    const h = mentees[0]!;
    expect(mentees[2]![h.indexOf('ФИО')]).toBe('Семёнов Иван Петрович');
    expect(mentees[2]![h.indexOf('Телефон представителя')]).toBe('+7 917 555-03-02');
    expect(mentees[1]![h.indexOf('ФИО')]).toBe('УД-0001');
    expect(mentees[1]![h.indexOf('Форма наставничества')]).toBe('Ученик – ученик');
    expect(mentees[1]![h.indexOf('Телефон представителя')]).toBe('');
    expect(sheetValues(book, 'Наставники')![1]).toContain('УД-0001, Семёнов Иван Петрович');
    // Answers still count, under the pseudonym.
    expect(sheetValues(book, 'Удовлетворённость')!.filter((r) => r[1] === 'УД-0001')).toHaveLength(2);

    const registry = sheetValues(book, PRIVACY_UI.registrySheet)!;
    expect(registry[0]).toEqual(PRIVACY_UI.registryHeaders);
    expect(registry).toHaveLength(2);
    expect(registry[1]![2]).toBe('УД-0001');
    expect(world.log.alerts.at(-1)!.prompt).toContain('УД-0001');
  });

  it('erasing makes one write per changed sheet, and its Sheets calls do not grow with rows', () => {
    const calls = (extra: number) => {
      const { addon, book, world } = programme();
      pasteRows(book, MENTEES, Array.from({ length: extra }, (_, i) => pupil(`Ученик${'а'.repeat(i % 5)} Номер${i}`)));
      answer(world, { button: 'OK', text: 'НЯ-0001' }, { button: 'YES' });
      world.calls.reset();
      addon.askEraseParticipant();
      return { all: world.calls.service(SHEETS_CLASSES), writes: world.calls.count('Range.setValues') };
    };
    const small = calls(0);
    // Six sheets hold the person (two bases, pairs, answers, log, form responses): one write each, plus the registry line.
    expect(small.writes).toBe(6 + 1);
    expect(calls(300)).toEqual(small);
  });

  it('a second erasure gets the next pseudonym and its own registry line', () => {
    const { addon, book, world } = programme();
    answer(world, { button: 'OK', text: 'НЯ-0001' }, { button: 'YES' }, { button: 'OK' }, { button: 'OK', text: 'НК-0001' }, { button: 'YES' });
    addon.askEraseParticipant();
    addon.askEraseParticipant();
    expect(sheetValues(book, PRIVACY_UI.registrySheet)!.slice(1).map((r) => r[2])).toEqual(['УД-0001', 'УД-0002']);
    expect(sheetValues(book, 'Пары')!.slice(1).map((r) => r[2])).toEqual(['УД-0002', 'УД-0002']);
    expect(everything(book)).not.toMatch(/Петров (Пётр|П\.)/);
  });

  it('exports a person’s data to a sheet, with each value’s sheet and column', () => {
    const { addon, book, world } = programme();
    answer(world, { button: 'OK', text: 'НЯ-0001' });
    addon.askExportParticipant();
    const rows = sheetValues(book, 'Выгрузка НЯ-0001')!;
    expect(rows[0]).toEqual(PRIVACY_UI.exportHeaders);
    const lines = rows.map((r) => r.join(' | '));
    expect(lines).toContain('Наставляемые | 2 | Телефон | 8 (917) 555-03-01');
    expect(lines).toContain('Удовлетворённость | 3 | Ответ | Я, Семёнов Артём, хочу встречаться чаще');
    expect(lines).toContain('Ответы на форму (1) | 2 | Адрес электронной почты | ARTEM.S@school.example');
    expect(lines).toContain('Наставники | 2 | Закреплённые наставляемые | Семёнов Артём Петрович, Семёнов Иван Петрович');
    expect(lines.filter((l) => l.startsWith('Наставляемые | 3') || l.includes('555-00-09'))).toEqual([]); // the brother's row, the mentor's phone
  });

  it('«Проверить сроки хранения» lists withdrawn consents and finished participants past the period', () => {
    const { addon, book, world } = programme();
    pasteRows(book, MENTEES, [pupil('Орлова Дарья Андреевна', { status: 'выбыл', entryDate: d('2019-09-10') })]);
    answer(world, { button: 'OK', text: 'НЯ-0002' });
    addon.askWithdrawConsent();
    addon.checkRetentionPeriods();
    const rows = sheetValues(book, 'Сроки хранения')!.slice(1).map((r) => `${r[0]} | ${r[1]} | ${r[3]}`);
    expect(rows).toEqual([
      'Наставляемые | 3 | Согласие отозвано: данные нужно удалить («Удалить данные участника…»)',
      'Наставляемые | 4 | Истёк срок хранения после завершения программы',
    ]);
    expect(world.log.toasts.at(-1)!.message).toContain('Записей, которые пора удалить: 2');
  });

  it('an unknown code is a Russian message, not a crash', () => {
    const { addon, world } = programme();
    answer(world, { button: 'OK', text: 'НЯ-9999' });
    addon.askEraseParticipant();
    expect(world.log.alerts.at(-1)!.prompt).toBe('Участника с кодом «НЯ-9999» нет в базах.');
  });

  it('«О персональных данных» opens a dialog stating where data lives and what the add-on never does', () => {
    const { addon, world } = programme();
    addon.showPrivacyInfo();
    const shown = world.log.shown.at(-1)!;
    expect(shown).toMatchObject({ kind: 'modal', title: 'О персональных данных' });
    expect(shown.html).toContain('Не отправляет данные на внешние серверы');
    expect(shown.html).toContain('152-ФЗ');
  });
});
