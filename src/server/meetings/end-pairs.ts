/**
 * Pairs of people whose consent is withdrawn end, whoever learns of it first: the menu «Отозвать
 * согласие…», «Загрузить ответы», or the hourly dispatch after a consent form's withdrawal arrived.
 * One read of «Пары», one patch of the changed cells.
 */
import type { CellChange } from '../../domain/import/snapshot';
import { PAIRS } from '../../domain/pairs/schema';
import { MENTEES, MENTORS } from '../../domain/bases/schema';
import { endPairs, withdrawnCodes } from '../../domain/privacy/rules';
import { PRIVACY_UI } from '../../domain/privacy/messages';
import { readTable } from '../sheets/table';
import { rewriteCells } from '../sheets/patch';
import { todayIso } from '../sheets/values';

type Book = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface PairEnds {
  sheet: GoogleAppsScript.Spreadsheet.Sheet;
  changes: CellChange[];
  ended: number;
}

/** What ending the pairs of these codes changes in «Пары» (a read only); null when nothing. */
export function planPairEnds(book: Book, codes: ReadonlySet<string>): PairEnds | null {
  if (!codes.size) return null;
  const pairs = readTable(PAIRS, book);
  if (!pairs || pairs.missing.includes('status')) return null;
  const plan = endPairs(pairs.records, pairs.index, codes, todayIso(book), PRIVACY_UI.withdrawReason);
  return plan.changes.length ? { sheet: pairs.sheet, changes: plan.changes, ended: plan.ended } : null;
}

export function writePairEnds(ends: PairEnds | null): number {
  if (!ends) return 0;
  rewriteCells(ends.sheet, ends.changes);
  return ends.ended;
}

/** Ends the approved and proposed pairs of these codes; returns how many. */
export const endPairsOf = (book: Book, codes: ReadonlySet<string>): number => writePairEnds(planPairEnds(book, codes));

/** Ends the running pairs of everyone whose consent is «отозвано» in the bases; returns how many. */
export function endWithdrawnPairs(book: Book): number {
  const people = [...(readTable(MENTORS, book)?.records ?? []), ...(readTable(MENTEES, book)?.records ?? [])];
  return endPairsOf(book, withdrawnCodes(people));
}
