/** Facts: what a script's values become in cells, and what it reads back. */
import type { Fact } from './fact';

const SET_VALUES = 'https://developers.google.com/apps-script/reference/spreadsheet/range#setvaluesvalues';
const NO_TO_STRING = 'https://stackoverflow.com (Google Sheets setValues does not use toString() when showing object instances; taourl.com/read-2305297.html)';

export const VALUE_FACTS: Fact[] = [
  {
    name: "'50%' is written as 0.5 with a percent format",
    source: 'https://support.google.com/docs/answer/56470',
    expected: [0.5, '0%', '50%'],
    run: () => {
      const range = SpreadsheetApp.getActive().getSheets()[0]!.getRange('A1');
      range.setValue('50%');
      return [range.getValue(), range.getNumberFormat(), range.getDisplayValue()];
    },
  },
  {
    name: "'12:30' is a time: a Date on 1899-12-30 in the spreadsheet's time zone",
    source: 'https://developers.google.com/sheets/api/guides/formats#about_date_time_values',
    expected: [true, '1899-12-30 12:30', '12:30:00'],
    run: () => {
      const range = SpreadsheetApp.getActive().getSheets()[0]!.getRange('A1');
      range.setValue('12:30');
      const v = range.getValue() as Date;
      return [v instanceof Date, Utilities.formatDate(v, 'Europe/Moscow', 'yyyy-MM-dd HH:mm'), range.getDisplayValue()];
    },
  },
  {
    name: 'null and undefined empty a cell; an object is written as [object Object], not through its toString()',
    source: NO_TO_STRING,
    expected: [['', '', '[object Object]']],
    run: () => {
      const range = SpreadsheetApp.getActive().getSheets()[0]!.getRange('A1:C1');
      range.setValues([['x', 'y', 'z']]);
      range.setValues([[null, undefined, { toString: () => 'своё' }]] as unknown as unknown[][]);
      return range.getValues();
    },
  },
  {
    name: "a Date read back is the script's own Date and getValues() is the script's own Array",
    source: SET_VALUES,
    expected: [true, true, true],
    run: () => {
      const range = SpreadsheetApp.getActive().getSheets()[0]!.getRange('A1');
      range.setValue(new Date(2025, 8, 1));
      const values = range.getValues();
      return [values instanceof Array, values[0] instanceof Array, values[0]![0] instanceof Date];
    },
  },
];
