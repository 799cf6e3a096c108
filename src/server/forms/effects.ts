/**
 * Writes what the domain decided (src/domain/forms/apply.ts): new people in one block per base,
 * changed cells per row, answer rows in one block per sheet, «Журнал» lines in one insert.
 */
import { BASES, SERVICE_FIELD, type BaseName } from '../../domain/bases/schema';
import type { AnswerSheet, Effects, ReviewLine, Workspace } from '../../domain/forms/apply';
import { IDENTITY_PROBLEM, REVIEW } from '../../domain/privacy/messages';
import { addServiceColumn } from '../bases/service';
import { PREFERENCES } from '../../domain/forms/schema';
import { ENTRY_EXIT, SATISFACTION } from '../../domain/surveys/schema';
import type { TableSpec } from '../../domain/table';
import { UserError } from '../../domain/errors';
import { BASES_UI } from '../../domain/bases/messages';
import { appendLog, byColumn, ensureRows, ensureTable, readValues, sheetValue, writeCells, writeJournal, type ValuesTable, type Writable } from './answer-tables';
import { AUTOMATIC_FORMAT, NUMBER_FORMAT } from '../sheets/values';
import { cellText, type Cell } from '../../domain/cell';

type Book = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const ANSWER_SHEETS: Record<AnswerSheet, TableSpec> = { satisfaction: SATISFACTION, entryExit: ENTRY_EXIT, preferences: PREFERENCES };

/**
 * A base read for answers: a missing sheet or renamed column is the curator's to fix; the service
 * column of an older base is added on the way (once).
 */
export function readBase(book: Book, base: BaseName, tz: string): ValuesTable {
  const spec = BASES[base];
  const t = readValues(book, spec, tz);
  if (!t) throw new UserError(BASES_UI.noBases);
  if (t.missing.includes(SERVICE_FIELD)) {
    t.index[SERVICE_FIELD] = addServiceColumn(t.sheet, t.raw[0]?.length ?? 0, t.raw.length);
    t.missing = t.missing.filter((k) => k !== SERVICE_FIELD);
  }
  if (t.missing.length) throw new UserError(BASES_UI.missingHeaders(spec.sheet, t.missing.map((k) => spec.columns[k]!.header)));
  return t;
}

/** Keys of the answers already in «На проверку» (one read). */
export const reviewKeys = (book: Book, tz: string): Set<string> =>
  new Set((readValues(book, REVIEW, tz)?.records ?? []).map((r) => cellText(r.cells.key)).filter(Boolean));

/** «На проверку»: one row per answer that changed nothing because who sent it is not certain. */
export function writeReview(book: Book, lines: readonly ReviewLine[]): void {
  appendLog(book, REVIEW, lines.map((l) => [l.key, l.when, l.form, l.code, l.name, IDENTITY_PROBLEM[l.reason], l.answers, '']));
}

/** An answer sheet read once (created with its header when missing): its response ids, its next row. */
export function readAnswerSheet(book: Book, which: AnswerSheet, tz: string): { table: ValuesTable; ids: Set<string> } {
  const spec = ANSWER_SHEETS[which];
  ensureTable(book, spec);
  const table = readValues(book, spec, tz)!;
  if (table.missing.length) throw new UserError(BASES_UI.missingHeaders(spec.sheet, table.missing.map((k) => spec.columns[k]!.header)));
  return { table, ids: new Set(table.records.map((r) => String(r.cells.responseId ?? ''))) };
}

export interface Tables {
  bases: Partial<Record<BaseName, ValuesTable>>;
  answers: Partial<Record<AnswerSheet, ValuesTable>>;
}

export function writeEffects(book: Book, tables: Tables, ws: Workspace, fx: Effects, tz: string): void {
  for (const base of Object.keys(BASES) as BaseName[]) {
    const t = tables.bases[base];
    if (!t) continue;
    const spec = BASES[base];
    const added = fx.added.filter((a) => a.base === base);
    if (added.length) {
      const first = ws.firstNew[base];
      ensureRows(t.sheet, first + added.length - 1);
      const maps = added.map((a) => byColumn(spec, t.index, a.record.cells));
      // Every spec column of a new row, blank or not, so one block is written.
      const rows = maps.map((m) => new Map([...m.kinds.keys()].map((c) => [c, m.values.get(c)])));
      writeCells(t.sheet, first, rows, maps[0]!.kinds, tz);
    }
    const byRow = new Map<number, Record<string, (typeof fx.changed)[number]['value']>>();
    for (const c of fx.changed.filter((x) => x.base === base)) byRow.set(c.row, { ...byRow.get(c.row), [c.field]: c.value });
    // One answer (the trigger) touches one row; an import of many answers is written by column,
    // so its Sheets calls do not grow with the number of people.
    if (byRow.size === 1) for (const [row, cells] of byRow) writeChangedRow(t, spec, row, cells, tz);
    else if (byRow.size > 1) writeChangedColumns(t, spec, byRow, tz);
  }
  for (const which of Object.keys(ANSWER_SHEETS) as AnswerSheet[]) {
    const rows = fx.rows[which];
    const t = tables.answers[which];
    if (!rows.length || !t) continue;
    const spec = ANSWER_SHEETS[which];
    const start = Math.max(2, t.rows + 1);
    ensureRows(t.sheet, start + rows.length - 1);
    const maps = rows.map((r) => byColumn(spec, t.index, r));
    writeCells(t.sheet, start, maps.map((m) => new Map([...m.kinds.keys()].map((c) => [c, m.values.get(c)]))), maps[0]!.kinds, tz);
  }
  writeReview(book, fx.review);
  writeJournal(book, fx.journal, new Date());
}

/**
 * Many people's changed cells: each changed column is written whole (two calls), its other cells
 * as they were read — a formula as its formula (one read of the formulas for all columns).
 */
function writeChangedColumns(t: ValuesTable, spec: TableSpec, byRow: ReadonlyMap<number, Record<string, Cell>>, tz: string): void {
  const { kinds } = byColumn(spec, t.index, {});
  const height = t.raw.length - 1;
  if (height < 1) return;
  const fields = [...new Set([...byRow.values()].flatMap((c) => Object.keys(c)))];
  const columns = fields.map((f) => t.index[f]).filter((c): c is number => c !== undefined);
  const width = Math.max(...columns) + 1;
  const formulas = t.sheet.getRange(2, 1, height, width).getFormulas();
  for (const f of fields) {
    const col = t.index[f];
    if (col === undefined) continue;
    const formulaAt = (i: number) => (byRow.get(i + 2)?.[f] !== undefined ? '' : formulas[i]?.[col] ?? '');
    const values = t.raw.slice(1).map((r, i) => [formulaAt(i) || (byRow.get(i + 2)?.[f] ?? (r[col] as Writable))]);
    const range = t.sheet.getRange(2, col + 1, height, 1);
    range.setNumberFormats(values.map((_, i) => [formulaAt(i) ? AUTOMATIC_FORMAT : NUMBER_FORMAT[kinds.get(col) ?? 'text']]));
    range.setValues(values.map(([v]) => [sheetValue(v, tz)]));
  }
}

/**
 * A known person's changed cells, as one span from the first changed column to the last: the
 * cells between are written back as they were read, so one setNumberFormats and one setValues
 * do. A formula or a column of the curator's own in between is left alone (the span splits there).
 */
function writeChangedRow(t: ValuesTable, spec: TableSpec, row: number, changed: Record<string, Cell>, tz: string): void {
  const { kinds } = byColumn(spec, t.index, {});
  const fieldAt = new Map((Object.entries(t.index) as [string, number][]).map(([k, c]) => [c, k]));
  const cols = Object.keys(changed).map((k) => t.index[k]!).sort((a, b) => a - b);
  const lo = cols[0]!, hi = cols.at(-1)!;
  const isChanged = new Set(cols);
  const gaps = hi - lo + 1 > cols.length;
  const formulas = gaps ? t.sheet.getRange(row, lo + 1, 1, hi - lo + 1).getFormulas()[0] ?? [] : [];
  const raw = t.raw[row - 1] ?? [];
  const values = new Map<number, Writable>();
  for (let c = lo; c <= hi; c++) {
    if (isChanged.has(c)) values.set(c, changed[fieldAt.get(c)!]);
    else if (fieldAt.has(c) && !formulas[c - lo]) values.set(c, raw[c] as Writable);
  }
  writeCells(t.sheet, row, [values], kinds, tz);
}
