/** The sidebar's «Обзор»: the bases, pairs, roadmap stage and next steps, read from the Sheet. */
import { cellText } from '../../domain/cell';
import { countPairs, homeOf, type Home } from '../../domain/home/home';
import { ROADMAP } from '../../domain/roadmap/schema';
import { PAIRS } from '../../domain/pairs/schema';
import { UserError } from '../../domain/errors';
import { readTable } from '../sheets/table';
import { overview } from '../bases/check';
import { roadmapNow } from '../roadmap/roadmap';

type Book = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Pairs per status from «Пары» (one read); null while the sheet does not exist. */
function pairCounts(book: Book): Home['pairs'] {
  const table = readTable(PAIRS, book);
  if (!table || table.index.status === undefined) return null;
  return countPairs(table.records.map((r) => cellText(r.cells.status)));
}

/** «Обзор»: the bases, pairs, roadmap stage and next steps. A table not prepared yet is a state. */
export function homeFor(book: Book): Home {
  let summary;
  try {
    summary = overview(book);
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    return homeOf({ ready: false, message: e.message }, null);
  }
  const roadmap = roadmapState(book);
  return homeOf(summary, pairCounts(book), roadmap?.next ?? null, roadmap?.stage ?? null);
}

/** The roadmap's next steps and stage; null while there is no roadmap, none when its columns were renamed (its panel says why). */
function roadmapState(book: Book) {
  if (!book.getSheetByName(ROADMAP.sheet)) return null;
  try {
    return roadmapNow(book);
  } catch (e) {
    if (e instanceof UserError) return { next: [], stage: null };
    throw e;
  }
}
