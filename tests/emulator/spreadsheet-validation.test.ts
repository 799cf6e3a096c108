import { makeBook, moscowMidnight } from './spreadsheet-world';

const strictList = (world: ReturnType<typeof makeBook>, values: string[]) =>
  world.app.newDataValidation().requireValueInList(values, true).setAllowInvalid(false).build();

describe('Data validation rules', () => {
  it('a rule reports its criteria type, values, allowInvalid and help text', () => {
    const world = makeBook();
    const rule = world.app.newDataValidation().requireValueInList(['да', 'нет']).setHelpText('Выберите').build();
    expect(String(rule.getCriteriaType())).toBe('VALUE_IN_LIST');
    expect(rule.getCriteriaType()).toBe(world.app.DataValidationCriteria.VALUE_IN_LIST);
    expect(rule.getCriteriaValues()).toEqual([['да', 'нет'], true]);
    expect([rule.getAllowInvalid(), rule.getHelpText()]).toEqual([true, 'Выберите']);
  });
  it('new rules allow invalid data (a warning) unless setAllowInvalid(false)', () => {
    const world = makeBook();
    const rule = world.app.newDataValidation().requireValueInList(['да']).build();
    world.sheet.getRange('A1').setDataValidation(rule).setValue('может быть');
    expect(world.sheet.getRange('A1').getValue()).toBe('может быть');
  });
  it('a value outside a rejecting list throws with the cell named', () => {
    const world = makeBook();
    world.sheet.getRange('B2').setDataValidation(strictList(world, ['да', 'нет']));
    expect(() => world.sheet.getRange('B2').setValue('может быть')).toThrow(
      'The data you entered in cell B2 violates the data validation rules set on this cell.',
    );
  });
  it('validation rejection is atomic: nothing of the call is written', () => {
    const world = makeBook();
    world.sheet.getRange('B1:B3').setDataValidation(strictList(world, ['да', 'нет']));
    expect(() => world.sheet.getRange('A1:B3').setValues([['x', 'да'], ['y', 'нет'], ['z', 'плохо']])).toThrow(/cell B3/);
    expect(world.sheet.getRange('A1:B3').getValues()).toEqual([['', ''], ['', ''], ['', '']]);
  });
  it("'' is always allowed", () => {
    const world = makeBook();
    world.sheet.getRange('A1').setDataValidation(strictList(world, ['да']));
    world.sheet.getRange('A1').setValue('');
    expect(world.sheet.getRange('A1').getValue()).toBe('');
  });
  it('appendRow is checked too', () => {
    const world = makeBook();
    world.sheet.getRange('A1:A10').setDataValidation(strictList(world, ['да']));
    expect(() => world.sheet.appendRow(['нет'])).toThrow(/cell A1/);
  });
  it('requireValueInRange checks against the current values of the source range', () => {
    const world = makeBook();
    const source = world.book.insertSheet('Справочник').getRange('A1:A3');
    source.setValues([['7А'], ['7Б'], ['']]);
    const rule = world.app.newDataValidation().requireValueInRange(source).setAllowInvalid(false).build();
    const target = world.sheet.getRange('C1').setDataValidation(rule);
    expect(() => target.setValue('8В')).toThrow(/violates/);
    source.getCell(3, 1).setValue('8В');
    target.setValue('8В');
    expect(target.getValue()).toBe('8В');
    expect(rule.getCriteriaValues()[0].getA1Notation()).toBe('A1:A3');
  });
  it('requireNumberBetween rejects text and numbers outside the bounds', () => {
    const world = makeBook();
    const rule = world.app.newDataValidation().requireNumberBetween(1, 11).setAllowInvalid(false).build();
    const r = world.sheet.getRange('A1').setDataValidation(rule);
    r.setValue('7');
    expect(r.getValue()).toBe(7);
    expect(() => r.setValue(12)).toThrow(/violates/);
    expect(() => r.setValue('седьмой')).toThrow(/violates/);
    expect(rule.getCriteriaValues()).toEqual([1, 11]);
  });
  it('requireNumberGreaterThanOrEqualTo accepts the bound itself', () => {
    const world = makeBook();
    const rule = world.app.newDataValidation().requireNumberGreaterThanOrEqualTo(0).setAllowInvalid(false).build();
    const r = world.sheet.getRange('A1').setDataValidation(rule);
    r.setValue(0);
    expect(() => r.setValue(-1)).toThrow(/violates/);
  });
  it('requireDate accepts Dates and typed dates, rejects other text', () => {
    const world = makeBook();
    const r = world.sheet.getRange('A1').setDataValidation(world.app.newDataValidation().requireDate().setAllowInvalid(false).build());
    r.setValue('01.09.2025');
    r.setValue(moscowMidnight('2025-10-01'));
    expect(() => r.setValue('завтра')).toThrow(/violates/);
  });
  it('requireDateBetween checks the instant', () => {
    const world = makeBook();
    const rule = world.app.newDataValidation().requireDateBetween(moscowMidnight('2025-09-01'), moscowMidnight('2026-05-31')).setAllowInvalid(false).build();
    const r = world.sheet.getRange('A1').setDataValidation(rule);
    r.setValue('15.09.2025');
    expect(() => r.setValue('01.06.2026')).toThrow(/violates/);
  });
  it('requireCheckbox accepts only booleans', () => {
    const world = makeBook();
    const r = world.sheet.getRange('A1').setDataValidation(world.app.newDataValidation().requireCheckbox().setAllowInvalid(false).build());
    r.setValue(true);
    r.setValue('ЛОЖЬ');
    expect(r.getValue()).toBe(false);
    expect(() => r.setValue('да')).toThrow(/violates/);
  });
  it('requireTextIsEmail rejects text without an @domain', () => {
    const world = makeBook();
    const r = world.sheet.getRange('A1').setDataValidation(world.app.newDataValidation().requireTextIsEmail().setAllowInvalid(false).build());
    r.setValue('mentor@school.ru');
    expect(() => r.setValue('mentor at school')).toThrow(/violates/);
  });
  it('build() without a criterion throws', () => {
    const world = makeBook();
    expect(() => world.app.newDataValidation().build()).toThrow();
  });
  it('getDataValidations returns a rule or null per cell; clearDataValidations removes them', () => {
    const world = makeBook();
    world.sheet.getRange('A1').setDataValidation(strictList(world, ['да']));
    const rules = world.sheet.getRange('A1:B1').getDataValidations();
    expect(String(rules[0]![0]!.getCriteriaType())).toBe('VALUE_IN_LIST');
    expect(rules[0]![1]).toBeNull();
    world.sheet.getRange('A1:B1').clearDataValidations();
    expect(world.sheet.getRange('A1').getDataValidation()).toBeNull();
  });
  it('setDataValidations sets one rule per cell and checks its shape', () => {
    const world = makeBook();
    const rule = strictList(world, ['да']);
    world.sheet.getRange('A1:B1').setDataValidations([[rule, null]]);
    expect(world.sheet.getRange('B1').getDataValidation()).toBeNull();
    expect(() => world.sheet.getRange('A1:B1').setDataValidations([[rule]])).toThrow(/number of columns/);
  });
  it('setDataValidation with something that is not a rule throws', () => {
    const world = makeBook();
    expect(() => world.sheet.getRange('A1').setDataValidation({} as GoogleAppsScript.Spreadsheet.DataValidation)).toThrow(/don't match/);
  });
  it('copy() gives a builder that starts from the rule', () => {
    const world = makeBook();
    const rule = strictList(world, ['да']).copy().setAllowInvalid(true).build();
    expect([String(rule.getCriteriaType()), rule.getAllowInvalid()]).toEqual(['VALUE_IN_LIST', true]);
  });
  it('rules are counted under DataValidationBuilder and DataValidation', () => {
    const world = makeBook();
    strictList(world, ['да']).getCriteriaType();
    expect(world.calls.count('DataValidationBuilder.')).toBe(3);
    expect(world.calls.count('DataValidation.getCriteriaType')).toBe(1);
  });
});
