/**
 * Pairs of people whose consent is withdrawn end at once, whoever learns of it first: the menu
 * «Отозвать согласие…» or an answer of the consent form loaded by «Загрузить ответы». One read of
 * «Пары», one patch of the changed cells.
 */
import { PAIRS } from '../../domain/pairs/schema';
import { endPairs } from '../../domain/privacy/rules';
import { PRIVACY_UI } from '../../domain/privacy/messages';
import { readTable } from '../sheets/table';
import { rewriteCells } from '../sheets/patch';
import { todayIso } from '../sheets/values';

type Book = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Ends the approved and proposed pairs of these codes; returns how many. */
export function endPairsOf(book: Book, codes: ReadonlySet<string>): number {
  if (!codes.size) return 0;
  const pairs = readTable(PAIRS, book);
  if (!pairs || pairs.missing.includes('status')) return 0;
  const plan = endPairs(pairs.records, pairs.index, codes, todayIso(book), PRIVACY_UI.withdrawReason);
  if (plan.changes.length) rewriteCells(pairs.sheet, plan.changes);
  return plan.ended;
}
