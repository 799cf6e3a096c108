/** The «Приказы» sheet: read once per job, one write per new row or status update. */
import { locateColumns } from '../../domain/table';
import { entriesOf, REGISTRY, REGISTRY_KEYS, registryRow, type RegistryEntry, type RegistryKey } from '../../domain/orders/registry';
import { REGISTRY_STATUS } from '../../domain/orders/messages';
import { ensureSheet, readTable } from '../sheets/table';

type Book = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface Registry {
  sheet: GoogleAppsScript.Spreadsheet.Sheet;
  entries: RegistryEntry[];
  index: Partial<Record<RegistryKey, number>>;
  width: number;
  lastRow: number;
}

/** The registry's entries without creating the sheet: what the questions before the lock need. */
export function readRegistry(book: Book): RegistryEntry[] {
  const table = readTable(REGISTRY, book);
  return table ? entriesOf(table.records) : [];
}

/** The registry, created with its header when missing. */
export function openRegistry(book: Book): Registry {
  const table = readTable(REGISTRY, book);
  if (table && table.grid.length > 0 && table.missing.length < REGISTRY_KEYS.length) {
    return { sheet: table.sheet, entries: entriesOf(table.records), index: table.index, width: table.grid[0]!.length, lastRow: table.grid.length };
  }
  const { sheet } = ensureSheet(book, REGISTRY.sheet);
  const header = REGISTRY_KEYS.map((k) => REGISTRY.columns[k].header);
  sheet.getRange(1, 1, 1, header.length).setValues([header]).setFontWeight('bold');
  sheet.setFrozenRows(1);
  REGISTRY_KEYS.forEach((k, i) => sheet.setColumnWidth(i + 1, REGISTRY.columns[k].width));
  // The director's signature is the curator's to record: a dropdown, which still takes a batch's progress text.
  const status = REGISTRY_KEYS.indexOf('status') + 1;
  sheet.getRange(2, status, sheet.getMaxRows() - 1, 1).setDataValidation(SpreadsheetApp.newDataValidation()
    .requireValueInList([REGISTRY_STATUS.draft, REGISTRY_STATUS.signed], true).setAllowInvalid(true).build());
  return { sheet, entries: [], index: locateColumns(REGISTRY, header).index, width: header.length, lastRow: 1 };
}

/** Appends one row as plain text (a number like 238/1 must not turn into a date); returns its row. */
export function appendEntry(reg: Registry, values: Record<RegistryKey, string>): number {
  const row = reg.lastRow + 1;
  const range = reg.sheet.getRange(row, 1, 1, reg.width);
  range.setNumberFormat('@');
  range.setValues([registryRow(values, reg.index, reg.width)]);
  reg.lastRow = row;
  reg.entries.push({ row, number: values.number, date: values.date, kind: values.kind, title: values.title, link: values.link });
  return row;
}

/**
 * The status of the registry line with this link, in the registry as this execution read it. Found by
 * the link, not by a row number kept from an earlier run: the curator may sort the registry or insert
 * rows between the runs of a batch.
 */
export function setStatus(reg: Registry, link: string, status: string): void {
  const col = reg.index.status;
  const line = reg.entries.find((e) => e.link === link);
  if (col === undefined || !line) return;
  reg.sheet.getRange(line.row, col + 1).setValue(status);
}
