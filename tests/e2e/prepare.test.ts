import { addonWorld, sheetValues } from '../support/addon';
import { pasteRows } from '../../demo/fill';
import { MENTEES, MENTORS } from '../../src/domain/bases/schema';

const headersOf = (spec: { columns: Record<string, { header: string }> }) => Object.values(spec.columns).map((c) => c.header);

const pupil = (fullName: string, grade = '6Б') => ({
  fullName, category: 'обучающийся', grade, form: 'Ученик – ученик', request: 'Подтянуть математику',
  parentName: 'Смирнова Ольга Петровна', parentPhone: '+7 917 555-03-01', consent: 'дано', consentBy: 'законный представитель',
});

describe('«Подготовить таблицу» on a new spreadsheet', () => {
  const { world, addon, book } = addonWorld();
  addon.prepareSheet();

  it('creates «Настройки» and both bases with their columns in order', () => {
    expect(book.getSheets().map((s) => s.getName())).toEqual(expect.arrayContaining(['Настройки', 'Наставники', 'Наставляемые']));
    expect(sheetValues(book, 'Наставники')![0]).toEqual(headersOf(MENTORS));
    expect(sheetValues(book, 'Наставляемые')![0]).toEqual(headersOf(MENTEES));
  });

  it('fills «Настройки» with the parameters, the forms of mentoring of the seeds and the lists', () => {
    const values = sheetValues(book, 'Настройки')!;
    expect(values[0]).toEqual(expect.arrayContaining(['Параметр', 'Значение', 'Форма наставничества', 'Ролевые модели', 'Категории участников']));
    const flat = values.flat();
    expect(flat).toEqual(expect.arrayContaining(['Учебный год', '2025/2026', 'Ученик – ученик', 'Учитель – учитель', 'опытный педагог – молодой специалист; опытный классный руководитель – молодой специалист; лидер педагогического сообщества – педагог, испытывающий проблемы; педагог-новатор – консервативный педагог; опытный предметник – неопытный предметник']));
  });

  it('freezes and protects the header row (warning only)', () => {
    const sheet = book.getSheetByName('Наставляемые')!;
    expect(sheet.getFrozenRows()).toBe(1);
    const protections = sheet.getProtections(SpreadsheetAppEnum().ProtectionType.RANGE);
    // The header row, and the add-on's hidden service column: both a warning only.
    expect(protections).toHaveLength(2);
    expect(protections.every((p) => p.isWarningOnly())).toBe(true);
    expect(protections.map((p) => p.getRange().getA1Notation()).sort()).toEqual(['A1:AA1', 'AA1:AA1000']);
  });

  it('formats dates as dd.MM.yyyy and text columns as plain text', () => {
    const sheet = book.getSheetByName('Наставляемые')!;
    const headers = sheetValues(book, 'Наставляемые')![0]!;
    const col = (h: string) => headers.indexOf(h) + 1;
    expect(sheet.getRange(2, col('Дата рождения')).getNumberFormat()).toBe('dd.MM.yyyy');
    expect(sheet.getRange(500, col('Телефон')).getNumberFormat()).toBe('@');
    expect(sheet.getRange(2, col('ФИО')).getNumberFormat()).toBe('@');
  });

  it('offers dropdowns whose values come from «Настройки»', () => {
    const sheet = book.getSheetByName('Наставляемые')!;
    const headers = sheetValues(book, 'Наставляемые')![0]!;
    const rule = sheet.getRange(10, headers.indexOf('Форма наставничества') + 1).getDataValidation()!;
    expect(String(rule.getCriteriaType())).toBe('VALUE_IN_RANGE');
    const source = rule.getCriteriaValues()[0] as GoogleAppsScript.Spreadsheet.Range;
    expect(source.getSheet().getName()).toBe('Настройки');
    expect(source.getValues().flat().filter(String)).toContain('Учитель – ученик');
  });

  it('tells the curator what it did', () => {
    expect(world.log.toasts.at(-1)!.message).toBe('Созданы листы: Настройки, Наставники, Наставляемые.');
  });

  it('running it again writes nothing and changes nothing', () => {
    const before = ['Настройки', 'Наставники', 'Наставляемые'].map((n) => sheetValues(book, n));
    world.calls.reset();
    addon.prepareSheet();
    expect(world.calls.count('Range.setValues')).toBe(0);
    expect(['Настройки', 'Наставники', 'Наставляемые'].map((n) => sheetValues(book, n))).toEqual(before);
    expect(world.log.toasts.at(-1)!.message).toBe('Все листы на месте.');
  });
});

describe('«Подготовить таблицу» on a sheet the curator already uses', () => {
  function curatorSheet() {
    const env = addonWorld();
    env.addon.prepareSheet();
    pasteRows(env.book, MENTEES, [pupil('Смирнова Алёна Игоревна'), pupil('Ким Виктор Сергеевич', '7А')]);
    const sheet = env.book.getSheetByName('Наставляемые')!;
    // The curator: adds a column of their own, leaves an empty row, renames «Ключевой запрос».
    const width = sheet.getLastColumn();
    if (width + 1 > sheet.getMaxColumns()) sheet.insertColumnsAfter(width, 1); // the base fills the sheet's columns
    sheet.getRange(1, width + 1, 3, 1).setValues([['Моя пометка'], ['позвонить маме'], ['']]);
    pasteRows(env.book, MENTEES, [{}]);
    sheet.getRange(5, 2).setValue('Фёдоров Пётр Ильич');
    const headers = sheet.getRange(1, 1, 1, width).getValues()[0]!;
    sheet.getRange(1, headers.indexOf('Ключевой запрос') + 1).setValue('Запрос');
    return { ...env, sheet };
  }

  it('adds only the missing column, at the right, and keeps the curator’s columns and data', () => {
    const { addon, book, sheet } = curatorSheet();
    const before = sheet.getDataRange().getValues();
    addon.prepareSheet();
    const after = sheet.getDataRange().getValues();
    expect(after[0]).toEqual([...before[0]!, 'Ключевой запрос']);
    // Every cell as it was but the add-on's own service column (it now holds each person's link token).
    const service = before[0]!.indexOf('Служебное: происхождение данных');
    for (let r = 0; r < before.length; r++)
      for (let c = 1; c < before[0]!.length; c++) if (c !== service) expect(after[r]![c]).toEqual(before[r]![c]);
    expect(after[1]![before[0]!.indexOf('Моя пометка')]).toBe('позвонить маме');
    expect(sheetValues(book, 'Наставляемые')![0]).toContain('Запрос');
  });

  it('gives codes to rows with data, keeps the empty row empty, never renumbers', () => {
    const { addon, sheet } = curatorSheet();
    addon.prepareSheet();
    expect(sheet.getRange(2, 1, 4, 1).getValues().flat()).toEqual(['НЯ-0001', 'НЯ-0002', '', 'НЯ-0003']);
    sheet.getRange(3, 1).setValue('');
    sheet.getRange(6, 2).setValue('Новикова Ева Андреевна');
    addon.prepareSheet();
    expect(sheet.getRange(2, 1, 5, 1).getValues().flat()).toEqual(['НЯ-0001', 'НЯ-0004', '', 'НЯ-0003', 'НЯ-0005']);
  });

  it('finds columns the curator moved by their header', () => {
    const { addon, book, sheet } = curatorSheet();
    addon.prepareSheet();
    const values = sheet.getDataRange().getValues();
    const swapped = values.map((r) => [r[1], r[0], ...r.slice(2)]);
    sheet.getRange(1, 1, swapped.length, swapped[0]!.length).setValues(swapped);
    addon.prepareSheet();
    expect(sheet.getDataRange().getValues()).toEqual(swapped);
    expect(book.getSheetByName('Наставляемые')!.getLastColumn()).toBe(values[0]!.length);
  });

  it('puts missing columns after a column of data the curator left without a header', () => {
    const { addon, sheet } = curatorSheet();
    const width = sheet.getLastColumn();
    sheet.insertColumnsAfter(sheet.getMaxColumns(), 2);
    sheet.getRange(2, width + 2).setValue('без заголовка');
    addon.prepareSheet();
    expect(sheet.getRange(1, width + 3).getValue()).toBe('Ключевой запрос');
    expect(sheet.getRange(2, width + 2).getValue()).toBe('без заголовка');
    expect(sheet.getRange(1, width + 2).getValue()).toBe('');
  });

  it('keeps a name typed as «=…» as text', () => {
    const { addon, book } = addonWorld();
    addon.prepareSheet();
    pasteRows(book, MENTORS, [{ fullName: '=СУММ(A1:A3)', category: 'педагог' }]);
    const sheet = book.getSheetByName('Наставники')!;
    expect(sheet.getRange(2, 2).getValue()).toBe('=СУММ(A1:A3)');
    expect(sheet.getRange(2, 2).getFormula()).toBe('');
  });
});

/** The enums the script sees are on the world's SpreadsheetApp. */
function SpreadsheetAppEnum(): GoogleAppsScript.Spreadsheet.SpreadsheetApp {
  return addonWorld().world.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
}
