/**
 * The import's undo copy: the rectangle of a base an import replaced, kept on a plain-text sheet (a
 * property holds 9 KB, a base far more) with its place in a document property. «Отменить импорт»
 * reads it; erasing a participant must not leave them in it.
 */
import type { BaseName } from '../../domain/bases/schema';
import { IMPORT_UI } from '../../domain/import/messages';
import { PLAIN_TEXT } from '../../domain/import/snapshot';
import { ensureSheet, ensureSize } from '../sheets/table';
import { blockFingerprint, type Block } from '../sheets/patch';

type Book = GoogleAppsScript.Spreadsheet.Spreadsheet;

const UNDO_KEY = 'import.undo';

export interface ImportCopyMeta {
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

export const hasImportCopy = (): boolean => PropertiesService.getDocumentProperties().getProperty(UNDO_KEY) !== null;

export function saveImportCopy(book: Book, meta: Omit<ImportCopyMeta, 'top' | 'left' | 'height' | 'width' | 'after'>, block: Block, target: GoogleAppsScript.Spreadsheet.Sheet): void {
  const height = block.values.length, width = block.values[0]!.length;
  const { sheet, created } = ensureSheet(book, IMPORT_UI.snapshotSheet);
  if (created) sheet.setTabColor('#999999'); // a service sheet: grey, last, not for editing
  sheet.clear();
  const rows = block.values.map((r, i) => [...r, ...block.formats[i]!]);
  ensureSize(sheet, height, 2 * width);
  sheet.getRange(1, 1, height, 2 * width).setNumberFormat(PLAIN_TEXT).setValues(rows);
  const after = blockFingerprint(target, block.top, block.left, height, width);
  const full: ImportCopyMeta = { ...meta, top: block.top, left: block.left, height, width, after };
  PropertiesService.getDocumentProperties().setProperty(UNDO_KEY, JSON.stringify(full));
}

/** The copy's place and its sheet; null when there is nothing to undo. */
export function readImportCopy(book: Book): { meta: ImportCopyMeta; sheet: GoogleAppsScript.Spreadsheet.Sheet | null } | null {
  const text = PropertiesService.getDocumentProperties().getProperty(UNDO_KEY);
  if (!text) return null;
  return { meta: JSON.parse(text) as ImportCopyMeta, sheet: book.getSheetByName(IMPORT_UI.snapshotSheet) };
}

/** The copy is emptied after an undo, and when a participant's data is erased (undo is then no longer possible). */
export function dropImportCopy(book: Book): void {
  book.getSheetByName(IMPORT_UI.snapshotSheet)?.clear();
  PropertiesService.getDocumentProperties().deleteProperty(UNDO_KEY);
}
