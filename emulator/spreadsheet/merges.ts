/**
 * Merged cells of a sheet, as plain boxes (SheetState.merges), and the rules Sheets applies to them.
 * References: developers.google.com/apps-script/reference/spreadsheet/range#merge, #mergeacross,
 * #mergevertically, #breakapart, #getmergedranges, #ispartofmerge.
 */
import { AppsScriptException, NotEmulated } from '../errors';
import type { Box } from './a1';
import { cellAt, type RangeRef, type SheetState } from './model';

/**
 * Apps Script's text when a merge or breakApart covers only part of an existing merge (seen in
 * published scripts' comments and logs, e.g. «Exception: You must select all cells in a merged range
 * to merge or unmerge them.» — github code search, 2024–2025).
 */
export const PARTIAL_MERGE = 'You must select all cells in a merged range to merge or unmerge them.';

const overlaps = (a: Box, b: Box) =>
  a.row < b.row + b.numRows && b.row < a.row + a.numRows && a.col < b.col + b.numCols && b.col < a.col + a.numCols;
const inside = (inner: Box, outer: Box) =>
  inner.row >= outer.row && inner.col >= outer.col &&
  inner.row + inner.numRows <= outer.row + outer.numRows && inner.col + inner.numCols <= outer.col + outer.numCols;

/** The merges that touch a box; throws when one only partly lies inside it. */
function touching(sheet: SheetState, box: Box): Box[] {
  const hits = sheet.merges.filter((m) => overlaps(m, box));
  if (hits.some((m) => !inside(m, box))) throw new AppsScriptException(PARTIAL_MERGE);
  return hits;
}

/**
 * Merges a range: one block (merge), one per row (mergeAcross) or one per column (mergeVertically).
 * Merges inside the range are replaced; only the top-left value of each new merge is kept
 * (Sheets: «Merging cells will only preserve the top-leftmost value»).
 */
export function mergeBoxes(ref: RangeRef, shape: 'whole' | 'rows' | 'columns'): void {
  const { sheet } = ref;
  const boxes: Box[] = shape === 'whole' ? [{ row: ref.row, col: ref.col, numRows: ref.numRows, numCols: ref.numCols }]
    : shape === 'rows' ? Array.from({ length: ref.numRows }, (_, i) => ({ row: ref.row + i, col: ref.col, numRows: 1, numCols: ref.numCols }))
      : Array.from({ length: ref.numCols }, (_, j) => ({ row: ref.row, col: ref.col + j, numRows: ref.numRows, numCols: 1 }));
  const replaced = new Set(touching(sheet, ref));
  sheet.merges = sheet.merges.filter((m) => !replaced.has(m));
  for (const box of boxes) {
    if (box.numRows * box.numCols < 2) continue; // a single cell is not a merge
    for (let r = box.row; r < box.row + box.numRows; r++) {
      for (let c = box.col; c < box.col + box.numCols; c++) {
        const cell = cellAt(sheet, r, c);
        if (cell && (r !== box.row || c !== box.col)) { cell.value = ''; cell.formula = ''; }
      }
    }
    sheet.merges.push({ ...box });
  }
}

/** Range#breakApart: every merge inside the range is undone; a merge partly outside throws. */
export function breakApart(ref: RangeRef): void {
  const gone = new Set(touching(ref.sheet, ref));
  ref.sheet.merges = ref.sheet.merges.filter((m) => !gone.has(m));
}

/** Range#getMergedRanges: the merges that lie wholly or partly in the range (as boxes, in sheet order). */
export function mergedIn(ref: RangeRef): Box[] {
  return ref.sheet.merges.filter((m) => overlaps(m, ref)).map((m) => ({ ...m }));
}

/** Range#isPartOfMerge: whether any cell of the range belongs to a merge. */
export const isPartOfMerge = (ref: RangeRef): boolean => ref.sheet.merges.some((m) => overlaps(m, ref));

/**
 * A write into the cells a merge hides (all but its top-left cell): clearing them is harmless, but
 * what Sheets keeps of a value written there is not documented, so the emulator refuses it.
 */
export function checkMergedWrite(sheet: SheetState, row: number, col: number, empty: boolean, method: string): void {
  if (empty) return;
  const m = sheet.merges.find((x) => overlaps(x, { row, col, numRows: 1, numCols: 1 }));
  if (m && (m.row !== row || m.col !== col)) throw new NotEmulated(`${method} of a value into a cell hidden by a merged range`);
}

/** Row or column insertion/deletion moves the merges after it; one it cuts through is not emulated. */
export function shiftMerges(sheet: SheetState, axis: 'row' | 'col', at: number, delta: number): void {
  const size = axis === 'row' ? 'numRows' : 'numCols';
  for (const m of sheet.merges) {
    const end = m[axis] + m[size];
    const cut = delta > 0 ? at > m[axis] && at < end : at < end && at - delta > m[axis];
    if (cut) throw new NotEmulated(`inserting or deleting ${axis === 'row' ? 'rows' : 'columns'} through a merged range`);
    if (m[axis] >= at) m[axis] += delta;
  }
}
