import { defineFacts, expect } from './kit';

const REF = 'https://developers.google.com/apps-script/reference/spreadsheet/sheet';
const col = (sheet: GoogleAppsScript.Spreadsheet.Sheet, a1: string) => sheet.getRange(a1).getValues().map((r) => r[0]);

/** Sheet — size, content, inserting and deleting, clearing, layout, names — on a new sheet. */
export default defineFacts('Sheet', (fact) => {
  fact('a new sheet is 1000 rows × 26 columns and empty: last row and column are 0', { source: `${REF}#getmaxrows` }, (g) => {
    const s = g.sheet;
    expect([s.getMaxRows(), s.getMaxColumns(), s.getLastRow(), s.getLastColumn()]).toEqual([1000, 26, 0, 0]);
  });
  fact('getDataRange of an empty sheet is A1', { source: `${REF}#getdatarange` }, (g) => {
    expect(g.sheet.getDataRange().getA1Notation()).toBe('A1');
  });
  fact('getDataRange reaches the last row and column with content', { source: `${REF}#getdatarange` }, (g) => {
    g.sheet.getRange('C5').setValue('x');
    g.sheet.getRange('A2').setValue(1);
    expect(g.sheet.getDataRange().getA1Notation()).toBe('A1:C5');
  });
  fact('a formula counts as content; formats alone do not', { source: `${REF}#getlastrow` }, (g) => {
    g.sheet.getRange('D9').setBackground('#ff0000');
    expect(g.sheet.getLastRow()).toBe(0);
    g.sheet.getRange('B3').setFormula('=""');
    expect([g.sheet.getLastRow(), g.sheet.getLastColumn()]).toEqual([3, 2]);
  });
  fact('appendRow writes after the last row with content, parsing as if typed', { source: `${REF}#appendrowrowcontents` }, (g) => {
    g.sheet.getRange('A1:B1').setValues([['ФИО', 'Класс']]);
    g.sheet.appendRow(['Иванов', '7']);
    expect(g.sheet.getRange('A2:B2').getValues()).toEqual([['Иванов', 7]]);
  });
  fact('appendRow grows a full sheet by one row', { source: `${REF}#appendrowrowcontents` }, (g) => {
    g.sheet.deleteRows(3, 998);
    g.sheet.getRange('A2').setValue('x');
    g.sheet.appendRow(['y']);
    expect([g.sheet.getMaxRows(), g.sheet.getRange('A3').getValue()]).toEqual([3, 'y']);
  });
  fact('insertRowsAfter grows the grid and shifts cells down', { source: `${REF}#insertrowsafterafterposition,-howmany` }, (g) => {
    g.sheet.getRange('A1:A2').setValues([['a'], ['b']]);
    g.sheet.insertRowsAfter(1, 2);
    expect(g.sheet.getMaxRows()).toBe(1002);
    expect(col(g.sheet, 'A1:A4')).toEqual(['a', '', '', 'b']);
  });
  fact('insertColumnsAfter grows the grid so writes beyond Z work', { source: `${REF}#insertcolumnsafterafterposition,-howmany` }, (g) => {
    g.sheet.insertColumnsAfter(26, 2);
    g.sheet.getRange('AB1').setValue('x');
    expect([g.sheet.getMaxColumns(), g.sheet.getLastColumn()]).toEqual([28, 28]);
  });
  fact('insertRows/insertColumns insert before the index', { source: `${REF}#insertrowsrowindex,-numrows` }, (g) => {
    g.sheet.getRange('A1').setValue('a');
    g.sheet.insertRows(1);
    g.sheet.insertColumns(1, 2);
    expect(g.sheet.getRange('C2').getValue()).toBe('a');
  });
  fact('deleteRows shifts the cells below up and shrinks the grid', { source: `${REF}#deleterowsrowposition,-howmany` }, (g) => {
    g.sheet.getRange('A1:A4').setValues([['a'], ['b'], ['c'], ['d']]);
    g.sheet.deleteRows(2, 2);
    expect(col(g.sheet, 'A1:A2')).toEqual(['a', 'd']);
    expect(g.sheet.getMaxRows()).toBe(998);
  });
  fact('deleteRow past the grid throws; deleting every row throws', { source: `${REF}#deleterowrowposition` }, (g) => {
    expect(() => g.sheet.deleteRow(1001)).toThrow('Those rows are out of bounds.');
    expect(() => g.sheet.deleteRows(1, 1000)).toThrow('Sorry, it is not possible to delete all non-frozen rows.');
  });
  fact('deleteColumn shifts cells left', { source: `${REF}#deletecolumncolumnposition` }, (g) => {
    g.sheet.getRange('A1:C1').setValues([['a', 'b', 'c']]);
    g.sheet.deleteColumn(2);
    expect(g.sheet.getRange('A1:B1').getValues()).toEqual([['a', 'c']]);
  });
  fact('a range made before the sheet shrank throws when used past the new edge', { source: `${REF}#deleterowsrowposition,-howmany` }, (g) => {
    const r = g.sheet.getRange('A1000');
    g.sheet.deleteRows(1, 10);
    expect(() => r.getValue()).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
  });
  fact('clearContents keeps formats; clearFormats keeps values; clear drops both', { source: `${REF}#clearcontents` }, (g) => {
    const r = g.sheet.getRange('A1').setValue('x').setBackground('#ff0000');
    g.sheet.clearContents();
    expect([r.getValue(), r.getBackground()]).toEqual(['', '#ff0000']);
    r.setValue('y');
    g.sheet.clearFormats();
    expect([r.getValue(), r.getBackground()]).toEqual(['y', '#ffffff']);
    g.sheet.clear();
    expect(r.getValue()).toBe('');
  });
  fact('sort(col, false) sorts the rows below the frozen header', { source: `${REF}#sortcolumnposition,-ascending` }, (g) => {
    g.sheet.getRange('A1:B3').setValues([['ФИО', 'Балл'], ['А', 1], ['Б', 5]]);
    g.sheet.setFrozenRows(1);
    g.sheet.sort(2, false);
    expect(col(g.sheet, 'A1:A3')).toEqual(['ФИО', 'Б', 'А']);
  });

  fact('frozen rows and columns are kept', { source: `${REF}#setfrozenrowsrows` }, (g) => {
    g.sheet.setFrozenRows(1);
    g.sheet.setFrozenColumns(2);
    expect([g.sheet.getFrozenRows(), g.sheet.getFrozenColumns()]).toEqual([1, 2]);
  });
  fact('column width defaults to 100 and is set singly or in a run', { source: `${REF}#setcolumnwidthscolumnposition,-width` }, (g) => {
    g.sheet.setColumnWidth(1, 250).setColumnWidths(2, 2, 80);
    expect([1, 2, 3, 4].map((c) => g.sheet.getColumnWidth(c))).toEqual([250, 80, 80, 100]);
  });
  fact('getColumnWidth past the last column throws', { source: `${REF}#getcolumnwidthcolumnposition` }, (g) => {
    expect(() => g.sheet.getColumnWidth(27)).toThrow('Those columns are out of bounds.');
  });
  fact('autoResizeColumns widens a column holding long text and leaves an empty one', { source: `${REF}#autoresizecolumnsstartcolumn,-numcolumns` }, (g) => {
    g.sheet.getRange('A1:A2').setValues([['Фамилия Имя Отчество'], ['x']]);
    g.sheet.autoResizeColumns(1, 2);
    expect(g.sheet.getColumnWidth(1)).toBeGreaterThan(100);
    expect(g.sheet.getColumnWidth(2)).toBe(100);
  });
  fact('hidden columns and row heights are kept; rows are 21 px high by default', { source: `${REF}#hidecolumnscolumnindex,-numcolumns` }, (g) => {
    g.sheet.hideColumns(3, 2);
    g.sheet.setRowHeight(1, 40);
    expect([g.sheet.isColumnHiddenByUser(4), g.sheet.isColumnHiddenByUser(5), g.sheet.getRowHeight(1), g.sheet.getRowHeight(2)])
      .toEqual([true, false, 40, 21]);
  });
  fact('tab colour is kept (none by default); activate makes the sheet active', { source: `${REF}#settabcolorcolor` }, (g) => {
    const other = g.spreadsheet.insertSheet(`${g.sheet.getName()} другой`);
    g.after(() => g.spreadsheet.deleteSheet(other));
    g.sheet.activate().setTabColor('#00ff00');
    expect(g.spreadsheet.getActiveSheet().getName()).toBe(g.sheet.getName());
    expect(g.sheet.getTabColor()).toBe('#00ff00');
    expect(other.getTabColor()).toBeNull();
  });
  fact("setName to another sheet's name (in any case) throws", { source: `${REF}#setnamename` }, (g) => {
    const other = g.spreadsheet.insertSheet(`${g.sheet.getName()} другой`);
    g.after(() => g.spreadsheet.deleteSheet(other));
    const taken = g.sheet.getName().toLowerCase();
    // The text is in the account's language (service-errors.facts.ts): only the name it quotes is checked here.
    expect(() => other.setName(taken)).toThrow(`"${taken}"`);
    expect(other.setName(other.getName().toUpperCase()).getName()).toBe(other.getName().toUpperCase());
  });
  fact('getIndex is the 1-based position; the first sheet of a new spreadsheet has id 0', { source: `${REF}#getindex` }, (g) => {
    const index = g.sheet.getIndex();
    const names = g.spreadsheet.getSheets().map((s) => s.getName());
    expect(index).toBe(names.indexOf(g.sheet.getName()) + 1);
    expect(g.spreadsheet.getSheets()[0]!.getSheetId()).toBe(0);
    expect(g.sheet.getSheetId()).not.toBe(0);
  });
});
