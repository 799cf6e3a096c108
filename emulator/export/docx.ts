/**
 * A document of the emulator → .docx (the `docx` package), so a person can open what the add-on
 * wrote and see it as Google Docs would show it. The file carries only what the document model
 * holds: the fonts, sizes, margins, indents, borders and column widths the add-on set. Where the
 * add-on set nothing, Google Docs' own defaults for a new document apply (Arial 11, margins of
 * one inch, A4 for a Russian-locale account, tables with 1 pt black borders and equal columns),
 * never a style of our choosing.
 */
import { writeFileSync } from 'node:fs';
import {
  AlignmentType, BorderStyle, Document, LevelFormat, LevelSuffix, Packer, PageBreak, Paragraph, Tab, Table, TableCell, TableLayoutType, TableRow,
  TextRun, WidthType,
} from 'docx';
import type { Attrs, CellModel, DocModel, ParagraphModel, TableModel } from '../docs/model';

/** Google Docs' defaults for what the add-on did not set (Docs: File → Page setup; Format → Paragraph styles). */
export const DOCS_DEFAULTS = {
  font: 'Arial',
  size: 11,
  margin: 72,
  pageWidth: 595.3,
  pageHeight: 841.9,
  /** Named styles of a new document (points): Title 26, Heading 1 20, Heading 2 16, Heading 3 14. */
  headingSize: { TITLE: 26, SUBTITLE: 15, HEADING1: 20, HEADING2: 16, HEADING3: 14, HEADING4: 12, HEADING5: 11, HEADING6: 11 } as Record<string, number>,
  borderWidth: 1,
  /** Cell padding, every side (Docs: Table properties → Cell padding 0.069″). */
  cellPadding: 5,
} as const;

const ALIGN = { LEFT: AlignmentType.LEFT, CENTER: AlignmentType.CENTER, RIGHT: AlignmentType.RIGHT, JUSTIFY: AlignmentType.JUSTIFIED } as const;
/** Points → twentieths of a point (twips), the unit of .docx measures. */
const tw = (pt: number) => Math.round(pt * 20);
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

interface TextStyle { font: string; size: number; bold: boolean; italic: boolean }

function textStyle(attrs: Attrs, heading = 'NORMAL'): TextStyle {
  return {
    font: typeof attrs.FONT_FAMILY === 'string' ? attrs.FONT_FAMILY : DOCS_DEFAULTS.font,
    size: num(attrs.FONT_SIZE) ?? DOCS_DEFAULTS.headingSize[heading] ?? DOCS_DEFAULTS.size,
    bold: attrs.BOLD === true,
    italic: attrs.ITALIC === true,
  };
}

/** Runs of one paragraph: Docs keeps \n inside a paragraph as a line break and \t as a tab. */
function runs(text: string, st: TextStyle): TextRun[] {
  return text.split('\n').flatMap((line, i) =>
    line.split('\t').map((part, j) => new TextRun({
      children: [...(j > 0 ? [new Tab()] : []), part], bold: st.bold, italics: st.italic, size: Math.round(st.size * 2), font: st.font,
      ...(i > 0 && j === 0 ? { break: 1 } : {}),
    })));
}

/** Indents and spacing the paragraph holds; Docs' own spacing otherwise (none before, none after, single line × 1.15). */
function spacing(attrs: Attrs) {
  const line = num(attrs.LINE_SPACING);
  return {
    spacing: { before: tw(num(attrs.SPACING_BEFORE) ?? 0), after: tw(num(attrs.SPACING_AFTER) ?? 0), line: Math.round((line ?? 1.15) * 240) },
    indent: {
      ...(num(attrs.INDENT_FIRST_LINE) !== undefined ? { firstLine: tw(num(attrs.INDENT_FIRST_LINE)!) } : {}),
      ...(num(attrs.INDENT_START) !== undefined ? { left: tw(num(attrs.INDENT_START)!) } : {}),
      ...(num(attrs.INDENT_END) !== undefined ? { right: tw(num(attrs.INDENT_END)!) } : {}),
    },
  };
}

function paragraph(p: ParagraphModel, listRef: (p: ParagraphModel) => string): Paragraph {
  if (p.pageBreak) return new Paragraph({ children: [new PageBreak()] });
  const st = textStyle(p.attrs, p.heading);
  const sp = spacing(p.attrs);
  return new Paragraph({
    children: runs(p.text, st),
    ...(p.alignment ? { alignment: ALIGN[p.alignment as keyof typeof ALIGN] } : {}),
    ...(p.type === 'LIST_ITEM' ? { numbering: { reference: listRef(p), level: 0 } } : {}),
    spacing: sp.spacing,
    ...(Object.keys(sp.indent).length ? { indent: sp.indent } : {}),
  });
}

function cellParagraph(c: CellModel, tableAttrs: Attrs): Paragraph {
  const st = textStyle({ ...tableAttrs, ...c.attrs });
  return new Paragraph({
    children: runs(c.text, st),
    ...(c.alignment ? { alignment: ALIGN[c.alignment as keyof typeof ALIGN] } : {}),
    spacing: spacing({ ...tableAttrs, ...c.attrs }).spacing,
  });
}

function table(t: TableModel, textWidth: number): Table {
  const columns = Math.max(1, ...t.rows.map((r) => r.cells.length));
  const set = t.widths.filter((w): w is number => typeof w === 'number');
  const unset = columns - set.length;
  // Docs shares what the set columns leave among the others, equally.
  const rest = unset > 0 ? Math.max(0, textWidth - set.reduce((a, b) => a + b, 0)) / unset : 0;
  const widths = Array.from({ length: columns }, (_, i) => t.widths[i] ?? rest);
  const bw = num(t.attrs.BORDER_WIDTH) ?? DOCS_DEFAULTS.borderWidth;
  const color = typeof t.attrs.BORDER_COLOR === 'string' ? t.attrs.BORDER_COLOR.replace('#', '') : '000000';
  const side = bw > 0 ? { style: BorderStyle.SINGLE, size: Math.max(2, Math.round(bw * 8)), color } : { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  const borders = { top: side, bottom: side, left: side, right: side, insideHorizontal: side, insideVertical: side };
  const headerRows = num(t.attrs.HEADER_ROWS) ?? 0;
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: tw(widths.reduce((a, b) => a + b, 0)), type: WidthType.DXA },
    columnWidths: widths.map(tw),
    borders,
    rows: t.rows.map((r, i) => new TableRow({
      tableHeader: i < headerRows,
      cantSplit: r.attrs?.PREVENT_OVERFLOW === true,
      children: r.cells.map((c, j) => new TableCell({
        width: { size: tw(widths[j] ?? rest), type: WidthType.DXA },
        margins: {
          left: tw(num(c.attrs.PADDING_LEFT) ?? DOCS_DEFAULTS.cellPadding), right: tw(num(c.attrs.PADDING_RIGHT) ?? DOCS_DEFAULTS.cellPadding),
          top: tw(num(c.attrs.PADDING_TOP) ?? DOCS_DEFAULTS.cellPadding), bottom: tw(num(c.attrs.PADDING_BOTTOM) ?? DOCS_DEFAULTS.cellPadding),
        },
        children: [cellParagraph(c, t.attrs)],
      })),
    })),
  });
}

export async function docxBuffer(doc: DocModel): Promise<Buffer> {
  const a = doc.attrs ?? {};
  const margin = (k: string) => num(a[k]) ?? DOCS_DEFAULTS.margin;
  const pageWidth = num(a.PAGE_WIDTH) ?? DOCS_DEFAULTS.pageWidth;
  const textWidth = pageWidth - margin('MARGIN_LEFT') - margin('MARGIN_RIGHT');
  // Each run of list items is one numbered list; its numbers take the items' own font and size, as in Docs.
  const lists: { ref: string; style: TextStyle; indent: number }[] = [];
  const listOf = new Map<ParagraphModel, string>();
  let previous: unknown = null;
  for (const e of doc.body) {
    if (e.type === 'LIST_ITEM') {
      if (previous !== 'LIST_ITEM') lists.push({ ref: `list${lists.length}`, style: textStyle(e.attrs), indent: num(e.attrs.INDENT_FIRST_LINE) ?? 0 });
      listOf.set(e, lists.at(-1)!.ref);
    }
    previous = e.type;
  }
  const children = doc.body.map((e) => (e.type === 'TABLE' ? table(e, textWidth) : paragraph(e, (p) => listOf.get(p)!)));
  const file = new Document({
    creator: 'Наставничество',
    title: doc.name,
    numbering: {
      config: lists.map((l) => ({
        reference: l.ref,
        levels: [{
          level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT, suffix: LevelSuffix.SPACE,
          style: {
            run: { font: l.style.font, size: Math.round(l.style.size * 2) },
            // The number sits at the first-line indent, the text follows after a space, wrapping to the margin.
            paragraph: { indent: { left: 0, firstLine: tw(l.indent) } },
          },
        }],
      })),
    },
    sections: [{
      properties: {
        page: {
          size: { width: tw(pageWidth), height: tw(num(a.PAGE_HEIGHT) ?? DOCS_DEFAULTS.pageHeight) },
          margin: { top: tw(margin('MARGIN_TOP')), bottom: tw(margin('MARGIN_BOTTOM')), left: tw(margin('MARGIN_LEFT')), right: tw(margin('MARGIN_RIGHT')) },
        },
      },
      children,
    }],
  });
  return Packer.toBuffer(file);
}

export async function exportDocx(doc: DocModel, path: string): Promise<void> {
  writeFileSync(path, await docxBuffer(doc));
}
