import { makeBook } from './spreadsheet-world';

const message = (fn: () => unknown): string => {
  try {
    fn();
  } catch (e) {
    expect((e as Error).name).toBe('Exception');
    return (e as Error).message;
  }
  throw new Error('did not throw');
};

describe('Range geometry', () => {
  it('getRange(0, 1) throws — rows start at 1', () => {
    const { sheet } = makeBook();
    expect(message(() => sheet.getRange(0, 1))).toBe('The starting row of the range is too small.');
  });
  it('getRange(1, 0) throws — columns start at 1', () => {
    const { sheet } = makeBook();
    expect(message(() => sheet.getRange(1, 0))).toBe('The starting column of the range is too small.');
  });
  it('getRange(1, 1, 0) throws — a range has at least one row', () => {
    const { sheet } = makeBook();
    expect(message(() => sheet.getRange(1, 1, 0))).toBe('The number of rows in the range must be at least 1.');
    expect(message(() => sheet.getRange(1, 1, 1, 0))).toBe('The number of columns in the range must be at least 1.');
  });
  it('a range past the sheet\'s 1000 rows or 26 columns throws', () => {
    const { sheet } = makeBook();
    expect(message(() => sheet.getRange(1001, 1))).toBe('The coordinates of the range are outside the dimensions of the sheet.');
    expect(message(() => sheet.getRange('AA1'))).toBe('The coordinates of the range are outside the dimensions of the sheet.');
  });
  it("getRange('nonsense') throws Range not found", () => {
    const { sheet } = makeBook();
    expect(message(() => sheet.getRange('not a range'))).toBe('Range not found');
  });
  it('row, column, size and A1 notation are 1-based', () => {
    const { sheet } = makeBook();
    const r = sheet.getRange(2, 3, 4, 5);
    expect([r.getRow(), r.getColumn(), r.getNumRows(), r.getNumColumns(), r.getLastRow(), r.getLastColumn()]).toEqual([2, 3, 4, 5, 5, 7]);
    expect(r.getA1Notation()).toBe('C2:G5');
  });
  it('getCell is relative to the range; outside it throws', () => {
    const { sheet } = makeBook();
    const r = sheet.getRange('B2:C3');
    expect(r.getCell(2, 2).getA1Notation()).toBe('C3');
    expect(message(() => r.getCell(3, 1))).toBe('Cell reference out of range');
  });
  it('offset moves the range and can resize it; moving above row 1 throws', () => {
    const { sheet } = makeBook();
    const r = sheet.getRange('B2');
    expect(r.offset(1, 2).getA1Notation()).toBe('D3');
    expect(r.offset(0, 0, 2, 3).getA1Notation()).toBe('B2:D3');
    expect(() => r.offset(-2, 0)).toThrow('The starting row of the range is too small.');
  });
  it('getSheet returns the sheet the range lives on', () => {
    const { sheet } = makeBook();
    expect(sheet.getRange('A1').getSheet().getName()).toBe('Лист1');
  });
  it('isBlank is true until something is written', () => {
    const { sheet } = makeBook();
    const r = sheet.getRange('A1:B2');
    expect(r.isBlank()).toBe(true);
    sheet.getRange('B2').setValue('x');
    expect(r.isBlank()).toBe(false);
  });
});

describe('Range values', () => {
  it('setValues with the wrong number of rows throws Apps Script\'s text', () => {
    const { sheet } = makeBook();
    expect(message(() => sheet.getRange('A1:B2').setValues([[1, 2], [3, 4], [5, 6]]))).toBe(
      'The number of rows in the data does not match the number of rows in the range. The data has 3 but the range has 2.',
    );
  });
  it('setValues with the wrong number of columns throws Apps Script\'s text', () => {
    const { sheet } = makeBook();
    expect(message(() => sheet.getRange('A1:B1').setValues([[1, 2, 3]]))).toBe(
      'The number of columns in the data does not match the number of columns in the range. The data has 3 but the range has 2.',
    );
  });
  it('jagged rows throw', () => {
    const { sheet } = makeBook();
    expect(() => sheet.getRange('A1:B2').setValues([[1, 2], [3]])).toThrow(/number of columns/);
  });
  it('rows that are not arrays throw', () => {
    const { sheet } = makeBook();
    expect(() => sheet.getRange('A1:B1').setValues(['ab'] as unknown as unknown[][])).toThrow(/don't match the method signature/);
  });
  it('values of a type the emulator has no source for (arrays, functions) throw «not emulated», and nothing of that call is written', () => {
    const { sheet } = makeBook();
    expect(() => sheet.getRange('A1:B1').setValues([['x', ['a']]])).toThrow(/not emulated/);
    expect(() => sheet.getRange('A1').setValue(() => 1)).toThrow(/not emulated/);
    expect(sheet.getRange('A1').getValue()).toBe('');
  });
  it('getValues returns fresh arrays: mutating them does not change the sheet', () => {
    const { sheet } = makeBook();
    const r = sheet.getRange('A1:B1');
    r.setValues([['a', 'b']]);
    const got = r.getValues();
    got[0]![0] = 'changed';
    expect(r.getValues()).toEqual([['a', 'b']]);
  });
  it('setValue on a multi-cell range fills every cell', () => {
    const { sheet } = makeBook();
    sheet.getRange('A1:B2').setValue('x');
    expect(sheet.getRange('A1:B2').getValues()).toEqual([['x', 'x'], ['x', 'x']]);
  });
  it('getValue reads the top-left cell', () => {
    const { sheet } = makeBook();
    sheet.getRange('A1:B1').setValues([['first', 'second']]);
    expect(sheet.getRange('A1:B1').getValue()).toBe('first');
  });
  it('setValues returns the range for chaining', () => {
    const { sheet } = makeBook();
    expect(sheet.getRange('A1').setValues([[1]]).setBackground('#ff0000').getBackground()).toBe('#ff0000');
  });
});

describe('Range formats and notes', () => {
  it('backgrounds default to white and are read per cell', () => {
    const { sheet } = makeBook();
    sheet.getRange('A1').setBackground('#ffcc00');
    expect(sheet.getRange('A1:B1').getBackgrounds()).toEqual([['#ffcc00', '#ffffff']]);
  });
  it('setBackgrounds checks its shape', () => {
    const { sheet } = makeBook();
    expect(() => sheet.getRange('A1:B1').setBackgrounds([['#000000']])).toThrow(/number of columns/);
  });
  it('font weights default to normal; setFontWeight rejects unknown weights', () => {
    const { sheet } = makeBook();
    const r = sheet.getRange('A1:B1');
    r.setFontWeights([['bold', null]]);
    expect(r.getFontWeights()).toEqual([['bold', 'normal']]);
    expect(() => r.setFontWeight('heavy' as 'bold')).toThrow(/don't match/);
  });
  it('number formats are stored per cell', () => {
    const { sheet } = makeBook();
    sheet.getRange('A1:A2').setNumberFormats([['@'], ['0.00']]);
    expect(sheet.getRange('A1:A2').getNumberFormats()).toEqual([['@'], ['0.00']]);
  });
  it('notes are set, read and cleared', () => {
    const { sheet } = makeBook();
    const r = sheet.getRange('A1:B1');
    r.setNotes([['сначала', null]]);
    expect(r.getNotes()).toEqual([['сначала', '']]);
    r.clearNote();
    expect(r.getNote()).toBe('');
  });
  it('wrap strategy, alignment and font color are recorded', () => {
    const { sheet, app } = makeBook();
    const r = sheet.getRange('A1');
    r.setWrapStrategy(app.WrapStrategy.WRAP).setHorizontalAlignment('center').setVerticalAlignment('top').setFontColor('#333333');
    expect([r.getWrap(), r.getWrapStrategy(), r.getHorizontalAlignment(), r.getVerticalAlignment(), r.getFontColor()])
      .toEqual([true, app.WrapStrategy.WRAP, 'center', 'top', '#333333']);
  });
  it('clear() removes contents and formats; clear({contentsOnly}) keeps formats', () => {
    const { sheet } = makeBook();
    const r = sheet.getRange('A1');
    r.setValue('x').setBackground('#ff0000');
    r.clear({ contentsOnly: true });
    expect([r.getValue(), r.getBackground()]).toEqual(['', '#ff0000']);
    r.setValue('y');
    r.clear();
    expect([r.getValue(), r.getBackground()]).toEqual(['', '#ffffff']);
  });
  it('clear() with an unknown option throws', () => {
    const { sheet } = makeBook();
    expect(() => sheet.getRange('A1').clear({ everything: true } as never)).toThrow(/don't match/);
  });
  it('clearContent keeps the plain-text format, clearFormat drops it', () => {
    const { sheet } = makeBook();
    const r = sheet.getRange('A1').setNumberFormat('@');
    r.setValue('007');
    r.clearContent();
    expect([r.getValue(), r.getNumberFormat()]).toEqual(['', '@']);
    r.clearFormat();
    expect(r.getNumberFormat()).not.toBe('@');
  });
});

describe('Range.sort', () => {
  const fill = () => {
    const world = makeBook();
    world.sheet.getRange('A1:B4').setValues([['Яковлев', 3], ['алексеев', 1], ['', 9], ['Борисов', 2]]);
    world.sheet.getRange('A1').setBackground('#ff0000');
    return world;
  };
  it('sort(1) orders text case-insensitively, empty cells last, and rows move whole', () => {
    const { sheet } = fill();
    sheet.getRange('A1:B4').sort(1);
    expect(sheet.getRange('A1:B4').getValues()).toEqual([['алексеев', 1], ['Борисов', 2], ['Яковлев', 3], ['', 9]]);
    expect(sheet.getRange('A3').getBackground()).toBe('#ff0000');
  });
  it('sort({column, ascending: false}) reverses, keeping empty cells last', () => {
    const { sheet } = fill();
    sheet.getRange('A1:B4').sort({ column: 2, ascending: false });
    expect(sheet.getRange('B1:B4').getValues().flat()).toEqual([9, 3, 2, 1]);
  });
  it('the sort column is the sheet column number and must lie inside the range', () => {
    const { sheet } = fill();
    sheet.getRange('B1:B4').sort(2);
    expect(sheet.getRange('B1:B4').getValues().flat()).toEqual([1, 2, 3, 9]);
    expect(() => sheet.getRange('B1:B4').sort(1)).toThrow();
  });
  it('an array of specs sorts by several columns', () => {
    const { sheet } = makeBook();
    sheet.getRange('A1:B3').setValues([['b', 2], ['a', 2], ['c', 1]]);
    sheet.getRange('A1:B3').sort([{ column: 2, ascending: true }, 1]);
    expect(sheet.getRange('A1:A3').getValues().flat()).toEqual(['c', 'a', 'b']);
  });
});

describe('merged ranges', () => {
  it('writing into a merged range: the top-left cell takes its value, blanks for the hidden cells are fine', () => {
    const { sheet } = makeBook();
    sheet.getRange('A1:B1').merge();
    sheet.getRange('A1:B1').setValues([['a', '']]);
    expect(sheet.getRange('A1:B1').getValues()).toEqual([['a', '']]);
  });
  it('a value written into a cell a merge hides is not emulated (what Sheets keeps there is not documented)', () => {
    const { sheet } = makeBook();
    sheet.getRange('A1:B1').merge();
    expect(() => sheet.getRange('A1:B1').setValue('x')).toThrow(/not emulated/);
    expect(sheet.getRange('A1').getValue()).toBe('');
  });
  it('rows inserted above a merge move it; rows inserted through it are not emulated', () => {
    const { sheet } = makeBook();
    sheet.getRange('A2:B3').merge();
    sheet.insertRowsBefore(1, 2);
    expect(sheet.getRange('A1:B10').getMergedRanges().map((r) => r.getA1Notation())).toEqual(['A4:B5']);
    expect(() => sheet.insertRowsBefore(5, 1)).toThrow(/not emulated/);
  });
  it('mergeAcross makes one merge per row', () => {
    const { sheet } = makeBook();
    sheet.getRange('A1:C2').mergeAcross();
    expect(sheet.getRange('A1:C2').getMergedRanges().map((r) => r.getA1Notation())).toEqual(['A1:C1', 'A2:C2']);
  });
});
