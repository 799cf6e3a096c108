/**
 * Embedded charts as plain data, kept beside each sheet's state (a WeakMap, so SheetState needs no
 * new field). Tests read them through `chartSpecs`; the .xlsx export draws them.
 */
import { boxA1 } from './a1';
import type { RangeRef, SheetState } from './model';

export interface ChartState {
  id: number;
  type: string;
  ranges: RangeRef[];
  options: Map<string, unknown>;
  anchor: { row: number; column: number; offsetX: number; offsetY: number };
  numHeaders: number;
  transpose: boolean;
}

const charts = new WeakMap<SheetState, ChartState[]>();
let nextId = 1;

export function chartsOf(sheet: SheetState): ChartState[] {
  let list = charts.get(sheet);
  if (!list) charts.set(sheet, (list = []));
  return list;
}

export const newChartId = (): number => nextId++;

export function blankChart(): ChartState {
  return { id: 0, type: '', ranges: [], options: new Map(), anchor: { row: 1, column: 1, offsetX: 0, offsetY: 0 }, numHeaders: -1, transpose: false };
}

export function cloneChart(c: ChartState): ChartState {
  return { ...c, ranges: c.ranges.map((r) => ({ ...r })), options: new Map(c.options), anchor: { ...c.anchor } };
}

/** A chart as a test or an exporter wants to see it. */
export interface ChartSpec {
  id: number;
  type: string;
  /** A1 notation of each data range, with its sheet: «'Показатели'!A1:C9». */
  ranges: string[];
  options: Record<string, unknown>;
  anchor: { row: number; column: number };
  numHeaders: number;
}

export function specOf(c: ChartState): ChartSpec {
  return {
    id: c.id,
    type: c.type,
    ranges: c.ranges.map((r) => `'${r.sheet.name.replace(/'/g, "''")}'!${boxA1(r)}`),
    options: Object.fromEntries(c.options),
    anchor: { row: c.anchor.row, column: c.anchor.column },
    numHeaders: c.numHeaders,
  };
}
