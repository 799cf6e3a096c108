import { defineFacts, expect, type FactContext } from './kit';

const SOURCE = 'https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder';

const strictList = (g: FactContext, values: string[]) =>
  g.SpreadsheetApp.newDataValidation().requireValueInList(values, true).setAllowInvalid(false).build();
/** Midnight of a day in Moscow (UTC+3, no DST since 2014). */
const moscowMidnight = (isoDay: string) => new Date(`${isoDay}T00:00:00+03:00`);

/** Data validation rules: what they report, and which writes a rejecting rule refuses. */
export default defineFacts('DataValidation', (fact) => {
  fact('a rule reports its criteria type, values, allowInvalid and help text', { source: SOURCE }, (g) => {
    const rule = g.SpreadsheetApp.newDataValidation().requireValueInList(['да', 'нет']).setHelpText('Выберите').build();
    expect(String(rule.getCriteriaType())).toBe('VALUE_IN_LIST');
    expect(rule.getCriteriaType()).toBe(g.SpreadsheetApp.DataValidationCriteria.VALUE_IN_LIST);
    expect(rule.getCriteriaValues()).toEqual([['да', 'нет'], true]);
    expect([rule.getAllowInvalid(), rule.getHelpText()]).toEqual([true, 'Выберите']);
  });
  fact('new rules allow invalid data (a warning) unless setAllowInvalid(false)', { source: SOURCE }, (g) => {
    const rule = g.SpreadsheetApp.newDataValidation().requireValueInList(['да']).build();
    g.sheet.getRange('A1').setDataValidation(rule).setValue('может быть');
    expect(g.sheet.getRange('A1').getValue()).toBe('может быть');
  });
  fact('a value outside a rejecting list throws with the cell named', { source: SOURCE }, (g) => {
    g.sheet.getRange('B2').setDataValidation(strictList(g, ['да', 'нет']));
    expect(() => g.sheet.getRange('B2').setValue('может быть')).toThrow(
      'The data you entered in cell B2 violates the data validation rules set on this cell.',
    );
  });
  fact('validation rejection is atomic: nothing of the call is written', { source: SOURCE }, (g) => {
    g.sheet.getRange('B1:B3').setDataValidation(strictList(g, ['да', 'нет']));
    expect(() => g.sheet.getRange('A1:B3').setValues([['x', 'да'], ['y', 'нет'], ['z', 'плохо']])).toThrow(/cell B3/);
    expect(g.sheet.getRange('A1:B3').getValues()).toEqual([['', ''], ['', ''], ['', '']]);
  });
  fact("'' is always allowed", { source: SOURCE }, (g) => {
    g.sheet.getRange('A1').setDataValidation(strictList(g, ['да']));
    g.sheet.getRange('A1').setValue('');
    expect(g.sheet.getRange('A1').getValue()).toBe('');
  });
  fact('appendRow is checked too', { source: SOURCE }, (g) => {
    g.sheet.getRange('A1:A10').setDataValidation(strictList(g, ['да']));
    expect(() => g.sheet.appendRow(['нет'])).toThrow(/cell A1/);
  });
  fact('requireValueInRange checks against the current values of the source range', { source: SOURCE }, (g) => {
    const list = g.spreadsheet.insertSheet(`${g.sheet.getName()} справочник`);
    g.after(() => g.spreadsheet.deleteSheet(list));
    const source = list.getRange('A1:A3');
    source.setValues([['7А'], ['7Б'], ['']]);
    const rule = g.SpreadsheetApp.newDataValidation().requireValueInRange(source).setAllowInvalid(false).build();
    const target = g.sheet.getRange('C1').setDataValidation(rule);
    expect(() => target.setValue('8В')).toThrow(/violates/);
    source.getCell(3, 1).setValue('8В');
    target.setValue('8В');
    expect(target.getValue()).toBe('8В');
    expect(rule.getCriteriaValues()[0].getA1Notation()).toBe('A1:A3');
  });
  fact('requireNumberBetween rejects text and numbers outside the bounds', { source: SOURCE }, (g) => {
    const rule = g.SpreadsheetApp.newDataValidation().requireNumberBetween(1, 11).setAllowInvalid(false).build();
    const r = g.sheet.getRange('A1').setDataValidation(rule);
    r.setValue('7');
    expect(r.getValue()).toBe(7);
    expect(() => r.setValue(12)).toThrow(/violates/);
    expect(() => r.setValue('седьмой')).toThrow(/violates/);
    expect(rule.getCriteriaValues()).toEqual([1, 11]);
  });
  fact('requireNumberGreaterThanOrEqualTo accepts the bound itself', { source: SOURCE }, (g) => {
    const rule = g.SpreadsheetApp.newDataValidation().requireNumberGreaterThanOrEqualTo(0).setAllowInvalid(false).build();
    const r = g.sheet.getRange('A1').setDataValidation(rule);
    r.setValue(0);
    expect(() => r.setValue(-1)).toThrow(/violates/);
  });
  fact('requireDate accepts Dates and typed dates, rejects other text', { source: SOURCE }, (g) => {
    const r = g.sheet.getRange('A1').setDataValidation(g.SpreadsheetApp.newDataValidation().requireDate().setAllowInvalid(false).build());
    r.setValue('01.09.2025');
    r.setValue(moscowMidnight('2025-10-01'));
    expect(() => r.setValue('завтра')).toThrow(/violates/);
  });
  fact('requireDateBetween checks the instant', { source: SOURCE }, (g) => {
    const rule = g.SpreadsheetApp.newDataValidation().requireDateBetween(moscowMidnight('2025-09-01'), moscowMidnight('2026-05-31')).setAllowInvalid(false).build();
    const r = g.sheet.getRange('A1').setDataValidation(rule);
    r.setValue('15.09.2025');
    expect(() => r.setValue('01.06.2026')).toThrow(/violates/);
  });
  fact('requireCheckbox accepts only booleans', { source: SOURCE }, (g) => {
    const r = g.sheet.getRange('A1').setDataValidation(g.SpreadsheetApp.newDataValidation().requireCheckbox().setAllowInvalid(false).build());
    r.setValue(true);
    r.setValue('ЛОЖЬ');
    expect(r.getValue()).toBe(false);
    expect(() => r.setValue('да')).toThrow(/violates/);
  });
  fact('requireTextIsEmail rejects text without an @domain', { source: SOURCE }, (g) => {
    const r = g.sheet.getRange('A1').setDataValidation(g.SpreadsheetApp.newDataValidation().requireTextIsEmail().setAllowInvalid(false).build());
    r.setValue('mentor@school.ru');
    expect(() => r.setValue('mentor at school')).toThrow(/violates/);
  });
  fact('build() without a criterion throws', { source: SOURCE }, (g) => {
    expect(() => g.SpreadsheetApp.newDataValidation().build()).toThrow();
  });
  fact('getDataValidations returns a rule or null per cell; clearDataValidations removes them', { source: SOURCE }, (g) => {
    g.sheet.getRange('A1').setDataValidation(strictList(g, ['да']));
    const rules = g.sheet.getRange('A1:B1').getDataValidations();
    expect(String(rules[0]![0]!.getCriteriaType())).toBe('VALUE_IN_LIST');
    expect(rules[0]![1]).toBeNull();
    g.sheet.getRange('A1:B1').clearDataValidations();
    expect(g.sheet.getRange('A1').getDataValidation()).toBeNull();
  });
  fact('setDataValidations sets one rule per cell and checks its shape', { source: SOURCE }, (g) => {
    const rule = strictList(g, ['да']);
    g.sheet.getRange('A1:B1').setDataValidations([[rule, null]]);
    expect(g.sheet.getRange('B1').getDataValidation()).toBeNull();
    expect(() => g.sheet.getRange('A1:B1').setDataValidations([[rule]])).toThrow(/number of columns/);
  });
  fact('setDataValidation with something that is not a rule throws', { source: SOURCE }, (g) => {
    expect(() => g.sheet.getRange('A1').setDataValidation({} as GoogleAppsScript.Spreadsheet.DataValidation)).toThrow(/don't match/);
  });
  fact('copy() gives a builder that starts from the rule', { source: SOURCE }, (g) => {
    const rule = strictList(g, ['да']).copy().setAllowInvalid(true).build();
    expect([String(rule.getCriteriaType()), rule.getAllowInvalid()]).toEqual(['VALUE_IN_LIST', true]);
  });
});
