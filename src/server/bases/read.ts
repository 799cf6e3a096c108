/** The bases, read by every capability that works with people. */
import { BASES_UI } from '../../domain/bases/messages';
import { codesForRows } from '../../domain/bases/codes';
import { BASES, CODE_PREFIX, SERVICE_FIELD, type BaseName } from '../../domain/bases/schema';
import { cellText } from '../../domain/cell';
import { addServiceColumn, stampBase } from './service';
import { nowStamp } from '../sheets/values';
import type { Settings } from '../../domain/bases/settings';
import { UserError } from '../../domain/errors';
import { readTable, writeColumn, type Table } from '../sheets/table';
import { settingsOf } from '../sheets/settings';

type Book = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Settings and both bases, read once each; a missing sheet or renamed column is a Russian error. */
export function readBases(book: Book): { settings: Settings; tables: Record<BaseName, Table<string>> } {
  const settings = settingsOf(book);
  const read = (base: BaseName) => {
    const spec = BASES[base];
    const table = readTable(spec, book);
    if (!table) throw new UserError(BASES_UI.noBases);
    // An older base gets its service column on the way: no «Подготовить таблицу» needed after an update.
    if (table.missing.includes(SERVICE_FIELD)) {
      table.index[SERVICE_FIELD] = addServiceColumn(table.sheet, table.grid[0]?.length ?? 0, table.grid.length);
      table.missing = table.missing.filter((k) => k !== SERVICE_FIELD);
    }
    if (table.missing.length) {
      throw new UserError(BASES_UI.missingHeaders(spec.sheet, table.missing.map((k) => spec.columns[k]!.header)));
    }
    return table;
  };
  return { settings, tables: { mentors: read('mentors'), mentees: read('mentees') } };
}

/**
 * Codes for people pasted into the bases without one (the rule of «Подготовить таблицу»): written
 * in one write per base (formulas elsewhere in the column kept), and put into the tables as read,
 * so the job goes on with them. Everyone with a code gets a link token too (the service column,
 * written only when something is new). Returns how many codes were added.
 */
export function assignMissingCodes(book: Book, tables: Record<BaseName, Table<string>>): number {
  let total = 0;
  for (const base of Object.keys(tables) as BaseName[]) {
    const table = tables[base];
    const column = table.index.code;
    if (column === undefined) continue;
    const { codes, added } = codesForRows(CODE_PREFIX[base], table.grid.slice(1), column);
    if (!added) {
      stampBase(table.sheet, base, table.index, table.records, table.grid.length - 1, nowStamp(book));
      continue;
    }
    const changed = new Map<number, string>();
    codes.forEach((c, i) => {
      if (c !== cellText(table.grid[i + 1]?.[column])) changed.set(i + 2, c);
    });
    writeColumn(table, column, changed, book.getSpreadsheetTimeZone());
    for (const r of table.records) {
      const c = changed.get(r.row);
      if (c !== undefined) r.cells.code = c;
    }
    for (const [row, c] of changed) table.grid[row - 1]![column] = c;
    stampBase(table.sheet, base, table.index, table.records, table.grid.length - 1, nowStamp(book));
    total += added;
  }
  return total;
}
