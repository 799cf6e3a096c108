/**
 * A Google Doc as plain data. The body is a list of paragraphs, list items and tables; a page
 * break lives inside a paragraph, as in Docs. Views (paragraph.ts, table.ts, body.ts) read and
 * change these objects; nothing else holds state.
 */
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

/** Body#getText: paragraphs joined by newlines; a table's cells by tabs, rows by newlines. */
export function elementText(e: ElementModel): string {
  if (e.type === 'TABLE') return e.rows.map(rowText).join('\n');
  return e.text;
}
export const rowText = (r: RowModel): string => r.cells.map((c) => c.text).join('\t');

/**
 * replaceText — reference: document/body#replacetextsearchpattern,-replacement. The pattern is a
 * regular expression given as a string (RE2 in Apps Script; JS RegExp here); it never matches
 * across paragraphs. The replacement is inserted literally (Apps Script has no `$1` groups here).
 */
export function compilePattern(pattern: string): RegExp {
  return new RegExp(pattern, 'g');
}
export const replaceIn = (text: string, re: RegExp, replacement: string): string => text.replace(re, () => replacement);

export function replaceInElement(e: ElementModel | RowModel, re: RegExp, replacement: string): void {
  if ('cells' in e) {
    for (const c of e.cells) c.text = replaceIn(c.text, re, replacement);
  } else if (e.type === 'TABLE') {
    for (const r of e.rows) replaceInElement(r, re, replacement);
  } else {
    e.text = replaceIn(e.text, re, replacement);
  }
}
