import { cellText } from '../../domain/cell';
import { BASE_TITLE } from '../../domain/bases/messages';
import { BASES, CONSENT_WITHDRAWN, SERVICE_FIELD, type BaseName } from '../../domain/bases/schema';
import type { CellChange } from '../../domain/import/snapshot';
import { undoEntries } from '../../domain/import/undo';
import { formatProvenance, hash32, mark, observe, parseProvenance, trackedFields } from '../../domain/privacy/provenance';
import { buried } from '../../domain/privacy/tombstones';
import { newToken } from '../bases/service';
import { readGraveyard } from '../links/tombstones';
import { assertWritable, targetOf } from '../sheets/writable';
import { SETTINGS_SHEET } from '../../domain/bases/settings';
import { REPORT_SHEET, reportRows } from '../../domain/bases/summary';
import { findHeaderRow, headerTexts, mappingError, proposeMapping, rememberMapping, targetsOf, type Mapping, type Target } from '../../domain/import/mapping';
import { planMerge, skippedByReason, type MergeOptions } from '../../domain/import/merge';
import { IMPORT_UI, SKIP_REASON } from '../../domain/import/messages';
import { PRIVACY_UI } from '../../domain/privacy/messages';
import { importProblems, placeMerge } from '../../domain/import/plan';
import { PLAIN_TEXT } from '../../domain/import/snapshot';
import { readIncoming } from '../../domain/import/values';
import type { ColumnSpec } from '../../domain/table';
import { UserError } from '../../domain/errors';
import { nowStamp, toCells, todayIso } from '../sheets/values';
import { checkBook } from '../bases/check';
import { readBases } from '../bases/read';
import { rewriteCells } from '../sheets/patch';
import { hasImportCopy, saveImportCopy } from '../bases/import-copy';

type Book = GoogleAppsScript.Spreadsheet.Spreadsheet;

const MAPPING_KEY = (base: BaseName) => `import.mapping.${base}`;
const SERVICE_SHEETS = (): string[] => [
  SETTINGS_SHEET, REPORT_SHEET, IMPORT_UI.snapshotSheet, PRIVACY_UI.registrySheet, PRIVACY_UI.retentionSheet, ...Object.values(BASES).map((b) => b.sheet),
];

export interface ImportOptions extends MergeOptions {
  /** 1-based row of the source's headers; found automatically when absent. */
  headerRow?: number;
}

/** Sheets a list can come from: every sheet but the add-on's own. */
export function importSources(book: Book): { sheets: string[]; canUndo: boolean } {
  const own = new Set(SERVICE_SHEETS().map((s) => s.toLowerCase()));
  const sheets = book.getSheets().map((s) => s.getName()).filter((n) => !own.has(n.toLowerCase()));
  return { sheets, canUndo: hasImportCopy() };
}

function readSource(book: Book, sheetName: string) {
  if (SERVICE_SHEETS().some((s) => s.toLowerCase() === String(sheetName).toLowerCase())) throw new UserError(IMPORT_UI.sourceIsBase);
  const sheet = book.getSheetByName(String(sheetName));
  if (!sheet) throw new UserError(IMPORT_UI.noSource(String(sheetName)));
  const grid = toCells(sheet.getDataRange().getValues(), book.getSpreadsheetTimeZone());
  if (grid.length < 2) throw new UserError(IMPORT_UI.emptySource(sheet.getName()));
  return { sheet, grid };
}

const checkBase_ = (base: unknown): BaseName => {
  if (base !== 'mentors' && base !== 'mentees') throw new UserError(`Неизвестная база: ${String(base)}`);
  return base;
};

function remembered(base: BaseName): Record<string, Target> {
  const text = PropertiesService.getDocumentProperties().getProperty(MAPPING_KEY(base));
  try {
    return text ? (JSON.parse(text) as Record<string, Target>) : {};
  } catch {
    return {};
  }
}

/** The sidebar's mapping step: source columns with samples, the proposed target of each, and every target. */
export function proposeImportFor(book: Book, sheetName: string, baseArg: BaseName) {
  const base = checkBase_(baseArg);
  const { grid } = readSource(book, sheetName);
  const headerRow = findHeaderRow(grid, base);
  const headers = headerTexts(grid[headerRow]);
  const memory = remembered(base);
  const { mapping, scores } = proposeMapping(headers, base, memory);
  return {
    sheetName,
    base,
    headerRow: headerRow + 1,
    rows: grid.length - headerRow - 1,
    columns: headers.map((header, i) => ({
      column: i,
      header,
      samples: grid.slice(headerRow + 1, headerRow + 4).map((r) => cellText(r[i])),
      target: mapping[i] ?? null,
      score: Math.round((scores[i] ?? 0) * 100) / 100,
    })),
    targets: targetsOf(base),
    remembered: Object.keys(memory).length > 0,
  };
}

function compute(book: Book, sheetName: string, baseArg: BaseName, mapping: Mapping, options: ImportOptions) {
  const base = checkBase_(baseArg);
  const { grid } = readSource(book, sheetName);
  const headerRow = options.headerRow ? options.headerRow - 1 : findHeaderRow(grid, base);
  const headers = headerTexts(grid[headerRow]);
  const cleaned: Mapping = headers.map((_, i) => (Array.isArray(mapping) && mapping[i] ? String(mapping[i]) : null));
  const error = mappingError(headers, cleaned, base);
  if (error?.code === 'noName') throw new UserError(IMPORT_UI.noNameColumn);
  if (error?.code === 'badTarget') throw new UserError(IMPORT_UI.badTarget(error.header ?? ''));
  if (error?.code === 'twice') throw new UserError(IMPORT_UI.twice(error.target ?? ''));

  const { settings, tables } = readBases(book);
  const table = tables[base];
  const incoming = readIncoming(grid, headerRow, cleaned, base);
  // Erasure is final: a row naming an erased participant's code is not imported.
  const graves = readGraveyard();
  const erased = incoming.filter((i) => buried(graves, cellText(i.cells.code)));
  const plan = planMerge(base, table.records, incoming.filter((i) => !erased.includes(i)), { overwrite: options.overwrite === true });
  plan.skipped.push(...erased.map((i) => ({ sourceRow: i.sourceRow, reason: 'erased' as const })));
  // A withdrawal is final too: a list never turns «отозвано» back into a consent.
  for (const u of plan.updated) {
    const grants = u.changes.filter((c) => c.field === 'consent' && cellText(c.from ?? '') === CONSENT_WITHDRAWN);
    plan.kept += grants.length;
    u.changes = u.changes.filter((c) => !grants.includes(c));
  }
  plan.updated = plan.updated.filter((u) => u.changes.length);
  const lastRow = table.grid.length;
  const placed = placeMerge(base, plan, table.records, table.index as Record<string, number>, lastRow);
  const problems = importProblems(base, placed.rows, plan, lastRow, settings, todayIso(book));
  return { base, headers, mapping: cleaned, table, tables, settings, plan, placed, problems };
}

export interface ImportPreview {
  base: BaseName;
  title: string;
  added: number;
  updated: number;
  skipped: number;
  kept: number;
  reasons: { reason: string; count: number }[];
  problems: number;
  /** The first problems, as rows of the «Проверка» report (base, row, field, problem, value). */
  problemRows: string[][];
  message: string;
}

function summary(r: ReturnType<typeof compute>, message?: string): ImportPreview {
  const { plan, problems, base } = r;
  const counts = { added: plan.added.length, updated: plan.updated.length, skipped: plan.skipped.length };
  return {
    base,
    title: BASE_TITLE[base],
    ...counts,
    kept: plan.kept,
    reasons: skippedByReason(plan).map((x) => ({ reason: SKIP_REASON[x.reason], count: x.count })),
    problems: problems.length,
    problemRows: reportRows(problems.slice(0, 50)),
    message: message ?? [IMPORT_UI.preview(counts.added, counts.updated, counts.skipped), IMPORT_UI.kept(plan.kept), IMPORT_UI.problems(problems.length)].filter(Boolean).join(' '),
  };
}

/** The preview: nothing is written. */
export function previewImportFor(book: Book, sheetName: string, base: BaseName, mapping: Mapping, options: ImportOptions = {}): ImportPreview {
  return summary(compute(book, sheetName, base, mapping, options));
}

/**
 * The import: one write to the base (updated cells and new rows, with codes), a snapshot of the
 * rectangle it replaced for «Отменить импорт», the mapping remembered, then «Проверить базы».
 */
export function applyImportFor(book: Book, sheetName: string, baseArg: BaseName, mapping: Mapping, options: ImportOptions = {}): ImportPreview {
  const r = compute(book, sheetName, baseArg, mapping, options);
  const { base, placed, table } = r;
  if (!placed.changes.length) throw new UserError(IMPORT_UI.nothing);
  const columns = BASES[base].columns as Record<string, ColumnSpec>;
  const index = table.index as Record<string, number>;
  const keyAt = new Map(Object.entries(index).map(([k, c]) => [c, k]));
  const formatOf = (col: number) => (columns[keyAt.get(col) ?? '']?.kind === 'text' ? PLAIN_TEXT : undefined);
  const before = new Map(table.records.map((p) => [p.row, p]));
  const added = new Map(placed.rows.filter((p) => p.row > table.grid.length).map((p) => [p.row, cellText(p.cells.code)]));
  const entries = undoEntries(placed.changes, before, added, keyAt);
  // Each changed field's provenance: the import, now; the people it adds get their link token.
  const now = nowStamp(book);
  const ref = hash32(`${sheetName}|${now}`);
  const service: CellChange[] = [];
  for (const row of new Set(placed.changes.map((c) => c.row))) {
    const person = before.get(row);
    const p = parseProvenance(cellText(person?.cells[SERVICE_FIELD]));
    if (person) observe(p, person.cells, trackedFields(base), now);
    if (!p.token) p.token = newToken();
    for (const c of placed.changes.filter((x) => x.row === row)) {
      const field = keyAt.get(c.col);
      if (field && field !== 'code') mark(p, field, c.value, 'import', now, ref);
    }
    service.push({ row, col: index[SERVICE_FIELD]!, value: formatProvenance(p) });
  }
  const changes = [...placed.changes, ...service];
  assertWritable(targetOf(table.sheet, changes));
  rewriteCells(table.sheet, changes, formatOf);
  saveImportCopy(book, { sheet: table.sheet.getName(), base, source: sheetName, day: todayIso(book) }, entries);
  const props = PropertiesService.getDocumentProperties();
  props.setProperty(MAPPING_KEY(base), JSON.stringify({ ...remembered(base), ...rememberMapping(r.headers, r.mapping) }));
  const checked = checkBook(book);
  const p = r.plan;
  return summary(r, `${IMPORT_UI.done(BASE_TITLE[base], p.added.length, p.updated.length, p.skipped.length)} ${checked.message}`);
}
