import { makeBook } from './spreadsheet-world';

const strictList = (world: ReturnType<typeof makeBook>, values: string[]) =>
  world.app.newDataValidation().requireValueInList(values, true).setAllowInvalid(false).build();

describe('Data validation rules', () => {
  it('rules are counted under DataValidationBuilder and DataValidation', () => {
    const world = makeBook();
    strictList(world, ['да']).getCriteriaType();
    expect(world.calls.count('DataValidationBuilder.')).toBe(3);
    expect(world.calls.count('DataValidation.getCriteriaType')).toBe(1);
  });
});
