import { createWorld } from '../../emulator';
import { makeBook } from './spreadsheet-world';

/** Needs the emulated user's e-mail; the other protection facts are in facts/protection.facts.ts. */
describe('Protections', () => {
  it('editors are recorded, the owner always stays', () => {
    const { sheet, host } = makeBook();
    const p = sheet.protect().addEditor('zam@school.example');
    p.removeEditors([host.user]);
    expect(p.getEditors().map((u) => u.getEmail())).toEqual([host.user, 'zam@school.example']);
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
