import { cellText, type Cell } from '../cell';
import { dateIso } from '../roadmap/roadmap';
import { addDays, daysBetween } from '../roadmap/terms';
import type { Record_ } from '../table';
import { isTaskDone } from './plans';
import type { MeetingKey, PlanKey, ProgressKey } from './schema';
import { LIFE_UI } from './messages';

/** An approved pair or group, as progress sees it (a group's rows joined). */
export interface ActivePair {
  pairId: string;
  mentor: string;
  mentees: string[];
  form: string;
  start: string;
}

/** Default of «Недель без встречи до предупреждения» when the curator left it blank. */
export const DEFAULT_SILENT_WEEKS = 3;
/** Opening meetings two weeks apart, then a working meeting every two weeks. */
const MEETING_EVERY_DAYS = 14;

export function silentWeeksOf(param: string): number {
  const n = Number(param.replace(',', '.'));
  return Number.isFinite(n) && n > 0 ? n : DEFAULT_SILENT_WEEKS;
}

/** Meetings the schedule expects between the start and today (none before the start). */
export function plannedMeetings(start: string, today: string, end?: string): number {
  const until = end && end < today ? end : today;
  if (!start || until < start) return 0;
  return Math.floor(daysBetween(start, until) / MEETING_EVERY_DAYS) + 1;
}

export interface PairProgress {
  pairId: string;
  held: number;
  planned: number;
  tasksDone: number;
  tasks: number;
  tasksOverdue: number;
  lastContact: string;
  weeksSilent: number;
  attention: string[];
}

export function progressOf(
  pairs: readonly ActivePair[],
  meetings: readonly Record_<MeetingKey>[],
  plans: readonly Record_<PlanKey>[],
  today: string,
  silentWeeks: number,
): PairProgress[] {
  const dates = new Map<string, string[]>();
  for (const m of meetings) {
    const d = dateIso(m.cells.date);
    if (!d || d > today) continue;
    const id = cellText(m.cells.pairId);
    (dates.get(id) ?? dates.set(id, []).get(id)!).push(d);
  }
  const tasks = new Map<string, { done: number; all: number; overdue: number }>();
  for (const t of plans) {
    const id = cellText(t.cells.pairId);
    const s = tasks.get(id) ?? tasks.set(id, { done: 0, all: 0, overdue: 0 }).get(id)!;
    s.all++;
    if (isTaskDone(t.cells.done)) s.done++;
    else if (dateIso(t.cells.deadline) && dateIso(t.cells.deadline) < today) s.overdue++;
  }
  return pairs.map((p) => {
    const held = dates.get(p.pairId) ?? [];
    const last = held.reduce((a, b) => (b > a ? b : a), '');
    const since = last || p.start;
    const weeksSilent = since && since <= today ? Math.floor(daysBetween(since, today) / 7) : 0;
    const t = tasks.get(p.pairId) ?? { done: 0, all: 0, overdue: 0 };
    const attention: string[] = [];
    if (weeksSilent >= silentWeeks) attention.push(last ? LIFE_UI.silent(weeksSilent) : LIFE_UI.noMeetings(weeksSilent));
    if (t.overdue) attention.push(LIFE_UI.tasksOverdue(t.overdue));
    if (!t.all && p.start && addDays(p.start, 30) < today) attention.push(LIFE_UI.noPlan);
    return {
      pairId: p.pairId, held: held.length, planned: plannedMeetings(p.start, today), tasksDone: t.done, tasks: t.all,
      tasksOverdue: t.overdue, lastContact: last, weeksSilent, attention,
    };
  });
}

/** Rows of «Ход работы пар», keyed by its columns. */
export function progressRows(pairs: readonly ActivePair[], progress: readonly PairProgress[]): Partial<Record<ProgressKey, Cell>>[] {
  return progress.map((g, i) => {
    const p = pairs[i]!;
    return {
      pairId: p.pairId, mentor: p.mentor, mentee: p.mentees.join(', '), form: p.form, held: g.held, planned: g.planned,
      tasks: g.tasks ? `${g.tasksDone} из ${g.tasks}` : '—',
      lastContact: g.lastContact ? { iso: g.lastContact } : '', weeksSilent: g.weeksSilent, attention: g.attention.join('; '),
    };
  });
}
