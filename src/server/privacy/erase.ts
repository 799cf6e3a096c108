/**
 * «Удалить данные участника…», complete and final (issue 13). Everything is found first, without a
 * write: every sheet (one read each), «Журнал», the answers inside the Google Forms, the documents
 * of the registry «Приказы». The confirmation names exactly what will go and what will stay. Then,
 * after a check that every target range is writable (never half done): the sheets are rewritten,
 * the answers deleted from the forms, the person taken out of the preference lists, the drafts
 * redacted or trashed, a tombstone kept (the code and the answers' keys: no personal data), and a
 * line added to «Реестр удалений» listing the signed documents that stay.
 */
import { cellText, type Cell } from '../../domain/cell';
import { BASE_TITLE } from '../../domain/bases/messages';
import { BASES, SERVICE_FIELD } from '../../domain/bases/schema';
import { JOURNAL, PREFERENCES } from '../../domain/forms/schema';
import type { CellChange } from '../../domain/import/snapshot';
import { MEETINGS, PLANS, PROGRESS } from '../../domain/meetings/schema';
import { UNMATCHED } from '../../domain/matching/sheets';
import { PAIRS } from '../../domain/pairs/schema';
import { blankOwnRows, redactJournal } from '../../domain/privacy/erase';
import { anonymise, enrichPerson, findPerson, isPseudonym, nextPseudonymNumber, pseudonymOf, type Hit } from '../../domain/privacy/find';
import { HIT_KIND, PRIVACY_UI } from '../../domain/privacy/messages';
import { parseProvenance } from '../../domain/privacy/provenance';
import { eraseBaseRow } from '../../domain/privacy/rules';
import { ENTRY_EXIT, SATISFACTION } from '../../domain/surveys/schema';
import { locateColumns } from '../../domain/table';
import { UserError } from '../../domain/errors';
import { dropImportCopy } from '../bases/import-copy';
import { allProperties, readRegistry } from '../links/registry';
import { dropFromPreferenceLists } from '../links/preference-lists';
import { saveTombstone } from '../links/tombstones';
import { rewriteCells } from '../sheets/patch';
import { ensureSheet } from '../sheets/table';
import { toCells, todayIso } from '../sheets/values';
import { assertWritable, targetOf } from '../sheets/writable';
import { currentUser } from '../ui/run';
import { personDocuments, treatDocuments, type PersonDocument } from './drive-documents';
import { deleteResponses, personResponses, type PersonResponses } from './form-responses';
import { findParticipant, type Found } from './person-data';

type Book = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The add-on's tables of many people: the person's cells there are anonymised, the rows stay for counts. */
const TABLES = [PAIRS, SATISFACTION, ENTRY_EXIT, PREFERENCES, MEETINGS, PLANS, PROGRESS, UNMATCHED].map((t) => t.sheet.toLowerCase());

interface SheetPlan {
  sheet: Sheet;
  changes: CellChange[];
  hits: Hit[];
}

export interface ErasurePlan {
  found: Found;
  pseudonym: string;
  sheets: SheetPlan[];
  /** Sheets made for this person alone («Выгрузка НЯ-0001»): deleted whole. */
  drop: Sheet[];
  responses: PersonResponses;
  documents: PersonDocument[];
}

/** Everything the erasure will do, found with reads only. */
export function planErasure(book: Book, codeArg: string): ErasurePlan {
  const found = findParticipant(book, codeArg);
  if (isPseudonym(cellText(found.record.cells.fullName))) throw new UserError(PRIVACY_UI.alreadyErased);
  const tz = book.getSpreadsheetTimeZone();
  const all = allProperties();
  const registry = readRegistry(all);
  const grids = new Map<number, Cell[][]>(Object.values(found.tables).map((t) => [t.sheet.getSheetId(), t.grid]));
  const sheets = book.getSheets().filter((s) => s.getName().toLowerCase() !== PRIVACY_UI.registrySheet.toLowerCase());
  const gridOf = (s: Sheet) => grids.get(s.getSheetId()) ?? grids.set(s.getSheetId(), toCells(s.getDataRange().getValues(), tz)).get(s.getSheetId())!;

  // Who the person was: their base row, every value of their «Журнал» lines, every answer they sent.
  const journal = sheets.find((s) => s.getName().toLowerCase() === JOURNAL.sheet.toLowerCase());
  const jGrid = journal ? gridOf(journal) : [];
  const jIndex = locateColumns(JOURNAL, jGrid[0] ?? []).index;
  const mine = jGrid.slice(1).filter((r) => jIndex.code !== undefined && cellText(r[jIndex.code]).toUpperCase() === found.person.code.toUpperCase());
  const lineTexts = mine.flatMap((r) => [jIndex.old, jIndex.new].map((c) => (c === undefined ? '' : cellText(r[c]))));
  const formerNames = mine.filter((r) => jIndex.field !== undefined && cellText(r[jIndex.field]).split('\n').includes(BASES.mentees.columns.fullName!.header))
    .flatMap((r) => (jIndex.old === undefined ? [] : cellText(r[jIndex.old]).split('\n')));
  let person = enrichPerson(found.person, lineTexts, formerNames);
  const responses = personResponses(registry, person, found.record.cells, tz);
  person = enrichPerson(person, responses.texts);
  const f: Found = { ...found, person };

  const registrySheet = book.getSheetByName(PRIVACY_UI.registrySheet);
  const lines = registrySheet ? Math.max(0, registrySheet.getLastRow() - 1) : 0;
  const pseudonym = pseudonymOf(nextPseudonymNumber(Object.values(found.tables).map((t) => t.grid), lines));
  const exportName = PRIVACY_UI.exportSheet(person.code).toLowerCase();
  const plan: ErasurePlan = { found: f, pseudonym, sheets: [], drop: [], responses, documents: personDocuments(book, person, f.others) };
  for (const sheet of sheets) {
    const name = sheet.getName().toLowerCase();
    if (name === exportName) {
      plan.drop.push(sheet);
      continue;
    }
    const grid = gridOf(sheet);
    const hits = findPerson(grid, person, f.others);
    const own = sheet.getSheetId() === f.table.sheet.getSheetId();
    if (!hits.length && !own) continue;
    let changes: CellChange[];
    if (own) {
      const byCell = new Map<string, CellChange>();
      for (const c of anonymise(grid, hits, person, pseudonym, f.others)) byCell.set(`${c.row}:${c.col}`, c);
      for (const c of eraseBaseRow(f.record.row, grid[f.record.row - 1] ?? [], f.table.index, pseudonym)) byCell.set(`${c.row}:${c.col}`, c);
      changes = [...byCell.values()];
    } else if (name === JOURNAL.sheet.toLowerCase()) {
      changes = redactJournal(grid, jIndex, hits, person, pseudonym, f.others);
    } else if (TABLES.includes(name) || Object.values(BASES).some((b) => b.sheet.toLowerCase() === name)) {
      changes = anonymise(grid, hits, person, pseudonym, f.others);
    } else {
      // A form's response sheet, an import list, «На проверку», the curator's own sheets.
      changes = blankOwnRows(grid, hits, person, pseudonym, f.others);
    }
    const real = changes.filter((c) => cellText(grid[c.row - 1]?.[c.col]) !== cellText(c.value));
    if (real.length) plan.sheets.push({ sheet, changes: real, hits });
  }
  return plan;
}

/** What will be removed and what will stay, for the YES/NO before erasing. */
export function erasePreview(book: Book, code: string): { code: string; places: string[]; message: string } {
  const plan = planErasure(book, code);
  const places = plan.sheets.map((s) => PRIVACY_UI.place(s.sheet.getName(), s.changes.length));
  return { code: plan.found.person.code, places, message: PRIVACY_UI.confirmErase(plan.found.person.code, summary(plan)) };
}

function summary(plan: ErasurePlan) {
  return {
    places: [...plan.sheets.map((s) => PRIVACY_UI.place(s.sheet.getName(), s.changes.length)), ...plan.drop.map((s) => PRIVACY_UI.placeDropped(s.getName()))],
    responses: plan.responses.forms.map((f) => PRIVACY_UI.formPlace(f.name, f.ids.length)),
    redacted: plan.documents.filter((d) => d.fate === 'redacted').map((d) => d.title),
    trashed: plan.documents.filter((d) => d.fate === 'trashed').map((d) => d.title),
    kept: plan.documents.filter((d) => d.fate === 'kept').map((d) => `${d.title} — ${d.url}`),
  };
}

/** Erases, after the curator said yes. */
export function eraseParticipant(book: Book, code: string): { message: string; cells: number; pseudonym: string } {
  const plan = planErasure(book, code);
  const { found: f, pseudonym } = plan;
  // Nothing is written (not even an empty «Реестр удалений») before every range is known to be writable.
  const existing = book.getSheetByName(PRIVACY_UI.registrySheet);
  assertWritable([
    ...plan.sheets.flatMap((s) => targetOf(s.sheet, s.changes)),
    ...(existing ? [{ sheet: existing, row: Math.max(1, existing.getLastRow() + 1), col: 1, numRows: 2, numCols: PRIVACY_UI.registryHeaders.length }] : []),
  ]);
  const registry = existing ?? ensureSheet(book, PRIVACY_UI.registrySheet).sheet;
  const kinds = new Set<string>([PRIVACY_UI.baseRecord(BASE_TITLE[f.base])]);
  let cells = 0;
  for (const s of plan.sheets) {
    rewriteCells(s.sheet, s.changes);
    cells += s.changes.length;
    for (const h of s.hits) kinds.add(HIT_KIND[h.kind]);
  }
  for (const s of plan.drop) book.deleteSheet(s);
  dropImportCopy(book);
  deleteResponses(plan.responses);
  const all = allProperties();
  const choices = dropFromPreferenceLists(readRegistry(all), new Set([f.person.code]));
  treatDocuments(plan.documents, f.person, pseudonym, f.others);
  const applied = parseProvenance(cellText(f.record.cells[SERVICE_FIELD])).applied;
  saveTombstone({ code: f.person.code, day: todayIso(book), pseudonym, keys: [...new Set([...applied, ...plan.responses.keys])] });
  const sum = summary(plan);
  const line = [todayIso(book), currentUser(), pseudonym, [...kinds].join(', '), String(plan.sheets.length), String(cells),
    String(plan.responses.count), PRIVACY_UI.documentsLine(sum.redacted.length, sum.trashed.length, sum.kept)];
  const start = registry.getLastRow() === 0 ? 1 : registry.getLastRow() + 1;
  const rows = start === 1 ? [PRIVACY_UI.registryHeaders, line] : [line];
  registry.getRange(start, 1, rows.length, line.length).setNumberFormat('@').setValues(rows);
  return { message: PRIVACY_UI.erased(f.person.code, pseudonym, { ...sum, cells, sheets: plan.sheets.length, choices }), cells, pseudonym };
}
