/**
 * A Google Doc as plain data. The body is a list of paragraphs, list items and tables; a page
 * break lives inside a paragraph, as in Docs. Views (paragraph.ts, table.ts, body.ts) read and
 * change these objects; nothing else holds state.
 */
import { RE2JS } from 're2js';
import { AppsScriptException } from '../errors';

export type Attrs = Record<string, unknown>;

export interface ParagraphModel {
  type: 'PARAGRAPH' | 'LIST_ITEM';
  text: string;
  heading: string;
  alignment: string | null;
  attrs: Attrs;
  /** A paragraph holding a page break (Body#appendPageBreak). */
  pageBreak?: boolean;
  /** LIST_ITEM only. */
  glyph?: string;
  nesting?: number;
}

/** A cell holds one paragraph here: its text, text attributes and alignment (TableCell#getChild(0)). */
export interface CellModel {
  text: string;
  attrs: Attrs;
  alignment?: string | null;
}

export interface RowModel {
  cells: CellModel[];
  /** The table the row is in; null for a detached copy (TableRow#copy). */
  table: TableModel | null;
  /** Set through the Docs API only (updateTableRowStyle): PREVENT_OVERFLOW keeps the row on one page. */
  attrs?: Attrs;
}

export interface TableModel {
  type: 'TABLE';
  rows: RowModel[];
  /** BORDER_WIDTH, BORDER_COLOR and text attributes set on the whole table. */
  attrs: Attrs;
  /** HEADER_ROWS comes from the Docs API (pinTableHeaderRows): rows repeated at the top of each page. */
  /** Table#setColumnWidth, in points; a column never set has none (Docs shares the width out). */
  widths: (number | null)[];
}

export type ElementModel = ParagraphModel | TableModel;

export interface DocModel {
  id: string;
  name: string;
  body: ElementModel[];
  /**
   * The body as last saved, while an open Document has unsaved changes: a copy made now (File#makeCopy)
   * gets this. Document#saveAndClose: «Saves the current Document. Causes pending updates to be flushed
   * and applied»; it «is automatically invoked at the end of script execution for each open editable
   * Document» (DriveState#saveAll).
   */
  saved?: ElementModel[];
  /** Body#setMarginTop … setPageWidth, Body#setAttributes: what the document's author set, nothing more. */
  attrs: Attrs;
}

export const newParagraph = (text: string, type: ParagraphModel['type'] = 'PARAGRAPH'): ParagraphModel => ({
  type, text, heading: 'NORMAL', alignment: null, attrs: {}, ...(type === 'LIST_ITEM' ? { glyph: 'NUMBER', nesting: 0 } : {}),
});

export function newTable(cells: readonly (readonly unknown[])[]): TableModel {
  const table: TableModel = { type: 'TABLE', rows: [], attrs: {}, widths: [] };
  table.rows = cells.map((r) => ({ cells: r.map((c) => ({ text: String(c), attrs: {} })), table }));
  return table;
}

export function copyRow(row: RowModel, table: TableModel | null = null): RowModel {
  return { cells: row.cells.map((c) => ({ ...c, attrs: { ...c.attrs } })), table, ...(row.attrs ? { attrs: { ...row.attrs } } : {}) };
}

export function copyElement(e: ElementModel): ElementModel {
  if (e.type === 'TABLE') {
    const t: TableModel = { type: 'TABLE', rows: [], attrs: { ...e.attrs }, widths: [...e.widths] };
    t.rows = e.rows.map((r) => copyRow(r, t));
    return t;
  }
  return { ...e, attrs: { ...e.attrs } };
}

/** Body#getText: paragraphs joined by newlines; a table's cells each on its own line (issue 14, seen live). */
export function elementText(e: ElementModel): string {
  if (e.type === 'TABLE') return e.rows.map(rowText).join('\n');
  return e.text;
}
export const rowText = (r: RowModel): string => r.cells.map((c) => c.text).join('\n');

/**
 * replaceText — reference: document/body#replacetextsearchpattern,-replacement: «The search pattern is
 * passed as a string … This methods uses Google's RE2 regular expression library, which limits the
 * supported syntax»; it never matches across paragraphs. RE2 here is re2js (MIT), a port of RE2: a
 * JS-only pattern (lookbehind, lookahead, backreferences) throws. The replacement is inserted literally.
 */
export function compilePattern(pattern: unknown, method: string): RE2JS {
  if (typeof pattern !== 'string') throw new AppsScriptException(`The parameters (${typeof pattern}) don't match the method signature for DocumentApp.${method}.`);
  try {
    return RE2JS.compile(pattern);
  } catch (e) {
    // The exact text Apps Script prints for a pattern RE2 refuses is not known.
    throw new AppsScriptException(`Invalid argument: searchPattern (${(e as Error).message})`);
  }
}
export function replaceIn(text: string, re: RE2JS, replacement: string): string {
  const m = re.matcher(text);
  let out = '';
  let last = 0;
  while (m.find()) {
    out += text.slice(last, m.start()) + replacement;
    last = m.end();
  }
  return out + text.slice(last);
}

export function replaceInElement(e: ElementModel | RowModel, re: RE2JS, replacement: string): void {
  if ('cells' in e) {
    for (const c of e.cells) c.text = replaceIn(c.text, re, replacement);
  } else if (e.type === 'TABLE') {
    for (const r of e.rows) replaceInElement(r, re, replacement);
  } else {
    e.text = replaceIn(e.text, re, replacement);
  }
}
