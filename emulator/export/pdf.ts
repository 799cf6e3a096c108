/**
 * .docx → PDF → PNG pages with LibreOffice headless and poppler (Debian packages
 * `libreoffice-writer-nogui`, `poppler-utils`; `.ci/run` installs them when missing), so a person
 * can look at a document page by page as it would print, and tests can read the PDF's text.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

const which = (names: string[]) => names.find((n) => {
  try {
    execFileSync('sh', ['-c', `command -v ${n}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
});

/** The LibreOffice binary, or null when it is not installed. */
export const soffice = (): string | null => which(['soffice', 'libreoffice']) ?? null;

/** Whether the PDF tools are here; the error names the packages to install. */
export function requirePdfTools(): string {
  const lo = soffice();
  if (!lo || !which(['pdftoppm']) || !which(['pdftotext'])) {
    throw new Error('LibreOffice and poppler are needed: apt-get install -y libreoffice-writer-nogui poppler-utils fonts-liberation');
  }
  return lo;
}

/**
 * Converts .docx files to PDFs in `outDir` in one LibreOffice run. A private profile per run lets
 * two conversions (a test and `npm run docs:pdf`) run side by side.
 */
export function docxToPdf(files: readonly string[], outDir: string): string[] {
  if (files.length === 0) return [];
  const lo = requirePdfTools();
  mkdirSync(outDir, { recursive: true });
  const profile = mkdtempSync(join(tmpdir(), 'lo-profile-'));
  try {
    execFileSync(lo, [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', outDir, ...files],
      { stdio: 'pipe', timeout: 300_000 });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return files.map((f) => join(outDir, basename(f).replace(/\.docx$/, '.pdf'))).filter((f) => existsSync(f));
}

/** PNG pages of a PDF beside it: «name-1.png», «name-2.png» … (100 dpi: readable, small). */
export function pdfToPng(pdf: string, dpi = 100): string[] {
  const prefix = pdf.replace(/\.pdf$/, '');
  execFileSync('pdftoppm', ['-png', '-r', String(dpi), pdf, prefix], { stdio: 'pipe' });
  const dir = join(prefix, '..');
  const base = basename(prefix);
  return readdirSync(dir).filter((f) => f.startsWith(`${base}-`) && f.endsWith('.png')).sort().map((f) => join(dir, f));
}

/** The PDF's text, laid out as on the page (`pdftotext -layout`), pages split by form feeds. */
export function pdfText(pdf: string): string {
  return execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
}

/** The number of pages of a PDF. */
export function pdfPages(pdf: string): number {
  return pdfText(pdf).split('\f').filter((p) => p.trim()).length;
}
