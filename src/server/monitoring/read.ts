import { cellText, type Cell } from '../../domain/cell';
import { MENTEES, MENTORS } from '../../domain/bases/schema';
import { readSettings, SETTINGS_SHEET, schoolYearOf, type Settings } from '../../domain/bases/settings';
import { PAIRS } from '../../domain/pairs/schema';
import { ENTRY_EXIT, SATISFACTION } from '../../domain/surveys/schema';
import { MEETINGS } from '../../domain/meetings/schema';
import { toAnswers, toMeasurements } from '../../domain/monitoring/answers';
import { computeKpis, readTargets, type Kpi, type PairLink, type Person } from '../../domain/monitoring/kpi';
import { MONITORING } from '../../domain/monitoring/messages';
import { analyseSatisfaction, satisfiedShare, type Stage1 } from '../../domain/monitoring/stage1';
import { analyseGrowth, type Stage2 } from '../../domain/monitoring/stage2';
import type { TableSpec } from '../../domain/table';
import { readTable } from '../sheets/table';
import { toCells, todayIso } from '../sheets/values';

type Book = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Row = { row: number; cells: Partial<Record<string, Cell>> };

/** Everything monitoring computes from the Sheet, read once per source sheet. */
export interface Analysis {
  today: string;
  year: string;
  settings: Settings;
  threshold: number;
  stage1: Stage1;
  stage2: Stage2;
  kpis: Kpi[];
  pairs: { pairId: string; form: string; mentorCode: string; menteeCode: string; status: string }[];
  meetingsKnown: boolean;
  answers: number;
  warnings: string[];
}

/** Blank or unreadable → 70% (the seeds' «satisfied» starts at 7 of 10). */
export const DEFAULT_THRESHOLD = 0.7;

export function analyseBook(book: Book): Analysis {
  const zone = book.getSpreadsheetTimeZone();
  const warnings: string[] = [];
  const rows = (spec: TableSpec, needed: boolean): Row[] => {
    const t = readTable(spec, book);
    if (!t) {
      if (needed) warnings.push(MONITORING.missingSheet(spec.sheet));
      return [];
    }
    if (t.missing.length) warnings.push(MONITORING.missingColumns(spec.sheet, t.missing.map((k) => spec.columns[k]!.header)));
    return t.records;
  };
  const settingsSheet = book.getSheetByName(SETTINGS_SHEET);
  const grid = settingsSheet ? toCells(settingsSheet.getDataRange().getValues(), zone) : [];
  const settings = readSettings(grid);
  const today = todayIso(book);
  const year = settings.params.schoolYear || schoolYearOf(today);
  const threshold = percent(settings.params.satisfactionThreshold) ?? DEFAULT_THRESHOLD;

  const answers = toAnswers(rows(SATISFACTION, true));
  const measurements = toMeasurements(rows(ENTRY_EXIT, true));
  const pairRows = rows(PAIRS, true);
  const pairs = pairRows.map((r) => ({
    pairId: cellText(r.cells.pairId), form: cellText(r.cells.form), mentorCode: cellText(r.cells.mentorCode),
    menteeCode: cellText(r.cells.menteeCode), status: cellText(r.cells.status),
  }));
  const meetingSheet = book.getSheetByName(MEETINGS.sheet) !== null;
  const meetings = meetingSheet ? meetingsPerMentee(rows(MEETINGS, false), pairs) : null;

  const stage1 = analyseSatisfaction(answers, threshold);
  const satisfaction = new Map([...stage1.people].map(([code, p]) => [code, p.level]));
  const stage2 = analyseGrowth(measurements, satisfaction, meetings);
  const people = (spec: TableSpec) => rows(spec, true).map(personOf);
  const kpis = computeKpis(people(MENTORS), people(MENTEES), pairs as PairLink[], {
    students: count(settings.params.studentsTotal),
    teachers: count(settings.params.teachersTotal),
    youngTeachers: count(settings.params.youngTeachersTotal),
    partners: count(settings.params.partnersTotal),
  }, {
    mentors: satisfiedShare(stage1.people, 'наставник', threshold),
    mentees: satisfiedShare(stage1.people, 'наставляемый', threshold),
  }, readTargets(grid, year));
  return { today, year, settings, threshold, stage1, stage2, kpis, pairs, meetingsKnown: meetingSheet, answers: answers.length, warnings };
}

function personOf(r: Row): Person {
  const exp = Number(cellText(r.cells.experience).replace(',', '.'));
  return { code: cellText(r.cells.code), category: cellText(r.cells.category), experience: cellText(r.cells.experience) && Number.isFinite(exp) ? exp : null };
}

/** Meetings are logged per pair or group: each mentee of the pair is credited with each meeting. */
function meetingsPerMentee(rows: readonly Row[], pairs: Analysis['pairs']): Map<string, number> {
  const perPair = new Map<string, number>();
  for (const r of rows) {
    const id = cellText(r.cells.pairId);
    if (id) perPair.set(id, (perPair.get(id) ?? 0) + 1);
  }
  const out = new Map<string, number>();
  for (const p of pairs) if (p.menteeCode && p.pairId) out.set(p.menteeCode, perPair.get(p.pairId) ?? 0);
  return out;
}

const count = (text: string): number | null => {
  const n = Number(text.replace(/\s/g, '').replace(',', '.'));
  return text.trim() && Number.isFinite(n) && n > 0 ? n : null;
};

const percent = (text: string): number | null => {
  const n = count(text.replace('%', ''));
  return n !== null && n <= 100 ? n / 100 : null;
};
