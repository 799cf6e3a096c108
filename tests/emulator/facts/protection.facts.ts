import { defineFacts, expect } from './kit';

const REF = 'https://developers.google.com/apps-script/reference/spreadsheet/';
const SOURCE = `${REF}protection`;

/** Protections of a range or a sheet, as the spreadsheet's owner sees them from a script. */
export default defineFacts('Protection', (fact) => {
  fact('range.protect() records a RANGE protection with a description', { source: SOURCE }, (g) => {
    const p = g.sheet.getRange('A1:C1').protect().setDescription('Заголовки');
    expect(String(p.getProtectionType())).toBe('RANGE');
    const found = g.sheet.getProtections(g.SpreadsheetApp.ProtectionType.RANGE);
    expect(found.map((x) => [x.getDescription(), x.getRange().getA1Notation()])).toEqual([['Заголовки', 'A1:C1']]);
    expect(g.sheet.getProtections(g.SpreadsheetApp.ProtectionType.SHEET)).toEqual([]);
  });
  fact('sheet.protect() twice returns the same sheet protection', { source: SOURCE }, (g) => {
    g.sheet.protect().setWarningOnly(true);
    expect(g.sheet.protect().isWarningOnly()).toBe(true);
    expect(g.sheet.getProtections(g.SpreadsheetApp.ProtectionType.SHEET)).toHaveLength(1);
  });
  fact("protections do not block the owner's script writes; canEdit is true", { source: SOURCE }, (g) => {
    const p = g.sheet.getRange('A1').protect();
    g.sheet.getRange('A1').setValue('всё равно');
    expect([g.sheet.getRange('A1').getValue(), p.canEdit()]).toEqual(['всё равно', true]);
  });
  fact('remove() deletes the protection', { source: SOURCE }, (g) => {
    g.sheet.getRange('A1').protect().remove();
    expect(g.sheet.getProtections(g.SpreadsheetApp.ProtectionType.RANGE)).toHaveLength(0);
  });
  fact('getProtections with something that is no ProtectionType throws', { source: SOURCE }, (g) => {
    expect(() => g.sheet.getProtections('ALL' as never)).toThrow(/don't match/);
  });
  fact("Spreadsheet.getProtections gathers every sheet's protections", { source: `${REF}spreadsheet#getprotectionstype` }, (g) => {
    const sheetType = g.SpreadsheetApp.ProtectionType.SHEET;
    const before = g.spreadsheet.getProtections(sheetType).length;
    g.sheet.protect();
    const other = g.spreadsheet.insertSheet(`${g.sheet.getName()} защищённый`);
    g.after(() => g.spreadsheet.deleteSheet(other));
    other.protect();
    expect(g.spreadsheet.getProtections(sheetType).length - before).toBe(2);
  });
});
