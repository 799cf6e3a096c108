/**
 * The documents as they print: every kind through the bundle → .docx (only what the document
 * model holds) → PDF with LibreOffice headless. A word of an appendix table must never be broken
 * across lines («Ильдарови|ч», «обучающий|ся», «Работодате|ль»): the columns are set from content.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDocumentApp } from '../../emulator/docs/document-app';
import { DriveState } from '../../emulator/drive/state';
import type { DocModel } from '../../emulator/docs/model';
import { exportDocx } from '../../emulator/export/docx';
import { docxToPdf, pdfText } from '../../emulator/export/pdf';
import { documentsSchool, makeEveryDocument } from '../support/documents';
import { testHost } from '../emulator/service-host';

jest.setTimeout(180_000);

/** Words of the data tables (those with borders): what must each stay whole on the page. */
function tableWords(d: DocModel): string[] {
  const words = new Set<string>();
  for (const e of d.body) {
    if (e.type !== 'TABLE' || e.attrs.BORDER_WIDTH === 0) continue;
    for (const r of e.rows) for (const c of r.cells) {
      for (const w of c.text.split(/[\s\-–—/]+/)) {
        const word = w.replace(/^[«„("']+|[»“)"',.;:!?]+$/g, '');
        if (/^[А-ЯЁа-яё]{4,}$/.test(word)) words.add(word);
      }
    }
  }
  return [...words];
}

/** Words of the tables that the PDF does not hold whole: each is broken across lines somewhere. */
function brokenWords(pdf: string, words: readonly string[]): string[] {
  const tokens = new Set(pdfText(pdf).split(/[\s\-–—/]+/).map((w) => w.replace(/^[«„("']+|[»“)"',.;:!?]+$/g, '')));
  return words.filter((w) => !tokens.has(w));
}

const dir = mkdtempSync(join(tmpdir(), 'docs-pdf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('appendix tables in the PDF', () => {
  it('the check finds a word broken by a column too narrow for it', async () => {
    const drive = new DriveState(testHost(), {});
    const doc = createDocumentApp(drive).create('узкая');
    const t = doc.getBody().appendTable([['Шевчук Олег Ильдарович, обучающийся 6А класса', 'Работодатель – ученик']]);
    t.setColumnWidth(0, 40).setColumnWidth(1, 40);
    const model = drive.docs.get(doc.getId())!;
    await exportDocx(model, join(dir, 'narrow.docx'));
    const [pdf] = docxToPdf([join(dir, 'narrow.docx')], dir);
    expect(brokenWords(pdf!, tableWords(model))).toEqual(expect.arrayContaining(['Ильдарович', 'Работодатель']));
  });

  it('no word of any appendix table is broken across lines, in any kind of document', async () => {
    const { world, addon } = documentsSchool();
    const docs = makeEveryDocument(world, addon);
    const files: { kind: string; doc: DocModel; file: string }[] = [];
    for (const [kind, list] of Object.entries(docs)) {
      for (const [i, doc] of list.slice(0, 2).entries()) {
        const file = join(dir, `${kind}-${i}.docx`);
        await exportDocx(doc, file);
        files.push({ kind, doc, file });
      }
    }
    const pdfs = docxToPdf(files.map((f) => f.file), dir);
    expect(pdfs).toHaveLength(files.length);
    const broken = files.map((f, i) => [f.kind, brokenWords(pdfs[i]!, tableWords(f.doc))] as const).filter(([, w]) => w.length);
    expect(broken).toEqual([]);
    expect(files.reduce((n, f) => n + tableWords(f.doc).length, 0)).toBeGreaterThan(100);
  });
});
