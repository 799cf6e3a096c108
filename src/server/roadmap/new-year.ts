/**
 * «Новый учебный год»: copies the year's sheets to archives named with the year, keeps continuing
 * pairs, moves pupils up a class (graduates marked), and rolls the roadmap a year on. Nothing is
 * deleted; a second run finds the new year already set and does nothing.
 */
import { MENTEES, MENTORS } from '../../domain/bases/schema';
import { cellText, formatRuDate } from '../../domain/cell';
import { MEETINGS, PLANS, PROGRESS } from '../../domain/meetings/schema';
import { MONITORING } from '../../domain/monitoring/messages';
import { APPROVED, PAIRS } from '../../domain/pairs/schema';
import { ROADMAP_UI, YEAR_UI } from '../../domain/roadmap/messages';
import { rollRoadmap } from '../../domain/roadmap/roadmap';
import { ROADMAP, type RoadmapKey } from '../../domain/roadmap/schema';
import { nextYearDay, schoolYearLabel, schoolYearText } from '../../domain/roadmap/terms';
import { closableFrom, columnWith, GRADUATE, moveClasses } from '../../domain/roadmap/year';
import { ENTRY_EXIT, SATISFACTION } from '../../domain/surveys/schema';
import type { Record_, TableSpec } from '../../domain/table';
import { ensureSize, lastVisiblePosition, readTable } from '../sheets/table';
import { AUTOMATIC_FORMAT, todayIso, toSheetValues } from '../sheets/values';

import { setParams, settingsOf } from '../sheets/settings';
import { readRoadmap, yearOf } from './roadmap';

type Book = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Sheets of the year: archived; the first three keep only the rows of pairs that continue. */
const KEPT_BY_PAIR: TableSpec<string>[] = [PAIRS, MEETINGS, PLANS];
/** Monitoring is copied, not cleared: the questionnaires' imports and the monitoring job rebuild from them. */
const COPIED: string[] = [
  PROGRESS.sheet, SATISFACTION.sheet, ENTRY_EXIT.sheet, MONITORING.sheets.monitoring, MONITORING.sheets.swot,
  MONITORING.sheets.scorecard, MONITORING.sheets.kpis, MONITORING.sheets.report,
];

/**
 * The school year to close, the steps of it already done (a run stopped half-way is finished by the
 * next) and why it cannot be closed now — too early, already archived — or '' when it can.
 */
function yearState(book: Book) {
  const settings = settingsOf(book);
  const start = yearOf(settings);
  const today = todayIso(book);
  const label = schoolYearLabel(start);
  const props = PropertiesService.getDocumentProperties();
  const progressKey = `newYear.${label}`;
  const done = new Set<string>(JSON.parse(props.getProperty(progressKey) ?? '[]'));
  const blocked = today < closableFrom(start) ? YEAR_UI.tooEarly(settings.params.schoolYear, formatRuDate(closableFrom(start)))
    : done.has('year') ? YEAR_UI.alreadyArchived(YEAR_UI.archiveName(ROADMAP_UI.menu.group, label)) : '';
  return { settings, start, today, label, props, progressKey, done, blocked };
}

/** Why the year cannot be closed now, or '' when it can: asked before the question. */
export const newYearBlocked = (book: Book): string => yearState(book).blocked;

export function newSchoolYear(book: Book): string {
  const { settings, start, today, label, props, progressKey, done, blocked } = yearState(book);
  if (blocked) return blocked;
  // Steps that are not idempotent (rolling the roadmap, moving classes up, the new year) are
  // recorded as done, so a run stopped half-way (6 minutes, a closed tab) is finished by the next.
  const mark = (step: string) => props.setProperty(progressKey, JSON.stringify([...done.add(step)]));

  const archived: string[] = [];
  const archive = (sheet: Sheet | null) => {
    if (sheet && copySheet(book, sheet, YEAR_UI.archiveName(sheet.getName(), label))) archived.push(sheet.getName());
  };

  // Continuing pairs: approved and not ended; their meetings and plans stay in the live sheets.
  const pairs = readTable(PAIRS, book);
  const continuing = new Set((pairs?.records ?? [])
    .filter((r) => cellText(r.cells.status).toLowerCase() === APPROVED).map((r) => cellText(r.cells.pairId)));
  for (const spec of KEPT_BY_PAIR) {
    const sheet = book.getSheetByName(spec.sheet);
    if (!sheet) continue;
    archive(sheet);
    keepRows(book, spec, (cells) => continuing.has(cellText(cells.pairId)) &&
      (spec !== PAIRS || cellText(cells.status).toLowerCase() === APPROVED));
  }
  for (const name of COPIED) archive(book.getSheetByName(name));

  const roadmap = done.has('roadmap') ? null : readRoadmap(book);
  if (roadmap) {
    archive(roadmap.table.sheet);
    const { table, rows } = roadmap;
    const rolled = rollRoadmap(rows, today, nextYearDay);
    const keys = Object.keys(ROADMAP.columns) as RoadmapKey[];
    // Row by row over the whole grid: the curator's own columns and blank rows stay where they are.
    const grid = table.grid.map((r) => r.slice());
    rows.forEach((r, i) => keys.forEach((k, j) => {
      const c = table.index[k];
      if (c !== undefined) grid[r.row - 1]![c] = rolled.values[i]![j] ?? '';
    }));
    // The notes that mark the add-on's steps stay on their cells.
    if (grid.length > 1) {
      table.sheet.getRange(2, 1, grid.length - 1, grid[0]!.length)
        .setValues(toSheetValues(grid.slice(1), book.getSpreadsheetTimeZone()));
    }
  }

  mark('roadmap');

  let moved = 0;
  let graduates = 0;
  for (const spec of [MENTORS, MENTEES]) {
    if (done.has(`promote:${spec.sheet}`)) continue;
    const r = promote(book, spec, start + 1);
    moved += r.moved;
    graduates += r.graduates;
    mark(`promote:${spec.sheet}`);
  }
  setSchoolYear(book, schoolYearText(start + 1));
  mark('year');
  return YEAR_UI.done(settings.params.schoolYear, schoolYearText(start + 1), archived, moved, graduates);
}

/** A copy of a sheet's data (values, formulas, number formats) into a new sheet; false when there is nothing. */
function copySheet(book: Book, sheet: Sheet, name: string): boolean {
  if (book.getSheetByName(name)) return false;
  const range = sheet.getDataRange();
  const values = range.getValues();
  const formulas = range.getFormulas();
  const formats = range.getNumberFormats();
  const copy = book.insertSheet(name, lastVisiblePosition(book));
  const rows = values.length;
  const columns = values[0]?.length ?? 0;
  if (!rows || !columns) return true;
  ensureSize(copy, rows, columns);
  const target = copy.getRange(1, 1, rows, columns);
  // A formula kept in a plain-text cell would be copied as text: formula cells get the automatic format.
  target.setNumberFormats(formats.map((r, i) => r.map((f, j) => (formulas[i]?.[j] ? AUTOMATIC_FORMAT : f))));
  target.setValues(values.map((r, i) => r.map((v, j) => formulas[i]?.[j] || v)));
  copy.getRange(1, 1, 1, columns).setFontWeight('bold');
  copy.setFrozenRows(1);
  return true;
}

/** Keeps the data rows that pass, packed under the header; the rest are in the archive already. */
function keepRows(book: Book, spec: TableSpec<string>, keep: (cells: Record_<string>['cells']) => boolean) {
  const table = readTable(spec, book);
  if (!table || table.grid.length < 2) return;
  const raw = table.sheet.getDataRange().getValues();
  const kept = table.records.filter((r) => keep(r.cells)).map((r) => raw[r.row - 1]!);
  const body = table.sheet.getRange(2, 1, raw.length - 1, raw[0]!.length);
  body.clearContent();
  if (kept.length) table.sheet.getRange(2, 1, kept.length, raw[0]!.length).setValues(kept);
}

/** Moves the pupils of a base up a class: two column writes. */
function promote(book: Book, spec: TableSpec<string>, graduationYear: number) {
  const table = readTable(spec, book);
  if (!table || table.index.grade === undefined || table.index.category === undefined) return { moved: 0, graduates: 0 };
  const moves = moveClasses(table.records as Record_<'grade' | 'category'>[], graduationYear);
  if (!moves.length) return { moved: 0, graduates: 0 };
  const write = (key: 'grade' | 'category') => {
    const col = table.index[key]!;
    const values = columnWith(table.grid, col, new Map(moves.map((m) => [m.row, m[key]])));
    table.sheet.getRange(2, col + 1, values.length, 1).setNumberFormat('@').setValues(toSheetValues(values, book.getSpreadsheetTimeZone()));
  };
  write('grade');
  write('category');
  return { moved: moves.length, graduates: moves.filter((m) => m.category === GRADUATE).length };
}

function setSchoolYear(book: Book, year: string) {
  setParams(book, { schoolYear: year });
}
