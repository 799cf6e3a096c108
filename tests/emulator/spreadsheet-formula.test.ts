import { evaluateFormula } from '../../emulator/spreadsheet/formula';
import { makeBook } from './spreadsheet-world';

const none = () => undefined;

describe('formula evaluator (pure)', () => {
  it('arithmetic follows precedence and parentheses', () => {
    expect(evaluateFormula('=1+2*3', none)).toBe(7);
    expect(evaluateFormula('=(1+2)*3', none)).toBe(9);
    expect(evaluateFormula('=-2^2+10/4', none)).toBe(6.5);
  });
  it('string literals and & concatenate', () => expect(evaluateFormula('="a""b"&1', none)).toBe('a"b1'));
  it('HYPERLINK(url, label) evaluates to the label, HYPERLINK(url) to the url', () => {
    expect(evaluateFormula('=HYPERLINK("https://docs.google.com/x";"Приказ")', none)).toBe('Приказ');
    expect(evaluateFormula('=HYPERLINK("https://x.example", "Открыть")', none)).toBe('Открыть');
    expect(evaluateFormula('=hyperlink("https://x.example")', none)).toBe('https://x.example');
  });
  it('unknown functions and names evaluate to #NAME?', () => {
    expect(evaluateFormula('=VLOOKUP(A1:B2, 1)', none)).toBe('#NAME?');
    expect(evaluateFormula('=foo+1', none)).toBe('#NAME?');
  });
  it('text that does not parse gives #ERROR!', () => {
    expect(evaluateFormula('=1+', none)).toBe('#ERROR!');
    expect(evaluateFormula('=(1', none)).toBe('#ERROR!');
    expect(evaluateFormula('=1 2', none)).toBe('#ERROR!');
  });
  it('division by zero gives #DIV/0! and text in arithmetic #VALUE!', () => {
    expect(evaluateFormula('=1/0', none)).toBe('#DIV/0!');
    expect(evaluateFormula('="a"*2', none)).toBe('#VALUE!');
  });
  it('comparisons give booleans', () => expect(evaluateFormula('=2>1', none)).toBe(true));
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
  it("an unknown function shows '#NAME?' as its value", () => {
    const { sheet } = makeBook();
    sheet.getRange('A1').setValue('=TODAY()');
    expect(sheet.getRange('A1').getValue()).toBe('#NAME?');
  });
  it('setFormulas with a non-string throws', () => {
    const { sheet } = makeBook();
    expect(() => sheet.getRange('A1').setFormulas([[1 as never]])).toThrow(/don't match/);
  });
});
