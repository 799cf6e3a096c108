import { AUTOMATIC_FORMAT, displayValue, parseTyped } from '../../emulator/spreadsheet/values';
import { makeBook, moscowMidnight } from './spreadsheet-world';

const ru = { locale: 'ru_RU', timeZone: 'Europe/Moscow', now: new Date('2025-09-01T09:00:00+03:00') };

describe('typed strings, ru_RU (pure parse)', () => {
  it("'007' becomes the number 7", () => expect(parseTyped('007', ru).value).toBe(7));
  it("'+79175550301' becomes a number without its plus", () => expect(parseTyped('+79175550301', ru).value).toBe(79175550301));
  it("'-5' becomes -5", () => expect(parseTyped('-5', ru).value).toBe(-5));
  it("'1,5' becomes 1.5 — the decimal comma", () => expect(parseTyped('1,5', ru).value).toBe(1.5));
  it("'12.5' is a date in ru_RU (12 May of this year), not 12.5", () => {
    expect(parseTyped('12.5', ru).value).toEqual(moscowMidnight('2025-05-12'));
  });
  it("'12.50' is no date and no number: it stays text", () => expect(parseTyped('12.50', ru).value).toBe('12.50'));
  it("'01.09.2025' is midnight of that day in the time zone", () => {
    expect(parseTyped('01.09.2025', ru)).toEqual({ value: moscowMidnight('2025-09-01'), format: 'dd.MM.yyyy' });
  });
  it("'01.09.25' reads a two-digit year as 2025", () => expect(parseTyped('01.09.25', ru).value).toEqual(moscowMidnight('2025-09-01')));
  it("'31.02.2025' is not a calendar day: it stays text", () => expect(parseTyped('31.02.2025', ru).value).toBe('31.02.2025'));
  it("'2025-09-01' is a date too", () => expect(parseTyped('2025-09-01', ru).value).toEqual(moscowMidnight('2025-09-01')));
  it("'01.09.2025 14:30' keeps the time", () => {
    expect(parseTyped('01.09.2025 14:30', ru).value).toEqual(new Date('2025-09-01T14:30:00+03:00'));
  });
  it('TRUE/FALSE/ИСТИНА/ЛОЖЬ in any case become booleans', () => {
    expect(['TRUE', 'false', 'Истина', 'ложь'].map((t) => parseTyped(t, ru).value)).toEqual([true, false, true, false]);
  });
  it("a leading apostrophe keeps text and is dropped: \"'007\" → '007'", () => expect(parseTyped("'007", ru).value).toBe('007'));
  it("'=…' is a formula", () => expect(parseTyped('=1+2', ru)).toEqual({ value: '', formula: '=1+2' }));
  it("'1 000' (with a space) stays text", () => expect(parseTyped('1 000', ru).value).toBe('1 000'));
  it('plain words stay text', () => expect(parseTyped('Иванов Иван', ru).value).toBe('Иванов Иван'));
  it("en_US reads '12.5' as a number and '1,5' as text", () => {
    const en = { ...ru, locale: 'en_US' };
    expect(parseTyped('12.5', en).value).toBe(12.5);
    expect(parseTyped('1,5', en).value).toBe('1,5');
  });
});

describe('display values (pure)', () => {
  const loc = { locale: 'ru_RU', timeZone: 'Europe/Moscow' };
  it('numbers show a decimal comma and no thousands separator by default', () => {
    expect(displayValue(1234.5, AUTOMATIC_FORMAT, loc)).toBe('1234,5');
  });
  it("format '0.00' fixes two decimals", () => expect(displayValue(2, '0.00', loc)).toBe('2,00'));
  it("format '0' rounds", () => expect(displayValue(2.6, '0', loc)).toBe('3'));
  it("format '0%' multiplies by 100", () => expect(displayValue(0.256, '0%', loc)).toBe('26%'));
  it("format '#,##0' groups thousands with a no-break space", () => expect(displayValue(1234567, '#,##0', loc)).toBe('1\u00a0234\u00a0567'));
  it('a date at midnight shows dd.MM.yyyy when no format is set', () => {
    expect(displayValue(moscowMidnight('2025-09-01'), AUTOMATIC_FORMAT, loc)).toBe('01.09.2025');
  });
  it("format 'dd.MM.yyyy HH:mm' shows the time in the spreadsheet's zone", () => {
    expect(displayValue(new Date('2025-09-01T06:05:00Z'), 'dd.MM.yyyy HH:mm', loc)).toBe('01.09.2025 09:05');
  });
  it("Sheets-style 'dd.mm.yyyy' reads mm as months, 'HH:mm:ss' reads mm as minutes", () => {
    const d = new Date('2025-09-01T06:05:07Z');
    expect(displayValue(d, 'dd.mm.yyyy', loc)).toBe('01.09.2025');
    expect(displayValue(d, 'HH:mm:ss', loc)).toBe('09:05:07');
    expect(displayValue(d, 'd.M.yy', loc)).toBe('1.9.25');
  });
  it('booleans show TRUE/FALSE', () => expect(displayValue(true, AUTOMATIC_FORMAT, loc)).toBe('TRUE'));
});

describe('Range values as Sheets types them', () => {
  it("setValue('007') stores the number 7 unless the cell is plain text '@'", () => {
    const { sheet } = makeBook();
    sheet.getRange('A1').setValue('007');
    sheet.getRange('A2').setNumberFormat('@').setValue('007');
    expect(sheet.getRange('A1:A2').getValues()).toEqual([[7], ['007']]);
  });
  it("a phone '+79175550301' in a plain-text column keeps its plus", () => {
    const { sheet } = makeBook();
    const cell = sheet.getRange('B2').setNumberFormat('@');
    cell.setValue('+79175550301');
    expect(cell.getValue()).toBe('+79175550301');
  });
  it("'=SUM' written to a plain-text cell stays text, not a formula", () => {
    const { sheet } = makeBook();
    const cell = sheet.getRange('C1').setNumberFormat('@');
    cell.setValue('=SUM(1)');
    expect([cell.getValue(), cell.getFormula()]).toEqual(['=SUM(1)', '']);
  });
  it('a Date round-trips as the same instant and shows the Moscow day', () => {
    const { sheet } = makeBook();
    const d = new Date('2025-08-31T21:00:00Z'); // 01.09.2025 00:00 in Moscow
    sheet.getRange('A1').setValue(d);
    const back = sheet.getRange('A1').getValue();
    expect(back).toBeInstanceOf(Date);
    expect((back as Date).getTime()).toBe(d.getTime());
    expect(sheet.getRange('A1').getDisplayValue()).toBe('01.09.2025');
  });
  it("a typed '01.09.2025' reads back as a Date and gets the date format", () => {
    const { sheet } = makeBook();
    sheet.getRange('A1').setValue('01.09.2025');
    expect(sheet.getRange('A1').getValue()).toEqual(moscowMidnight('2025-09-01'));
    expect(sheet.getRange('A1').getNumberFormat()).toBe('dd.MM.yyyy');
  });
  it('typed dates follow the spreadsheet time zone', () => {
    const { sheet, book } = makeBook();
    book.setSpreadsheetTimeZone('Asia/Yekaterinburg');
    sheet.getRange('A1').setValue('01.09.2025');
    expect(sheet.getRange('A1').getValue()).toEqual(new Date('2025-09-01T00:00:00+05:00'));
  });
  it('a Date written is a copy: mutating the original does not change the cell', () => {
    const { sheet } = makeBook();
    const d = moscowMidnight('2025-09-01');
    sheet.getRange('A1').setValue(d);
    d.setFullYear(2000);
    expect((sheet.getRange('A1').getValue() as Date).getUTCFullYear()).toBe(2025);
  });
  it("null writes '' and numbers/booleans are kept as they are", () => {
    const { sheet } = makeBook();
    sheet.getRange('A1:C1').setValues([[null, 3.5, false]]);
    expect(sheet.getRange('A1:C1').getValues()).toEqual([['', 3.5, false]]);
  });
  it('getDisplayValues shows 1,5 for 1.5 in ru_RU', () => {
    const { sheet } = makeBook();
    sheet.getRange('A1').setValue(1.5);
    expect(sheet.getRange('A1').getDisplayValues()).toEqual([['1,5']]);
  });
  it('a Date written to an automatic cell gets a date format (date-time when it has a time)', () => {
    const { sheet } = makeBook();
    sheet.getRange('A1:B1').setValues([[moscowMidnight('2025-09-01'), new Date('2025-09-01T14:30:00+03:00')]]);
    expect(sheet.getRange('A1:B1').getNumberFormats()).toEqual([['dd.MM.yyyy', 'dd.MM.yyyy H:mm:ss']]);
    expect(sheet.getRange('A1:B1').getDisplayValues()).toEqual([['01.09.2025', '01.09.2025 14:30:00']]);
  });
  it('a Date written to a cell with its own format keeps that format', () => {
    const { sheet } = makeBook();
    const cell = sheet.getRange('A1').setNumberFormat('dd.MM.yy');
    cell.setValue(moscowMidnight('2025-09-01'));
    expect([cell.getNumberFormat(), cell.getDisplayValue()]).toEqual(['dd.MM.yy', '01.09.25']);
  });
  it('a new cell reports the automatic number format', () => {
    const { sheet } = makeBook();
    expect(sheet.getRange('A1').getNumberFormat()).toBe(AUTOMATIC_FORMAT);
  });
});
