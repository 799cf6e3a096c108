import { isBlank, type Cell } from './cell';

/**
 * A sheet as a data contract: English keys for code, Russian header texts for people. Columns are
 * found by header text wherever the curator moved them; columns the curator added are left alone.
 */
export interface ColumnSpec {
  header: string;
  /** How the column is kept in the Sheet; `link`: a HYPERLINK formula the add-on writes. */
  kind: 'text' | 'number' | 'date' | 'link';
  /** Width in pixels. */
  width: number;
  /** Name of a list in «Настройки» whose values the column's dropdown offers. */
  list?: ListName;
  note?: string;
}

export type ListName = 'categories' | 'forms' | 'statuses' | 'consent' | 'consentBy';

export interface TableSpec<K extends string = string> {
  sheet: string;
  columns: Record<K, ColumnSpec>;
}

export type Record_<K extends string> = { row: number; cells: Partial<Record<K, Cell>> };

const headerKey = (h: unknown): string => String(h ?? '').trim().toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ');

/** Where each column of the spec is (0-based), and which headers are missing. */
export function locateColumns<K extends string>(spec: TableSpec<K>, headerRow: readonly unknown[]) {
  const at = new Map<string, number>();
  headerRow.forEach((h, i) => {
    const k = headerKey(h);
    if (k && !at.has(k)) at.set(k, i);
  });
  const index = {} as Partial<Record<K, number>>;
  const missing: K[] = [];
  for (const key of Object.keys(spec.columns) as K[]) {
    const i = at.get(headerKey(spec.columns[key].header));
    if (i === undefined) missing.push(key);
    else index[key] = i;
  }
  return { index, missing };
}

/**
 * Rows below the header as records keyed by the spec; blank rows (also in the middle) are skipped,
 * row numbers are the Sheet's (1-based, header = 1).
 */
export function toRecords<K extends string>(
  index: Partial<Record<K, number>>,
  rows: readonly (readonly Cell[])[],
  firstRow = 2,
): Record_<K>[] {
  const out: Record_<K>[] = [];
  rows.forEach((values, i) => {
    if (values.every((v) => isBlank(v))) return;
    const cells: Partial<Record<K, Cell>> = {};
    for (const [key, col] of Object.entries(index) as [K, number][]) {
      const v = values[col];
      if (v !== undefined && !isBlank(v)) cells[key] = typeof v === 'string' ? v.trim() : v;
    }
    out.push({ row: firstRow + i, cells });
  });
  return out;
}

/** 1 → 'A', 27 → 'AA' (A1 notation, computed without a Sheets call). */
export function columnLetter(column: number): string {
  let s = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
