/**
 * Blocks → a Google Doc, styled by the add-on itself (not left to Docs' defaults or an exporter):
 * the page and fields, the font and size of every paragraph, first-line indents, justified items,
 * borderless layout lines with fixed widths and data tables with borders and columns as wide as
 * their content. Only DocumentApp calls; a constant number per template block.
 */
import type { Align, Block } from '../../domain/orders/model';
import { cellAttributes, columnWidths, paragraphAttributes, textWidth, type DocStyle } from '../../domain/orders/style';

type Body = GoogleAppsScript.Document.Body;
type Paragraph = GoogleAppsScript.Document.Paragraph;
type Table = GoogleAppsScript.Document.Table;

const ALIGN = { left: 'LEFT', center: 'CENTER', right: 'RIGHT', justify: 'JUSTIFY' } as const;
const alignment = (a: Align) => DocumentApp.HorizontalAlignment[ALIGN[a]];

/** Border width of a data table; a layout line has none (Table#setBorderWidth(0)). */
export const GRID_BORDER = 0.5;

/** The page: A4 and the fields of ГОСТ Р 7.0.97-2016 (Body#setMarginLeft … in points). */
export function setPage(body: Body, s: DocStyle): void {
  body.setPageWidth(s.page.width).setPageHeight(s.page.height)
    .setMarginTop(s.margins.top).setMarginBottom(s.margins.bottom).setMarginLeft(s.margins.left).setMarginRight(s.margins.right);
}

function styleParagraph(p: Paragraph, b: Extract<Block, { kind: 'paragraph' }>, s: DocStyle): void {
  p.setHeading(DocumentApp.ParagraphHeading.NORMAL);
  p.setAlignment(alignment(b.align ?? 'left'));
  p.setAttributes(paragraphAttributes(b, s));
}

/** Sets the widths of a table's columns from its rows' text (every word fits: none breaks inside). */
export function fitColumns(t: Table, rows: readonly (readonly string[])[], s: DocStyle): void {
  columnWidths(rows, s).widths.forEach((w, i) => t.setColumnWidth(i, w));
}

function writeTable(body: Body, b: Extract<Block, { kind: 'table' }>, s: DocStyle): Table {
  const t = body.appendTable(b.rows);
  const grid = b.grid !== false;
  t.setBorderWidth(grid ? GRID_BORDER : 0);
  if (grid) fitColumns(t, b.rows, s);
  else (b.widths ?? []).forEach((share, i) => t.setColumnWidth(i, Math.floor(share * textWidth(s))));
  b.rows.forEach((cells, r) => cells.forEach((_, c) => {
    const cell = t.getCell(r, c);
    cell.setAttributes(cellAttributes(grid, s, grid && r === 0));
    // A layout line sits on the margins: no padding, so «№ 2» ends where the text does; data rows
    // keep Docs' side padding and a tighter top and bottom.
    if (!grid) cell.setPaddingLeft(0).setPaddingRight(0).setPaddingTop(0).setPaddingBottom(0);
    else cell.setPaddingTop(2).setPaddingBottom(2);
    const a = b.align?.[c] ?? (grid && r === 0 ? 'center' : 'left');
    cell.getChild(0).asParagraph().setAlignment(alignment(a));
  }));
  return t;
}

/**
 * Writes blocks into a new document's body: its own empty first paragraph takes the first block,
 * and the empty paragraph Docs keeps after each table takes the next paragraph block.
 */
export function writeBlocks(body: Body, blocks: readonly Block[], s: DocStyle): void {
  setPage(body, s);
  let free: Paragraph | null = body.getParagraphs()[0] ?? null;
  const blank: Extract<Block, { kind: 'paragraph' }> = { kind: 'paragraph', text: '' };
  // A document that opens with a table keeps Docs' first empty paragraph above it: styled like the rest.
  if (free && blocks[0]?.kind !== 'paragraph') styleParagraph(free, blank, s);
  for (const b of blocks) {
    if (b.kind === 'paragraph') {
      let p = free;
      if (p) p.setText(b.text);
      else p = body.appendParagraph(b.text);
      free = null;
      styleParagraph(p, b, s);
    } else if (b.kind === 'item') {
      const li = body.appendListItem(b.text).setGlyphType(DocumentApp.GlyphType.NUMBER);
      li.setAlignment(DocumentApp.HorizontalAlignment.JUSTIFY);
      li.setAttributes(paragraphAttributes(b, s));
      free = null;
    } else if (b.kind === 'table') {
      writeTable(body, b, s);
      free = body.getChild(body.getNumChildren() - 1).asParagraph();
      styleParagraph(free, blank, s);
    } else {
      body.appendPageBreak();
      free = null;
    }
  }
}
