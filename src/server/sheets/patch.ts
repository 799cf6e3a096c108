import { boundingBox, cellInput, PLAIN_TEXT, type CellChange, type Raw } from '../../domain/import/snapshot';
import { ensureSize } from './table';
import { NUMBER_FORMAT } from './values';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** A string Sheets must keep as typed: plain-text cells keep it; elsewhere a leading apostrophe says «text». */
const asText = (s: string, format: string) => (s === '' || format === PLAIN_TEXT ? s : `'${s}`);

/**
 * Sets the changed cells with one write: the rectangle around them is read once (values, formulas,
 * formats), untouched cells are written back as they were (formulas as formulas, text as text),
 * changed ones get their value.
 */
export function rewriteCells(sheet: Sheet, changes: readonly CellChange[], formatOf: (col: number) => string | undefined = () => undefined): void {
  const box = boundingBox(changes);
  if (!box) return;
  const bottom = box.top + box.height - 1;
  const right = box.left + box.width - 1;
  ensureSize(sheet, bottom, right);
  const range = sheet.getRange(box.top, box.left, box.height, box.width);
  const values = range.getValues() as Raw[][];
  const formulas = range.getFormulas();
  const formats = range.getNumberFormats();
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
}
