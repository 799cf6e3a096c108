/**
 * What the hourly dispatcher does (src/server/triggers/dispatcher.ts): the next chunk of a pending
 * document batch, the pairs of consents withdrawn through the form, and once a day the roadmap's
 * status refresh. Lives with orders because a batch is theirs; the roadmap and the pairs' ends are
 * a floor below and reached from here.
 */
import { ROADMAP } from '../../domain/roadmap/schema';
import { refreshRoadmap } from '../roadmap/roadmap';
import { dailyDue, finishWork, isPending, markDailyDone, settle } from '../triggers/dispatcher';
import { todayIso } from '../sheets/values';
import { endWithdrawnPairs } from '../meetings/end-pairs';
import { resumeBatch } from './batch';

type Book = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** One dispatch, under the document lock: what was done, for the execution log. */
export function runDispatch(book: Book): string[] {
  const done: string[] = [];
  if (isPending('withdrawals')) {
    done.push(`withdrawals: ${endWithdrawnPairs(book)} pairs ended`);
    finishWork('withdrawals');
  }
  if (isPending('batch')) done.push(resumeBatch(book));
  const today = todayIso(book);
  const hour = Number(Utilities.formatDate(new Date(), book.getSpreadsheetTimeZone(), 'H'));
  if (dailyDue(today, hour)) {
    // No roadmap (deleted, or a new year not started yet): no daily work any more.
    if (book.getSheetByName(ROADMAP.sheet)) done.push(`roadmap: ${refreshRoadmap(book)}`);
    else finishWork('daily');
    markDailyDone(today);
  }
  settle();
  return done;
}
