/** What Apps Script calls for «Импорт списков»: the menu item and the sidebar's import panel calls (plain JSON in and out). */
import type { BaseName } from '../../domain/bases/schema';
import type { Mapping } from '../../domain/import/mapping';
import { showSidebar } from '../ui/menu';
import { runForSidebar } from '../ui/run';
import { applyImportFor, importSources, previewImportFor, proposeImportFor, type ImportOptions, type ImportPreview } from './import-lists';
import { undoImportFor } from './undo';

const book = () => SpreadsheetApp.getActive();

/** Menu «Данные → Импорт списков…»: the sidebar, where the import panel lives. */
export function openImport(): void {
  showSidebar();
}

/** Sidebar, import: the sheets a list can come from, and whether the last import can be undone. */
export function getImportSources(): { sheets: string[]; canUndo: boolean } {
  return runForSidebar(() => importSources(book()));
}

/** Sidebar, import: the source's columns with the proposed mapping. */
export function proposeImport(sheetName: string, base: BaseName) {
  return runForSidebar(() => proposeImportFor(book(), sheetName, base));
}

/** Sidebar, import: how many would be added, updated, skipped (and why); nothing written. */
export function previewImport(sheetName: string, base: BaseName, mapping: Mapping, options?: ImportOptions): ImportPreview {
  return runForSidebar(() => previewImportFor(book(), sheetName, base, mapping, options ?? {}));
}

/** Sidebar, import: write it (one write to the base), keep a copy for undo, then «Проверить базы». */
export function applyImport(sheetName: string, base: BaseName, mapping: Mapping, options?: ImportOptions): ImportPreview {
  return runForSidebar(() => applyImportFor(book(), sheetName, base, mapping, options ?? {}));
}

/**
 * Sidebar, import: «Отменить импорт». When imported people are already in pairs or documents, the
 * answer asks first (`needsConfirm`); `force` after the curator confirmed.
 */
export function undoImport(force?: boolean): { message: string; needsConfirm?: boolean } {
  return runForSidebar(() => undoImportFor(book(), force === true));
}
