/**
 * `npm run docs:pdf`: every document `npm start` wrote to out/ (.docx) → PDF and PNG pages in
 * out/docs/, with LibreOffice headless, to read them as the director who signs them would.
 */
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { docxToPdf, pdfToPng } from '../emulator/export/pdf';

const out = join(__dirname, '../out');
const dir = join(out, 'docs');
const files = readdirSync(out).filter((f) => f.endsWith('.docx')).map((f) => join(out, f));
if (files.length === 0) {
  console.error('В out/ нет документов .docx: сначала выполните npm start.');
  process.exit(1);
}
rmSync(dir, { recursive: true, force: true });
const pdfs = docxToPdf(files, dir);
let pages = 0;
for (const pdf of pdfs) pages += pdfToPng(pdf).length;
console.log(`Документов: ${pdfs.length} из ${files.length}; страниц PNG: ${pages}. Папка: out/docs/.`);
if (pdfs.length !== files.length) process.exit(1);
