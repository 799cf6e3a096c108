import { NotEmulated } from '../../emulator/errors';
import { makeBook } from './spreadsheet-world';

describe('Spreadsheet', () => {
  it('a new spreadsheet has one sheet named by the ru locale: Лист1', () => {
    const { book } = makeBook();
    expect(book.getSheets().map((s) => s.getName())).toEqual(['Лист1']);
  });
  it('an en_US spreadsheet names its first sheet Sheet1', () => {
    const { book } = makeBook({ locale: 'en_US' });
    expect(book.getSheets()[0]!.getName()).toBe('Sheet1');
  });
  it('id, url and name are stable', () => {
    const { book } = makeBook();
    expect(book.getId()).toHaveLength(44);
    expect(book.getUrl()).toBe(`https://docs.google.com/spreadsheets/d/${book.getId()}/edit`);
    book.rename('Новое имя');
    expect(book.getName()).toBe('Новое имя');
  });
  it('getSheetByName ignores case', () => {
    const { book } = makeBook();
    book.insertSheet('Наставники');
    expect(book.getSheetByName('НАСТАВНИКИ')?.getName()).toBe('Наставники');
  });
  it('getSheetByName of a missing sheet is null, not an exception', () => {
    const { book } = makeBook();
    expect(book.getSheetByName('Нет такого')).toBeNull();
  });
  it('insertSheet with an existing name (any case) throws', () => {
    const { book } = makeBook();
    book.insertSheet('Пары');
    let error: unknown;
    try {
      book.insertSheet('пары');
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ name: 'Exception', message: 'Лист "пары" уже существует. Введите другое название.' });
  });
  it('insertSheet(name, index) places the sheet at a 0-based index and activates it', () => {
    const { book } = makeBook();
    book.insertSheet('Второй');
    book.insertSheet('Первый', 0);
    expect(book.getSheets().map((s) => s.getName())).toEqual(['Первый', 'Лист1', 'Второй']);
    expect(book.getActiveSheet().getName()).toBe('Первый');
  });
  it('insertSheet() picks the next free default name', () => {
    const { book } = makeBook();
    expect(book.insertSheet().getName()).toBe('Лист2');
  });
  it('deleteSheet removes a sheet; removing the last one throws', () => {
    const { book, sheet } = makeBook();
    const other = book.insertSheet('Пары');
    book.deleteSheet(other);
    expect(book.getSheets()).toHaveLength(1);
    expect(() => book.deleteSheet(sheet)).toThrow("You can't remove all the sheets in a document.");
  });
  it('a deleted sheet\'s views throw when used', () => {
    const { book } = makeBook();
    const other = book.insertSheet('Пары');
    const r = other.getRange('A1');
    book.deleteSheet(other);
    expect(() => r.getValue()).toThrow(/deleted/);
    expect(() => other.getName()).toThrow(/deleted/);
  });
  it("getRange('Лист!A1:B2') reaches another sheet by name", () => {
    const { book } = makeBook();
    book.insertSheet('Лист 2').getRange('B2').setValue('тут');
    expect(book.getRange("'лист 2'!B2").getValue()).toBe('тут');
    expect(() => book.getRange('Нет!A1')).toThrow('Range not found');
  });
  it('getRange without a sheet name reads the active sheet', () => {
    const { book } = makeBook();
    book.insertSheet('Пары').getRange('A1').setValue('p');
    expect(book.getRange('A1').getValue()).toBe('p');
  });
  it('time zone and locale are read and set; a bad zone throws', () => {
    const { book } = makeBook();
    expect([book.getSpreadsheetTimeZone(), book.getSpreadsheetLocale()]).toEqual(['Europe/Moscow', 'ru_RU']);
    book.setSpreadsheetTimeZone('Asia/Novosibirsk');
    expect(book.getSpreadsheetTimeZone()).toBe('Asia/Novosibirsk');
    expect(() => book.setSpreadsheetTimeZone('Mars/Olympus')).toThrow();
  });
  it('toast is recorded in the user log with a default timeout of 5 s', () => {
    const { book, host } = makeBook();
    book.toast('Готово', 'Наставничество');
    book.toast('Ещё');
    expect(host.log.toasts).toEqual([
      { message: 'Готово', title: 'Наставничество', timeoutSeconds: 5 },
      { message: 'Ещё', title: '', timeoutSeconds: 5 },
    ]);
  });
  it('getSheetById finds a sheet by its id', () => {
    const { book } = makeBook();
    const s = book.insertSheet('Пары');
    expect(book.getSheetById(s.getSheetId())?.getName()).toBe('Пары');
  });
  it('Spreadsheet has no getUi (it lives on SpreadsheetApp): touching it throws not emulated', () => {
    const { book } = makeBook();
    expect(() => (book as unknown as { getUi: () => void }).getUi()).toThrow(NotEmulated);
  });
});

describe('SpreadsheetApp', () => {
  it('getActive and getActiveSpreadsheet are the same spreadsheet', () => {
    const { app, book } = makeBook();
    expect(app.getActive().getId()).toBe(book.getId());
    expect(app.getActiveSpreadsheet().getName()).toBe('Наставничество');
  });
  it('getActiveRange is A1 of the active sheet until a range is activated', () => {
    const { app, sheet } = makeBook();
    expect(app.getActiveRange().getA1Notation()).toBe('A1');
    sheet.getRange('B2:C3').activate();
    expect(app.getActiveRange().getA1Notation()).toBe('B2:C3');
  });
  it('getActiveSheet follows setActiveSheet', () => {
    const { app, book, sheet } = makeBook();
    book.insertSheet('Пары');
    book.setActiveSheet(sheet);
    expect(app.getActiveSheet().getName()).toBe('Лист1');
  });
  it('getUi returns the Ui it was given', () => {
    const { app, ui } = makeBook();
    expect(app.getUi()).toBe(ui);
  });
  it.each(['openById', 'openByUrl', 'create'] as const)('%s throws: the add-on only has the currentonly scope', (method) => {
    const { app } = makeBook();
    expect(() => (app[method] as (x: string) => unknown)('x')).toThrow(
      `You do not have permission to call SpreadsheetApp.${method}. Required permissions: https://www.googleapis.com/auth/spreadsheets`,
    );
  });
  it('enums print as their names', () => {
    const { app } = makeBook();
    expect(String(app.ProtectionType.RANGE)).toBe('RANGE');
    expect(String(app.DataValidationCriteria.VALUE_IN_LIST)).toBe('VALUE_IN_LIST');
    expect(String(app.BorderStyle.SOLID)).toBe('SOLID');
  });
  it('flush is accepted and counted', () => {
    const { app, calls } = makeBook();
    app.flush();
    expect(calls.count('SpreadsheetApp.flush')).toBe(1);
  });
});

describe('strictness and call counting', () => {
  it('a method the emulator lacks throws «not emulated: Range.setFontFamily»', () => {
    const { sheet } = makeBook();
    const range = sheet.getRange('A1') as unknown as { setFontFamily: (f: string) => void };
    expect(() => range.setFontFamily('Arial')).toThrow('not emulated: Range.setFontFamily');
  });
  it('views returned from chained calls are strict too', () => {
    const { sheet } = makeBook();
    const chained = sheet.getRange('A1').setValue(1) as unknown as { getRichTextValue: () => void };
    expect(() => chained.getRichTextValue()).toThrow(NotEmulated);
  });
  it('unknown enum members throw instead of being undefined', () => {
    const { app } = makeBook();
    expect(() => (app.ProtectionType as unknown as Record<string, unknown>).NAMED_RANGE).toThrow(NotEmulated);
  });
  it('every public call is counted under its Apps Script class name', () => {
    const { app, calls } = makeBook();
    const sheet = app.getActive().getSheetByName('Лист1')!;
    sheet.getRange(1, 1, 2, 2).setValues([[1, 2], [3, 4]]);
    sheet.getDataRange().getValues();
    expect(calls.snapshot()).toEqual({
      'Range.getValues': 1, 'Range.setValues': 1, 'Sheet.getDataRange': 1, 'Sheet.getRange': 1,
      'Spreadsheet.getSheetByName': 1, 'SpreadsheetApp.getActive': 1,
    });
  });
  it('reading a whole sheet is one Range call however many rows it has', () => {
    const { sheet, calls } = makeBook();
    sheet.getRange(1, 1, 500, 3).setValues(Array.from({ length: 500 }, (_, i) => [i, 'x', true]));
    calls.reset();
    expect(sheet.getDataRange().getValues()).toHaveLength(500);
    expect(calls.count('Range.')).toBe(1);
  });
  it('errors thrown by the service are named Exception', () => {
    const { sheet } = makeBook();
    let error: unknown;
    try {
      sheet.getRange(0, 1);
    } catch (e) {
      error = e;
    }
    expect((error as Error).name).toBe('Exception');
  });
});
