/**
 * How a document looks, as the add-on sets it in Google Docs itself (not left to an exporter):
 * the page and fields of ГОСТ Р 7.0.97-2016 §5.1 (fields of at least 20 mm left, 10 mm right, 20 mm
 * top and bottom; we take 30/15/20/20 mm, room for a binder), Times New Roman 14 or the school's
 * choice in «Настройки», a first-line indent of 1.25 cm, single spacing, items justified, tables in
 * a smaller size. Everything here is plain data: the Docs adapter turns it into DocumentApp calls.
 */
import type { Block } from './model';

export const PT_PER_MM = 72 / 25.4;
const mm = (v: number) => Math.round(v * PT_PER_MM * 100) / 100;

export interface DocStyle {
  font: string;
  /** Text size, points. */
  size: number;
  /** Size in tables (appendix lists, plans), points. */
  tableSize: number;
  margins: { top: number; bottom: number; left: number; right: number };
  page: { width: number; height: number };
  /** First-line indent of body paragraphs and items (1.25 cm). */
  indent: number;
  lineSpacing: number;
}

export const DEFAULT_FONT = 'Times New Roman';
export const DEFAULT_SIZE = 14;

/** The style from «Настройки»: a font and a size the curator may change; anything unusable falls back. */
export function docStyle(font = '', size = ''): DocStyle {
  const n = Number(String(size).replace(',', '.').trim());
  const text = Number.isFinite(n) && n >= 10 && n <= 16 ? n : DEFAULT_SIZE;
  return {
    font: font.trim() || DEFAULT_FONT,
    size: text,
    tableSize: Math.max(10, text - 2),
    margins: { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) },
    page: { width: mm(210), height: mm(297) },
    indent: mm(12.5),
    lineSpacing: 1,
  };
}

export const textWidth = (s: DocStyle): number => s.page.width - s.margins.left - s.margins.right;

/** DocumentApp.Attribute names and values, as `Paragraph#setAttributes` takes them. */
export type Attributes = Record<string, string | number | boolean>;

type Para = Extract<Block, { kind: 'paragraph' }>;

/** Attributes of a paragraph or an item: font and size everywhere; indent and spacing by its role. */
export function paragraphAttributes(b: Para | Extract<Block, { kind: 'item' }>, s: DocStyle): Attributes {
  const size = b.kind === 'paragraph' && b.size === 'small' ? s.tableSize : b.kind === 'paragraph' && b.size === 'large' ? s.size + 2 : s.size;
  const indent = b.kind === 'item' || b.indent ? s.indent : 0;
  return {
    FONT_FAMILY: s.font, FONT_SIZE: size, BOLD: b.kind === 'paragraph' && b.bold === true,
    INDENT_FIRST_LINE: indent, INDENT_START: 0, SPACING_BEFORE: 0, SPACING_AFTER: 0, LINE_SPACING: s.lineSpacing,
  };
}

/** Attributes of a table's cells: the table size for data tables, the text size for layout lines (date, signature). */
export function cellAttributes(grid: boolean, s: DocStyle, bold = false): Attributes {
  return { FONT_FAMILY: s.font, FONT_SIZE: grid ? s.tableSize : s.size, BOLD: bold, SPACING_BEFORE: 0, SPACING_AFTER: 0, LINE_SPACING: s.lineSpacing };
}

// --- Column widths from content ----------------------------------------------------------------

/**
 * Widths of Times New Roman glyphs in ems (from the font's metrics, as Liberation Serif shares
 * them): enough to tell whether a word fits a column. Bold is about 5 % wider.
 */
function emWidth(ch: string): number {
  if (/[щшжмфюыЩШЖМФЮЫ]/.test(ch)) return /[а-яё]/.test(ch) ? 0.72 : 0.9;
  if (/[а-яё]/.test(ch)) return 0.5;
  if (/[А-ЯЁ]/.test(ch)) return 0.68;
  if (/[a-z]/.test(ch)) return 0.46;
  if (/[A-Z]/.test(ch)) return 0.67;
  if (/[0-9]/.test(ch)) return 0.5;
  if (/[«»–—№]/.test(ch)) return ch === '№' ? 0.95 : ch === '—' ? 1 : 0.5;
  if (ch === ' ') return 0.25;
  return 0.33;
}

/** Width of a text in points at a size (bold widens it). */
export function textPoints(text: string, size: number, bold = false): number {
  let em = 0;
  for (const ch of text) em += emWidth(ch);
  return em * size * (bold ? 1.06 : 1);
}

/** Cell padding of a Docs table, each side (points). */
export const CELL_PADDING = 5;

/**
 * Column widths that fit the text width: every column at least as wide as its longest word (so no
 * word breaks inside: «Ильдарович», «обучающаяся», «Работодатель»), the rest shared by how much
 * text each column holds. When even the longest words do not fit, the columns keep their
 * minimums scaled down (the caller then knows the table is too wide: `fits` is false).
 */
export function columnWidths(rows: readonly (readonly string[])[], s: DocStyle, total = textWidth(s)): { widths: number[]; fits: boolean } {
  const columns = Math.max(0, ...rows.map((r) => r.length));
  const min = Array<number>(columns).fill(0);
  const volume = Array<number>(columns).fill(0);
  rows.forEach((r, i) => r.forEach((cell, c) => {
    const bold = i === 0;
    for (const word of cell.split(/[\s\n]+/)) min[c] = Math.max(min[c]!, textPoints(word, s.tableSize, bold) + 2 * CELL_PADDING + 2);
    volume[c]! += Math.min(textPoints(cell, s.tableSize), total);
  }));
  const need = min.reduce((a, b) => a + b, 0);
  if (need >= total) return { widths: min.map((w) => Math.floor((w * total) / need)), fits: need <= total };
  const spare = total - need;
  const weight = volume.map((v, c) => Math.max(0, v - min[c]!));
  const sum = weight.reduce((a, b) => a + b, 0) || 1;
  return { widths: min.map((w, c) => Math.floor(w + (spare * weight[c]!) / sum)), fits: true };
}
