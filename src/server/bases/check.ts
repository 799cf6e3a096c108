import { checkBase, type PersonRow, type Problem } from '../../domain/bases/check';
import { BASES_UI } from '../../domain/bases/messages';
import type { BaseName } from '../../domain/bases/schema';
import type { Settings } from '../../domain/bases/settings';
import { REPORT_HEADERS, REPORT_SHEET, reportRows, summarise, type Summary } from '../../domain/bases/summary';
import { cellLink, ensureSize, hyperlink, ownSheet, sheetUrl } from '../sheets/table';
import { todayIso } from '../sheets/values';
import { readBases } from './read';
import { markRoadmapStep } from '../roadmap/roadmap';

type Book = GoogleAppsScript.Spreadsheet.Spreadsheet;

const problemsOf = (settings: Settings, rows: Record<BaseName, readonly PersonRow[]>, today: string): Problem[] =>
  (Object.keys(rows) as BaseName[]).flatMap((b) => checkBase(b, rows[b], settings, today));

export interface CheckResult {
  people: number;
  problems: number;
  message: string;
}

/**
 * «Проверить базы»: reads both bases once, changes none of their data, and replaces the «Проверка»
 * report (one write), each problem with a link that jumps to its cell.
 */
export function checkBook(book: Book): CheckResult {
  const { settings, tables } = readBases(book);
  const rows = { mentors: tables.mentors.records, mentees: tables.mentees.records };
  const problems = problemsOf(settings, rows, todayIso(book));

  const sheet = ownSheet(book, REPORT_SHEET, REPORT_HEADERS[0]!);
  sheet.clear();
  const sheetIds = { mentors: tables.mentors.sheet.getSheetId(), mentees: tables.mentees.sheet.getSheetId() };
  const body = reportRows(problems).map((r, i) => {
    const p = problems[i]!;
    const column = (tables[p.base].index as Record<string, number>)[p.field]! + 1;
    return [...r, hyperlink(cellLink(sheetIds[p.base], p.row, column), BASES_UI.reportLink)];
  });
  const values = [REPORT_HEADERS, ...(body.length ? body : [[BASES_UI.reportEmpty, '', '', '', '', '']])];
  ensureSize(sheet, values.length);
  // Text columns are plain text first: a name typed as «=…» must stay text in the report.
  sheet.getRange(1, 1, values.length, REPORT_HEADERS.length - 1).setNumberFormat('@');
  sheet.getRange(1, 1, values.length, REPORT_HEADERS.length).setValues(values);
  sheet.getRange(1, 1, 1, REPORT_HEADERS.length).setFontWeight('bold').setBackground('#fce5cd');
  sheet.setFrozenRows(1);
  [120, 60, 200, 420, 200, 90].forEach((w, i) => sheet.setColumnWidth(i + 1, w));

  markRoadmapStep(book, 'basesChecked', { url: sheetUrl(book, sheet), label: REPORT_SHEET });
  const people = rows.mentors.length + rows.mentees.length;
  return { people, problems: problems.length, message: BASES_UI.checked(people, problems.length) };
}

/** The sidebar's «Обзор»: counts per base and form, problems, consent missing. */
export function overview(book: Book): Summary {
  const { settings, tables } = readBases(book);
  const rows = { mentors: tables.mentors.records, mentees: tables.mentees.records };
  const today = todayIso(book);
  return summarise(rows, problemsOf(settings, rows, today).length, {
    schoolYear: settings.params.schoolYear,
    organisation: settings.params.orgShortName || settings.params.orgFullName,
    todayIso: today,
  });
}
