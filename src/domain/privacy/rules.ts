import { cellText, isBlank, isDate, type Cell } from '../cell';
import type { CellChange } from '../import/snapshot';
import { CONSENT_WITHDRAWN } from '../bases/schema';
import { APPROVED, COMPLETED, PROPOSED, REJECTED } from '../pairs/schema';
import { isPseudonym } from './find';
import { teachingYearEnd } from '../roadmap/terms';

/** Fields of a base row kept after erasure: they carry no identity and keep statistics counting. */
export const KEPT_AFTER_ERASE = ['category', 'grade', 'form', 'status', 'entryDate', 'consent', 'consentBy', 'consentDate'] as const;

/** Codes of the people whose consent is «отозвано»; `erased` false leaves out the pseudonyms of erased people. */
export function withdrawnCodes(people: readonly { cells: Partial<Record<string, Cell>> }[], erased = true): Set<string> {
  return new Set(people.filter((p) => cellText(p.cells.consent) === CONSENT_WITHDRAWN && (erased || !isPseudonym(cellText(p.cells.fullName))))
    .map((p) => cellText(p.cells.code)).filter(Boolean));
}

/**
 * The person's own row of a base after erasure: code and ФИО become the pseudonym, consent is
 * «отозвано», the kept fields stay, every other filled cell (the curator's own columns too) is emptied.
 */
export function eraseBaseRow(row: number, grid: readonly Cell[], index: Partial<Record<string, number>>, pseudonym: string): CellChange[] {
  const byCol = new Map(Object.entries(index).map(([k, c]) => [c!, k]));
  const out: CellChange[] = [];
  grid.forEach((v, col) => {
    const key = byCol.get(col) ?? '';
    if (key === 'code' || key === 'fullName') out.push({ row, col, value: pseudonym });
    else if (key === 'consent') {
      if (cellText(v) !== CONSENT_WITHDRAWN) out.push({ row, col, value: CONSENT_WITHDRAWN });
    } else if (!(KEPT_AFTER_ERASE as readonly string[]).includes(key) && !isBlank(v)) out.push({ row, col, value: '' });
  });
  return out;
}

/**
 * Ending the pairs of people (one code or several) after consent is withdrawn: an approved pair is «завершена» today with the
 * reason; a proposed one is «отклонена». `rows` are «Пары» records keyed by the pairs' column keys.
 */
export function endPairs(
  rows: readonly { row: number; cells: Partial<Record<string, Cell>> }[],
  index: Partial<Record<string, number>>,
  code: string | ReadonlySet<string>,
  todayIso: string,
  reason: string,
): { changes: CellChange[]; ended: number } {
  const changes: CellChange[] = [];
  let ended = 0;
  const at = (k: string) => index[k];
  const codes = typeof code === 'string' ? new Set([code]) : code;
  for (const r of rows) {
    const c = r.cells;
    if (!codes.has(cellText(c.mentorCode)) && !codes.has(cellText(c.menteeCode))) continue;
    const status = cellText(c.status);
    const next = status === APPROVED ? COMPLETED : status === PROPOSED || status === '' ? REJECTED : null;
    if (!next) continue;
    ended += 1;
    const set = (k: string, value: Cell) => {
      const col = at(k);
      if (col !== undefined) changes.push({ row: r.row, col, value });
    };
    set('status', next);
    set('endDate', { iso: todayIso });
    set('endReason', reason);
  }
  return { changes, ended };
}

export type RetentionReason = 'withdrawn' | 'expired';
export const FINISHED_STATUSES = ['завершил', 'выбыл'];

/** The day the programme ended for a person: their last pair's end, else 31 May of their school year of entry. */
function endOf(cells: Partial<Record<string, Cell>>, pairEnds: readonly string[]): string | null {
  if (pairEnds.length) return [...pairEnds].sort().at(-1)!;
  const entry = cells.entryDate;
  if (!isDate(entry)) return null;
  return teachingYearEnd(entry.iso);
}

const plusYears = (iso: string, years: number) => `${Number(iso.slice(0, 4)) + years}${iso.slice(4)}`;

/**
 * «Проверить сроки хранения»: people whose consent is withdrawn (their data should be erased) and
 * people who left or finished the programme (status) more than `years` ago. Erased rows (pseudonyms) are not listed.
 */
export function overdue(
  people: readonly { base: string; row: number; cells: Partial<Record<string, Cell>> }[],
  pairEndsByCode: ReadonlyMap<string, string[]>,
  years: number,
  todayIso: string,
): { base: string; row: number; code: string; reason: RetentionReason; since: string }[] {
  const out: { base: string; row: number; code: string; reason: RetentionReason; since: string }[] = [];
  for (const p of people) {
    const code = cellText(p.cells.code);
    if (isPseudonym(code) || isPseudonym(cellText(p.cells.fullName))) continue;
    if (cellText(p.cells.consent) === CONSENT_WITHDRAWN) {
      out.push({ base: p.base, row: p.row, code, reason: 'withdrawn', since: '' });
      continue;
    }
    const ends = pairEndsByCode.get(code) ?? [];
    if (!FINISHED_STATUSES.includes(cellText(p.cells.status))) continue;
    const end = endOf(p.cells, ends);
    if (end && plusYears(end, years) < todayIso) out.push({ base: p.base, row: p.row, code, reason: 'expired', since: plusYears(end, years) });
  }
  return out;
}

/** The retention setting: whole years, 3 when empty or not a number. */
export function retentionYears(text: string): number {
  const n = Number(String(text).replace(',', '.').trim());
  return Number.isInteger(n) && n >= 0 && String(text).trim() !== '' ? n : 3;
}
