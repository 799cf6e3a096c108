import { makeBook } from './spreadsheet-world';

describe('values the emulator has no source for', () => {
  it('values of a type the emulator has no source for (arrays, functions) throw «not emulated», and nothing of that call is written', () => {
    const { sheet } = makeBook();
    expect(() => sheet.getRange('A1:B1').setValues([['x', ['a']]])).toThrow(/not emulated/);
    expect(() => sheet.getRange('A1').setValue(() => 1)).toThrow(/not emulated/);
    expect(sheet.getRange('A1').getValue()).toBe('');
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
