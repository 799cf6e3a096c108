import { cellText, isDate, parseRuDate, type Cell } from '../cell';
import type { Record_ } from '../table';
import { DONE, IN_PROGRESS, OVERDUE, PLANNED, ROADMAP, type RoadmapKey, type RoadmapStatus } from './schema';
import { ONE_ROW_A_TIME, type StepKey } from './steps';
import { STAGES } from './stages';
import type { Role, TemplateRow } from './template';
import { parseTerm } from './terms';
import { ROADMAP_UI } from './messages';

/** A row of «Дорожная карта» as read, with the add-on step it stands for (if any). */
export type RoadmapRow = Record_<RoadmapKey> & { step?: StepKey };

export interface People {
  director: string;
  curator: string;
}

const isPerson = (r: Role): r is keyof People => r === 'director' || r === 'curator';

/** «Петрова Анна Ивановна (куратор), классные руководители». */
export function responsibleText(roles: readonly Role[], people: People): string {
  return roles
    .map((r) => {
      if (!isPerson(r)) return r;
      const name = people[r].trim();
      return name ? `${name} (${ROADMAP_UI.role[r]})` : ROADMAP_UI.role[r];
    })
    .join(', ')
    .replace(/^./, (c) => c.toUpperCase());
}

/** A date cell, or a date typed as text, as ISO; '' when there is none. */
export function dateIso(v: Cell | undefined): string {
  if (v === undefined) return '';
  if (isDate(v)) return v.iso;
  return parseRuDate(cellText(v)) ?? '';
}

const isDone = (cells: RoadmapRow['cells']) =>
  cellText(cells.status).toLowerCase() === DONE || dateIso(cells.doneDate) !== '';

/** The status a row has today: done stays done; otherwise by its dates. */
export function statusOf(cells: RoadmapRow['cells'], today: string): RoadmapStatus {
  if (isDone(cells)) return DONE;
  const end = dateIso(cells.end);
  const start = dateIso(cells.start);
  if (end && end < today) return OVERDUE;
  if (start && start <= today) return IN_PROGRESS;
  return PLANNED;
}

export interface BuiltRoadmap {
  /** Rows in the column order of ROADMAP, header excluded. */
  values: Cell[][];
  steps: (StepKey | undefined)[];
}

/** The template (or given rows) for the school year starting in September of `start`. */
export function buildRoadmap(start: number, people: People, today: string, rows: readonly TemplateRow[]): BuiltRoadmap {
  const keys = Object.keys(ROADMAP.columns) as RoadmapKey[];
  const values = rows.map((t, i) => {
    const span = parseTerm(t.term, start);
    const cells: Partial<Record<RoadmapKey, Cell>> = {
      number: i + 1,
      stage: `${t.stage}. ${STAGES[t.stage - 1] ?? ''}`,
      activity: t.activity,
      start: span ? { iso: span.start } : '',
      end: span ? { iso: span.end } : '',
      responsible: responsibleText(t.responsible, people),
      result: t.result,
    };
    cells.status = statusOf(cells, today);
    return keys.map((k) => cells[k] ?? '');
  });
  return { values, steps: rows.map((t) => t.step) };
}

/** New status of every row, in row order (rows the curator left blank are absent). */
export function refreshStatuses(rows: readonly RoadmapRow[], today: string): Map<number, RoadmapStatus> {
  return new Map(rows.map((r) => [r.row, statusOf(r.cells, today)]));
}

export interface StepMark {
  date: string;
  /** A URL of the sheet, form or document that did the step. */
  link?: { url: string; label: string };
}

export interface RowChange {
  row: number;
  status: RoadmapStatus;
  doneDate: string;
  link?: { url: string; label: string };
}

/**
 * Marks the rows of a step «выполнено» with the date and link. Rows already done keep their
 * first date; a row the curator deleted is simply not found.
 */
export function markStep(rows: readonly RoadmapRow[], key: StepKey, mark: StepMark): RowChange[] {
  const open = rows.filter((r) => r.step === key && !isDone(r.cells));
  const byEnd = [...open].sort((a, b) => (dateIso(a.cells.end) || '9999').localeCompare(dateIso(b.cells.end) || '9999'));
  // A step done once a period marks the period it is done for: the first open row not yet past its
  // deadline (a May report marks the May row even when December's was missed), else the last one.
  const due = byEnd.find((r) => (dateIso(r.cells.end) || '9999') >= mark.date) ?? byEnd.at(-1);
  return (ONE_ROW_A_TIME.has(key) ? (due ? [due] : []) : open)
    .map((r) => ({ row: r.row, status: DONE, doneDate: mark.date, ...(mark.link ? { link: mark.link } : {}) }));
}

export interface NextStep {
  row: number;
  number: string;
  stage: string;
  activity: string;
  responsible: string;
  startIso: string;
  endIso: string;
  status: RoadmapStatus;
  step?: StepKey;
}

const rank: Record<RoadmapStatus, number> = { [OVERDUE]: 0, [IN_PROGRESS]: 1, [PLANNED]: 2, [DONE]: 3 };

/** «Что дальше»: the first `n` rows not done — overdue first, then in progress, then planned, by deadline. */
/** The stage the calendar has reached: that of the activity started last (by its start date), or null. */
export function currentStage(rows: readonly RoadmapRow[], today: string): string | null {
  let best: { start: string; stage: string } | null = null;
  for (const r of rows) {
    const start = dateIso(r.cells.start);
    if (start && start <= today && (!best || start > best.start)) best = { start, stage: cellText(r.cells.stage) };
  }
  return best?.stage ?? null;
}

export function nextSteps(rows: readonly RoadmapRow[], today: string, n = 3): NextStep[] {
  return rows
    .map((r) => ({ r, status: statusOf(r.cells, today), end: dateIso(r.cells.end), start: dateIso(r.cells.start) }))
    .filter((x) => x.status !== DONE)
    .sort((a, b) => rank[a.status] - rank[b.status] || (a.end || '9999').localeCompare(b.end || '9999') || a.r.row - b.r.row)
    .slice(0, n)
    .map(({ r, status, end, start }) => ({
      row: r.row,
      number: cellText(r.cells.number),
      stage: cellText(r.cells.stage),
      activity: cellText(r.cells.activity),
      responsible: cellText(r.cells.responsible),
      startIso: start,
      endIso: end,
      status,
      ...(r.step ? { step: r.step } : {}),
    }));
}

/**
 * The roadmap of the next school year from this one: the curator's rows and edits kept, dates a
 * year later, marks cleared.
 */
export function rollRoadmap(rows: readonly RoadmapRow[], today: string, shift: (iso: string) => string): BuiltRoadmap {
  const keys = Object.keys(ROADMAP.columns) as RoadmapKey[];
  const values = rows.map((r) => {
    const cells: Partial<Record<RoadmapKey, Cell>> = { ...r.cells, status: '', doneDate: '', link: '' };
    for (const k of ['start', 'end'] as const) {
      const d = dateIso(r.cells[k]);
      if (d) cells[k] = { iso: shift(d) };
    }
    cells.status = statusOf(cells, today);
    return keys.map((k) => cells[k] ?? '');
  });
  return { values, steps: rows.map((r) => r.step) };
}

/** The step a row stands for is kept in the note of its «Мероприятие» cell (the curator may edit the text). */
export function stepOfNote(note: string): StepKey | undefined {
  const t = note.trim();
  if (!t) return undefined;
  return (Object.keys(ROADMAP_UI.stepNote) as StepKey[]).find((k) => ROADMAP_UI.stepNote[k] === t);
}
