import { type Cell, cellText, formatRuDate } from '../../domain/cell';
import type { PersonRow } from '../../domain/bases/check';
import { BASE_TITLE } from '../../domain/bases/messages';
import type { BaseName } from '../../domain/bases/schema';
import type { CellChange } from '../../domain/import/snapshot';
import { IMPORT_UI } from '../../domain/import/messages';
import { PAIRS } from '../../domain/pairs/schema';
import { anonymise, findPerson, isPseudonym, nextPseudonymNumber, personOf, pseudonymOf, type Hit, type Person } from '../../domain/privacy/find';
import { HIT_KIND, PRIVACY_UI, RETENTION_REASON } from '../../domain/privacy/messages';
import { endPairs, eraseBaseRow, overdue, retentionYears, WITHDRAWN } from '../../domain/privacy/rules';
import { UserError } from '../../domain/errors';
import { ensureSheet, readTable, type Table } from '../sheets/table';
import { toCells, todayIso } from '../sheets/values';
import { readBases } from '../bases/read';
import { dropImportCopy } from '../bases/import-copy';
import { rewriteCells } from '../sheets/patch';
import { currentUser } from '../ui/run';

type Book = GoogleAppsScript.Spreadsheet.Spreadsheet;

interface Found {
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

/** Sheets never scanned for a person: the registry holds no personal data; the undo copy is dropped instead. */
const NOT_SCANNED = [PRIVACY_UI.registrySheet, IMPORT_UI.snapshotSheet].map((s) => s.toLowerCase());

interface SheetHits {
  sheet: GoogleAppsScript.Spreadsheet.Sheet;
  grid: Cell[][];
  hits: Hit[];
}

/** Every sheet of the spreadsheet, one read each (the bases are already read), and the person's cells in it. */
function scan(book: Book, f: Found): SheetHits[] {
  const tz = book.getSpreadsheetTimeZone();
  const known = new Map(Object.values(f.tables).map((t) => [t.sheet.getSheetId(), t.grid]));
  const out: SheetHits[] = [];
  for (const sheet of book.getSheets()) {
    if (NOT_SCANNED.includes(sheet.getName().toLowerCase())) continue;
    const grid = known.get(sheet.getSheetId()) ?? toCells(sheet.getDataRange().getValues(), tz);
    const hits = findPerson(grid, f.person, f.others);
    if (hits.length || sheet.getSheetId() === f.table.sheet.getSheetId()) out.push({ sheet, grid, hits });
  }
  return out;
}

const places = (found: SheetHits[]) =>
  found.filter((s) => s.hits.length).map((s) => PRIVACY_UI.place(s.sheet.getName(), s.hits.length));

/** «Отозвать согласие…»: consent «отозвано», pairs ended with the reason, and where the data still is. */
export function withdrawConsent(book: Book, code: string): { message: string; places: string[] } {
  const f = findParticipant(book, code);
  if (isPseudonym(cellText(f.record.cells.fullName))) throw new UserError(PRIVACY_UI.alreadyErased);
  const consentCol = (f.table.index as Record<string, number>).consent!;
  if (cellText(f.record.cells.consent) !== WITHDRAWN) {
    rewriteCells(f.table.sheet, [{ row: f.record.row, col: consentCol, value: WITHDRAWN }]);
    f.record.cells.consent = WITHDRAWN;
  }
  let ended = 0;
  const pairs = readTable(PAIRS, book);
  if (pairs && !pairs.missing.includes('status')) {
    const plan = endPairs(pairs.records, pairs.index, f.person.code, todayIso(book), PRIVACY_UI.withdrawReason);
    if (plan.changes.length) rewriteCells(pairs.sheet, plan.changes);
    ended = plan.ended;
  }
  const still = places(scan(book, f));
  return { message: `${PRIVACY_UI.withdrawn(f.person.code, ended)} ${PRIVACY_UI.stillHeld(still)}`, places: still };
}

/**
 * Consent marked «отозвано» right in the base: everyone so marked gets their pairs ended (one
 * read of «Пары», one write). The menu runs it when no code is typed.
 */
export function withdrawMarked(book: Book): { message: string; places: string[] } {
  const { tables } = readBases(book);
  const codes = new Set(Object.values(tables).flatMap((t) => t.records)
    .filter((r) => cellText(r.cells.consent) === WITHDRAWN && !isPseudonym(cellText(r.cells.fullName)))
    .map((r) => cellText(r.cells.code)).filter(Boolean));
  const pairs = readTable(PAIRS, book);
  let ended = 0;
  if (pairs && !pairs.missing.includes('status') && codes.size) {
    const plan = endPairs(pairs.records, pairs.index, codes, todayIso(book), PRIVACY_UI.withdrawReason);
    if (plan.changes.length) rewriteCells(pairs.sheet, plan.changes);
    ended = plan.ended;
  }
  return { message: PRIVACY_UI.withdrawnMarked(codes.size, ended), places: [] };
}

/** Where the person's data is, for the confirmation before erasing. */
export function erasePreview(book: Book, code: string): { code: string; places: string[] } {
  const f = findParticipant(book, code);
  if (isPseudonym(cellText(f.record.cells.fullName))) throw new UserError(PRIVACY_UI.alreadyErased);
  return { code: f.person.code, places: places(scan(book, f)) };
}

/**
 * «Удалить данные участника…»: in every sheet the person's code, ФИО (also inside texts) and
 * contacts are anonymised — one write per changed sheet, rows kept so counts stay — their own base
 * row keeps only fields without identity, and a line goes to «Реестр удалений».
 */
export function eraseParticipant(book: Book, code: string): { message: string; cells: number; pseudonym: string } {
  const f = findParticipant(book, code);
  if (isPseudonym(cellText(f.record.cells.fullName))) throw new UserError(PRIVACY_UI.alreadyErased);
  const registry = ensureSheet(book, PRIVACY_UI.registrySheet).sheet;
  const lines = Math.max(0, registry.getLastRow() - 1);
  const pseudonym = pseudonymOf(nextPseudonymNumber(Object.values(f.tables).map((t) => t.grid), lines));
  const found = scan(book, f);
  dropImportCopy(book);
  let cells = 0, sheets = 0;
  const kinds = new Set<string>();
  for (const s of found) {
    const changes = new Map<string, CellChange>();
    for (const c of anonymise(s.grid, s.hits, f.person, pseudonym, f.others)) changes.set(`${c.row}:${c.col}`, c);
    for (const h of s.hits) kinds.add(HIT_KIND[h.kind]);
    if (s.sheet.getSheetId() === f.table.sheet.getSheetId()) {
      const row = eraseBaseRow(f.record.row, s.grid[f.record.row - 1] ?? [], f.table.index, pseudonym);
      for (const c of row) changes.set(`${c.row}:${c.col}`, c);
      kinds.add(PRIVACY_UI.baseRecord(BASE_TITLE[f.base]));
    }
    const list = [...changes.values()].filter((c) => cellText(s.grid[c.row - 1]?.[c.col]) !== cellText(c.value));
    if (!list.length) continue;
    rewriteCells(s.sheet, list);
    cells += list.length;
    sheets += 1;
  }
  const line = [todayIso(book), currentUser(), pseudonym, [...kinds].join(', '), String(sheets), String(cells)];
  const start = registry.getLastRow() === 0 ? 1 : registry.getLastRow() + 1;
  const rows = start === 1 ? [PRIVACY_UI.registryHeaders, line] : [line];
  registry.getRange(start, 1, rows.length, line.length).setNumberFormat('@').setValues(rows);
  return { message: PRIVACY_UI.erased(f.person.code, pseudonym, sheets, cells), cells, pseudonym };
}


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
  const name = PRIVACY_UI.exportSheet(f.person.code);
  const { sheet } = ensureSheet(book, name);
  sheet.clear();
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
