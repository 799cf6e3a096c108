import { encodeCell, decodeCell, boundingBox, cellInput, fingerprint, PLAIN_TEXT, type CellChange, type Raw } from '../../domain/import/snapshot';
import { ensureSize } from './table';
import { NUMBER_FORMAT } from './values';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** What a rectangle held before a rewrite, encoded so that `restoreBlock` puts it back exactly. */
export interface Block {
  top: number;
  left: number;
  values: string[][];
  formats: string[][];
}

/** A string Sheets must keep as typed: plain-text cells keep it; elsewhere a leading apostrophe says «text». */
const asText = (s: string, format: string) => (s === '' || format === PLAIN_TEXT ? s : `'${s}`);

/**
 * Sets the changed cells with one write: the rectangle around them is read once (values, formulas,
 * formats), untouched cells are written back as they were (formulas as formulas, text as text),
 * changed ones get their value. Returns the rectangle as it was, for undo.
 */
export function rewriteCells(sheet: Sheet, changes: readonly CellChange[], formatOf: (col: number) => string | undefined = () => undefined): Block | null {
  const box = boundingBox(changes);
  if (!box) return null;
  const bottom = box.top + box.height - 1;
  const right = box.left + box.width - 1;
  ensureSize(sheet, bottom, right);
  const range = sheet.getRange(box.top, box.left, box.height, box.width);
  const values = range.getValues() as Raw[][];
  const formulas = range.getFormulas();
  const formats = range.getNumberFormats();
  const before: Block = {
    top: box.top,
    left: box.left,
    values: values.map((r, i) => r.map((v, j) => encodeCell(v, formulas[i]![j]))),
    formats: formats.map((r) => r.slice()),
  };
  const out: Raw[][] = values.map((r, i) => r.map((v, j) => {
    const f = formulas[i]![j]!;
    if (f) return f;
    return typeof v === 'string' ? asText(v, formats[i]![j]!) : v;
  }));
  const newFormats = formats.map((r) => r.slice());
  for (const c of changes) {
    const i = c.row - box.top, j = c.col + 1 - box.left;
    const wanted = formatOf(c.col);
    if (typeof c.value === 'object') newFormats[i]![j] = NUMBER_FORMAT.date;
    else if (wanted) newFormats[i]![j] = wanted;
    const input = cellInput(c.value);
    out[i]![j] = typeof input === 'string' && typeof c.value !== 'object' ? asText(input, newFormats[i]![j]!) : input;
  }
  range.setNumberFormats(newFormats);
  range.setValues(out);
  return before;
}

/** Puts a rectangle back exactly as `rewriteCells` found it. */
export function restoreBlock(sheet: Sheet, block: Block): void {
  const height = block.values.length, width = block.values[0]?.length ?? 0;
  if (!height || !width) return;
  const range = sheet.getRange(block.top, block.left, height, width);
  const values = block.values.map((r, i) => r.map((text, j) => {
    const { value, formula } = decodeCell(text);
    return formula ? value : typeof value === 'string' ? asText(value, block.formats[i]![j]!) : value;
  }));
  range.setNumberFormats(block.formats);
  range.setValues(values);
}

/** The fingerprint of a rectangle as it is now (values and formulas, one read each). */
export function blockFingerprint(sheet: Sheet, top: number, left: number, height: number, width: number): string {
  const range = sheet.getRange(top, left, height, width);
  const values = range.getValues() as Raw[][];
  const formulas = range.getFormulas();
  return fingerprint(values.map((r, i) => r.map((v, j) => encodeCell(v, formulas[i]![j]))));
}
