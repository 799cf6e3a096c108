import { cellText } from '../../domain/cell';
import { BASE_TITLE } from '../../domain/bases/messages';
import { BASES, type BaseName } from '../../domain/bases/schema';
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
import { UserError } from '../ui/errors';
import { ensureSheet, ensureSize } from '../sheets/table';
import { toCells, todayIso } from '../sheets/values';
import { checkBook, readBases } from '../bases/check';
import { blockFingerprint, restoreBlock, rewriteCells, type Block } from '../sheets/patch';

type Book = GoogleAppsScript.Spreadsheet.Spreadsheet;

const MAPPING_KEY = (base: BaseName) => `import.mapping.${base}`;
const UNDO_KEY = 'import.undo';
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
  return { sheets, canUndo: PropertiesService.getDocumentProperties().getProperty(UNDO_KEY) !== null };
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
  const plan = planMerge(base, table.records, incoming, { overwrite: options.overwrite === true });
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
  const keyAt = new Map(Object.entries(table.index as Record<string, number>).map(([k, c]) => [c, k]));
  const formatOf = (col: number) => (columns[keyAt.get(col) ?? '']?.kind === 'text' ? PLAIN_TEXT : undefined);
  const before = rewriteCells(table.sheet, placed.changes, formatOf)!;
  saveSnapshot(book, { sheet: table.sheet.getName(), base, source: sheetName }, before, table.sheet);
  const props = PropertiesService.getDocumentProperties();
  props.setProperty(MAPPING_KEY(base), JSON.stringify({ ...remembered(base), ...rememberMapping(r.headers, r.mapping) }));
  const checked = checkBook(book);
  const p = r.plan;
  return summary(r, `${IMPORT_UI.done(BASE_TITLE[base], p.added.length, p.updated.length, p.skipped.length)} ${checked.message}`);
}

interface UndoMeta {
  sheet: string;
  base: BaseName;
  source: string;
  top: number;
  left: number;
  height: number;
  width: number;
  /** The rectangle right after the import: a different one at undo means the curator edited it since. */
  after: string;
}

/** The replaced rectangle goes to a plain-text sheet (a property holds 9 KB, a base far more); its place to a property. */
function saveSnapshot(book: Book, meta: Omit<UndoMeta, 'top' | 'left' | 'height' | 'width' | 'after'>, block: Block, target: GoogleAppsScript.Spreadsheet.Sheet): void {
  const height = block.values.length, width = block.values[0]!.length;
  const { sheet, created } = ensureSheet(book, IMPORT_UI.snapshotSheet);
  if (created) sheet.setTabColor('#999999'); // a service sheet: grey, last, not for editing
  sheet.clear();
  const rows = block.values.map((r, i) => [...r, ...block.formats[i]!]);
  ensureSize(sheet, height, 2 * width);
  sheet.getRange(1, 1, height, 2 * width).setNumberFormat(PLAIN_TEXT).setValues(rows);
  const after = blockFingerprint(target, block.top, block.left, height, width);
  const full: UndoMeta = { ...meta, top: block.top, left: block.left, height, width, after };
  PropertiesService.getDocumentProperties().setProperty(UNDO_KEY, JSON.stringify(full));
}

/** «Отменить импорт»: the base's rectangle exactly as it was before the last import. */
export function undoImportFor(book: Book, force = false): { message: string } {
  const props = PropertiesService.getDocumentProperties();
  const text = props.getProperty(UNDO_KEY);
  if (!text) throw new UserError(IMPORT_UI.noUndo);
  const meta = JSON.parse(text) as UndoMeta;
  const snapshot = book.getSheetByName(IMPORT_UI.snapshotSheet);
  const target = book.getSheetByName(meta.sheet);
  if (!snapshot || !target) throw new UserError(IMPORT_UI.undoChanged);
  if (!force && blockFingerprint(target, meta.top, meta.left, meta.height, meta.width) !== meta.after) {
    throw new UserError(IMPORT_UI.editedSince(meta.sheet));
  }
  if (snapshot.getMaxRows() < meta.height || snapshot.getMaxColumns() < 2 * meta.width) throw new UserError(IMPORT_UI.undoChanged);
  const rows = snapshot.getRange(1, 1, meta.height, 2 * meta.width).getValues().map((r) => r.map((v) => String(v)));
  if (rows.some((r) => r.slice(meta.width).some((f) => f === ''))) throw new UserError(IMPORT_UI.undoChanged);
  restoreBlock(target, {
    top: meta.top,
    left: meta.left,
    values: rows.map((r) => r.slice(0, meta.width)),
    formats: rows.map((r) => r.slice(meta.width, 2 * meta.width)),
  });
  snapshot.clear();
  props.deleteProperty(UNDO_KEY);
  return { message: IMPORT_UI.undone(BASE_TITLE[meta.base], meta.height) };
}

/** Erasing a person must not leave them in the undo copy: the copy is dropped (undo is no longer possible). */
export function dropImportSnapshot(book: Book): void {
  book.getSheetByName(IMPORT_UI.snapshotSheet)?.clear();
  PropertiesService.getDocumentProperties().deleteProperty(UNDO_KEY);
}
