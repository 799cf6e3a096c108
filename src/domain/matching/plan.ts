import { cellText, type Cell } from '../cell';
import { APPROVED, COMPLETED, PROPOSED, REJECTED, REPLACED, type PairKey } from '../pairs/schema';
import type { Record_ } from '../table';
import { match, type MatchResult, type Mode } from './engine';
import { MATCHING_UI } from './messages';
import type { Person } from './people';
import { pairKey, type Rules } from './rules';

export type PairRow = Record_<PairKey>;
export type PairCells = Partial<Record<PairKey, Cell>>;
/** A row of the new «Пары»: an existing row kept exactly as it is (by its row number), or new cells. */
export type OutRow = { keep: number } | { cells: PairCells };

export const statusOf = (r: PairRow) => cellText(r.cells.status).toLowerCase();

/**
 * Rows a re-run never touches: decided ones (approved, rejected, history), proposals the curator
 * commented on — a comment locks the proposal as it is — and rows the curator typed without a
 * status (the add-on always writes one).
 */
export function isKept(r: PairRow): boolean {
  return statusOf(r) !== PROPOSED || cellText(r.cells.comment) !== '';
}
/** Kept rows that hold a seat: approved pairs, locked proposals and the curator's own rows. */
const holdsSeat = (r: PairRow) => isKept(r) && [APPROVED, PROPOSED, ''].includes(statusOf(r));
const code = (v: Cell | undefined) => cellText(v);

export interface PairsPlan {
  rows: OutRow[];
  proposed: number;
  kept: number;
  result: MatchResult;
}

/**
 * «Подобрать пары» on the sheet: kept rows stay where they are, a proposal that comes again keeps
 * its place, other new proposals fill the freed places, then follow; ids stay stable per mentor.
 */
export function planPairs(existing: readonly PairRow[], mentors: Person[], mentees: Person[], rules: Rules, mode: Mode): PairsPlan {
  const excluded = new Set(rules.excluded);
  for (const r of existing) {
    const s = statusOf(r);
    if (s === REJECTED || s === REPLACED) excluded.add(pairKey(code(r.cells.mentorCode), code(r.cells.menteeCode)));
  }
  const taken = new Map<string, number>();
  const settled = new Set<string>();
  for (const r of existing.filter(holdsSeat)) {
    taken.set(code(r.cells.mentorCode), (taken.get(code(r.cells.mentorCode)) ?? 0) + 1);
    settled.add(code(r.cells.menteeCode));
  }
  const result = match({ mentors, mentees, rules: { ...rules, excluded }, mode, taken, settled });

  const fresh = new Map(result.pairs.map((p) => [pairKey(p.mentor.code, p.mentee.code), p]));
  const used = new Set<string>();
  const layout: (OutRow | 'free')[] = existing.map((r) => {
    if (isKept(r)) return { keep: r.row };
    const key = pairKey(code(r.cells.mentorCode), code(r.cells.menteeCode));
    if (fresh.has(key) && !used.has(key)) {
      used.add(key);
      return { cells: cellsOf(fresh.get(key)!) };
    }
    return 'free';
  });
  const rest = result.pairs.filter((p) => !used.has(pairKey(p.mentor.code, p.mentee.code))).map((p) => ({ cells: cellsOf(p) }));
  const placed = layout.map((slot) => (slot === 'free' ? rest.shift() ?? null : slot));
  const out = [...placed, ...rest].filter((r): r is OutRow => r !== null);
  assignIds(out, existing);
  return { rows: out, proposed: result.pairs.length, kept: existing.filter(isKept).length, result };
}

function cellsOf(p: MatchResult['pairs'][number]): PairCells {
  return {
    mentorCode: p.mentor.code, mentor: p.mentor.name, menteeCode: p.mentee.code, mentee: p.mentee.name,
    form: p.mentee.formName, roleModel: p.roleModel, score: p.score, explanation: p.explanation,
    alternatives: p.alternatives.length
      ? p.alternatives.map((a) => MATCHING_UI.alternative(a.mentor.name, a.score, a.free)).join('; ')
      : MATCHING_UI.noAlternatives,
    status: PROPOSED,
  };
}

const ID = /^П-(\d+)$/;

/**
 * One id per mentor's current pair or group (its approved, locked and proposed rows); history rows
 * keep theirs. A new proposal reuses the id its mentor had, so ids do not jump between runs.
 */
function assignIds(rows: OutRow[], existing: readonly PairRow[]) {
  let max = 0;
  for (const r of existing) max = Math.max(max, Number(ID.exec(code(r.cells.pairId))?.[1] ?? 0));
  const idOf = new Map<string, string>();
  for (const r of existing) {
    const id = code(r.cells.pairId);
    if (id && holdsSeat(r)) idOf.set(code(r.cells.mentorCode), id);
  }
  for (const r of existing) {
    const id = code(r.cells.pairId);
    if (id && !isKept(r) && !idOf.has(code(r.cells.mentorCode))) idOf.set(code(r.cells.mentorCode), id);
  }
  for (const r of rows) {
    if ('keep' in r) continue;
    const mentor = code(r.cells.mentorCode);
    let id = idOf.get(mentor);
    if (!id) idOf.set(mentor, (id = `П-${String(++max).padStart(4, '0')}`));
    r.cells.pairId = id;
  }
}

/** The id the sidebar uses for one row: pair id and mentee code. */
export const rowId = (cells: PairCells) => `${code(cells.pairId)}/${code(cells.menteeCode)}`;

/** Statuses a curator may set from the sidebar. */
export type Decision = typeof APPROVED | typeof REJECTED | typeof PROPOSED;

/** The cells to change when the curator decides on a pair; approval starts it today. */
export function decide(row: PairRow, decision: Decision, todayIso: string): PairCells {
  const cells: PairCells = { status: decision };
  if (decision === APPROVED && !row.cells.startDate) cells.startDate = { iso: todayIso };
  return cells;
}

/** «Заменить наставника»: the old pair is kept as history, marked replaced with a date and reason. */
export function replacement(todayIso: string, reason: string): PairCells {
  return { status: REPLACED, endDate: { iso: todayIso }, endReason: reason || MATCHING_UI.replaceDefaultReason };
}

/** Pairs that may be replaced: current ones. */
export const replaceable = (r: PairRow) => [APPROVED, PROPOSED, ''].includes(statusOf(r));

/**
 * What the bases should say after approvals: each mentee's mentor and each mentor's mentees, for
 * everyone who appears in «Пары» (others keep whatever the curator typed).
 */
export function assignments(rows: readonly PairRow[]) {
  const mentorOf = new Map<string, string[]>();
  const menteesOf = new Map<string, string[]>();
  for (const r of rows) {
    const mentor = code(r.cells.mentorCode);
    const mentee = code(r.cells.menteeCode);
    if (!mentor || !mentee) continue;
    if (!mentorOf.has(mentee)) mentorOf.set(mentee, []);
    if (!menteesOf.has(mentor)) menteesOf.set(mentor, []);
    if (statusOf(r) !== APPROVED) continue;
    mentorOf.get(mentee)!.push(cellText(r.cells.mentor));
    menteesOf.get(mentor)!.push(cellText(r.cells.mentee));
  }
  const join = (m: Map<string, string[]>) => new Map([...m].map(([k, v]) => [k, v.join(', ')]));
  return { mentees: join(mentorOf), mentors: join(menteesOf) };
}

/** A pair as the sidebar shows it: plain JSON, no dates. */
export interface SidebarPair {
  id: string;
  pairId: string;
  mentor: string;
  mentee: string;
  form: string;
  score: number;
  explanation: string;
  alternatives: string;
  status: string;
  comment: string;
}

export function sidebarPairs(rows: readonly PairRow[]): SidebarPair[] {
  return rows
    .filter((r) => statusOf(r) !== COMPLETED && statusOf(r) !== REPLACED && code(r.cells.menteeCode))
    .map((r) => ({
      id: rowId(r.cells),
      pairId: code(r.cells.pairId),
      mentor: cellText(r.cells.mentor),
      mentee: cellText(r.cells.mentee),
      form: cellText(r.cells.form),
      score: Number(r.cells.score) || 0,
      explanation: cellText(r.cells.explanation),
      alternatives: cellText(r.cells.alternatives),
      status: statusOf(r),
      comment: cellText(r.cells.comment),
    }));
}
