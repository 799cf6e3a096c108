/** Building blocks of the default templates: paragraphs, items, data tables and the layout lines of ГОСТ Р 7.0.97. */
import { ORDER_TEXT, TAG } from './messages';
import { tag, type Block } from './model';

type Para = Omit<Extract<Block, { kind: 'paragraph' }>, 'kind' | 'text'>;
export const p = (text: string, extra: Para = {}): Block => ({ kind: 'paragraph', text, ...extra });
/** A justified paragraph of body text with the first-line indent. */
export const text = (t: string): Block => p(t, { align: 'justify', indent: true });
export const heading = (t: string): Block => p(t, { align: 'center', bold: true });
export const blank = (): Block => p('');
/** A numbered section of a long document (Положение, программа): a blank line and a bold centred heading. */
export const section = (t: string): Block[] => [blank(), heading(t)];
export const item = (t: string): Block => ({ kind: 'item', text: t });
export const row = (set: string, fields: readonly string[]) => fields.map((f) => tag(set, f));
/** A data table: a bold header row and one template row repeated per item of the set. */
export const grid = (head: string[], set: string, fields: readonly string[]): Block => ({ kind: 'table', rows: [head, row(set, fields)] });

/** The date at the left margin and the number at the right: a borderless line of two cells. */
export const dateLine = (number = ORDER_TEXT.number, date = ORDER_TEXT.date): Block =>
  ({ kind: 'table', grid: false, rows: [[date, number]], widths: [0.6, 0.4], align: ['left', 'right'] });

/** Position at the left, room to sign, initials and surname at the right margin (ГОСТ Р 7.0.97 §5.23). */
export const signatureLine = (position = tag(TAG.directorPosition), name = tag(TAG.director)): Block =>
  ({ kind: 'table', grid: false, rows: [[position, '', name]], widths: [0.45, 0.25, 0.3], align: ['left', 'left', 'right'] });

/** «УТВЕРЖДЕНО приказом … от … № …» in the upper right corner of an approved document. */
export const approvalMark = (): Block =>
  ({ kind: 'table', grid: false, rows: [['', ORDER_TEXT.approved]], widths: [0.45, 0.55], align: ['left', 'left'] });

/** A mark in the upper right corner: «Приложение 1 к приказу от … № …». */
export const approvalCorner = (mark: string): Block =>
  ({ kind: 'table', grid: false, rows: [['', mark]], widths: [0.4, 0.6], align: ['left', 'left'] });

