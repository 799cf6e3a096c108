import { defineFacts, expect } from './kit';

const SOURCE = 'https://developers.google.com/apps-script/reference/spreadsheet/conditional-format-rule-builder';

/** Conditional format rules: built, stored on a sheet, read back. */
export default defineFacts('ConditionalFormatRule', (fact) => {
  fact('a rule built from whenFormulaSatisfied is stored and read back', { source: SOURCE }, (g) => {
    const rule = g.SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied('=$C2=""').setBackground('#f4cccc').setFontColor('#990000').setBold(true)
      .setRanges([g.sheet.getRange('A2:C100')]).build();
    g.sheet.setConditionalFormatRules([rule]);
    const [back] = g.sheet.getConditionalFormatRules();
    const c = back!.getBooleanCondition()!;
    expect([String(c.getCriteriaType()), c.getCriteriaValues(), c.getBackground(), c.getFontColor(), c.getBold()])
      .toEqual(['CUSTOM_FORMULA', ['=$C2=""'], '#f4cccc', '#990000', true]);
    expect(back!.getRanges().map((r) => r.getA1Notation())).toEqual(['A2:C100']);
  });
  fact('whenTextEqualTo, whenCellEmpty and whenNumberLessThan set their criteria', { source: SOURCE }, (g) => {
    const kinds = [
      g.SpreadsheetApp.newConditionalFormatRule().whenTextEqualTo('нет'),
      g.SpreadsheetApp.newConditionalFormatRule().whenCellEmpty(),
      g.SpreadsheetApp.newConditionalFormatRule().whenNumberLessThan(3),
    ].map((b) => String(b.setBackground('#ffffff').build().getBooleanCondition()!.getCriteriaType()));
    expect(kinds).toEqual(['TEXT_EQUAL_TO', 'CELL_EMPTY', 'NUMBER_LESS_THAN']);
  });
  fact('setConditionalFormatRules replaces the list; existing rules can be kept by reading them first', { source: SOURCE }, (g) => {
    const make = (t: string) => g.SpreadsheetApp.newConditionalFormatRule().whenTextEqualTo(t).setRanges([g.sheet.getRange('A1')]).build();
    g.sheet.setConditionalFormatRules([make('a')]);
    g.sheet.setConditionalFormatRules([...g.sheet.getConditionalFormatRules(), make('b')]);
    expect(g.sheet.getConditionalFormatRules().map((r) => r.getBooleanCondition()!.getCriteriaValues()[0])).toEqual(['a', 'b']);
  });
  fact('build() without a condition throws; setRanges needs real ranges', { source: SOURCE }, (g) => {
    expect(() => g.SpreadsheetApp.newConditionalFormatRule().setBackground('#ff0000').build()).toThrow();
    expect(() => g.SpreadsheetApp.newConditionalFormatRule().setRanges(['A1' as never])).toThrow(/don't match/);
  });
});
