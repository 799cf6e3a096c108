import { cellText, formatRuDate } from '../cell';
import { normaliseName } from '../text';
import { APPROVED, COMPLETED, type PairKey } from '../pairs/schema';
import { dateIso } from '../roadmap/roadmap';
import type { Record_ } from '../table';
import type { ActivePair } from './progress';

type PairRow = Record_<PairKey>;
const isApproved = (r: PairRow) => cellText(r.cells.status).toLowerCase() === APPROVED;

/** Approved pairs and groups: rows with one id joined, in sheet order. */
export function activePairs(rows: readonly PairRow[], fallbackStart: string): ActivePair[] {
  const byId = new Map<string, ActivePair>();
  for (const r of rows.filter(isApproved)) {
    const id = cellText(r.cells.pairId) || `строка ${r.row}`;
    const found = byId.get(id);
    if (found) found.mentees.push(cellText(r.cells.mentee));
    else byId.set(id, {
      pairId: id, mentor: cellText(r.cells.mentor), mentees: [cellText(r.cells.mentee)], form: cellText(r.cells.form),
      start: dateIso(r.cells.startDate) || fallbackStart,
    });
  }
  return [...byId.values()];
}

export interface Ending {
  pairId: string;
  reason: string;
  results: string;
  caseLink?: string;
  date?: string;
}

export interface PairChange {
  row: number;
  status: string;
  endDate: string;
  endReason: string;
  results: string;
}

/**
 * Completion (seed 002 §7): approved rows the curator marked (a reason typed in «Причина
 * завершения»), plus explicit endings from the sidebar, become «завершена» with an end date.
 */
export function planCompletion(rows: readonly PairRow[], endings: readonly Ending[], today: string): PairChange[] {
  const explicit = new Map(endings.map((e) => [e.pairId, e]));
  const out: PairChange[] = [];
  for (const r of rows.filter(isApproved)) {
    const e = explicit.get(cellText(r.cells.pairId));
    const reason = e?.reason ?? cellText(r.cells.endReason);
    if (!reason) continue;
    out.push({
      row: r.row, status: COMPLETED, endDate: e?.date ?? (dateIso(r.cells.endDate) || today), endReason: reason,
      results: e?.results ?? cellText(r.cells.results),
    });
  }
  return out;
}

/** What completion writes into a person's row of a base. */
export interface PersonUpdate {
  row: number;
  results: string;
  caseLink: string;
  status: string;
}

export interface PersonRef {
  code: string;
  name: string;
  line: string;
  caseLink: string;
  /** The status the person gets; null keeps theirs (a mentor still in another pair). */
  status: string | null;
}

/**
 * The base rows to change: each person found by code, else by name. Results are appended as a new
 * line (the bases keep the history of every year); a line already there is not added twice.
 */
export function baseUpdates(
  people: readonly Record_<'code' | 'fullName' | 'results' | 'caseLink' | 'status'>[],
  refs: readonly PersonRef[],
): PersonUpdate[] {
  const byCode = new Map(people.map((p) => [cellText(p.cells.code), p]));
  const byName = new Map(people.map((p) => [normaliseName(cellText(p.cells.fullName)), p]));
  const out = new Map<number, PersonUpdate>();
  for (const ref of refs) {
    const p = (ref.code && byCode.get(ref.code)) || byName.get(normaliseName(ref.name));
    if (!p) continue;
    const cur = out.get(p.row) ?? {
      row: p.row, results: cellText(p.cells.results), caseLink: cellText(p.cells.caseLink), status: cellText(p.cells.status),
    };
    if (ref.line && !cur.results.split('\n').includes(ref.line)) cur.results = cur.results ? `${cur.results}\n${ref.line}` : ref.line;
    if (ref.caseLink && !cur.caseLink.split('\n').includes(ref.caseLink)) {
      cur.caseLink = cur.caseLink ? `${cur.caseLink}\n${ref.caseLink}` : ref.caseLink;
    }
    if (ref.status) cur.status = ref.status;
    out.set(p.row, cur);
  }
  return [...out.values()];
}

/** «2025/2026, пара П-001 (план выполнен, 20.05.2026): результаты». */
export const resultLine = (year: string, pairId: string, reason: string, endDate: string, results: string): string =>
  `${year}, пара ${pairId} (${reason}, ${formatRuDate(endDate)})${results ? `: ${results}` : ''}`;

