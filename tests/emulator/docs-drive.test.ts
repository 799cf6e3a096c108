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
    expect(thrown(() => DocumentApp.create('c')).message).toBe('Service invoked too many times for one day: docs create.');
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
