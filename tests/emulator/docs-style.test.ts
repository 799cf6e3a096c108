/** The document's style as the add-on sets it through DocumentApp, and the .docx that shows only that. */
import JSZip from 'jszip';
import { createDocumentApp } from '../../emulator/docs/document-app';
import { createDriveApp } from '../../emulator/drive/drive-app';
import { DriveState } from '../../emulator/drive/state';
import { docxBuffer } from '../../emulator/export/docx';
import { testHost, thrown } from './service-host';

function setup() {
  const drive = new DriveState(testHost(), {});
  return { drive, DocumentApp: createDocumentApp(drive) };
}

const xmlOf = async (buf: Buffer) => (await JSZip.loadAsync(buf)).file('word/document.xml')!.async('string');

describe('Docs styles', () => {
  it('Body#setMarginTop … keep the page in points; getAttributes shows them', () => {
    const { DocumentApp } = setup();
    const body = DocumentApp.create('x').getBody();
    body.setMarginLeft(85).setMarginRight(42.5).setMarginTop(56.7).setMarginBottom(56.7);
    expect(body.getMarginLeft()).toBe(85);
    expect(body.getAttributes()).toMatchObject({ MARGIN_LEFT: 85, MARGIN_RIGHT: 42.5 });
  });

  it('a measure that is not a number does not match the method signature', () => {
    const { DocumentApp } = setup();
    const body = DocumentApp.create('x').getBody();
    expect(thrown(() => body.setMarginTop('20mm' as never)).name).toBe('Exception');
  });

  it('paragraph indents, spacing and text attributes are kept; an unknown attribute throws', () => {
    const { DocumentApp } = setup();
    const p = DocumentApp.create('x').getBody().appendParagraph('Текст');
    p.setIndentFirstLine(35.4).setSpacingAfter(0).setLineSpacing(1);
    p.setAttributes({ FONT_FAMILY: 'Times New Roman', FONT_SIZE: 14 });
    expect(p.getAttributes()).toMatchObject({ INDENT_FIRST_LINE: 35.4, SPACING_AFTER: 0, LINE_SPACING: 1, FONT_FAMILY: 'Times New Roman', FONT_SIZE: 14 });
    expect(thrown(() => p.setAttributes({ FONT: 'Arial' })).name).toBe('Exception');
  });

  it('Table#setColumnWidth and #setBorderWidth; a cell paragraph takes its own alignment', () => {
    const { DocumentApp } = setup();
    const t = DocumentApp.create('x').getBody().appendTable([['«01» сентября 2025 г.', '№ 2']]);
    t.setColumnWidth(0, 300).setBorderWidth(0);
    t.getCell(0, 1).getChild(0).asParagraph().setAlignment(DocumentApp.HorizontalAlignment.RIGHT);
    expect(t.getColumnWidth(0)).toBe(300);
    expect(t.getBorderWidth()).toBe(0);
    expect(t.getCell(0, 1).getChild(0).asParagraph().getAlignment()).toBe('RIGHT');
    expect(() => t.setColumnWidth(5, 10)).toThrow('not emulated');
  });

  it('a copy of the document keeps its page and the table widths (File#makeCopy of a template)', () => {
    const { DocumentApp, drive } = setup();
    const doc = DocumentApp.create('x');
    doc.getBody().setMarginLeft(85);
    doc.getBody().appendTable([['a', 'b']]).setColumnWidth(1, 100);
    doc.saveAndClose();
    const copy = createDriveApp(drive).getFileById(doc.getId()).makeCopy('копия');
    const body = DocumentApp.openById(copy.getId()).getBody();
    expect([body.getMarginLeft(), body.getTables()[0]!.getColumnWidth(1)]).toEqual([85, 100]);
  });
});

describe('.docx export writes only what the document holds', () => {
  it('a document with no style set comes out in Google Docs defaults: Arial 11, one-inch margins', async () => {
    const { DocumentApp, drive } = setup();
    const doc = DocumentApp.create('x');
    doc.getBody().appendParagraph('Приказ');
    const xml = await xmlOf(await docxBuffer(drive.docs.get(doc.getId())!));
    expect(xml).not.toContain('Times New Roman');
    expect(xml).toContain('w:ascii="Arial"');
    expect(xml).toContain('w:sz w:val="22"');
    expect(xml).toMatch(/w:left="1440"/);
  });

  it('what the add-on set is what the file says: font, size, margins, indent, borderless table', async () => {
    const { DocumentApp, drive } = setup();
    const doc = DocumentApp.create('x');
    const body = doc.getBody().setMarginLeft(85.05).setMarginRight(42.5);
    body.appendParagraph('Текст').setIndentFirstLine(35.45).setAttributes({ FONT_FAMILY: 'Times New Roman', FONT_SIZE: 14 });
    body.appendTable([['Директор', 'А.Н. Назарова']]).setBorderWidth(0);
    const xml = await xmlOf(await docxBuffer(drive.docs.get(doc.getId())!));
    expect(xml).toContain('w:ascii="Times New Roman"');
    expect(xml).toContain('w:sz w:val="28"');
    expect(xml).toContain('w:left="1701"');
    expect(xml).toContain('w:firstLine="709"');
    expect(xml).toMatch(/<w:tblBorders>.*w:val="none"/s);
  });
});
