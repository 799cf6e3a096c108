import { defineFacts, expect, thrown } from './kit';

const REF = 'https://developers.google.com/apps-script/reference/spreadsheet/';
const GET_RANGE = `${REF}sheet#getrangerow,-column,-numrows,-numcolumns`;
const SET_VALUES = `${REF}range#setvaluesvalues`;

/** Range — geometry, values, formats, notes and sort, as a script sees them on a new sheet. */
export default defineFacts('Range', (fact) => {
  fact('getRange(0, 1) throws: rows start at 1', { source: GET_RANGE }, (g) => {
    expect(thrown(() => g.sheet.getRange(0, 1))).toEqual({ name: 'Exception', message: 'The starting row of the range is too small.' });
  });
  fact('getRange(1, 0) throws: columns start at 1', { source: GET_RANGE }, (g) => {
    expect(thrown(() => g.sheet.getRange(1, 0))).toEqual({ name: 'Exception', message: 'The starting column of the range is too small.' });
  });
  fact('a range has at least one row and one column', { source: GET_RANGE }, (g) => {
    expect(thrown(() => g.sheet.getRange(1, 1, 0)).message).toBe('The number of rows in the range must be at least 1.');
    expect(thrown(() => g.sheet.getRange(1, 1, 1, 0)).message).toBe('The number of columns in the range must be at least 1.');
  });
  fact("a range past a new sheet's 1000 rows or 26 columns throws", { source: GET_RANGE }, (g) => {
    expect(thrown(() => g.sheet.getRange(1001, 1)).message).toBe('The coordinates of the range are outside the dimensions of the sheet.');
    expect(thrown(() => g.sheet.getRange('AA1')).message).toBe('The coordinates of the range are outside the dimensions of the sheet.');
  });
  fact("getRange('not a range') throws Range not found", { source: `${REF}sheet#getrangea1notation` }, (g) => {
    expect(thrown(() => g.sheet.getRange('not a range')).message).toBe('Range not found');
  });
  fact('row, column, size and A1 notation are 1-based', { source: `${REF}range#getrow` }, (g) => {
    const r = g.sheet.getRange(2, 3, 4, 5);
    expect([r.getRow(), r.getColumn(), r.getNumRows(), r.getNumColumns(), r.getLastRow(), r.getLastColumn()]).toEqual([2, 3, 4, 5, 5, 7]);
    expect(r.getA1Notation()).toBe('C2:G5');
  });
  fact('getCell is relative to the range; outside it throws', { source: `${REF}range#getcellrow,-column` }, (g) => {
    const r = g.sheet.getRange('B2:C3');
    expect(r.getCell(2, 2).getA1Notation()).toBe('C3');
    expect(thrown(() => r.getCell(3, 1)).message).toBe('Cell reference out of range');
  });
  fact('offset moves the range and can resize it; moving above row 1 throws', { source: `${REF}range#offsetrowoffset,-columnoffset,-numrows,-numcolumns` }, (g) => {
    const r = g.sheet.getRange('B2');
    expect(r.offset(1, 2).getA1Notation()).toBe('D3');
    expect(r.offset(0, 0, 2, 3).getA1Notation()).toBe('B2:D3');
    expect(() => r.offset(-2, 0)).toThrow('The starting row of the range is too small.');
  });
  fact('getSheet returns the sheet the range lives on', { source: `${REF}range#getsheet` }, (g) => {
    expect(g.sheet.getRange('A1').getSheet().getName()).toBe(g.sheet.getName());
  });
  fact('isBlank is true until something is written', { source: `${REF}range#isblank` }, (g) => {
    const r = g.sheet.getRange('A1:B2');
    expect(r.isBlank()).toBe(true);
    g.sheet.getRange('B2').setValue('x');
    expect(r.isBlank()).toBe(false);
  });

  fact("setValues with the wrong number of rows throws Apps Script's text", { source: SET_VALUES }, (g) => {
    expect(thrown(() => g.sheet.getRange('A1:B2').setValues([[1, 2], [3, 4], [5, 6]]))).toEqual({
      name: 'Exception',
      message: 'The number of rows in the data does not match the number of rows in the range. The data has 3 but the range has 2.',
    });
  });
  fact("setValues with the wrong number of columns throws Apps Script's text", { source: SET_VALUES }, (g) => {
    expect(thrown(() => g.sheet.getRange('A1:B1').setValues([[1, 2, 3]])).message).toBe(
      'The number of columns in the data does not match the number of columns in the range. The data has 3 but the range has 2.',
    );
  });
  fact('jagged rows throw', { source: SET_VALUES }, (g) => {
    expect(() => g.sheet.getRange('A1:B2').setValues([[1, 2], [3]])).toThrow(/number of columns/);
  });
  fact('rows that are not arrays throw a signature error', { source: SET_VALUES }, (g) => {
    expect(() => g.sheet.getRange('A1:B1').setValues(['ab'] as unknown as unknown[][])).toThrow(/don't match the method signature/);
  });
  fact('getValues returns fresh arrays: changing them does not change the sheet', { source: `${REF}range#getvalues` }, (g) => {
    const r = g.sheet.getRange('A1:B1');
    r.setValues([['a', 'b']]);
    const got = r.getValues();
    got[0]![0] = 'changed';
    expect(r.getValues()).toEqual([['a', 'b']]);
  });
  fact('setValue on a multi-cell range fills every cell', { source: `${REF}range#setvaluevalue` }, (g) => {
    g.sheet.getRange('A1:B2').setValue('x');
    expect(g.sheet.getRange('A1:B2').getValues()).toEqual([['x', 'x'], ['x', 'x']]);
  });
  fact('getValue reads the top-left cell', { source: `${REF}range#getvalue` }, (g) => {
    g.sheet.getRange('A1:B1').setValues([['first', 'second']]);
    expect(g.sheet.getRange('A1:B1').getValue()).toBe('first');
  });
  fact('setValues returns the range for chaining', { source: SET_VALUES }, (g) => {
    expect(g.sheet.getRange('A1').setValues([[1]]).setBackground('#ff0000').getBackground()).toBe('#ff0000');
  });

  fact('backgrounds default to white and are read per cell', { source: `${REF}range#getbackgrounds` }, (g) => {
    g.sheet.getRange('A1').setBackground('#ffcc00');
    expect(g.sheet.getRange('A1:B1').getBackgrounds()).toEqual([['#ffcc00', '#ffffff']]);
  });
  fact('setBackgrounds checks its shape', { source: `${REF}range#setbackgroundscolor` }, (g) => {
    expect(() => g.sheet.getRange('A1:B1').setBackgrounds([['#000000']])).toThrow(/number of columns/);
  });
  fact('font weights default to normal; setFontWeight rejects unknown weights', { source: `${REF}range#setfontweightfontweight` }, (g) => {
    const r = g.sheet.getRange('A1:B1');
    r.setFontWeights([['bold', null]]);
    expect(r.getFontWeights()).toEqual([['bold', 'normal']]);
    expect(() => r.setFontWeight('heavy' as 'bold')).toThrow(/don't match/);
  });
  fact('number formats are stored per cell', { source: `${REF}range#setnumberformatsformats` }, (g) => {
    g.sheet.getRange('A1:A2').setNumberFormats([['@'], ['0.00']]);
    expect(g.sheet.getRange('A1:A2').getNumberFormats()).toEqual([['@'], ['0.00']]);
  });
  fact('notes are set, read and cleared', { source: `${REF}range#setnotesnotes` }, (g) => {
    const r = g.sheet.getRange('A1:B1');
    r.setNotes([['сначала', null]]);
    expect(r.getNotes()).toEqual([['сначала', '']]);
    r.clearNote();
    expect(r.getNote()).toBe('');
  });
  fact('wrap strategy, alignment and font colour are kept', { source: `${REF}range#setwrapstrategystrategy` }, (g) => {
    const r = g.sheet.getRange('A1');
    const wrap = g.SpreadsheetApp.WrapStrategy.WRAP;
    r.setWrapStrategy(wrap).setHorizontalAlignment('center').setVerticalAlignment('top').setFontColor('#333333');
    expect([r.getWrap(), r.getWrapStrategy() === wrap, r.getHorizontalAlignment(), r.getVerticalAlignment(), r.getFontColor()])
      .toEqual([true, true, 'center', 'top', '#333333']);
  });
  fact('clear() removes contents and formats; clear({contentsOnly}) keeps formats', { source: `${REF}range#clearoptions` }, (g) => {
    const r = g.sheet.getRange('A1');
    r.setValue('x').setBackground('#ff0000');
    r.clear({ contentsOnly: true });
    expect([r.getValue(), r.getBackground()]).toEqual(['', '#ff0000']);
    r.setValue('y');
    r.clear();
    expect([r.getValue(), r.getBackground()]).toEqual(['', '#ffffff']);
  });
  fact('clear() with an unknown option throws', { source: `${REF}range#clearoptions` }, (g) => {
    expect(() => g.sheet.getRange('A1').clear({ everything: true } as never)).toThrow(/don't match/);
  });
  fact('clearContent keeps the plain-text format, clearFormat drops it', { source: `${REF}range#clearcontent` }, (g) => {
    const r = g.sheet.getRange('A1').setNumberFormat('@');
    r.setValue('007');
    r.clearContent();
    expect([r.getValue(), r.getNumberFormat()]).toEqual(['', '@']);
    r.clearFormat();
    expect(r.getNumberFormat()).not.toBe('@');
  });

  const fill = (sheet: GoogleAppsScript.Spreadsheet.Sheet) => {
    sheet.getRange('A1:B4').setValues([['Яковлев', 3], ['алексеев', 1], ['', 9], ['Борисов', 2]]);
    sheet.getRange('A1').setBackground('#ff0000');
  };
  fact('sort(1) orders text case-insensitively, empty cells last, and rows move whole', { source: `${REF}range#sortsortspecobj` }, (g) => {
    fill(g.sheet);
    g.sheet.getRange('A1:B4').sort(1);
    expect(g.sheet.getRange('A1:B4').getValues()).toEqual([['алексеев', 1], ['Борисов', 2], ['Яковлев', 3], ['', 9]]);
    expect(g.sheet.getRange('A3').getBackground()).toBe('#ff0000');
  });
  fact('sort({column, ascending: false}) reverses, keeping empty cells last', { source: `${REF}range#sortsortspecobj` }, (g) => {
    fill(g.sheet);
    g.sheet.getRange('A1:B4').sort({ column: 2, ascending: false });
    expect(g.sheet.getRange('B1:B4').getValues().map((r) => r[0])).toEqual([9, 3, 2, 1]);
  });
  fact('the sort column is the sheet column number and must lie inside the range', { source: `${REF}range#sortsortspecobj` }, (g) => {
    fill(g.sheet);
    g.sheet.getRange('B1:B4').sort(2);
    expect(g.sheet.getRange('B1:B4').getValues().map((r) => r[0])).toEqual([1, 2, 3, 9]);
    expect(() => g.sheet.getRange('B1:B4').sort(1)).toThrow();
  });
  fact('an array of specs sorts by several columns', { source: `${REF}range#sortsortspecobj` }, (g) => {
    g.sheet.getRange('A1:B3').setValues([['b', 2], ['a', 2], ['c', 1]]);
    g.sheet.getRange('A1:B3').sort([{ column: 2, ascending: true }, 1]);
    expect(g.sheet.getRange('A1:A3').getValues().map((r) => r[0])).toEqual(['c', 'a', 'b']);
  });
});
