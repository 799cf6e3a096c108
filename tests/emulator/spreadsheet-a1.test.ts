import { boxA1, columnToLetters, lettersToColumn, parseA1, resolveA1 } from '../../emulator/spreadsheet/a1';

describe('A1 notation (pure)', () => {
  it("'A1' is one cell at row 1, column 1", () => {
    expect(resolveA1(parseA1('A1')!, 1000, 26)).toEqual({ row: 1, col: 1, numRows: 1, numCols: 1 });
  });
  it("'B2:D10' spans 9 rows and 3 columns", () => {
    expect(resolveA1(parseA1('B2:D10')!, 1000, 26)).toEqual({ row: 2, col: 2, numRows: 9, numCols: 3 });
  });
  it("'A:C' covers whole columns down to the sheet's last row", () => {
    expect(resolveA1(parseA1('A:C')!, 1000, 26)).toEqual({ row: 1, col: 1, numRows: 1000, numCols: 3 });
  });
  it("'2:5' covers whole rows across every column", () => {
    expect(resolveA1(parseA1('2:5')!, 1000, 26)).toEqual({ row: 2, col: 1, numRows: 4, numCols: 26 });
  });
  it("'A2:C' runs from row 2 to the last row", () => {
    expect(resolveA1(parseA1('A2:C')!, 100, 26)).toEqual({ row: 2, col: 1, numRows: 99, numCols: 3 });
  });
  it('a quoted sheet name with spaces and an escaped apostrophe is unquoted', () => {
    expect(parseA1("'Лист 1'!A1:B2")).toMatchObject({ sheet: 'Лист 1', startRow: 1, endCol: 2 });
    expect(parseA1("'It''s'!A1")?.sheet).toBe("It's");
  });
  it('an unquoted sheet name is taken up to the bang', () => {
    expect(parseA1('Пары!C3')).toMatchObject({ sheet: 'Пары', startRow: 3, startCol: 3 });
  });
  it('absolute references ($A$1) read like relative ones', () => {
    expect(parseA1('$B$2:$C$3')).toMatchObject({ startRow: 2, startCol: 2, endRow: 3, endCol: 3 });
  });
  it('reversed corners are normalised', () => {
    expect(resolveA1(parseA1('C3:A1')!, 10, 10)).toEqual({ row: 1, col: 1, numRows: 3, numCols: 3 });
  });
  it('text that is no range parses to null', () => {
    for (const bad of ['', 'A0', '1A', 'A', '5', 'A1:B2:C3', 'A:5', '!A1', 'ABCD1']) expect(parseA1(bad)).toBeNull();
  });
  it('column letters and numbers convert both ways past Z', () => {
    expect(columnToLetters(1)).toBe('A');
    expect(columnToLetters(26)).toBe('Z');
    expect(columnToLetters(27)).toBe('AA');
    expect(columnToLetters(703)).toBe('AAA');
    expect(lettersToColumn('AB')).toBe(28);
  });
  it('boxA1 prints one cell without a colon', () => {
    expect(boxA1({ row: 1, col: 1, numRows: 1, numCols: 1 })).toBe('A1');
    expect(boxA1({ row: 2, col: 2, numRows: 2, numCols: 27 })).toBe('B2:AB3');
  });
});
