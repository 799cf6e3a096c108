/** Facts: formulas in cells — what getValue and getFormula read in ru_RU and en_US spreadsheets. */
import type { Fact } from './fact';

const FUNCTIONS = 'https://support.google.com/docs/table/25273';
const SEPARATORS = 'https://jtuto.com/locale-differences-in-google-sheets-documentation-missing-pages/';
const GET_VALUE = 'https://developers.google.com/apps-script/reference/spreadsheet/range#getvalue';

export const FORMULA_FACTS: Fact[] = [
  {
    name: 'ru_RU: SUM, IF, CONCATENATE, COUNTIF, VLOOKUP with ; between arguments',
    source: FUNCTIONS,
    expected: [[6, 'много', 'a-1', 2, 'два']],
    run: () => {
      const sheet = SpreadsheetApp.getActive().getSheets()[0]!;
      sheet.getRange('A1:B3').setValues([[1, 'один'], [2, 'два'], [3, 'три']]);
      sheet.getRange('C1:G1').setFormulas([['=SUM(A1:A3)', '=IF(C1>5;"много";"мало")', '=CONCATENATE("a";"-";A1)',
        '=COUNTIF(A1:A3;">1")', '=VLOOKUP(2;A1:B3;2;FALSE)']]);
      return sheet.getRange('C1:G1').getValues();
    },
  },
  {
    name: 'ru_RU: getFormula returns the formula as typed, with ; separators',
    source: SEPARATORS,
    expected: '=IF(A1>0;"да";"нет")',
    run: () => {
      const range = SpreadsheetApp.getActive().getSheets()[0]!.getRange('B1');
      range.setFormula('=IF(A1>0;"да";"нет")');
      return range.getFormula();
    },
  },
  {
    name: 'ru_RU: a comma between arguments is a parse error (#ERROR!); 1,5 is a decimal number',
    source: 'https://github.com/googleapis/google-api-nodejs-client/issues/1994',
    expected: ['#ERROR!', 3.5],
    run: () => {
      const sheet = SpreadsheetApp.getActive().getSheets()[0]!;
      sheet.getRange('A1:B1').setFormulas([['=HYPERLINK("https://example.com", "ссылка")', '=SUM(1,5;2)']]);
      return sheet.getRange('A1:B1').getValues()[0];
    },
  },
  {
    name: 'en_US: a typed ; between arguments is autocorrected to , (getFormula shows commas)',
    source: SEPARATORS,
    world: { locale: 'en_US' },
    expected: ['=SUM(1,2)', 3],
    run: () => {
      const range = SpreadsheetApp.getActive().getSheets()[0]!.getRange('A1');
      range.setFormula('=SUM(1;2)');
      return [range.getFormula(), range.getValue()];
    },
  },
  {
    name: 'a reference to another sheet reads that sheet; an unknown sheet name is #REF!',
    source: FUNCTIONS,
    expected: [42, '#REF!'],
    run: () => {
      const book = SpreadsheetApp.getActive();
      book.insertSheet('Наставники').getRange('B2').setValue(41);
      const cell = book.getSheets()[0]!.getRange('A1:B1');
      cell.setFormulas([["='Наставники'!B2+1", "='Нет такого'!A1"]]);
      return cell.getValues()[0];
    },
  },
  {
    name: 'TODAY() reads as a Date at midnight in the spreadsheet time zone',
    source: 'https://support.google.com/docs/answer/3092984',
    expected: '2025-08-31T21:00:00.000Z',
    run: () => {
      const range = SpreadsheetApp.getActive().getSheets()[0]!.getRange('A1');
      range.setFormula('=TODAY()');
      return range.getValue();
    },
  },
  {
    name: 'errors read as their text: #DIV/0!, #N/A from VLOOKUP; a blank reference reads as empty',
    source: GET_VALUE,
    expected: ['#DIV/0!', '#N/A', ''],
    run: () => {
      const sheet = SpreadsheetApp.getActive().getSheets()[0]!;
      sheet.getRange('A1:C1').setFormulas([['=1/0', '=VLOOKUP("x";E1:F2;2;FALSE)', '=Z99']]);
      return sheet.getRange('A1:C1').getValues()[0];
    },
  },
];
