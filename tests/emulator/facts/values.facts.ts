import { defineFacts, expect, type FactContext } from './kit';

const REF = 'https://developers.google.com/apps-script/reference/spreadsheet/range';
const TYPED = `${REF}#setvaluevalue`;
const SHOWN = `${REF}#getdisplayvalue`;
/** Midnight of a day in Moscow (UTC+3, no DST since 2014). */
const moscowMidnight = (isoDay: string) => new Date(`${isoDay}T00:00:00+03:00`);

/** What `typed` becomes when written to a new cell, as if the curator typed it. */
const typed = (g: FactContext, text: string) => g.sheet.getRange('A1').setValue(text).getValue();
/** How `value` shows in a cell of `format`. */
const shown = (g: FactContext, value: unknown, format?: string) => {
  const cell = g.sheet.getRange('A1');
  if (format) cell.setNumberFormat(format);
  return cell.setValue(value).getDisplayValue();
};

/**
 * Values as Sheets types and shows them, in a spreadsheet of locale ru_RU and time zone Europe/Moscow
 * (the parity run sets both on its spreadsheet first).
 */
export default defineFacts('Values', (fact) => {
  fact("'007' becomes the number 7", { source: TYPED }, (g) => expect(typed(g, '007')).toBe(7));
  fact("'+79175550301' becomes a number without its plus", { source: TYPED }, (g) => expect(typed(g, '+79175550301')).toBe(79175550301));
  fact("'-5' becomes -5", { source: TYPED }, (g) => expect(typed(g, '-5')).toBe(-5));
  fact("'1,5' becomes 1.5: the decimal comma", { source: TYPED }, (g) => expect(typed(g, '1,5')).toBe(1.5));
  fact("'12.5' is a date in ru_RU (12 May of this year), not 12.5", { source: TYPED }, (g) => {
    const year = Number(g.Utilities.formatDate(new Date(), 'Europe/Moscow', 'yyyy'));
    expect(typed(g, '12.5')).toEqual(moscowMidnight(`${year}-05-12`));
  });
  fact("'12.50' is no date and no number: it stays text", { source: TYPED }, (g) => expect(typed(g, '12.50')).toBe('12.50'));
  fact("'01.09.2025' is midnight of that day in the time zone, formatted as a date", { source: TYPED }, (g) => {
    expect(typed(g, '01.09.2025')).toEqual(moscowMidnight('2025-09-01'));
    expect(g.sheet.getRange('A1').getNumberFormat()).toBe('dd.MM.yyyy');
  });
  fact("'01.09.25' reads a two-digit year as 2025", { source: TYPED }, (g) => expect(typed(g, '01.09.25')).toEqual(moscowMidnight('2025-09-01')));
  fact("'31.02.2025' is not a calendar day: it stays text", { source: TYPED }, (g) => expect(typed(g, '31.02.2025')).toBe('31.02.2025'));
  fact("'2025-09-01' is a date too", { source: TYPED }, (g) => expect(typed(g, '2025-09-01')).toEqual(moscowMidnight('2025-09-01')));
  fact("'01.09.2025 14:30' keeps the time", { source: TYPED }, (g) => {
    expect(typed(g, '01.09.2025 14:30')).toEqual(new Date('2025-09-01T14:30:00+03:00'));
  });
  fact('TRUE/FALSE/ИСТИНА/ЛОЖЬ in any case become booleans', { source: TYPED }, (g) => {
    expect(['TRUE', 'false', 'Истина', 'ложь'].map((t) => typed(g, t))).toEqual([true, false, true, false]);
  });
  fact("a leading apostrophe keeps text and is dropped: \"'007\" → '007'", { source: TYPED }, (g) => expect(typed(g, "'007")).toBe('007'));
  fact("'=…' is a formula", { source: TYPED }, (g) => {
    typed(g, '=1+2');
    expect(g.sheet.getRange('A1').getFormula()).toBe('=1+2');
  });
  fact("'1 000' (with a space) stays text", { source: TYPED }, (g) => expect(typed(g, '1 000')).toBe('1 000'));
  fact('plain words stay text', { source: TYPED }, (g) => expect(typed(g, 'Иванов Иван')).toBe('Иванов Иван'));
  fact("en_US reads '12.5' as a number and '1,5' as text", { source: `${TYPED}; https://support.google.com/docs/answer/58515` }, (g) => {
    const locale = g.spreadsheet.getSpreadsheetLocale();
    g.after(() => g.spreadsheet.setSpreadsheetLocale(locale));
    g.spreadsheet.setSpreadsheetLocale('en_US');
    expect(typed(g, '12.5')).toBe(12.5);
    expect(typed(g, '1,5')).toBe('1,5');
  });

  fact('numbers show a decimal comma and no thousands separator by default', { source: SHOWN }, (g) => expect(shown(g, 1234.5)).toBe('1234,5'));
  fact("format '0.00' fixes two decimals", { source: SHOWN }, (g) => expect(shown(g, 2, '0.00')).toBe('2,00'));
  fact("format '0' rounds", { source: SHOWN }, (g) => expect(shown(g, 2.6, '0')).toBe('3'));
  fact("format '0%' multiplies by 100", { source: SHOWN }, (g) => expect(shown(g, 0.256, '0%')).toBe('26%'));
  fact("format '#,##0' groups thousands with a no-break space", { source: SHOWN }, (g) => expect(shown(g, 1234567, '#,##0')).toBe('1\u00a0234\u00a0567'));
  fact('a date at midnight shows dd.MM.yyyy', { source: SHOWN }, (g) => expect(shown(g, moscowMidnight('2025-09-01'))).toBe('01.09.2025'));
  fact("format 'dd.MM.yyyy HH:mm' shows the time in the spreadsheet's zone", { source: SHOWN }, (g) => {
    expect(shown(g, new Date('2025-09-01T06:05:00Z'), 'dd.MM.yyyy HH:mm')).toBe('01.09.2025 09:05');
  });
  fact("'dd.mm.yyyy' reads mm as months, 'HH:mm:ss' reads mm as minutes", { source: 'https://developers.google.com/sheets/api/guides/formats#date_and_time_format_patterns' }, (g) => {
    const d = new Date('2025-09-01T06:05:07Z');
    expect(shown(g, d, 'dd.mm.yyyy')).toBe('01.09.2025');
    expect(shown(g, d, 'HH:mm:ss')).toBe('09:05:07');
    expect(shown(g, d, 'd.M.yy')).toBe('1.9.25');
  });
  fact('booleans show TRUE/FALSE', { source: SHOWN }, (g) => expect(shown(g, true)).toBe('TRUE'));

  fact("setValue('007') stores the number 7 unless the cell is plain text '@'", { source: `${REF}#setnumberformatnumberformat` }, (g) => {
    g.sheet.getRange('A1').setValue('007');
    g.sheet.getRange('A2').setNumberFormat('@').setValue('007');
    expect(g.sheet.getRange('A1:A2').getValues()).toEqual([[7], ['007']]);
  });
  fact("a phone '+79175550301' in a plain-text column keeps its plus", { source: `${REF}#setnumberformatnumberformat` }, (g) => {
    expect(g.sheet.getRange('B2').setNumberFormat('@').setValue('+79175550301').getValue()).toBe('+79175550301');
  });
  fact("'=SUM' written to a plain-text cell stays text, not a formula", { source: `${REF}#setnumberformatnumberformat` }, (g) => {
    const cell = g.sheet.getRange('C1').setNumberFormat('@');
    cell.setValue('=SUM(1)');
    expect([cell.getValue(), cell.getFormula()]).toEqual(['=SUM(1)', '']);
  });
  fact('a Date round-trips as the same instant and shows the Moscow day', { source: `${REF}#getvalue` }, (g) => {
    const d = new Date('2025-08-31T21:00:00Z'); // 01.09.2025 00:00 in Moscow
    g.sheet.getRange('A1').setValue(d);
    const back = g.sheet.getRange('A1').getValue();
    expect(Object.prototype.toString.call(back)).toBe('[object Date]');
    expect((back as Date).getTime()).toBe(d.getTime());
    expect(g.sheet.getRange('A1').getDisplayValue()).toBe('01.09.2025');
  });
  fact('typed dates follow the spreadsheet time zone', { source: `${TYPED}; https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#setspreadsheettimezonetimezone` }, (g) => {
    const zone = g.spreadsheet.getSpreadsheetTimeZone();
    g.after(() => g.spreadsheet.setSpreadsheetTimeZone(zone));
    g.spreadsheet.setSpreadsheetTimeZone('Asia/Yekaterinburg');
    expect(typed(g, '01.09.2025')).toEqual(new Date('2025-09-01T00:00:00+05:00'));
  });
  fact('a Date written is a copy: changing the original does not change the cell', { source: `${REF}#setvaluevalue` }, (g) => {
    const d = moscowMidnight('2025-09-01');
    g.sheet.getRange('A1').setValue(d);
    d.setFullYear(2000);
    expect((g.sheet.getRange('A1').getValue() as Date).getUTCFullYear()).toBe(2025);
  });
  fact("null writes '' and numbers and booleans are kept as they are", { source: `${REF}#setvaluesvalues` }, (g) => {
    g.sheet.getRange('A1:C1').setValues([[null, 3.5, false]]);
    expect(g.sheet.getRange('A1:C1').getValues()).toEqual([['', 3.5, false]]);
  });
  fact('getDisplayValues shows 1,5 for 1.5 in ru_RU', { source: `${REF}#getdisplayvalues` }, (g) => {
    g.sheet.getRange('A1').setValue(1.5);
    expect(g.sheet.getRange('A1').getDisplayValues()).toEqual([['1,5']]);
  });
  fact('a Date written to an automatic cell gets a date format (date-time when it has a time)', { source: `${REF}#getnumberformats` }, (g) => {
    g.sheet.getRange('A1:B1').setValues([[moscowMidnight('2025-09-01'), new Date('2025-09-01T14:30:00+03:00')]]);
    expect(g.sheet.getRange('A1:B1').getNumberFormats()).toEqual([['dd.MM.yyyy', 'dd.MM.yyyy H:mm:ss']]);
    expect(g.sheet.getRange('A1:B1').getDisplayValues()).toEqual([['01.09.2025', '01.09.2025 14:30:00']]);
  });
  fact('a Date written to a cell with its own format keeps that format', { source: `${REF}#getnumberformat` }, (g) => {
    const cell = g.sheet.getRange('A1').setNumberFormat('dd.MM.yy');
    cell.setValue(moscowMidnight('2025-09-01'));
    expect([cell.getNumberFormat(), cell.getDisplayValue()]).toEqual(['dd.MM.yy', '01.09.25']);
  });
  fact('a new cell reports the automatic number format', { source: `${REF}#getnumberformat` }, (g) => {
    expect(g.sheet.getRange('A1').getNumberFormat()).toBe('0.###############');
  });
});
