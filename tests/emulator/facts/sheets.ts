/** Facts: merged cells and protections. */
import type { Fact } from './fact';

const RANGE = 'https://developers.google.com/apps-script/reference/spreadsheet/range';
const PROTECTION = 'https://developers.google.com/apps-script/reference/spreadsheet/protection';
const PARTIAL = 'github code search: «Exception: You must select all cells in a merged range to merge or unmerge them.» quoted from live runs';
/** A teacher the owner shared the spreadsheet with, running the script. */
const TEACHER = { user: 'teacher@school.example', owner: 'kurator@school.example', editors: ['teacher@school.example'] };

export const SHEET_FACTS: Fact[] = [
  {
    name: 'merge keeps only the top-left value; getMergedRanges and isPartOfMerge see the merge',
    source: `${RANGE}#merge`,
    expected: [[['a', '', '']], ['B1:D1'], true, false],
    run: () => {
      const sheet = SpreadsheetApp.getActive().getSheets()[0]!;
      const range = sheet.getRange('B1:D1');
      range.setValues([['a', 'b', 'c']]).merge();
      return [range.getValues(), sheet.getRange('A1:E1').getMergedRanges().map((r) => r.getA1Notation()),
        sheet.getRange('C1').isPartOfMerge(), sheet.getRange('A1').isPartOfMerge()];
    },
  },
  {
    name: 'merging or breaking apart a range that holds only part of a merge throws',
    source: PARTIAL,
    expected: ['You must select all cells in a merged range to merge or unmerge them.',
      'You must select all cells in a merged range to merge or unmerge them.', []],
    run: () => {
      const sheet = SpreadsheetApp.getActive().getSheets()[0]!;
      sheet.getRange('A1:B2').merge();
      const out: unknown[] = [];
      for (const act of [() => sheet.getRange('B2:C3').merge(), () => sheet.getRange('A1:A2').breakApart()]) {
        try { act(); out.push('no error'); } catch (e) { out.push((e as Error).message); }
      }
      sheet.getRange('A1:C3').breakApart();
      out.push(sheet.getRange('A1:C3').getMergedRanges().map((r) => r.getA1Notation()));
      return out;
    },
  },
  {
    name: 'after protect(), getEditors lists the spreadsheet\'s editors: the range stays editable until editors are removed',
    source: `${RANGE}#protect`,
    world: TEACHER,
    expected: [['kurator@school.example', 'teacher@school.example'], true],
    run: () => {
      const protection = SpreadsheetApp.getActive().getSheets()[0]!.getRange('A1:B2').protect();
      return [protection.getEditors().map((u) => u.getEmail()), protection.canEdit()];
    },
  },
  {
    name: 'neither the owner nor the current user can be removed from a protection\'s editors',
    source: `${PROTECTION}#removeeditoremailaddress`,
    world: TEACHER,
    expected: [['kurator@school.example', 'teacher@school.example'], 'written'],
    run: () => {
      const sheet = SpreadsheetApp.getActive().getSheets()[0]!;
      const protection = sheet.getRange('A1:B2').protect();
      protection.removeEditors(['kurator@school.example', 'teacher@school.example']);
      // The current user is never removed either: the teacher set up the protection, so may still edit.
      const editors = protection.getEditors().map((u) => u.getEmail());
      try { sheet.getRange('A1').setValue('x'); return [editors, 'written']; } catch (e) { return [editors, (e as Error).message]; }
    },
  },
  {
    name: 'a warning-only protection does not stop a script\'s write',
    source: `${PROTECTION}#setwarningonlywarningonly`,
    world: TEACHER,
    expected: 'x',
    run: () => {
      const range = SpreadsheetApp.getActive().getSheets()[0]!.getRange('A1');
      range.protect().setWarningOnly(true);
      range.setValue('x');
      return range.getValue();
    },
  },
];
