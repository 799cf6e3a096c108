import { createDocumentApp } from '../../emulator/docs/document-app';
import { createDriveApp } from '../../emulator/drive/drive-app';
import { DriveState } from '../../emulator/drive/state';
import { testHost, thrown } from './service-host';

function setup(options: ConstructorParameters<typeof DriveState>[1] = {}) {
  const host = testHost();
  const drive = new DriveState(host, options);
  return { host, drive, DocumentApp: createDocumentApp(drive), DriveApp: createDriveApp(drive) };
}

describe('DocumentApp', () => {
  it('create makes a Google Doc in My Drive with one empty paragraph, and a docs URL', () => {
    const { DocumentApp, drive } = setup();
    const doc = DocumentApp.create('Приказ');
    expect(doc.getName()).toBe('Приказ');
    expect(doc.getUrl()).toBe(`https://docs.google.com/document/d/${doc.getId()}/edit?usp=drivesdk`);
    expect(doc.getBody().getNumChildren()).toBe(1);
    expect(drive.files.get(doc.getId())!.parents).toEqual(['root']);
  });

  it('openById of an unknown id throws an Exception', () => {
    const { DocumentApp } = setup();
    expect(thrown(() => DocumentApp.openById('nope')).name).toBe('Exception');
  });

  it('a member that is not emulated throws «not emulated»', () => {
    const { DocumentApp } = setup();
    const body = DocumentApp.create('x').getBody() as unknown as Record<string, () => void>;
    expect(() => body.appendImage!()).toThrow('not emulated: Body.appendImage');
  });

  it('counts every call, and slow calls move the world clock', () => {
    const { DocumentApp, host } = setup();
    const t0 = host.clock.millis();
    DocumentApp.create('x').getBody().appendParagraph('a');
    expect(host.calls.count('DocumentApp.create')).toBe(1);
    expect(host.calls.count('Body.')).toBe(1);
    expect(host.clock.millis() - t0).toBe(1200);
  });

  it('after saveAndClose the same Document object cannot change the document; openById can', () => {
    const { DocumentApp } = setup();
    const doc = DocumentApp.create('x');
    const body = doc.getBody();
    doc.saveAndClose();
    expect(thrown(() => body.appendParagraph('late')).message).toBe('Document is closed, its contents cannot be updated.');
    DocumentApp.openById(doc.getId()).getBody().appendParagraph('later');
    expect(DocumentApp.openById(doc.getId()).getBody().getText()).toBe('\nlater');
  });
});

describe('Body', () => {
  it('paragraphs keep heading, alignment and attributes; enums are checked', () => {
    const { DocumentApp } = setup();
    const body = DocumentApp.create('x').getBody();
    const p = body.appendParagraph('ПРИКАЗ').setHeading(DocumentApp.ParagraphHeading.TITLE)
      .setAlignment(DocumentApp.HorizontalAlignment.CENTER);
    p.setAttributes({ [DocumentApp.Attribute.BOLD]: true });
    expect([p.getHeading(), p.getAlignment(), p.getAttributes()]).toEqual(['TITLE', 'CENTER', { BOLD: true }]);
    expect(thrown(() => p.setAlignment('MIDDLE' as never)).name).toBe('Exception');
  });

  it('list items are numbered by glyph; a page break goes into its own paragraph', () => {
    const { DocumentApp } = setup();
    const body = DocumentApp.create('x').getBody();
    const li = body.appendListItem('Утвердить').setGlyphType(DocumentApp.GlyphType.NUMBER);
    body.appendPageBreak();
    expect(li.getGlyphType()).toBe('NUMBER');
    expect(body.getNumChildren()).toBe(3);
    expect(body.getChild(1).getType()).toBe(DocumentApp.ElementType.LIST_ITEM);
  });

  it('appending a table leaves an empty paragraph after it', () => {
    const { DocumentApp } = setup();
    const body = DocumentApp.create('x').getBody();
    body.appendTable([['№', 'ФИО'], ['1', 'Иванова']]);
    expect(body.getNumChildren()).toBe(3);
    expect(body.getChild(2).getType()).toBe(DocumentApp.ElementType.PARAGRAPH);
    expect(body.getText()).toBe('\n№\nФИО\n1\nИванова\n'); // a table's cells each on their own line
  });

  it('removeChild takes a view handed out earlier', () => {
    const { DocumentApp } = setup();
    const body = DocumentApp.create('x').getBody();
    const p = body.appendParagraph('лишний');
    body.appendParagraph('последний');
    body.removeChild(p);
    expect(body.getText()).toBe('\nпоследний');
    expect(thrown(() => body.removeChild(p)).name).toBe('Exception');
  });

  it('an enum member that does not exist throws', () => {
    const { DocumentApp } = setup();
    expect(() => (DocumentApp.ParagraphHeading as unknown as Record<string, string>).HEADING9).toThrow('not emulated');
  });

  it('a table of ragged rows throws', () => {
    const { DocumentApp } = setup();
    const body = DocumentApp.create('x').getBody();
    expect(thrown(() => body.appendTable([['a', 'b'], ['c']])).name).toBe('Exception');
  });

  it('replaceText takes a regular expression as a string, inside paragraphs and cells, the replacement literally', () => {
    const { DocumentApp } = setup();
    const body = DocumentApp.create('x').getBody();
    body.appendParagraph('№ {{номер}} от {{дата}}');
    body.appendTable([['{{номер}}', 'x']]);
    body.replaceText('\\{\\{номер\\}\\}', '238/$1');
    body.replaceText('\\{\\{д.та\\}\\}', '01.09.2025');
    expect(body.getText()).toBe('\n№ 238/$1 от 01.09.2025\n238/$1\nx\n');
  });

  it('an invalid pattern throws', () => {
    const { DocumentApp } = setup();
    expect(() => DocumentApp.create('x').getBody().replaceText('(', '')).toThrow();
  });
});

describe('Table rows', () => {
  it('copy is detached; insertTableRow puts it in place; an attached row cannot be inserted twice', () => {
    const { DocumentApp } = setup();
    const body = DocumentApp.create('x').getBody();
    const t = body.appendTable([['№', 'ФИО'], ['{{п.№}}', '{{п.фио}}']]);
    const template = t.getRow(1);
    for (const [i, name] of ['Иванова', 'Петров'].entries()) {
      const row = template.copy();
      row.replaceText('\\{\\{п\\.№\\}\\}', String(i + 1));
      row.replaceText('\\{\\{п\\.фио\\}\\}', name);
      t.insertTableRow(2 + i, row);
    }
    t.removeRow(1);
    expect(t.getNumRows()).toBe(3);
    expect([t.getRow(1).getText(), t.getCell(2, 1).getText()]).toEqual(['1\nИванова', 'Петров']);
    expect(thrown(() => t.appendTableRow(t.getRow(1))).message).toBe('Element must be detached.');
    expect(thrown(() => t.getRow(9)).name).toBe('Exception');
  });
});

