/**
 * A document of the emulator → .docx (the `docx` package), so a person can open what the add-on
 * wrote: Times New Roman 14, numbered items, tables with borders, page breaks.
 */
import { writeFileSync } from 'node:fs';
import {
  AlignmentType, Document, HeadingLevel, LevelFormat, Packer, PageBreak, Paragraph, Tab, Table, TableCell, TableRow, TextRun, WidthType,
} from 'docx';
import type { DocModel, ParagraphModel, TableModel } from '../docs/model';

const ALIGN = { LEFT: AlignmentType.LEFT, CENTER: AlignmentType.CENTER, RIGHT: AlignmentType.RIGHT, JUSTIFY: AlignmentType.JUSTIFIED } as const;
const HEADING: Record<string, (typeof HeadingLevel)[keyof typeof HeadingLevel] | undefined> = {
  TITLE: HeadingLevel.TITLE, HEADING1: HeadingLevel.HEADING_1, HEADING2: HeadingLevel.HEADING_2, HEADING3: HeadingLevel.HEADING_3,
};

/** Runs of one paragraph: Docs keeps \n inside a paragraph as a line break and \t as a tab. */
function runs(text: string, bold: boolean, size = 28): TextRun[] {
  const font = 'Times New Roman';
  return text.split('\n').flatMap((line, i) =>
    line.split('\t').map((part, j) => new TextRun({
      children: [...(j > 0 ? [new Tab()] : []), part], bold, size, font, ...(i > 0 && j === 0 ? { break: 1 } : {}),
    })));
}

function paragraph(p: ParagraphModel, listRef: string): Paragraph {
  if (p.pageBreak) return new Paragraph({ children: [new PageBreak()] });
  const heading = HEADING[p.heading];
  const bold = p.attrs.BOLD === true;
  const children = runs(p.text, bold, heading === HeadingLevel.TITLE ? 32 : 28);
  return new Paragraph({
    children,
    ...(p.alignment ? { alignment: ALIGN[p.alignment as keyof typeof ALIGN] } : {}),
    ...(p.type === 'LIST_ITEM' ? { numbering: { reference: listRef, level: 0 } } : {}),
    spacing: { after: 60 },
  });
}

/** A4 less the ГОСТ margins (30 mm left, 15 mm right), in twips. */
const TEXT_WIDTH = 11906 - 1701 - 850;

function table(t: TableModel): Table {
  const columns = Math.max(1, ...t.rows.map((r) => r.cells.length));
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: Array<number>(columns).fill(Math.floor(TEXT_WIDTH / columns)),
    rows: t.rows.map((r, i) => new TableRow({
      tableHeader: i === 0,
      children: r.cells.map((c) => new TableCell({
        children: [new Paragraph({ children: runs(c.text, c.attrs.BOLD === true, 22) })],
      })),
    })),
  });
}

export async function docxBuffer(doc: DocModel): Promise<Buffer> {
  const listRef = 'items';
  const children = doc.body.map((e) => (e.type === 'TABLE' ? table(e) : paragraph(e, listRef)));
  const file = new Document({
    creator: 'Наставничество',
    title: doc.name,
    numbering: { config: [{ reference: listRef, levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT }] }] },
    sections: [{ properties: { page: { margin: { top: 1134, bottom: 1134, left: 1701, right: 850 } } }, children }],
  });
  return Packer.toBuffer(file);
}

export async function exportDocx(doc: DocModel, path: string): Promise<void> {
  writeFileSync(path, await docxBuffer(doc));
}
