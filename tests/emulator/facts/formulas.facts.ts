import { defineFacts, expect } from './kit';

const FUNCTIONS = 'https://support.google.com/docs/table/25273';
const SEPARATORS = 'https://jtuto.com/locale-differences-in-google-sheets-documentation-missing-pages/ (Stack Overflow, player0, 2022)';
const GET_VALUE = 'https://developers.google.com/apps-script/reference/spreadsheet/range#getvalue';

/** Formulas in cells: what getValue and getFormula read in a ru_RU spreadsheet (and en_US, set for one fact). */
export default defineFacts('Formulas', (fact) => {
  fact('ru_RU: SUM, IF, CONCATENATE, COUNTIF, VLOOKUP take ; between arguments', { source: FUNCTIONS }, (g) => {
    g.sheet.getRange('A1:B3').setValues([[1, 'один'], [2, 'два'], [3, 'три']]);
    g.sheet.getRange('C1:G1').setFormulas([['=SUM(A1:A3)', '=IF(C1>5;"много";"мало")', '=CONCATENATE("a";"-";A1)',
      '=COUNTIF(A1:A3;">1")', '=VLOOKUP(2;A1:B3;2;FALSE)']]);
    expect(g.sheet.getRange('C1:G1').getValues()).toEqual([[6, 'много', 'a-1', 2, 'два']]);
  });
  fact('ru_RU: getFormula returns the formula as typed, with ; separators', { source: SEPARATORS }, (g) => {
    const range = g.sheet.getRange('B1');
    range.setFormula('=IF(A1>0;"да";"нет")');
    expect(range.getFormula()).toBe('=IF(A1>0;"да";"нет")');
  });
  fact('ru_RU: a comma between arguments is a parse error (#ERROR!); 1,5 is a decimal number', { source: 'https://github.com/googleapis/google-api-nodejs-client/issues/1994' }, (g) => {
    g.sheet.getRange('A1:B1').setFormulas([['=HYPERLINK("https://example.com", "ссылка")', '=SUM(1,5;2)']]);
    expect(g.sheet.getRange('A1:B1').getValues()).toEqual([['#ERROR!', 3.5]]);
  });
  fact('en_US: a typed ; between arguments is autocorrected to , (getFormula shows commas)', { source: SEPARATORS }, (g) => {
    const locale = g.spreadsheet.getSpreadsheetLocale();
    g.after(() => g.spreadsheet.setSpreadsheetLocale(locale));
    g.spreadsheet.setSpreadsheetLocale('en_US');
    const range = g.sheet.getRange('A1');
    range.setFormula('=SUM(1;2)');
    expect([range.getFormula(), range.getValue()]).toEqual(['=SUM(1,2)', 3]);
  });
  fact('a reference to another sheet reads that sheet; an unknown sheet name is #REF!', { source: FUNCTIONS }, (g) => {
    const other = g.spreadsheet.insertSheet(`${g.sheet.getName()} б`);
    g.after(() => g.spreadsheet.deleteSheet(other));
    other.getRange('B2').setValue(41);
    g.sheet.getRange('A1:B1').setFormulas([[`='${other.getName()}'!B2+1`, "='Нет такого листа'!A1"]]);
    expect(g.sheet.getRange('A1:B1').getValues()).toEqual([[42, '#REF!']]);
  });
  fact('TODAY() reads as a Date at midnight of the spreadsheet time zone, the day NOW() reads', { source: 'https://support.google.com/docs/answer/3092984' }, (g) => {
    g.sheet.getRange('A1:B1').setFormulas([['=TODAY()', '=NOW()']]);
    const [today, now] = g.sheet.getRange('A1:B1').getValues()[0] as Date[];
    const tz = g.spreadsheet.getSpreadsheetTimeZone();
    expect(Object.prototype.toString.call(today)).toBe('[object Date]');
    expect(g.Utilities.formatDate(today!, tz, 'HH:mm:ss')).toBe('00:00:00');
    expect(g.Utilities.formatDate(today!, tz, 'yyyy-MM-dd')).toBe(g.Utilities.formatDate(now!, tz, 'yyyy-MM-dd'));
  });
  fact('errors read as their text: #DIV/0!, #N/A from VLOOKUP; a reference to a blank cell reads as empty', { source: GET_VALUE }, (g) => {
    g.sheet.getRange('A1:C1').setFormulas([['=1/0', '=VLOOKUP("x";E1:F2;2;FALSE)', '=Z99']]);
    expect(g.sheet.getRange('A1:C1').getValues()).toEqual([['#DIV/0!', '#N/A', '']]);
  });
});
