import { createWorld } from '../../emulator';
import { makeBook } from './spreadsheet-world';

describe('Protections', () => {
  it('range.protect() records a RANGE protection with a description', () => {
    const { sheet, app } = makeBook();
    const p = sheet.getRange('A1:C1').protect().setDescription('Заголовки');
    expect(String(p.getProtectionType())).toBe('RANGE');
    const found = sheet.getProtections(app.ProtectionType.RANGE);
    expect(found.map((x) => [x.getDescription(), x.getRange().getA1Notation()])).toEqual([['Заголовки', 'A1:C1']]);
    expect(sheet.getProtections(app.ProtectionType.SHEET)).toEqual([]);
  });
  it('sheet.protect() twice returns the same sheet protection', () => {
    const { sheet, app } = makeBook();
    sheet.protect().setWarningOnly(true);
    expect(sheet.protect().isWarningOnly()).toBe(true);
    expect(sheet.getProtections(app.ProtectionType.SHEET)).toHaveLength(1);
  });
  it('protections do not block the owner\'s script writes; canEdit is true', () => {
    const { sheet } = makeBook();
    const p = sheet.getRange('A1').protect();
    sheet.getRange('A1').setValue('всё равно');
    expect([sheet.getRange('A1').getValue(), p.canEdit()]).toEqual(['всё равно', true]);
  });
  it('editors are recorded, the owner always stays', () => {
    const { sheet, host } = makeBook();
    const p = sheet.protect().addEditor('zam@school.example');
    p.removeEditors([host.user]);
    expect(p.getEditors().map((u) => u.getEmail())).toEqual([host.user, 'zam@school.example']);
  });
  it('remove() deletes the protection', () => {
    const { sheet, app } = makeBook();
    sheet.getRange('A1').protect().remove();
    expect(sheet.getProtections(app.ProtectionType.RANGE)).toHaveLength(0);
  });
  it('getProtections with something that is no ProtectionType throws', () => {
    const { sheet } = makeBook();
    expect(() => sheet.getProtections('ALL' as never)).toThrow(/don't match/);
  });
  it('Spreadsheet.getProtections gathers every sheet\'s protections', () => {
    const { book, app } = makeBook();
    book.getSheets()[0]!.protect();
    book.insertSheet('Пары').protect();
    expect(book.getProtections(app.ProtectionType.SHEET)).toHaveLength(2);
  });
});

describe('Conditional format rules', () => {
  it('a rule built from whenFormulaSatisfied is stored and read back', () => {
    const { sheet, app } = makeBook();
    const rule = app.newConditionalFormatRule()
      .whenFormulaSatisfied('=$C2=""').setBackground('#f4cccc').setFontColor('#990000').setBold(true)
      .setRanges([sheet.getRange('A2:C100')]).build();
    sheet.setConditionalFormatRules([rule]);
    const [back] = sheet.getConditionalFormatRules();
    const c = back!.getBooleanCondition()!;
    expect([String(c.getCriteriaType()), c.getCriteriaValues(), c.getBackground(), c.getFontColor(), c.getBold()])
      .toEqual(['CUSTOM_FORMULA', ['=$C2=""'], '#f4cccc', '#990000', true]);
    expect(back!.getRanges().map((r) => r.getA1Notation())).toEqual(['A2:C100']);
  });
  it('whenTextEqualTo, whenCellEmpty and whenNumberLessThan set their criteria', () => {
    const { app } = makeBook();
    const kinds = [
      app.newConditionalFormatRule().whenTextEqualTo('нет'),
      app.newConditionalFormatRule().whenCellEmpty(),
      app.newConditionalFormatRule().whenNumberLessThan(3),
    ].map((b) => String(b.setBackground('#ffffff').build().getBooleanCondition()!.getCriteriaType()));
    expect(kinds).toEqual(['TEXT_EQUAL_TO', 'CELL_EMPTY', 'NUMBER_LESS_THAN']);
  });
  it('setConditionalFormatRules replaces the list; existing rules can be kept by reading them first', () => {
    const { sheet, app } = makeBook();
    const make = (t: string) => app.newConditionalFormatRule().whenTextEqualTo(t).setRanges([sheet.getRange('A1')]).build();
    sheet.setConditionalFormatRules([make('a')]);
    sheet.setConditionalFormatRules([...sheet.getConditionalFormatRules(), make('b')]);
    expect(sheet.getConditionalFormatRules().map((r) => r.getBooleanCondition()!.getCriteriaValues()[0])).toEqual(['a', 'b']);
  });
  it('build() without a condition throws; setRanges needs real ranges', () => {
    const { app } = makeBook();
    expect(() => app.newConditionalFormatRule().setBackground('#ff0000').build()).toThrow();
    expect(() => app.newConditionalFormatRule().setRanges(['A1' as never])).toThrow(/don't match/);
  });
});

describe('protections refuse writes from users who are not editors', () => {
  /** The owner protects A1:B2 and keeps only themself; then a teacher the sheet is shared with runs the script. */
  function sharedBook() {
    const world = createWorld({ user: 'kurator@school.example', editors: ['teacher@school.example'] });
    const sheet = world.spreadsheet.getSheets()[0]!;
    sheet.getRange('A1:B2').protect().removeEditors(['teacher@school.example']);
    world.host.user = 'teacher@school.example';
    world.host.owner = 'kurator@school.example';
    return { world, sheet };
  }
  const REFUSED = 'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';
  it('values, formats, clears and sorts inside the range are refused; nothing is written', () => {
    const { sheet } = sharedBook();
    expect(() => sheet.getRange('B2:C2').setValues([['x', 'y']])).toThrow(REFUSED);
    expect(sheet.getRange('C2').getValue()).toBe('');
    expect(() => sheet.getRange('A1').setBackground('#ff0000')).toThrow(REFUSED);
    expect(() => sheet.getRange('A1:A3').clearContent()).toThrow(REFUSED);
    expect(() => sheet.deleteRow(2)).toThrow(REFUSED);
  });
  it('outside the range the teacher writes freely; canEdit says what the write will do', () => {
    const { sheet } = sharedBook();
    sheet.getRange('C3').setValue('ok');
    expect(sheet.getRange('C3').getValue()).toBe('ok');
    expect(sheet.getProtections('RANGE' as unknown as GoogleAppsScript.Spreadsheet.ProtectionType)[0]!.canEdit()).toBe(false);
  });
  it('a whole-sheet protection refuses inserting rows as well', () => {
    const world = createWorld({ user: 'kurator@school.example' });
    const sheet = world.spreadsheet.getSheets()[0]!;
    sheet.protect().removeEditors(['teacher@school.example']);
    world.host.user = 'teacher@school.example';
    world.host.owner = 'kurator@school.example';
    expect(() => sheet.insertRowsAfter(1, 2)).toThrow(REFUSED);
    expect(() => sheet.appendRow(['x'])).toThrow(REFUSED);
  });
});
