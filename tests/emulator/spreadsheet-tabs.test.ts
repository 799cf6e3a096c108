import { AppsScriptException } from '../../emulator/errors';
import { makeBook } from './spreadsheet-world';

const names = (book: GoogleAppsScript.Spreadsheet.Spreadsheet) => book.getSheets().map((s) => s.getName());

describe('Sheet tabs: order and visibility', () => {
  it('moveActiveSheet(pos) moves the active sheet to a 1-based position', () => {
    const { book } = makeBook();
    const b = book.insertSheet('Б');
    book.insertSheet('В');
    book.setActiveSheet(b);
    book.moveActiveSheet(3);
    expect(names(book)).toEqual(['Лист1', 'В', 'Б']);
    book.moveActiveSheet(1);
    expect(names(book)).toEqual(['Б', 'Лист1', 'В']);
  });
  it('moveActiveSheet past the number of sheets, or below 1, throws', () => {
    const { book } = makeBook();
    expect(() => book.moveActiveSheet(2)).toThrow(AppsScriptException);
    expect(() => book.moveActiveSheet(0)).toThrow(AppsScriptException);
  });
  it('hideSheet hides, showSheet shows, each a no-op when already so', () => {
    const { book } = makeBook();
    const s = book.insertSheet('Ответы на форму (1)');
    expect(s.isSheetHidden()).toBe(false);
    s.hideSheet().hideSheet();
    expect(s.isSheetHidden()).toBe(true);
    s.showSheet().showSheet();
    expect(s.isSheetHidden()).toBe(false);
  });
  it('the only visible sheet cannot be hidden', () => {
    const { book, sheet } = makeBook();
    const other = book.insertSheet('Б');
    other.hideSheet();
    expect(() => sheet.hideSheet()).toThrow(AppsScriptException);
  });
});
