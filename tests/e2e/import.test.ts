import { addonWorld, sheetValues } from '../support/addon';
import { pasteRows } from '../../demo/fill';
import { MENTEES, MENTORS } from '../../src/domain/bases/schema';
import { PROBLEM } from '../../src/domain/bases/messages';
import { SKIP_REASON } from '../../src/domain/import/messages';
import { SHEETS_CLASSES } from '../../emulator/calls';
import { generateSchool } from '../../demo/school';
import { importFromAis } from '../../demo/steps/import';

const d = (iso: string) => new Date(`${iso}T00:00:00+03:00`);
const pupil = (fullName: string, extra: Record<string, string | Date> = {}) => ({
  fullName, category: 'обучающийся', grade: '6Б', form: 'Ученик – ученик', request: 'Подтянуть математику',
  parentName: 'Смирнова Ольга Петровна', parentPhone: '+7 917 555-03-01', consent: 'дано', consentBy: 'законный представитель',
  ...extra,
});

/** The school's export as the curator pasted it: a title, separate name columns, classes and phones as typed. */
const LIST = [
  ['Список обучающихся МБОУ «СОШ № 1» на 01.09.2025', '', '', '', '', '', '', '', ''],
  ['№', 'Фамилия', 'Имя', 'Отчество', 'Класс', 'Дата рождения', 'Телефон', 'ФИО родителя', 'Телефон родителя'],
  [1, 'Семёнов', 'Артём', 'Петрович', '6 б', d('2013-04-02'), '8 (917) 555-11-01', 'Семёнова Ирина Олеговна', '+7 917 555-03-01'],
  [2, 'КИМ', 'виктор', 'Сергеевич', '6Б', '', '', '', ''],
  [3, 'Иванова', 'Анна', 'Игоревна', '7 Б', '02.04.2012', '', 'Иванов Игорь Петрович', '+79175551102'],
  [4, 'Петров', 'Илья', '', 7, '15.13.2012', '', 'Петрова Мария', '8-917-555-11-03'],
  [5, 'иванова', 'анна', 'игоревна', '7б', '02.04.2012', '', '', ''],
  [6, '', '', '', '5А', '', '', '', ''],
  [7, 'Орлова', 'Дарья', 'Андреевна', '5 «А»', '2014-11-30', '89175551104', 'Орлов Андрей Ильич', '9175551105'],
];

function school() {
  const env = addonWorld();
  env.addon.prepareSheet();
  pasteRows(env.book, MENTEES, [
    pupil('Семёнов Артём Петрович', { birthDate: d('2013-04-02') }),
    pupil('Ким Виктор Сергеевич', { phone: '+7 917 555-00-07' }),
  ]);
  pasteRows(env.book, MENTORS, [{ fullName: 'Петров Пётр Ильич', category: 'педагог', position: 'учитель физики', competences: 'Физика', form: 'Учитель – учитель', consent: 'дано', consentBy: 'участник', phone: '+7 917 555-00-09' }]);
  env.addon.prepareSheet();
  const sheet = env.book.insertSheet('Список из АИС');
  sheet.getRange(1, 1, LIST.length, LIST[0]!.length).setValues(LIST);
  return env;
}

const mapped = (addon: ReturnType<typeof school>['addon']) => addon.proposeImport('Список из АИС', 'mentees') as { headerRow: number; columns: { header: string; target: string | null }[] };

describe('«Импорт списков»', () => {
  it('proposes a mapping for a messy export: the header under a title, name parts, class, dates, phones', () => {
    const { addon } = school();
    expect(addon.getImportSources()).toEqual({ sheets: ['Лист1', 'Список из АИС'], canUndo: false });
    const p = mapped(addon);
    expect(p.headerRow).toBe(2);
    expect(p.columns.map((c) => c.target)).toEqual([null, 'lastName', 'firstName', 'middleName', 'grade', 'birthDate', 'phone', 'parentName', 'parentPhone']);
  });

  it('previews, imports into the base as expected, reports problems like «Проверить базы», and undo restores it exactly', () => {
    const { addon, book, world } = school();
    const mapping = mapped(addon).columns.map((c) => c.target);
    const before = { values: sheetValues(book, 'Наставляемые'), formulas: book.getSheetByName('Наставляемые')!.getDataRange().getFormulas() };

    const preview = addon.previewImport('Список из АИС', 'mentees', mapping);
    expect(preview).toMatchObject({ added: 3, updated: 1, skipped: 3 });
    expect(preview.reasons).toEqual([
      { reason: SKIP_REASON.unchanged, count: 1 }, { reason: SKIP_REASON.duplicateInSource, count: 1 }, { reason: SKIP_REASON.noName, count: 1 },
    ]);
    expect(preview.kept).toBe(1); // Семёнов's parent differs in the list; the base keeps its own
    expect(sheetValues(book, 'Наставляемые')).toEqual(before.values); // a preview writes nothing

    const result = addon.applyImport('Список из АИС', 'mentees', mapping);
    expect(result).toMatchObject({ added: 3, updated: 1, skipped: 3 });
    const rows = sheetValues(book, 'Наставляемые')!;
    const header = rows[0]!;
    const col = (h: string) => header.indexOf(h);
    const byName = (name: string) => rows.find((r) => r[col('ФИО')] === name)!;
    expect(rows).toHaveLength(6);
    expect(byName('Семёнов Артём Петрович')[col('Телефон')]).toBe('+7 917 555-11-01');
    expect(byName('Семёнов Артём Петрович')[col('Законный представитель (ФИО)')]).toBe('Смирнова Ольга Петровна');
    const anna = byName('Иванова Анна Игоревна');
    expect(anna[col('Код участника')]).toBe('НЯ-0003');
    expect(anna[col('Класс / курс')]).toBe('7Б');
    expect(anna[col('Категория')]).toBe('обучающийся');
    const shown = book.getSheetByName('Наставляемые')!.getDataRange().getDisplayValues();
    expect(shown[rows.indexOf(anna)]![col('Дата рождения')]).toBe('02.04.2012');
    expect(anna[col('Телефон представителя')]).toBe('+7 917 555-11-02');
    expect(byName('Петров Илья')[col('Класс / курс')]).toBe('7');
    expect(byName('Петров Илья')[col('Дата рождения')]).toBe('15.13.2012');
    expect(byName('Орлова Дарья Андреевна')[col('Телефон представителя')]).toBe('+7 917 555-11-05');
    expect(byName('Орлова Дарья Андреевна')[col('Код участника')]).toBe('НЯ-0005');

    const report = sheetValues(book, 'Проверка')!.slice(1).map((r) => r.slice(0, 4).join(' | '));
    expect(report).toContain(`Наставляемые | 5 | Дата рождения | ${PROBLEM.notDate}`);
    expect(report).toContain(`Наставляемые | 4 | Согласие на обработку ПДн | ${PROBLEM.minorWithoutConsent}`);
    expect(result.problemRows.map((r: string[]) => r.slice(0, 4).join(' | '))).toEqual(expect.arrayContaining([`Наставляемые | 5 | Дата рождения | ${PROBLEM.notDate}`]));
    expect(result.message).toContain('добавлено 3, обновлено 1, пропущено 3');

    expect(addon.getImportSources().canUndo).toBe(true);
    expect(addon.undoImport().message).toContain('отменён');
    const sheet = book.getSheetByName('Наставляемые')!;
    // Every cell as before the import, but the add-on's service column: it now records the undo.
    const service = header.indexOf('Служебное: происхождение данных');
    const withoutService = (grid: unknown[][]) => grid.map((r) => r.filter((_, i) => i !== service));
    expect(withoutService(sheetValues(book, 'Наставляемые')!)).toEqual(withoutService(before.values!));
    expect(sheet.getDataRange().getFormulas()).toEqual(before.formulas);
    expect(addon.getImportSources().canUndo).toBe(false);
    expect(world.log.alerts).toEqual([]);
  });

  it('undo keeps and lists the fields changed since the import, and puts back the rest, by person whatever the order of rows', () => {
    const { addon, book } = school();
    const mapping = mapped(addon).columns.map((c) => c.target);
    addon.applyImport('Список из АИС', 'mentees', mapping);
    const sheet = book.getSheetByName('Наставляемые')!;
    const header = sheetValues(book, 'Наставляемые')![0]!;
    const col = (h: string) => header.indexOf(h) + 1;
    const rowOf = (name: string) => sheetValues(book, 'Наставляемые')!.findIndex((r) => r[col('ФИО') - 1] === name) + 1;
    // The curator corrects the phone the import brought for Семёнов, and notes a position for an added pupil.
    sheet.getRange(rowOf('Семёнов Артём Петрович'), col('Телефон')).setValue('+7 917 555-99-99');
    sheet.getRange(rowOf('Иванова Анна Игоревна'), col('Должность')).setValue('староста');
    const message = addon.undoImport().message as string;
    expect(message).toContain('НЯ-0001: Телефон');
    expect(message).toContain('НЯ-0003: Должность');
    expect(sheet.getRange(rowOf('Семёнов Артём Петрович'), col('Телефон')).getValue()).toBe('+7 917 555-99-99');
    expect(rowOf('Иванова Анна Игоревна')).toBeGreaterThan(0);
    expect(rowOf('Орлова Дарья Андреевна')).toBe(0);
    expect(addon.getImportSources().canUndo).toBe(false);
  });

  it('remembers the mapping for next year', () => {
    const { addon, book } = school();
    book.getSheetByName('Список из АИС')!.getRange(2, 5).setValue('Кл.');
    const mapping = mapped(addon).columns.map((c) => c.target);
    expect(mapping[4]).toBeNull();
    mapping[4] = 'grade';
    addon.applyImport('Список из АИС', 'mentees', mapping);
    const again = addon.proposeImport('Список из АИС', 'mentees');
    expect(again.remembered).toBe(true);
    expect(again.columns[4].target).toBe('grade');
  });

  it('routes rows by a role column and writes phones as text', () => {
    const { addon, book } = school();
    const sheet = book.insertSheet('Педагоги');
    sheet.getRange(1, 1, 3, 4).setValues([
      ['ФИО', 'Должность', 'Телефон', 'Роль в программе'],
      ['Лебедева Нина Павловна', 'учитель химии', '+79175552201', 'наставник'],
      ['Гусев Олег Ильич', 'учитель истории', '+79175552202', 'наставляемый'],
    ]);
    const p = addon.proposeImport('Педагоги', 'mentors');
    const result = addon.applyImport('Педагоги', 'mentors', p.columns.map((c: { target: string | null }) => c.target));
    expect(result).toMatchObject({ added: 1, skipped: 1, reasons: [{ reason: SKIP_REASON.otherBase, count: 1 }] });
    const row = sheetValues(book, 'Наставники')!.find((r) => r.includes('Лебедева Нина Павловна'))!;
    expect(row).toContain('+7 917 555-22-01');
    expect(row).toContain('педагог');
  });

  it('explains a bad request in Russian', () => {
    const { addon } = school();
    expect(() => addon.previewImport('Нет такого', 'mentees', [])).toThrow('Лист «Нет такого» не найден');
    expect(() => addon.previewImport('Наставники', 'mentees', [])).toThrow('Нельзя импортировать базу саму в себя');
    expect(() => addon.previewImport('Список из АИС', 'mentees', [null, null, null, null, 'grade'])).toThrow('Укажите столбец с ФИО');
    expect(() => addon.undoImport()).toThrow('Нет импорта, который можно отменить');
  });

  it('makes the same number of Sheets calls for 5 rows as for 300 (growing a full sheet aside: one call per sheet)', () => {
    const calls = (n: number) => {
      const { addon, book, world } = school();
      const sheet = book.insertSheet('Большой список');
      const rows = Array.from({ length: n }, (_, i) => [`Ученик${'а'.repeat(i % 5)}`, `Номер${i}`, `${1 + (i % 11)} б`, '+7917555' + String(1000 + i)]);
      sheet.getRange(1, 1, n + 1, 4).setValues([['Фамилия', 'Имя', 'Класс', 'Телефон'], ...rows]);
      const mapping = ['lastName', 'firstName', 'grade', 'phone'];
      world.calls.reset();
      addon.previewImport('Большой список', 'mentees', mapping);
      const preview = world.calls.service(SHEETS_CLASSES);
      world.calls.reset();
      addon.applyImport('Большой список', 'mentees', mapping);
      const grown = world.calls.count('Sheet.insertRowsAfter');
      expect(grown).toBeLessThanOrEqual(2);
      const apply = { all: world.calls.service(SHEETS_CLASSES) - grown, writes: world.calls.count('Range.setValues') };
      world.calls.reset();
      addon.undoImport();
      return { preview, apply, undo: world.calls.service(SHEETS_CLASSES) };
    };
    expect(calls(300)).toEqual(calls(5));
  });
});

describe('the demo school through «Список из АИС»', () => {
  it('imports exactly the programme’s participants, each into their base, with codes', () => {
    const env = addonWorld();
    const { addon, book } = env;
    addon.prepareSheet();
    const school = generateSchool(2025);
    const lines = importFromAis({ ...env, school });
    expect(lines[0]).toContain('Список из АИС');
    const names = (sheet: string) => sheetValues(book, sheet)!.slice(1).map((r) => r[1]);
    const unique = (rows: { fullName?: unknown }[]) => new Set(rows.map((r) => String(r.fullName).toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim())).size;
    expect(names('Наставники')).toHaveLength(unique(school.mentors));
    expect(names('Наставляемые')).toHaveLength(unique(school.mentees));
    expect(sheetValues(book, 'Наставляемые')!.slice(1).every((r) => /^НЯ-\d{4}$/.test(String(r[0])))).toBe(true);
  });
});
