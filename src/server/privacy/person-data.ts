import { type Cell, cellText, formatRuDate } from '../../domain/cell';
import type { PersonRow } from '../../domain/bases/check';
import { BASE_TITLE } from '../../domain/bases/messages';
import type { BaseName } from '../../domain/bases/schema';
import { IMPORT_UI } from '../../domain/import/messages';
import { PAIRS } from '../../domain/pairs/schema';
import { findPerson, personOf, type Hit, type Person } from '../../domain/privacy/find';
import { PRIVACY_UI, RETENTION_REASON } from '../../domain/privacy/messages';
import { overdue, retentionYears } from '../../domain/privacy/rules';
import { UserError } from '../../domain/errors';
import { ensureSheet, readTable, type Table } from '../sheets/table';
import { toCells, todayIso } from '../sheets/values';
import { readBases } from '../bases/read';

type Book = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface Found {
  base: BaseName;
  table: Table<string>;
  record: PersonRow;
  person: Person;
  /** Everyone else's ФИО, so initials and namesakes are not taken for this person. */
  others: string[];
  tables: Record<BaseName, Table<string>>;
}

/** The participant with this code, from the bases (read once each). */
export function findParticipant(book: Book, codeArg: string): Found {
  const code = String(codeArg ?? '').trim().toUpperCase();
  const { tables } = readBases(book);
  let found: Omit<Found, 'others' | 'tables'> | null = null;
  const others: string[] = [];
  for (const base of Object.keys(tables) as BaseName[]) {
    for (const record of tables[base].records) {
      if (!found && code && cellText(record.cells.code).toUpperCase() === code) found = { base, table: tables[base], record, person: personOf(record.cells) };
      else if (cellText(record.cells.fullName)) others.push(cellText(record.cells.fullName));
    }
  }
  if (!found) throw new UserError(PRIVACY_UI.noSuchCode(code));
  return { ...found, others, tables };
}

/**
 * Sheets never scanned for a person: the registry holds no personal data; the undo copy is dropped
 * instead; an earlier export is the add-on's own copy, not a place the data lives.
 */
const NOT_SCANNED = [PRIVACY_UI.registrySheet, IMPORT_UI.snapshotSheet].map((s) => s.toLowerCase());
const isExport = (name: string) => name.toLowerCase().startsWith(PRIVACY_UI.exportSheet('').toLowerCase());

export interface SheetHits {
  sheet: GoogleAppsScript.Spreadsheet.Sheet;
  grid: Cell[][];
  hits: Hit[];
}

/** Every sheet of the spreadsheet, one read each (the bases are already read), and the person's cells in it. */
export function scan(book: Book, f: Found): SheetHits[] {
  const tz = book.getSpreadsheetTimeZone();
  const known = new Map(Object.values(f.tables).map((t) => [t.sheet.getSheetId(), t.grid]));
  const out: SheetHits[] = [];
  for (const sheet of book.getSheets()) {
    if (NOT_SCANNED.includes(sheet.getName().toLowerCase()) || isExport(sheet.getName())) continue;
    const grid = known.get(sheet.getSheetId()) ?? toCells(sheet.getDataRange().getValues(), tz);
    const hits = findPerson(grid, f.person, f.others);
    if (hits.length || sheet.getSheetId() === f.table.sheet.getSheetId()) out.push({ sheet, grid, hits });
  }
  return out;
}

export const places = (found: SheetHits[]) =>
  found.filter((s) => s.hits.length).map((s) => PRIVACY_UI.place(s.sheet.getName(), s.hits.length));

/** «Выгрузить данные участника…»: every row that names the person, cell by cell with its column header, on one sheet. */
export function exportParticipant(book: Book, code: string): { message: string; sheet: string } {
  const f = findParticipant(book, code);
  const rows: string[][] = [];
  for (const s of scan(book, f)) {
    const header = s.grid[0] ?? [];
    const own = new Set(s.hits.filter((h) => h.kind === 'code' || h.kind === 'name').map((h) => h.row));
    if (s.sheet.getSheetId() === f.table.sheet.getSheetId()) own.add(f.record.row);
    for (const r of [...own].sort((a, b) => a - b)) {
      (s.grid[r - 1] ?? []).forEach((v, c) => {
        if (cellText(v)) rows.push([s.sheet.getName(), String(r), cellText(header[c]), cellText(v)]);
      });
    }
    // Elsewhere only the cells that are about them: a contact, a text naming them (not the whole row of someone else).
    for (const h of s.hits.filter((x) => !own.has(x.row))) {
      rows.push([s.sheet.getName(), String(h.row), cellText(header[h.col]), cellText(s.grid[h.row - 1]?.[h.col])]);
    }
  }
  // A fresh sheet each time: an earlier export of anybody is never read back into this one.
  const name = PRIVACY_UI.exportSheet(f.person.code);
  const old = book.getSheetByName(name);
  if (old) book.deleteSheet(old);
  const { sheet } = ensureSheet(book, name);
  const values = [PRIVACY_UI.exportHeaders, ...rows];
  sheet.getRange(1, 1, values.length, 4).setNumberFormat('@').setValues(values);
  sheet.getRange(1, 1, 1, 4).setFontWeight('bold');
  return { message: PRIVACY_UI.exported(name, rows.length), sheet: name };
}

/** «Проверить сроки хранения»: the list goes to its own sheet (one write); nothing is deleted. */
export function checkRetention(book: Book): { message: string; found: number } {
  const { settings, tables } = readBases(book);
  const years = retentionYears(settings.params.retentionYears ?? '');
  const ends = new Map<string, string[]>();
  const pairs = readTable(PAIRS, book);
  if (pairs) {
    for (const r of pairs.records) {
      const end = r.cells.endDate;
      if (typeof end !== 'object') continue;
      for (const k of ['mentorCode', 'menteeCode']) {
        const c = cellText(r.cells[k]);
        if (c) ends.set(c, [...(ends.get(c) ?? []), end.iso]);
      }
    }
  }
  const people = (Object.keys(tables) as BaseName[]).flatMap((base) => tables[base].records.map((r) => ({ base, row: r.row, cells: r.cells })));
  const list = overdue(people, ends, years, todayIso(book));
  const { sheet } = ensureSheet(book, PRIVACY_UI.retentionSheet);
  sheet.clear();
  const values = [
    PRIVACY_UI.retentionHeaders,
    ...list.map((o) => [BASE_TITLE[o.base as BaseName], String(o.row), o.code, RETENTION_REASON[o.reason], o.since ? formatRuDate(o.since) : '']),
  ];
  sheet.getRange(1, 1, values.length, values[0]!.length).setNumberFormat('@').setValues(values);
  sheet.getRange(1, 1, 1, values[0]!.length).setFontWeight('bold');
  return { message: list.length ? PRIVACY_UI.retentionFound(list.length, years) : PRIVACY_UI.retentionNone(years), found: list.length };
}
