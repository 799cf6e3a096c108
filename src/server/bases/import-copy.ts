/**
 * The import's undo copy (issue 13): for each participant code the import touched, each field's
 * value before and after it, on a grey, warning-protected plain-text sheet; its size and a hash of
 * its contents in a document property. An undo of an edited copy is refused. «Отменить импорт»
 * reads it; erasing a participant drops it (it holds their data).
 */
import type { BaseName } from '../../domain/bases/schema';
import { UserError } from '../../domain/errors';
import { IMPORT_UI } from '../../domain/import/messages';
import { fingerprint, PLAIN_TEXT } from '../../domain/import/snapshot';
import type { UndoEntry } from '../../domain/import/undo';
import { ensureSheet, ensureSize } from '../sheets/table';

type Book = GoogleAppsScript.Spreadsheet.Spreadsheet;

const UNDO_KEY = 'import.undo';
const PROTECTION = 'Копия для отмены импорта: не меняйте';

export interface ImportCopyMeta {
  sheet: string;
  base: BaseName;
  source: string;
  /** The day of the import: documents made since may name the imported people. */
  day: string;
  rows: number;
  hash: string;
}

const toRows = (entries: readonly UndoEntry[]) => entries.map((e) => [e.code, e.field, e.before, e.after]);

export const hasImportCopy = (): boolean => PropertiesService.getDocumentProperties().getProperty(UNDO_KEY) !== null;

export function saveImportCopy(book: Book, meta: Omit<ImportCopyMeta, 'rows' | 'hash'>, entries: readonly UndoEntry[]): void {
  const { sheet, created } = ensureSheet(book, IMPORT_UI.snapshotSheet);
  if (created) {
    sheet.setTabColor('#999999');
    sheet.protect().setDescription(PROTECTION).setWarningOnly(true);
  }
  sheet.clear();
  const rows = [IMPORT_UI.copyHeaders, ...toRows(entries)];
  ensureSize(sheet, rows.length, 4);
  sheet.getRange(1, 1, rows.length, 4).setNumberFormat(PLAIN_TEXT).setValues(rows);
  const full: ImportCopyMeta = { ...meta, rows: entries.length, hash: fingerprint(toRows(entries)) };
  PropertiesService.getDocumentProperties().setProperty(UNDO_KEY, JSON.stringify(full));
}

/** The copy, checked against its hash; null when there is nothing to undo. */
export function readImportCopy(book: Book): { meta: ImportCopyMeta; entries: UndoEntry[] } | null {
  const text = PropertiesService.getDocumentProperties().getProperty(UNDO_KEY);
  if (!text) return null;
  const meta = JSON.parse(text) as ImportCopyMeta;
  const sheet = book.getSheetByName(IMPORT_UI.snapshotSheet);
  if (!sheet || typeof meta.rows !== 'number' || sheet.getLastRow() !== meta.rows + 1) throw new UserError(IMPORT_UI.undoChanged);
  const rows = meta.rows ? sheet.getRange(2, 1, meta.rows, 4).getValues().map((r) => r.map((v) => String(v))) : [];
  if (fingerprint(rows) !== meta.hash) throw new UserError(IMPORT_UI.undoChanged);
  return { meta, entries: rows.map(([code = '', field = '', before = '', after = '']) => ({ code, field, before, after })) };
}

/** The copy is emptied after an undo, and when a participant's data is erased (undo is then no longer possible). */
export function dropImportCopy(book: Book): void {
  book.getSheetByName(IMPORT_UI.snapshotSheet)?.clear();
  PropertiesService.getDocumentProperties().deleteProperty(UNDO_KEY);
}
