/**
 * A1 notation, pure: 'A1', 'B2:D10', 'A:C', '2:5', 'A2:C', "'Лист 1'!A1:B2", '$A$1'.
 * Parsing never looks at a sheet; `resolveA1` closes open ends with the sheet's size.
 */
import { AppsScriptException } from '../errors';

export interface A1Ref {
  /** The sheet named before `!`, unquoted. */
  sheet?: string;
  startRow?: number;
  startCol?: number;
  endRow?: number;
  endCol?: number;
}

export interface Box {
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

/** Apps Script's text when an A1 string names no range. */
export const RANGE_NOT_FOUND = 'Range not found';

export function columnToLetters(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function lettersToColumn(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

const PART = /^\$?([A-Za-z]{0,3})\$?(\d*)$/;

function parsePart(part: string): { col?: number; row?: number } | null {
  const m = PART.exec(part);
  if (!m || (m[1] === '' && m[2] === '')) return null;
  const col = m[1] ? lettersToColumn(m[1]) : undefined;
  const row = m[2] ? Number(m[2]) : undefined;
  if (row === 0) return null;
  return { col, row };
}

function splitSheet(a1: string): { sheet?: string; rest: string } {
  const quoted = /^'((?:[^']|'')+)'!(.*)$/.exec(a1);
  if (quoted) return { sheet: quoted[1]!.replace(/''/g, "'"), rest: quoted[2]! };
  const bang = a1.lastIndexOf('!');
  if (bang >= 0) return { sheet: a1.slice(0, bang), rest: a1.slice(bang + 1) };
  return { rest: a1 };
}

/** Parses A1 notation; `null` when the text is not a range. */
export function parseA1(a1: string): A1Ref | null {
  const { sheet, rest } = splitSheet(a1.trim());
  if (sheet === '') return null;
  const [first, second, extra] = rest.split(':');
  if (first === undefined || extra !== undefined) return null;
  const a = parsePart(first);
  if (!a) return null;
  const ref: A1Ref = sheet === undefined ? {} : { sheet };
  if (second === undefined) {
    if (a.col === undefined || a.row === undefined) return null; // 'A' or '5' alone is no range
    return { ...ref, startRow: a.row, startCol: a.col, endRow: a.row, endCol: a.col };
  }
  const b = parsePart(second);
  if (!b) return null;
  // Whole rows ('2:5') need rows on both sides, whole columns ('A:C') columns on both sides.
  if ((a.col === undefined) !== (b.col === undefined) && a.row === undefined) return null;
  if (a.col === undefined && b.col !== undefined) return null;
  const [r1, r2] = order(a.row, b.row);
  const [c1, c2] = order(a.col, b.col);
  return { ...ref, startRow: r1, endRow: r2, startCol: c1, endCol: c2 };
}

function order(x?: number, y?: number): [number | undefined, number | undefined] {
  if (x !== undefined && y !== undefined && y < x) return [y, x];
  return [x, y];
}

/** Turns a parsed reference into a box on a sheet of the given size. */
export function resolveA1(ref: A1Ref, maxRows: number, maxCols: number): Box {
  const row = ref.startRow ?? 1;
  const col = ref.startCol ?? 1;
  const endRow = ref.endRow ?? (ref.startRow !== undefined && ref.endCol === undefined ? row : maxRows);
  const endCol = ref.endCol ?? maxCols;
  return { row, col, numRows: endRow - row + 1, numCols: endCol - col + 1 };
}

/** Parses or throws Apps Script's "Range not found". */
export function parseA1OrThrow(a1: string): A1Ref {
  const ref = parseA1(a1);
  if (!ref) throw new AppsScriptException(RANGE_NOT_FOUND);
  return ref;
}

export function cellA1(row: number, col: number): string {
  return columnToLetters(col) + row;
}

/** 'B2' for one cell, 'B2:D10' otherwise (Range#getA1Notation never prints sheet names). */
export function boxA1(box: Box): string {
  const start = cellA1(box.row, box.col);
  if (box.numRows === 1 && box.numCols === 1) return start;
  return `${start}:${cellA1(box.row + box.numRows - 1, box.col + box.numCols - 1)}`;
}
