/**
 * Erasure, sheet by sheet (issue 13): what happens to a person's cells depends on whose sheet it is.
 * - the add-on's tables (bases, «Пары», answer sheets): `anonymise` and `eraseBaseRow` (find.ts, rules.ts);
 * - «Журнал»: the event stays (when, which sheet, which field), who and the code become the
 *   pseudonym, the values are removed;
 * - every other sheet (a form's response sheet, an import source, «На проверку», the curator's
 *   own): the person's own rows are emptied, but for a timestamp in the first column, and their
 *   code or name cell holds the pseudonym, so counts stay.
 */
import { cellText, isBlank, isDate, type Cell } from '../cell';
import type { CellChange } from '../import/snapshot';
import { anonymise, ownRowsOf, REMOVED, replaceName, type Hit, type Person } from './find';

/** The person's own rows emptied; the first code or name cell of each holds the pseudonym. */
export function blankOwnRows(grid: readonly (readonly Cell[])[], hits: readonly Hit[], person: Person, pseudonym: string, others: readonly string[] = []): CellChange[] {
  const out: CellChange[] = [];
  for (const row of ownRowsOf(hits)) {
    const label = hits.find((h) => h.row === row && (h.kind === 'code' || h.kind === 'name'))?.col;
    (grid[row - 1] ?? []).forEach((v, col) => {
      if (col === label) out.push({ row, col, value: pseudonym });
      else if (!isBlank(v) && !(col === 0 && isDate(v))) out.push({ row, col, value: '' });
    });
  }
  // Cells naming the person in rows of other people (a text, a contact) are rewritten as elsewhere.
  const own = ownRowsOf(hits);
  return [...out, ...anonymise(grid, hits.filter((h) => !own.has(h.row)), person, pseudonym, others)];
}

export interface JournalColumns {
  who?: number;
  code?: number;
  old?: number;
  new?: number;
}

/**
 * «Журнал» after erasure: the person's lines (their code in «Код участника», or their name in
 * «Кто») keep when and what happened; who and the code become the pseudonym, «Было» and «Стало»
 * become «[удалено]». Other cells naming them (a text) are anonymised as anywhere else.
 */
export function redactJournal(grid: readonly (readonly Cell[])[], index: JournalColumns, hits: readonly Hit[], person: Person,
  pseudonym: string, others: readonly string[] = []): CellChange[] {
  const out = new Map<string, CellChange>();
  const set = (row: number, col: number | undefined, value: Cell) => {
    if (col !== undefined && cellText(grid[row - 1]?.[col]) !== cellText(value)) out.set(`${row}:${col}`, { row, col, value });
  };
  const mine = new Set(hits.map((h) => h.row));
  for (const row of mine) {
    const line = grid[row - 1] ?? [];
    const isTheirs = index.code !== undefined && cellText(line[index.code]).toUpperCase() === person.code.toUpperCase();
    if (!isTheirs) continue;
    set(row, index.code, pseudonym);
    if (index.who !== undefined) set(row, index.who, replaceName(cellText(line[index.who]), person.fullName, pseudonym, others));
    for (const col of [index.old, index.new]) {
      if (col !== undefined && !isBlank(line[col])) set(row, col, cellText(line[col]).split('\n').map((l) => (l.trim() ? REMOVED : l)).join('\n'));
    }
  }
  const theirs = new Set([...out.values()].map((c) => c.row));
  for (const c of anonymise(grid, hits.filter((h) => !theirs.has(h.row)), person, pseudonym, others)) out.set(`${c.row}:${c.col}`, c);
  return [...out.values()];
}
