import { createWorld } from '../../emulator';
import { createDocumentApp } from '../../emulator/docs/document-app';
import { createDriveApp } from '../../emulator/drive/drive-app';
import { DriveState } from '../../emulator/drive/state';
import { docxBuffer } from '../../emulator/export/docx';
import JSZip from 'jszip';
import { testHost, thrown } from './service-host';

function setup(docsPerDay?: number) {
  const host = testHost();
  const drive = new DriveState(host, docsPerDay === undefined ? {} : { docsPerDay });
  return { host, drive, DocumentApp: createDocumentApp(drive), DriveApp: createDriveApp(drive) };
}

describe('DriveApp', () => {
  it('documents created per day are limited: the next create or copy throws, the next day works again', () => {
    const { DocumentApp, DriveApp, host } = setup(2);
    const a = DocumentApp.create('a');
    DriveApp.getFileById(a.getId()).makeCopy('b');
    expect(thrown(() => DocumentApp.create('c')).message).toBe('Служба была вызвана слишком много раз за день: docs create.');
    expect(thrown(() => DriveApp.getFileById(a.getId()).makeCopy('d')).name).toBe('Exception');
    host.clock.advance(24 * 3600_000);
    expect(DocumentApp.create('e').getName()).toBe('e');
  });
});

describe('.docx export', () => {
  it('writes a Word file holding the document’s text', async () => {
    const { DocumentApp, drive } = setup();
    const doc = DocumentApp.create('Приказ');
    const body = doc.getBody();
    body.appendParagraph('ПРИКАЗ').setAttributes({ BOLD: true });
    body.appendListItem('Назначить куратором Иванову Марию Петровну.');
    body.appendPageBreak();
    body.appendTable([['№', 'ФИО'], ['1', 'Петров Сергей Ильич']]);
    const buf = await docxBuffer(drive.docs.get(doc.getId())!);
    expect(buf.subarray(0, 2).toString()).toBe('PK');
    const xml = await (await JSZip.loadAsync(buf)).file('word/document.xml')!.async('string');
    expect(xml).toContain('Назначить куратором Иванову Марию Петровну.');
    expect(xml).toContain('Петров Сергей Ильич');
    expect(xml).toContain('<w:br w:type="page"/>');
    expect(xml).toContain('<w:b/>');
  });
});

describe('copies and unsaved changes', () => {
  it('a copy made before saveAndClose lacks the unsaved edits; one made after has them', () => {
    const { DocumentApp, DriveApp } = setup();
    const doc = DocumentApp.create('Шаблон');
    doc.getBody().appendParagraph('сохранено');
    doc.saveAndClose();
    const open = DocumentApp.openById(doc.getId());
    open.getBody().appendParagraph('не сохранено');
    const before = DriveApp.getFileById(doc.getId()).makeCopy('до');
    open.saveAndClose();
    const after = DriveApp.getFileById(doc.getId()).makeCopy('после');
    expect(DocumentApp.openById(before.getId()).getBody().getText()).toBe('\nсохранено');
    expect(DocumentApp.openById(after.getId()).getBody().getText()).toBe('\nсохранено\nне сохранено');
  });
  it('the end of an execution saves what was left open', () => {
    const { DocumentApp, DriveApp, drive } = setup();
    const doc = DocumentApp.create('Черновик');
    doc.getBody().appendParagraph('текст');
    drive.saveAll();
    const copy = DriveApp.getFileById(doc.getId()).makeCopy('копия');
    expect(DocumentApp.openById(copy.getId()).getBody().getText()).toBe('\nтекст');
  });
});

describe('the end of an execution', () => {
  it('saves every Document left open: a copy made in the next execution has its edits', () => {
    const world = createWorld();
    const DocumentApp = world.globals.DocumentApp as GoogleAppsScript.Document.DocumentApp;
    const DriveApp = world.globals.DriveApp as GoogleAppsScript.Drive.DriveApp;
    const id = world.execute('menu', () => {
      const doc = DocumentApp.create('Черновик');
      doc.getBody().appendParagraph('текст');
      return doc.getId();
    });
    const text = world.execute('menu', () => DocumentApp.openById(DriveApp.getFileById(id).makeCopy('копия').getId()).getBody().getText());
    expect(text).toBe('\nтекст');
  });
});
