import { NotEmulated } from '../../emulator/errors';
import { makeBook } from './spreadsheet-world';

/** What is the emulator's own (strictness, call counts, the user log) or needs a spreadsheet of its own; the rest is in facts/spreadsheet.facts.ts. */
describe('Spreadsheet', () => {
  it('an en_US spreadsheet names its first sheet Sheet1', () => {
    const { book } = makeBook({ locale: 'en_US' });
    expect(book.getSheets()[0]!.getName()).toBe('Sheet1');
  });
  it('deleteSheet removes a sheet; removing the last one throws', () => {
    const { book, sheet } = makeBook();
    const other = book.insertSheet('Пары');
    book.deleteSheet(other);
    expect(book.getSheets()).toHaveLength(1);
    expect(() => book.deleteSheet(sheet)).toThrow("You can't remove all the sheets in a document.");
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
  it('Spreadsheet has no getUi (it lives on SpreadsheetApp): touching it throws not emulated', () => {
    const { book } = makeBook();
    expect(() => (book as unknown as { getUi: () => void }).getUi()).toThrow(NotEmulated);
  });
});

describe('SpreadsheetApp', () => {
  it('getActiveRange is A1 of the active sheet until a range is activated', () => {
    const { app, sheet } = makeBook();
    expect(app.getActiveRange().getA1Notation()).toBe('A1');
    sheet.getRange('B2:C3').activate();
    expect(app.getActiveRange().getA1Notation()).toBe('B2:C3');
  });
  it('getUi returns the Ui it was given', () => {
    const { app, ui } = makeBook();
    expect(app.getUi()).toBe(ui);
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

describe('service errors in the account language', () => {
  it('an English account reads «A sheet with the name "X" already exists…»', () => {
    const { book } = makeBook({ locale: 'en_US' });
    book.insertSheet('Pairs');
    expect(() => book.insertSheet('pairs')).toThrow('A sheet with the name "pairs" already exists. Please enter another name.');
  });
});
