/**
 * «Отменить импорт» by person and field (src/domain/import/undo.ts): each imported person found by
 * code wherever the curator sorted them, only the fields the import left untouched since put back,
 * the rest listed. When imported people are already in pairs or documents made since, the curator
 * is asked first. Every target range is checked before the first write.
 */
import { cellText, parseRuDate } from '../../domain/cell';
import { BASE_TITLE } from '../../domain/bases/messages';
import { BASES, SERVICE_FIELD } from '../../domain/bases/schema';
import { UserError } from '../../domain/errors';
import { IMPORT_UI } from '../../domain/import/messages';
import { ADDED, planUndo } from '../../domain/import/undo';
import { REGISTRY } from '../../domain/orders/registry';
import { PAIRS, REJECTED } from '../../domain/pairs/schema';
import { formatProvenance, mark, observe, parseProvenance, trackedFields } from '../../domain/privacy/provenance';
import { dropImportCopy, readImportCopy } from '../bases/import-copy';
import { readBases } from '../bases/read';
import { rewriteCells } from '../sheets/patch';
import { readTable } from '../sheets/table';
import { nowStamp } from '../sheets/values';
import { assertWritable } from '../sheets/writable';

type Book = GoogleAppsScript.Spreadsheet.Spreadsheet;

export function undoImportFor(book: Book, force = false): { message: string; needsConfirm?: boolean } {
  const copy = readImportCopy(book);
  if (!copy) throw new UserError(IMPORT_UI.noUndo);
  const { meta, entries } = copy;
  const { tables } = readBases(book);
  const table = tables[meta.base];
  const index = table.index as Record<string, number>;
  const plan = planUndo(entries, table.records, index, ['code', SERVICE_FIELD]);
  const codes = new Set(entries.map((e) => e.code.toUpperCase()));

  if (!force) {
    const pairs = readTable(PAIRS, book);
    const inPairs = (pairs?.records ?? []).filter((r) => cellText(r.cells.status) !== REJECTED &&
      [r.cells.mentorCode, r.cells.menteeCode].some((c) => codes.has(cellText(c).toUpperCase())))
      .map((r) => `${cellText(r.cells.pairId) || cellText(r.cells.mentorCode)}: ${cellText(r.cells.mentorCode)} — ${cellText(r.cells.menteeCode)}`);
    const since = (readTable(REGISTRY, book)?.records ?? []).filter((r) => (parseRuDate(cellText(r.cells.date).split(' ')[0] ?? '') ?? '') >= meta.day)
      .map((r) => `${cellText(r.cells.title)}${cellText(r.cells.number) ? ` № ${cellText(r.cells.number)}` : ''}`);
    if (inPairs.length || since.length) return { message: IMPORT_UI.undoWarn(inPairs, since), needsConfirm: true };
  }

  const header = (field: string) => (BASES[meta.base].columns as Record<string, { header: string }>)[field]?.header ?? field;
  // The undone fields' provenance: a command, now.
  const now = nowStamp(book);
  const byRow = new Map(table.records.map((p) => [p.row, p]));
  const service = [...new Set(plan.changes.map((c) => c.row))].map((row) => {
    const person = byRow.get(row)!;
    const p = parseProvenance(cellText(person.cells[SERVICE_FIELD]));
    observe(p, person.cells, trackedFields(meta.base), now);
    const keyAt = new Map(Object.entries(index).map(([k, c]) => [c, k]));
    for (const c of plan.changes.filter((x) => x.row === row)) mark(p, keyAt.get(c.col)!, c.value, 'menu', now, 'undo');
    return { row, col: index[SERVICE_FIELD]!, value: formatProvenance(p) };
  });
  const changes = [...plan.changes, ...service];
  const width = table.grid[0]?.length ?? 1;
  const rows = [...changes.map((c) => c.row), ...plan.deleteRows];
  if (rows.length) {
    const top = Math.min(...rows);
    assertWritable([{ sheet: table.sheet, row: top, col: 1, numRows: Math.max(...rows) - top + 1, numCols: width }]);
  }
  if (changes.length) rewriteCells(table.sheet, changes);
  // Added people leave by runs of adjacent rows, bottom first (one call per run: one when nobody sorted them).
  // Sheets refuses to delete every row under the frozen header: an empty row is added first then.
  if (plan.deleteRows.length) {
    const max = table.sheet.getMaxRows();
    if (max - table.sheet.getFrozenRows() <= plan.deleteRows.length) table.sheet.insertRowsAfter(max, 1);
  }
  for (const [start, count] of runsOf(plan.deleteRows)) table.sheet.deleteRows(start, count);
  dropImportCopy(book);
  const kept = plan.kept.map((k) => IMPORT_UI.keptField(k.code, k.field === ADDED ? IMPORT_UI.addedKept : header(k.field)));
  return { message: IMPORT_UI.undone(BASE_TITLE[meta.base], plan.people, plan.changes.length, plan.deleteRows.length, kept, plan.missing) };
}

/** Rows (any order) as runs [first, count], bottom run first, so deleting one does not move the next. */
function runsOf(rows: readonly number[]): [number, number][] {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const r of sorted) {
    const last = runs.at(-1);
    if (last && last[0] + last[1] === r) last[1]++;
    else runs.push([r, 1]);
  }
  return runs.reverse();
}
