import { makeBook } from './spreadsheet-world';

describe('Sheet size and content', () => {
  it('a new sheet is 1000 rows × 26 columns and empty: last row and column are 0', () => {
    const { sheet } = makeBook();
    expect([sheet.getMaxRows(), sheet.getMaxColumns(), sheet.getLastRow(), sheet.getLastColumn()]).toEqual([1000, 26, 0, 0]);
  });
  it('getDataRange of an empty sheet is A1', () => {
    const { sheet } = makeBook();
    expect(sheet.getDataRange().getA1Notation()).toBe('A1');
  });
  it('getDataRange reaches the last row and column with content', () => {
    const { sheet } = makeBook();
    sheet.getRange('C5').setValue('x');
    sheet.getRange('A2').setValue(1);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:C5');
  });
  it('a formula counts as content; formats alone do not', () => {
    const { sheet } = makeBook();
    sheet.getRange('D9').setBackground('#ff0000');
    expect(sheet.getLastRow()).toBe(0);
    sheet.getRange('B3').setFormula('=""');
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([3, 2]);
  });
  it('appendRow writes after the last row with content', () => {
    const { sheet } = makeBook();
    sheet.getRange('A1:B1').setValues([['ФИО', 'Класс']]);
    sheet.appendRow(['Иванов', '7']);
    expect(sheet.getRange('A2:B2').getValues()).toEqual([['Иванов', 7]]);
  });
  it('appendRow grows a full sheet by one row', () => {
    const { sheet } = makeBook();
    sheet.deleteRows(3, 998);
    sheet.getRange('A2').setValue('x');
    sheet.appendRow(['y']);
    expect([sheet.getMaxRows(), sheet.getRange('A3').getValue()]).toEqual([3, 'y']);
  });
  it('insertRowsAfter grows the grid and shifts cells down', () => {
    const { sheet } = makeBook();
    sheet.getRange('A1:A2').setValues([['a'], ['b']]);
    sheet.insertRowsAfter(1, 2);
    expect(sheet.getMaxRows()).toBe(1002);
    expect(sheet.getRange('A1:A4').getValues().flat()).toEqual(['a', '', '', 'b']);
  });
  it('insertColumnsAfter grows the grid so writes beyond Z work', () => {
    const { sheet } = makeBook();
    sheet.insertColumnsAfter(26, 2);
    sheet.getRange('AB1').setValue('x');
    expect([sheet.getMaxColumns(), sheet.getLastColumn()]).toEqual([28, 28]);
  });
  it('insertRows/insertColumns insert before the index', () => {
    const { sheet } = makeBook();
    sheet.getRange('A1').setValue('a');
    sheet.insertRows(1);
    sheet.insertColumns(1, 2);
    expect(sheet.getRange('C2').getValue()).toBe('a');
  });
  it('deleteRows shifts the cells below up and shrinks the grid', () => {
    const { sheet } = makeBook();
    sheet.getRange('A1:A4').setValues([['a'], ['b'], ['c'], ['d']]);
    sheet.deleteRows(2, 2);
    expect(sheet.getRange('A1:A2').getValues().flat()).toEqual(['a', 'd']);
    expect(sheet.getMaxRows()).toBe(998);
  });
  it('deleteRow past the grid throws; deleting every row throws', () => {
    const { sheet } = makeBook();
    expect(() => sheet.deleteRow(1001)).toThrow('Those rows are out of bounds.');
    expect(() => sheet.deleteRows(1, 1000)).toThrow('Sorry, it is not possible to delete all non-frozen rows.');
  });
  it('deleteColumn shifts cells left', () => {
    const { sheet } = makeBook();
    sheet.getRange('A1:C1').setValues([['a', 'b', 'c']]);
    sheet.deleteColumn(2);
    expect(sheet.getRange('A1:B1').getValues()).toEqual([['a', 'c']]);
  });
  it('a range made before the sheet shrank throws when used past the new edge', () => {
    const { sheet } = makeBook();
    const r = sheet.getRange('A1000');
    sheet.deleteRows(1, 10);
    expect(() => r.getValue()).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
  });
  it('clearContents keeps formats; clearFormats keeps values; clear drops both', () => {
    const { sheet } = makeBook();
    const r = sheet.getRange('A1').setValue('x').setBackground('#ff0000');
    sheet.clearContents();
    expect([r.getValue(), r.getBackground()]).toEqual(['', '#ff0000']);
    r.setValue('y');
    sheet.clearFormats();
    expect([r.getValue(), r.getBackground()]).toEqual(['y', '#ffffff']);
    sheet.clear();
    expect(r.getValue()).toBe('');
  });
  it('sort(col, false) sorts the rows below the frozen header', () => {
    const { sheet } = makeBook();
    sheet.getRange('A1:B3').setValues([['ФИО', 'Балл'], ['А', 1], ['Б', 5]]);
    sheet.setFrozenRows(1);
    sheet.sort(2, false);
    expect(sheet.getRange('A1:A3').getValues().flat()).toEqual(['ФИО', 'Б', 'А']);
  });
});

describe('Sheet layout', () => {
  it('frozen rows and columns are stored', () => {
    const { sheet } = makeBook();
    sheet.setFrozenRows(1);
    sheet.setFrozenColumns(2);
    expect([sheet.getFrozenRows(), sheet.getFrozenColumns()]).toEqual([1, 2]);
  });
  it('column width defaults to 100 and is set singly or in a run', () => {
    const { sheet } = makeBook();
    sheet.setColumnWidth(1, 250).setColumnWidths(2, 2, 80);
    expect([1, 2, 3, 4].map((c) => sheet.getColumnWidth(c))).toEqual([250, 80, 80, 100]);
  });
  it('getColumnWidth past the last column throws', () => {
    const { sheet } = makeBook();
    expect(() => sheet.getColumnWidth(27)).toThrow('Those columns are out of bounds.');
  });
  it('autoResizeColumns fits the longest display value', () => {
    const { sheet } = makeBook();
    sheet.getRange('A1:A2').setValues([['Фамилия Имя Отчество'], ['x']]);
    sheet.autoResizeColumns(1, 2);
    expect(sheet.getColumnWidth(1)).toBeGreaterThan(100);
    expect(sheet.getColumnWidth(2)).toBe(100);
  });
  it('hidden columns and row heights are recorded', () => {
    const { sheet } = makeBook();
    sheet.hideColumns(3, 2);
    sheet.setRowHeight(1, 40);
    expect([sheet.isColumnHiddenByUser(4), sheet.isColumnHiddenByUser(5), sheet.getRowHeight(1), sheet.getRowHeight(2)]).toEqual([true, false, 40, 21]);
  });
  it('tab color is recorded; activate makes the sheet active', () => {
    const { book } = makeBook();
    const other = book.insertSheet('Пары');
    book.getSheets()[0]!.activate().setTabColor('#00ff00');
    expect(book.getActiveSheet().getName()).toBe('Лист1');
    expect(book.getSheets()[0]!.getTabColor()).toBe('#00ff00');
    expect(other.getTabColor()).toBeNull();
  });
  it('setName to another sheet\'s name (any case) throws', () => {
    const { book } = makeBook();
    const pairs = book.insertSheet('Пары');
    expect(() => pairs.setName('лист1')).toThrow('Лист "лист1" уже существует');
    expect(pairs.setName('ПАРЫ').getName()).toBe('ПАРЫ');
  });
  it('getIndex is 1-based and getSheetId of the first sheet is 0', () => {
    const { book, sheet } = makeBook();
    const second = book.insertSheet('Второй');
    expect([sheet.getIndex(), second.getIndex(), sheet.getSheetId()]).toEqual([1, 2, 0]);
    expect(second.getSheetId()).not.toBe(0);
  });
});
