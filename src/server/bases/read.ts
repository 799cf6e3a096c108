/** The bases, read by every capability that works with people. */
import { BASES_UI } from '../../domain/bases/messages';
import { BASES, SERVICE_FIELD, type BaseName } from '../../domain/bases/schema';
import { addServiceColumn } from './service';
import type { Settings } from '../../domain/bases/settings';
import { UserError } from '../../domain/errors';
import { readTable, type Table } from '../sheets/table';
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
