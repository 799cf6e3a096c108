import { defineFacts, expect, thrown } from './kit';

const RANGE = 'https://developers.google.com/apps-script/reference/spreadsheet/range';
const PARTIAL = 'github code search: «Exception: You must select all cells in a merged range to merge or unmerge them.» quoted from live runs';
const PROTECTION = 'https://developers.google.com/apps-script/reference/spreadsheet/protection';

/** Merged cells and protections, as the one user running the facts sees them. */
export default defineFacts('Merges and protections', (fact) => {
  fact('merge keeps only the top-left value; getMergedRanges and isPartOfMerge see the merge', { source: `${RANGE}#merge` }, (g) => {
    const range = g.sheet.getRange('B1:D1');
    range.setValues([['a', 'b', 'c']]).merge();
    expect(range.getValues()).toEqual([['a', '', '']]);
    expect(g.sheet.getRange('A1:E1').getMergedRanges().map((r) => r.getA1Notation())).toEqual(['B1:D1']);
    expect([g.sheet.getRange('C1').isPartOfMerge(), g.sheet.getRange('A1').isPartOfMerge()]).toEqual([true, false]);
  });
  fact('merging or breaking apart a range that holds only part of a merge throws', { source: PARTIAL }, (g) => {
    g.sheet.getRange('A1:B2').merge();
    const text = 'You must select all cells in a merged range to merge or unmerge them.';
    expect(thrown(() => g.sheet.getRange('B2:C3').merge()).message).toBe(text);
    expect(thrown(() => g.sheet.getRange('A1:A2').breakApart()).message).toBe(text);
    g.sheet.getRange('A1:C3').breakApart();
    expect(g.sheet.getRange('A1:C3').getMergedRanges()).toHaveLength(0);
  });
  fact("after protect(), the editors mirror the spreadsheet's and the script's user can edit", { source: `${RANGE}#protect` }, (g) => {
    const protection = g.sheet.getRange('A1:B2').protect();
    expect(protection.canEdit()).toBe(true);
    expect(protection.getEditors().length).toBeGreaterThan(0);
    g.sheet.getRange('A1').setValue('x');
    expect(g.sheet.getRange('A1').getValue()).toBe('x');
  });
  fact("the script's own user cannot be removed from a protection's editors", { source: `${PROTECTION}#removeeditoremailaddress` }, (g) => {
    const protection = g.sheet.getRange('A1:B2').protect();
    protection.removeEditors(protection.getEditors());
    expect(protection.getEditors().length).toBeGreaterThan(0);
    expect(protection.canEdit()).toBe(true);
  });
  fact("a warning-only protection does not stop a script's write", { source: `${PROTECTION}#setwarningonlywarningonly` }, (g) => {
    const range = g.sheet.getRange('A1');
    range.protect().setWarningOnly(true);
    range.setValue('x');
    expect(range.getValue()).toBe('x');
  });
});
