import { defineFacts, expect, thrown } from './kit';

const DOCS = 'https://developers.google.com/apps-script/reference/document/';
const DRIVE = 'https://developers.google.com/apps-script/reference/drive/';

/** DocumentApp and DriveApp: documents made from a template, as the orders are. Each fact makes its own document. */
export default defineFacts('Docs and Drive', (fact) => {
  fact('create makes a Google Doc with one empty paragraph, and a docs URL', { source: `${DOCS}document-app#createname` }, (g) => {
    const doc = g.doc;
    expect(doc.getName()).toBe(`Сверка: create makes a Google Doc with one empty paragraph, and a docs URL`);
    expect(doc.getUrl()).toBe(`https://docs.google.com/document/d/${doc.getId()}/edit?usp=drivesdk`);
    expect(doc.getBody().getNumChildren()).toBe(1);
  });
  fact('openById of an unknown id throws an Exception', { source: `${DOCS}document-app#openbyidid` }, (g) => {
    expect(thrown(() => g.DocumentApp.openById('nope')).name).toBe('Exception');
  });
  fact('after saveAndClose the same Document object cannot change the document; openById can', { source: `${DOCS}document#saveandclose` }, (g) => {
    const doc = g.doc;
    const body = doc.getBody();
    doc.saveAndClose();
    expect(thrown(() => body.appendParagraph('late')).message).toBe('Document is closed, its contents cannot be updated.');
    g.DocumentApp.openById(doc.getId()).getBody().appendParagraph('later');
    expect(g.DocumentApp.openById(doc.getId()).getBody().getText()).toBe('\nlater');
  });
  fact('paragraphs keep heading, alignment and attributes; enums are checked', { source: `${DOCS}paragraph#setheadingheading` }, (g) => {
    const D = g.DocumentApp;
    const p = g.doc.getBody().appendParagraph('ПРИКАЗ').setHeading(D.ParagraphHeading.TITLE).setAlignment(D.HorizontalAlignment.CENTER);
    p.setAttributes({ [D.Attribute.BOLD]: true });
    expect([String(p.getHeading()), String(p.getAlignment()), p.getAttributes()[D.Attribute.BOLD]]).toEqual(['TITLE', 'CENTER', true]);
    expect(thrown(() => p.setAlignment('MIDDLE' as never)).name).toBe('Exception');
  });
  fact('list items are numbered by glyph; a page break goes into its own paragraph', { source: `${DOCS}body#appendpagebreak` }, (g) => {
    const D = g.DocumentApp;
    const body = g.doc.getBody();
    const li = body.appendListItem('Утвердить').setGlyphType(D.GlyphType.NUMBER);
    body.appendPageBreak();
    expect(String(li.getGlyphType())).toBe('NUMBER');
    expect(body.getNumChildren()).toBe(3);
    expect(body.getChild(1).getType() === D.ElementType.LIST_ITEM).toBe(true);
  });
  fact('appending a table leaves an empty paragraph after it', { source: `${DOCS}body#appendtablecells` }, (g) => {
    const body = g.doc.getBody();
    body.appendTable([['№', 'ФИО'], ['1', 'Иванова']]);
    expect(body.getNumChildren()).toBe(3);
    expect(body.getChild(2).getType() === g.DocumentApp.ElementType.PARAGRAPH).toBe(true);
    expect(body.getText()).toBe('\n№\nФИО\n1\nИванова\n'); // a table's cells each on their own line (docs-issue14.facts.ts)
  });
  fact('removeChild takes an element handed out earlier; removing it twice throws', { source: `${DOCS}body#removechildchild` }, (g) => {
    const body = g.doc.getBody();
    const p = body.appendParagraph('лишний');
    body.appendParagraph('последний'); // the body's last paragraph cannot be removed (docs-issue14.facts.ts)
    body.removeChild(p);
    expect(body.getText()).toBe('\nпоследний');
    expect(thrown(() => body.removeChild(p)).name).toBe('Exception');
  });
  fact('a table of ragged rows throws', { source: `${DOCS}body#appendtablecells` }, (g) => {
    expect(thrown(() => g.doc.getBody().appendTable([['a', 'b'], ['c']])).name).toBe('Exception');
  });
  fact('replaceText takes a regular expression as a string, inside paragraphs and cells, the replacement literally', { source: `${DOCS}body#replacetextsearchpattern,-replacement` }, (g) => {
    const body = g.doc.getBody();
    body.appendParagraph('№ {{номер}} от {{дата}}');
    body.appendTable([['{{номер}}', 'x']]);
    body.replaceText('\\{\\{номер\\}\\}', '238/$1');
    body.replaceText('\\{\\{д.та\\}\\}', '01.09.2025');
    expect(body.getText()).toBe('\n№ 238/$1 от 01.09.2025\n238/$1\nx\n');
  });
  fact('an invalid pattern throws', { source: `${DOCS}body#replacetextsearchpattern,-replacement` }, (g) => {
    expect(() => g.doc.getBody().replaceText('(', '')).toThrow();
  });
  fact('a copied row is detached; insertTableRow puts it in place; an attached row cannot be inserted twice', { source: `${DOCS}table#inserttablerowchildindex,-tablerow` }, (g) => {
    const t = g.doc.getBody().appendTable([['№', 'ФИО'], ['{{п.№}}', '{{п.фио}}']]);
    const template = t.getRow(1);
    ['Иванова', 'Петров'].forEach((name, i) => {
      const row = template.copy();
      row.replaceText('\\{\\{п\\.№\\}\\}', String(i + 1));
      row.replaceText('\\{\\{п\\.фио\\}\\}', name);
      t.insertTableRow(2 + i, row);
    });
    t.removeRow(1);
    expect(t.getNumRows()).toBe(3);
    expect([t.getRow(1).getText(), t.getCell(2, 1).getText()]).toEqual(['1\nИванова', 'Петров']);
    expect(thrown(() => t.appendTableRow(t.getRow(1))).message).toBe('Element must be detached.');
    expect(thrown(() => t.getRow(9)).name).toBe('Exception');
  });

  fact('createFolder and getFoldersByName iterate the folders of that name; an exhausted iterator throws', { source: `${DRIVE}drive-app#getfoldersbynamename` }, (g) => {
    const name = `Сверка ${g.sheet.getName()}`;
    const f = g.DriveApp.createFolder(name);
    g.after(() => f.setTrashed(true));
    const it = g.DriveApp.getFoldersByName(name);
    expect(it.hasNext()).toBe(true);
    expect(it.next().getId()).toBe(f.getId());
    expect(it.hasNext()).toBe(false);
    expect(thrown(() => it.next()).name).toBe('Exception');
    expect(f.getUrl()).toBe(`https://drive.google.com/drive/folders/${f.getId()}`);
  });
  fact('makeCopy(name, folder) copies a document into the folder; the copy changes alone', { source: `${DRIVE}file#makecopyname,-destination` }, (g) => {
    const folder = g.DriveApp.createFolder(`Сверка ${g.sheet.getName()}`);
    g.after(() => folder.setTrashed(true));
    const doc = g.doc;
    doc.getBody().appendParagraph('{{дата}}');
    doc.saveAndClose();
    const copy = g.DriveApp.getFileById(doc.getId()).makeCopy('Приказ № 1', folder);
    g.after(() => copy.setTrashed(true));
    g.DocumentApp.openById(copy.getId()).getBody().replaceText('\\{\\{дата\\}\\}', '«01» сентября 2025 г.');
    expect(g.DocumentApp.openById(doc.getId()).getBody().getText()).toBe('\n{{дата}}');
    expect(g.DocumentApp.openById(copy.getId()).getBody().getText()).toBe('\n«01» сентября 2025 г.');
    expect(copy.getParents().next().getId()).toBe(folder.getId());
    expect(copy.getName()).toBe('Приказ № 1');
  });
  fact('getFileById of an unknown id throws an Exception', { source: `${DRIVE}drive-app#getfilebyidid` }, (g) => {
    expect(thrown(() => g.DriveApp.getFileById('nope')).name).toBe('Exception');
  });
});
