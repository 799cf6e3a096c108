import { NotEmulated } from '../../emulator/errors';
import { ALLOWED_FUNCTIONS } from '../../emulator/spreadsheet/formula-functions';
import { engineSyntax, storedFormula } from '../../emulator/spreadsheet/formula-syntax';
import { makeBook } from './spreadsheet-world';

/** One formula in A1 of a fresh ru_RU book (B1:B3 hold 1, 2, 3); returns what getValue reads. */
function valueOf(formula: string, locale = 'ru_RU'): unknown {
  const { sheet } = makeBook({ locale });
  sheet.getRange('B1:B3').setValues([[1], [2], [3]]);
  sheet.getRange('A1').setFormula(formula);
  return sheet.getRange('A1').getValue();
}

describe('formula syntax by locale (pure)', () => {
  it('ru_RU: ; separates arguments, a decimal comma is a decimal point, strings are left alone', () => {
    expect(engineSyntax('=IF(A1>1,5;"a;b";{1\\2;3\\4})', 'ru_RU')).toBe('IF(A1>1.5,"a;b",{1,2;3,4})');
  });
  it('ru_RU: a comma after a reference is not a decimal comma', () => {
    expect(() => engineSyntax('=SUM(A1,5)', 'ru_RU')).toThrow(/parse error/);
  });
  it('en_US: a typed ; is stored as , outside array braces', () => {
    expect(storedFormula('=SUM(1;2)+{1;2}', 'en_US')).toBe('=SUM(1,2)+{1;2}');
    expect(storedFormula('=SUM(1;2)', 'ru_RU')).toBe('=SUM(1;2)');
  });
});

describe('formula values', () => {
  it('arithmetic follows precedence and parentheses; strings concatenate with &', () => {
    expect(valueOf('=-2^2+10/4')).toBe(6.5);
    expect(valueOf('="a""b"&1')).toBe('a"b1');
  });
  it('HYPERLINK(url; label) reads as the label, HYPERLINK(url) as the url', () => {
    expect(valueOf('=HYPERLINK("https://docs.google.com/x";"Приказ")')).toBe('Приказ');
    expect(valueOf('=hyperlink("https://x.example")')).toBe('https://x.example');
  });
  it('SUM over a whole column, COUNTA, COUNTIFS and UPPER (from formulajs)', () => {
    expect(valueOf('=SUM(B:B)')).toBe(6);
    expect(valueOf('=COUNTA(B1:B5)')).toBe(3);
    expect(valueOf('=COUNTIFS(B1:B3;">1";B1:B3;"<3")')).toBe(1);
    expect(valueOf('=UPPER("ёлка")')).toBe('ЁЛКА');
  });
  it('text that does not parse reads #ERROR!; division by zero #DIV/0!; text in arithmetic #VALUE!', () => {
    expect(valueOf('=1+')).toBe('#ERROR!');
    expect(valueOf('=1/0')).toBe('#DIV/0!');
    expect(valueOf('="a"*2')).toBe('#VALUE!');
  });
  it('an error in a referenced cell propagates; IFERROR catches it', () => {
    const { sheet } = makeBook();
    sheet.getRange('A1:C1').setFormulas([['=1/0', '=A1+1', '=IFERROR(A1;"нет")']]);
    expect(sheet.getRange('A1:C1').getValues()).toEqual([['#DIV/0!', '#DIV/0!', 'нет']]);
  });
  it('a text that looks like an error is text, not an error', () => {
    const { sheet } = makeBook();
    sheet.getRange('A1').setValue("'#N/A");
    sheet.getRange('B1').setFormula('=ISERROR(A1)');
    expect(sheet.getRange('B1').getValue()).toBe(false);
  });
  it('dates: a bare reference to a date, DATE and EDATE read as Dates; YEAR and DATEDIF as numbers', () => {
    const { sheet } = makeBook();
    sheet.getRange('B1').setValue(new Date('2025-03-15T00:00:00+03:00'));
    sheet.getRange('A1:A4').setFormulas([['=B1'], ['=EDATE(B1;1)'], ['=YEAR(B1)'], ['=DATEDIF(B1;DATE(2025;9;1);"M")']]);
    const [a, b, c, d] = sheet.getRange('A1:A4').getValues().map((row) => row[0]);
    expect([(a as Date).toISOString(), (b as Date).toISOString(), c, d]).toEqual(['2025-03-14T21:00:00.000Z', '2025-04-14T21:00:00.000Z', 2025, 5]);
  });
  it('a number computed from dates with no date function on top is not guessed: not emulated', () => {
    const { sheet } = makeBook();
    sheet.getRange('B1').setValue(new Date('2025-03-15T00:00:00+03:00'));
    sheet.getRange('A1').setFormula('=B1+1');
    expect(() => sheet.getRange('A1').getValue()).toThrow(NotEmulated);
    sheet.getRange('A1').setNumberFormat('dd.MM.yyyy');
    expect((sheet.getRange('A1').getValue() as Date).toISOString()).toBe('2025-03-15T21:00:00.000Z');
  });
  it.each([['=QUERY(B1:B3;"select B")', 'QUERY'], ['=ARRAYFORMULA(B1:B3*2)', 'ARRAYFORMULA'], ['=СУММ(B1:B3)', 'СУММ'], ['=TEXT(1;"0")', 'TEXT']])(
    '%s is not computed by the emulator: reading it throws «not emulated»', (formula, fn) => {
      expect(() => valueOf(formula)).toThrow(`not emulated: spreadsheet function ${fn}`);
    });
  it('an array result (a spill over several cells) is not emulated', () => {
    expect(() => valueOf('=B1:B3')).toThrow(/spill/);
  });
  it('named ranges are not emulated', () => expect(() => valueOf('=Итого+1')).toThrow(/named ranges/));
  it('every allowed function exists in the engine', () => expect(ALLOWED_FUNCTIONS.length).toBeGreaterThan(60));
});

describe('formulas in cells', () => {
  it("a string starting with '=' is stored as a formula; getValue returns its computed value", () => {
    const { sheet } = makeBook();
    sheet.getRange('A1').setValue('=2+3');
    expect([sheet.getRange('A1').getFormula(), sheet.getRange('A1').getValue()]).toEqual(['=2+3', 5]);
  });
  it("getFormulas returns '' for cells without a formula", () => {
    const { sheet } = makeBook();
    sheet.getRange('A1:B1').setValues([['=1', 'text']]);
    expect(sheet.getRange('A1:B1').getFormulas()).toEqual([['=1', '']]);
  });
  it('setFormula / setFormulas write formulas; a value written over a formula replaces it', () => {
    const { sheet } = makeBook();
    sheet.getRange('A1').setFormula('=HYPERLINK("https://x.example";"Ссылка")');
    sheet.getRange('B1:C1').setFormulas([['=1+1', '=B1*10']]);
    expect(sheet.getRange('A1:C1').getValues()).toEqual([['Ссылка', 2, 20]]);
    expect(sheet.getRange('A1').getDisplayValue()).toBe('Ссылка');
    sheet.getRange('A1').setValue('plain');
    expect(sheet.getRange('A1').getFormula()).toBe('');
  });
  it('cell references read the current value of the referenced cell', () => {
    const { sheet } = makeBook();
    sheet.getRange('A1').setFormula('=B1+1');
    sheet.getRange('B1').setValue(41);
    expect(sheet.getRange('A1').getValue()).toBe(42);
  });
  it('a circular reference does not hang: it gives #REF!', () => {
    const { sheet } = makeBook();
    sheet.getRange('A1').setFormula('=B1');
    sheet.getRange('B1').setFormula('=A1');
    expect(sheet.getRange('A1').getValue()).toBe('#REF!');
  });
  it('setFormulas with a non-string throws', () => {
    const { sheet } = makeBook();
    expect(() => sheet.getRange('A1').setFormulas([[1 as never]])).toThrow(/don't match/);
  });
});

describe('non-Latin names', () => {
  it('an unquoted Cyrillic sheet name is a sheet, a Cyrillic function after it is not emulated', () => {
    const { book, sheet } = makeBook();
    book.insertSheet('Наставники').getRange('A1').setValue(5);
    sheet.getRange('A1').setFormula('=Наставники!A1+1');
    expect(sheet.getRange('A1').getValue()).toBe(6);
    sheet.getRange('A1').setFormula('=Наставники!A1+СУММ(1;2)');
    expect(() => sheet.getRange('A1').getValue()).toThrow('not emulated: spreadsheet function СУММ');
  });
});

describe('functions fast-formula-parser leaves as stubs come from formulajs', () => {
  it.each([
    ['=MIN(B1:B3)', 1], ['=MAX(B1:B3;7)', 7], ['=SUMIFS(B1:B3;B1:B3;">1")', 5], ['=MATCH(2;B1:B3;0)', 2],
    ['=CHOOSE(2;"a";"b")', 'b'], ['=TEXTJOIN("-";TRUE;"a";"";"b")', 'a-b'], ['=SUBSTITUTE("aXa";"X";"b")', 'aba'], ['=LEN("ёлка")', 4],
  ])('%s reads %p', (formula, value) => expect(valueOf(formula)).toBe(value));
  it('MATCH with no match reads #N/A', () => expect(valueOf('=MATCH(9;B1:B3;0)')).toBe('#N/A'));
});

describe('text from numbers', () => {
  it('CONCATENATE joins a range cell by cell, as Sheets does', () => expect(valueOf('=CONCATENATE(B1:B3;"!")')).toBe('123!'));
  it('in ru_RU a fractional number turned into text is not emulated (1,5 or 1.5 is not documented)', () => {
    expect(() => valueOf('="x"&1,5')).toThrow(/decimal-comma locale/);
    expect(() => valueOf('=CONCATENATE(1,5)')).toThrow(/decimal-comma locale/);
    expect(valueOf('="x"&1.5', 'en_US')).toBe('x1.5');
    expect(valueOf('="x"&2')).toBe('x2');
  });
});
