/**
 * «Дорожная карта»: created from the template for the school year in «Настройки», kept current by
 * the add-on's own steps (markRoadmapStep) and by the status refresh (menu or a daily trigger).
 */
import type { Settings } from '../../domain/bases/settings';
import { cellText } from '../../domain/cell';
import { texts } from '../docs/texts';
import { isPending, requestWork } from '../triggers/dispatcher';
import { ROADMAP_UI } from '../../domain/roadmap/messages';
import {
  buildRoadmap, currentStage, markStep, nextSteps, refreshStatuses, stepOfNote, type BuiltRoadmap, type NextStep, type RoadmapRow,
} from '../../domain/roadmap/roadmap';
import { DONE, OVERDUE, ROADMAP, ROADMAP_STATUSES, type RoadmapKey, type RoadmapStatus } from '../../domain/roadmap/schema';
import type { StepKey } from '../../domain/roadmap/steps';
import { schoolYearStart } from '../../domain/roadmap/terms';
import { UserError } from '../../domain/errors';
import { hyperlink, readTable, type Table } from '../sheets/table';
import { todayIso, toSheetValues } from '../sheets/values';
import { writeTable } from '../sheets/write';
import { settingsOf } from '../sheets/settings';

type Book = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The school year of «Настройки» as its first calendar year (2025 for 2025/2026). */
export function yearOf(settings: Settings): number {
  const start = schoolYearStart(settings.params.schoolYear);
  if (start === null) throw new UserError(ROADMAP_UI.noYear);
  return start;
}

/** Writes a built roadmap into an empty «Дорожная карта»: notes mark the add-on's steps, rules colour statuses. */
export function writeRoadmap(book: Book, built: BuiltRoadmap): Sheet {
  const sheet = writeTable(book, ROADMAP, built.values);
  const keys = Object.keys(ROADMAP.columns) as RoadmapKey[];
  const col = (k: RoadmapKey) => keys.indexOf(k) + 1;
  const n = built.values.length;
  if (n) {
    sheet.getRange(2, col('activity'), n, 1).setNotes(built.steps.map((s) => [s ? ROADMAP_UI.stepNote[s] : '']))
      .setWrap(true);
    sheet.getRange(2, col('status'), n, 1).setDataValidation(
      SpreadsheetApp.newDataValidation().requireValueInList([...ROADMAP_STATUSES], true).setAllowInvalid(true).build());
  }
  const statusColumn = sheet.getRange(2, col('status'), Math.max(1, sheet.getMaxRows() - 1), 1);
  const rule = (text: RoadmapStatus, background: string, font: string) =>
    SpreadsheetApp.newConditionalFormatRule().whenTextEqualTo(text).setBackground(background).setFontColor(font)
      .setRanges([statusColumn]).build();
  sheet.setConditionalFormatRules([
    ...sheet.getConditionalFormatRules(),
    rule(OVERDUE, '#f4cccc', '#990000'),
    rule(DONE, '#d9ead3', '#274e13'),
  ]);
  return sheet;
}

const REQUIRED: readonly RoadmapKey[] = ['activity', 'start', 'end', 'status'];

export interface RoadmapTable {
  table: Table<RoadmapKey>;
  rows: RoadmapRow[];
}

/** The roadmap read once (values, formulas, and the notes of its «Мероприятие» column); null when missing. */
export function readRoadmap(book: Book): RoadmapTable | null {
  const table = readTable(ROADMAP, book);
  if (!table) return null;
  // Without these the roadmap cannot be read; the others (dates done, link, comment…) may be deleted by the curator.
  const missing = table.missing.filter((k) => REQUIRED.includes(k));
  if (missing.length) throw new UserError(ROADMAP_UI.missingHeaders(missing.map((k) => ROADMAP.columns[k].header)));
  const activity = table.index.activity!;
  const notes = table.grid.length ? table.sheet.getRange(1, activity + 1, table.grid.length, 1).getNotes() : [];
  const rows = table.records.map((r): RoadmapRow => {
    const step = stepOfNote(String(notes[r.row - 1]?.[0] ?? ''));
    return { row: r.row, cells: r.cells, ...(step ? { step } : {}) };
  });
  return { table: table as Table<RoadmapKey>, rows };
}

/** «Создать дорожную карту»: never touches a roadmap that has rows. */
export function createRoadmap(book: Book): string {
  const existing = readRoadmap(book);
  if (existing && existing.rows.length) return ROADMAP_UI.exists(existing.rows.length);
  const settings = settingsOf(book);
  const start = yearOf(settings);
  const built = buildRoadmap(start, settings.params, todayIso(book), texts().roadmap);
  writeRoadmap(book, built);
  return ROADMAP_UI.created(settings.params.schoolYear, built.values.length);
}

/** Status refresh: one read, one write of the status column, whatever the number of rows. */
export function refreshRoadmap(book: Book): Record<RoadmapStatus, number> {
  const read = readRoadmap(book);
  if (!read) throw new UserError(ROADMAP_UI.noRoadmap);
  const { table, rows } = read;
  const statuses = refreshStatuses(rows, todayIso(book));
  const col = table.index.status!;
  const counts = Object.fromEntries(ROADMAP_STATUSES.map((s) => [s, 0])) as Record<RoadmapStatus, number>;
  statuses.forEach((s) => counts[s]++);
  const height = table.grid.length - 1;
  if (height > 0) {
    const column = table.grid.slice(1).map((r, i) => [statuses.get(i + 2) ?? cellText(r[col])]);
    table.sheet.getRange(2, col + 1, height, 1).setValues(column);
  }
  return counts;
}

/**
 * Marks a step of the roadmap done, with today's date and a link to what did it. For other jobs:
 * does nothing (returns 0) when there is no roadmap or its columns were renamed — a step never
 * fails because of the roadmap. Keys: src/domain/roadmap/steps.ts.
 */
export function markRoadmapStep(book: Book, key: StepKey, link?: { url: string; label: string }): number {
  let read: RoadmapTable | null;
  try {
    read = readRoadmap(book);
  } catch (e) {
    if (e instanceof UserError) return 0;
    throw e;
  }
  if (!read) return 0;
  const { table, rows } = read;
  const changes = markStep(rows, key, { date: todayIso(book), ...(link ? { link } : {}) });
  const tz = book.getSpreadsheetTimeZone();
  const { status, doneDate, link: linkColumn } = table.index;
  for (const c of changes) {
    table.sheet.getRange(c.row, status! + 1).setValue(c.status);
    if (doneDate !== undefined) table.sheet.getRange(c.row, doneDate + 1).setValue(toSheetValues([[{ iso: c.doneDate }]], tz)[0]![0]!);
    if (c.link && linkColumn !== undefined) table.sheet.getRange(c.row, linkColumn + 1).setFormula(hyperlink(c.link.url, c.link.label));
  }
  return changes.length;
}

/** «Что дальше»: the next three steps of the roadmap; empty when there is no roadmap. */
export function roadmapNext(book: Book, n = 3): NextStep[] {
  return roadmapNow(book, n).next;
}

/** The next steps and the stage the calendar has reached, from one read of the roadmap. */
export function roadmapNow(book: Book, n = 3): { next: NextStep[]; stage: string | null } {
  const read = readRoadmap(book);
  if (!read) return { next: [], stage: null };
  const today = todayIso(book);
  return { next: nextSteps(read.rows, today, n), stage: currentStage(read.rows, today) };
}


/** Asks the hourly dispatcher for the daily status refresh (once: asking again changes nothing). */
export function installDailyRefresh(): string {
  if (isPending('daily')) return ROADMAP_UI.triggerExists;
  requestWork('daily');
  return ROADMAP_UI.triggerInstalled;
}
