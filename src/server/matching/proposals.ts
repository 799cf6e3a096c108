/**
 * «Пары»: «Подобрать пары» writes the proposals with their explanations and the list «Без пары»;
 * the curator's decisions are written back to the bases. One read per source sheet, one write per
 * target, whatever the number of people.
 */
import { cellText, type Cell } from '../../domain/cell';
import { MENTEES, MENTORS } from '../../domain/bases/schema';
import { latestPreferences } from '../../domain/forms/preferences';
import { PREFERENCES } from '../../domain/forms/schema';
import { MODES, MATCHING_UI } from '../../domain/matching/messages';
import type { Mode } from '../../domain/matching/engine';
import { readPeople } from '../../domain/matching/people';
import { assignments, decide, statusOf, planPairs, replaceable, replacement, rowId, sidebarPairs, type Decision, type OutRow, type PairCells, type PairRow, type SidebarPair } from '../../domain/matching/plan';
import { rulesFrom } from '../../domain/matching/rules';
import type { Unmatched } from '../../domain/matching/engine';
import { UNMATCHED, unmatchedRows, type UnmatchedContext } from '../../domain/matching/sheets';
import { APPROVED, PAIR_STATUSES, PAIRS, REJECTED, type PairKey } from '../../domain/pairs/schema';
import { UserError } from '../../domain/errors';
import { hyperlink, ownSheet, readTable, sheetUrl, type Table, writeColumn } from '../sheets/table';
import { personalLinks } from '../links/personal';
import { NUMBER_FORMAT, todayIso, toSheetValues } from '../sheets/values';
import { assignMissingCodes, readBases } from '../bases/read';
import { BASES_UI } from '../../domain/bases/messages';
import { rowOf, writeTable } from '../sheets/write';
import { shiftRows } from '../../domain/formulas';
import { markRoadmapStep } from '../roadmap/roadmap';

type Book = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface MatchSummary {
  message: string;
  proposed: number;
  kept: number;
  unmatched: number;
  /** The mentee of a replaced pair and the mentor now proposed (null: none suitable). */
  replaced?: { mentee: string; mentor: string | null };
}

const modeOf = (text: string): Mode => (text.trim().toLowerCase().startsWith(MODES.stable.toLowerCase().slice(0, 5)) ? 'stable' : 'optimal');

function readPairs(book: Book): Table<PairKey> | null {
  const table = readTable(PAIRS, book) as Table<PairKey> | null;
  if (table && table.grid.length > 0 && table.missing.length === Object.keys(PAIRS.columns).length) return null;
  if (table?.missing.length) {
    throw new UserError(`На листе «${PAIRS.sheet}» не найдены столбцы: ${table.missing.map((k) => PAIRS.columns[k].header).join(', ')}.`);
  }
  return table;
}
const pairRecords = (t: Table<PairKey> | null) => (t?.records ?? []) as PairRow[];

/**
 * «Подобрать пары». `replace`: the row of a pair to mark «заменена» first (its mentee then gets a
 * new proposal in the same run).
 */
export function runMatching(book: Book, options: { mode?: Mode; replace?: { row: number; reason: string } } = {}): MatchSummary {
  const today = todayIso(book);
  const { settings, tables } = readBases(book);
  const codes = assignMissingCodes(book, tables);
  const mentors = readPeople('mentor', tables.mentors.records, today);
  const mentees = readPeople('mentee', tables.mentees.records, today);
  if (!mentors.length && !mentees.length) throw new UserError(MATCHING_UI.noPeople);
  const prefs = readTable(PREFERENCES, book);
  const wishes = new Map([...latestPreferences(prefs?.records ?? [])].map(([code, list]) => [code, list.map((p) => p.choiceCode)]));
  const table = readPairs(book);
  const existing = pairRecords(table);

  let replacedMentee: { code: string; name: string } | null = null;
  const changed = new Map<number, PairCells>();
  if (options.replace) {
    const target = existing.find((r) => r.row === options.replace!.row);
    if (!target) throw new UserError(MATCHING_UI.replacePickRow);
    if (!replaceable(target)) throw new UserError(MATCHING_UI.replaceNotActive(cellText(target.cells.status)));
    changed.set(target.row, replacement(today, options.replace.reason));
    Object.assign(target.cells, changed.get(target.row));
    replacedMentee = { code: cellText(target.cells.menteeCode), name: cellText(target.cells.mentee) };
  }
  const mode = options.mode ?? modeOf(settings.params.matchingMode ?? '');
  const plan = planPairs(existing, mentors, mentees, rulesFrom(settings, new Set(), wishes), mode);
  const byRow = new Map(existing.map((r) => [r.row, r]));
  const finalRows = plan.rows.map((r): PairRow => ('keep' in r ? byRow.get(r.keep)! : { row: 0, cells: r.cells }));
  writePairs(book, table, plan.rows, changed);
  writeUnmatched(book, unmatchedRows(plan.result.unmatched, unmatchedContext(tables, plan.result.unmatched, today)));
  writeBack(book, tables, finalRows);

  const replaced = replacedMentee && {
    mentee: replacedMentee.name,
    mentor: plan.result.pairs.find((p) => p.mentee.code === replacedMentee!.code)?.mentor.name ?? null,
  };
  const menteesLeft = plan.result.unmatched.filter((u) => u.role === 'mentee').length;
  return {
    message: [BASES_UI.codesAdded(codes), MATCHING_UI.matched(MODES[mode], plan.proposed, plan.kept, menteesLeft)].filter(Boolean).join(' '),
    proposed: plan.proposed, kept: plan.kept, unmatched: menteesLeft, ...(replaced ? { replaced } : {}),
  };
}

/** Kept rows are written back exactly as read, except the cells `changed` sets. */
function writePairs(book: Book, table: Table<PairKey> | null, rows: OutRow[], changed: Map<number, PairCells>) {
  const tz = book.getSpreadsheetTimeZone();
  const keys = Object.keys(PAIRS.columns) as PairKey[];
  if (!table) {
    const sheet = writeTable(book, PAIRS, rows.map((r) => keys.map((k) => ('cells' in r ? r.cells[k] ?? '' : ''))));
    statusDropdown(sheet, keys.indexOf('status') + 1);
    return;
  }
  const { sheet, grid, index, formulas } = table;
  const width = Math.max(grid[0]?.length ?? 0, ...keys.map((k) => index[k]! + 1));
  // The curator's own formulas move with their row; a column of formulas in every row gets one in new rows too.
  const ours = new Set(keys.map((k) => index[k]!));
  const below = formulas.slice(1);
  const formulaColumns = grid.length > 1 ? [...Array(width).keys()].filter((c) => !ours.has(c) && below.every((f) => f[c])) : [];
  const body: Cell[][] = rows.map((r, i) => {
    const at = i + 2;
    if (!('keep' in r)) {
      const line = rowOf(index, width, r.cells);
      for (const c of formulaColumns) line[c] = shiftRows(formulas[1]![c]!, at - 2);
      return line;
    }
    const line = padded(grid[r.keep - 1] ?? [], width);
    (formulas[r.keep - 1] ?? []).forEach((f, c) => { if (f && !ours.has(c)) line[c] = shiftRows(f, at - r.keep); });
    for (const [k, v] of Object.entries(changed.get(r.keep) ?? {}) as [PairKey, Cell][]) line[index[k]!] = v;
    return line;
  });
  const old = grid.length - 1;
  while (body.length < old) body.push(Array<Cell>(width).fill(''));
  if (!body.length) return;
  if (body.length + 1 > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), body.length + 1 - sheet.getMaxRows());
  // Formats of our columns only (text as '@' before writing): the curator's own columns keep theirs.
  const format = (k: PairKey) => NUMBER_FORMAT[PAIRS.columns[k].kind];
  const cols = keys.map((k) => index[k]!);
  const first = Math.min(...cols);
  if (Math.max(...cols) - first + 1 === keys.length) {
    const formats = Array<string>(keys.length).fill('@');
    for (const k of keys) formats[index[k]! - first] = format(k);
    sheet.getRange(2, first + 1, body.length, keys.length).setNumberFormats(body.map(() => formats));
  } else {
    for (const k of keys) sheet.getRange(2, index[k]! + 1, body.length, 1).setNumberFormat(format(k)); // columns moved apart
  }
  sheet.getRange(2, 1, body.length, width).setValues(toSheetValues(body, tz));
  statusDropdown(sheet, index.status! + 1);
}

const padded = (row: readonly Cell[], width: number): Cell[] => [...row, ...Array<Cell>(Math.max(0, width - row.length)).fill('')].slice(0, width);

function statusDropdown(sheet: GoogleAppsScript.Spreadsheet.Sheet, column: number) {
  const rows = sheet.getMaxRows() - 1;
  if (rows <= 0) return;
  sheet.getRange(2, column, rows, 1).setDataValidation(
    SpreadsheetApp.newDataValidation().requireValueInList([...PAIR_STATUSES], true).setAllowInvalid(false)
      .setHelpText(MATCHING_UI.statusHelp).build(),
  );
}

/** The base rows by code, and a personal consent link for each person left out for lack of consent. */
function unmatchedContext(tables: ReturnType<typeof readBases>['tables'], unmatched: readonly Unmatched[], todayIso: string): UnmatchedContext {
  const rows = new Map([...tables.mentors.records, ...tables.mentees.records].map((r) => [cellText(r.cells.code), r]));
  const link = personalLinks();
  const consentLinks = new Map<string, string>();
  for (const u of unmatched) {
    const row = rows.get(u.person.code);
    const url = row && u.cause.kind === 'own' && /Consent$/.test(u.cause.code) ? link('consent', row) : null;
    if (url) consentLinks.set(u.person.code, url);
  }
  return { todayIso, rows, consentLinks };
}

/** «Без пары», its last column a clickable personal link (a formula, so not written as plain text). */
function writeUnmatched(book: Book, body: Cell[][]) {
  ownSheet(book, UNMATCHED.sheet, UNMATCHED.columns.code.header).clear();
  const width = Object.keys(UNMATCHED.columns).length;
  const rows = body.map((r) => r.map((v, i) => (i === width - 1 && v !== '' ? hyperlink(String(v), MATCHING_UI.unmatchedLink) : v)));
  writeTable(book, UNMATCHED, rows.length ? rows : [[MATCHING_UI.unmatchedEmpty, ...Array<Cell>(width - 1).fill('')]]);
}

/** Approved pairs into «Наставник» / «Закреплённые наставляемые»: one write per base, only if changed. */
function writeBack(book: Book, tables: ReturnType<typeof readBases>['tables'], rows: readonly PairRow[]) {
  const wanted = assignments(rows);
  if (rows.some((r) => cellText(r.cells.status).toLowerCase() === APPROVED)) {
    const pairs = book.getSheetByName(PAIRS.sheet);
    markRoadmapStep(book, 'pairsApproved', pairs ? { url: sheetUrl(book, pairs), label: PAIRS.sheet } : undefined);
  }
  const bases = [
    { table: tables.mentees, column: tables.mentees.index.mentor, values: wanted.mentees, spec: MENTEES },
    { table: tables.mentors, column: tables.mentors.index.assigned, values: wanted.mentors, spec: MENTORS },
  ];
  for (const { table, column, values } of bases) {
    if (column === undefined || table.grid.length < 2) continue;
    const changed = new Map<number, string>();
    for (const r of table.records) {
      const v = values.get(cellText(r.cells.code));
      if (v !== undefined && v !== cellText(table.grid[r.row - 1]?.[column])) changed.set(r.row, v);
    }
    if (changed.size) writeColumn(table, column, changed, book.getSpreadsheetTimeZone());
  }
}

/** «Перенести утверждённые пары в базы» (also done by every «Подобрать пары»). */
export function syncApproved(book: Book): string {
  const { tables } = readBases(book);
  const rows = pairRecords(readPairs(book));
  if (!rows.length) throw new UserError(MATCHING_UI.noPairs);
  writeBack(book, tables, rows);
  const a = assignments(rows);
  const count = (m: Map<string, string>) => [...m.values()].filter(Boolean).length;
  return MATCHING_UI.synced(count(a.mentees), count(a.mentors));
}

/** Sidebar: the current pairs with their explanations, as plain JSON. */
export function pairsForSidebar(book: Book): SidebarPair[] {
  return sidebarPairs(pairRecords(readPairs(book)));
}

/** Sidebar: approve, reject or reopen one pair by its id; approved pairs go to the bases. */
export function decideOne(book: Book, id: string, decision: Decision): string {
  const table = readPairs(book);
  const row = pairRecords(table).find((r) => rowId(r.cells) === id && (replaceable(r) || statusOf(r) === REJECTED));
  if (!table || !row) throw new UserError(MATCHING_UI.pairNotFound);
  const cells: PairCells = { ...row.cells, ...decide(row, decision, todayIso(book)) };
  const width = table.grid[0]?.length ?? 0;
  const line = padded(table.grid[row.row - 1] ?? [], width);
  // The row's formulas (the curator's own columns) are written back as formulas.
  (table.formulas[row.row - 1] ?? []).forEach((f, c) => { if (f) line[c] = f; });
  for (const [k, v] of Object.entries(cells) as [PairKey, Cell][]) line[table.index[k]!] = v;
  table.sheet.getRange(row.row, 1, 1, width).setValues(toSheetValues([line], book.getSpreadsheetTimeZone()));
  const { tables } = readBases(book);
  writeBack(book, tables, pairRecords(table).map((r) => (r === row ? { ...r, cells } : r)));
  return MATCHING_UI.decided(decision);
}
