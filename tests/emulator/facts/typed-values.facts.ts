import { defineFacts, expect } from './kit';

const NO_TO_STRING = 'Stack Overflow «Google Sheets setValues does not use toString() when showing object instances» (2025, taourl.com/read-2305297.html)';

/** What a script's values become in cells, and what it reads back. */
export default defineFacts('Typed values', (fact) => {
  fact("'50%' is written as 0.5 with a percent format", { source: 'https://support.google.com/docs/answer/56470' }, (g) => {
    const range = g.sheet.getRange('A1');
    range.setValue('50%');
    expect([range.getValue(), range.getNumberFormat(), range.getDisplayValue()]).toEqual([0.5, '0%', '50%']);
  });
  fact("'12:30' is a time: a Date on 1899-12-30 in the spreadsheet's time zone", { source: 'https://developers.google.com/sheets/api/guides/formats#about_date_time_values' }, (g) => {
    const range = g.sheet.getRange('A1');
    range.setValue('12:30');
    const v = range.getValue() as Date;
    expect(Object.prototype.toString.call(v)).toBe('[object Date]');
    expect(g.Utilities.formatDate(v, g.spreadsheet.getSpreadsheetTimeZone(), 'yyyy-MM-dd HH:mm')).toBe('1899-12-30 12:30');
    expect(range.getDisplayValue()).toBe('12:30:00');
  });
  fact('null and undefined empty a cell; an object is written as [object Object], not through its toString()', { source: NO_TO_STRING }, (g) => {
    const range = g.sheet.getRange('A1:C1');
    range.setValues([['x', 'y', 'z']]);
    range.setValues([[null, undefined, { toString: () => 'своё' }]] as unknown as unknown[][]);
    expect(range.getValues()).toEqual([['', '', '[object Object]']]);
  });
  fact("a Date read back is a Date and getValues() an Array of the script's own realm", { source: 'https://developers.google.com/apps-script/reference/spreadsheet/range#getvalues' }, (g) => {
    const range = g.sheet.getRange('A1');
    range.setValue(new Date(2025, 8, 1));
    const values = range.getValues();
    expect([values instanceof Array, values[0] instanceof Array, values[0]![0] instanceof Date]).toEqual([true, true, true]);
  });
});
