/** What an xlsx exporter reads, through the public API only. */
import { makeBook } from './spreadsheet-world';

describe('the API surface an xlsx exporter reads', () => {
  it('every getter works on a populated sheet and returns data-range-shaped grids', () => {
    const { book, app } = makeBook();
    const sheet = book.getSheets()[0]!.setName('Наставляемые');
    sheet.getRange('A1:C1').setValues([['ФИО', 'Телефон', 'Дата']]).setFontWeight('bold').setBackground('#d9ead3');
    sheet.getRange('B2').setNumberFormat('@');
    sheet.getRange('A2:C2').setValues([['Иванов', '+79175550301', '01.09.2025']]);
    sheet.getRange('A2').setNote('из формы');
    sheet.getRange('C2').setDataValidation(app.newDataValidation().requireDate().build());
    sheet.setFrozenRows(1);
    sheet.setColumnWidth(1, 220);
    sheet.protect().setDescription('Лист наставляемых');
    sheet.setConditionalFormatRules([app.newConditionalFormatRule().whenCellEmpty().setBackground('#f4cccc').setRanges([sheet.getRange('A2:A')]).build()]);

    const data = book.getSheets()[0]!.getDataRange();
    expect(data.getA1Notation()).toBe('A1:C2');
    expect(data.getValues()[1]).toEqual(['Иванов', '+79175550301', new Date('2025-09-01T00:00:00+03:00')]);
    expect(data.getFormulas()).toEqual([['', '', ''], ['', '', '']]);
    expect(data.getNumberFormats()[1]).toEqual(['0.###############', '@', 'dd.MM.yyyy']);
    expect(data.getDataValidations()[1]!.map((r) => (r ? String(r.getCriteriaType()) : null))).toEqual([null, null, 'DATE_IS_VALID_DATE']);
    expect(data.getBackgrounds()[0]).toEqual(['#d9ead3', '#d9ead3', '#d9ead3']);
    expect(data.getFontWeights()).toEqual([['bold', 'bold', 'bold'], ['normal', 'normal', 'normal']]);
    expect(data.getNotes()[1]).toEqual(['из формы', '', '']);
    expect(data.getDisplayValues()[1]).toEqual(['Иванов', '+79175550301', '01.09.2025']);
    expect([sheet.getFrozenRows(), sheet.getColumnWidth(1), sheet.getColumnWidth(2)]).toEqual([1, 220, 100]);
    expect(sheet.getConditionalFormatRules()[0]!.getRanges()[0]!.getA1Notation()).toBe('A2:A1000');
    expect(sheet.getProtections(app.ProtectionType.SHEET)[0]!.getDescription()).toBe('Лист наставляемых');
  });
});
