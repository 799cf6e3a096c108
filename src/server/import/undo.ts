/** «Отменить импорт»: the base's rectangle exactly as it was before the last import. */
import { BASE_TITLE } from '../../domain/bases/messages';
import { UserError } from '../../domain/errors';
import { IMPORT_UI } from '../../domain/import/messages';
import { dropImportCopy, readImportCopy } from '../bases/import-copy';
import { blockFingerprint, restoreBlock } from '../sheets/patch';

export function undoImportFor(book: GoogleAppsScript.Spreadsheet.Spreadsheet, force = false): { message: string } {
  const copy = readImportCopy(book);
  if (!copy) throw new UserError(IMPORT_UI.noUndo);
  const { meta, sheet: snapshot } = copy;
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
  dropImportCopy(book);
  return { message: IMPORT_UI.undone(BASE_TITLE[meta.base], meta.height) };
}
