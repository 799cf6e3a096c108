import { isBlank } from '../cell';
import { checkBase, type PersonRow, type Problem } from '../bases/check';
import { nextCodes } from '../bases/codes';
import { CODE_PREFIX, type BaseName } from '../bases/schema';
import type { Settings } from '../bases/settings';
import type { MergePlan } from './merge';
import type { CellChange } from './snapshot';

/**
 * Where the merge lands in the base's grid: changed cells of updated rows, and new rows (with new
 * participant codes) under the last row. `lastRow` is the base's last row with data (1-based).
 */
export function placeMerge(
  base: BaseName,
  plan: MergePlan,
  records: readonly PersonRow[],
  index: Partial<Record<string, number>>,
  lastRow: number,
): { changes: CellChange[]; rows: PersonRow[]; codes: string[] } {
  const changes: CellChange[] = [];
  const colOf = (field: string) => index[field];
  const byRow = new Map(records.map((r): [number, PersonRow] => [r.row, { ...r, cells: { ...r.cells } }]));
  for (const u of plan.updated) {
    const target = byRow.get(u.row)!;
    for (const c of u.changes) {
      const col = colOf(c.field);
      if (col === undefined) continue;
      changes.push({ row: u.row, col, value: c.to });
      target.cells[c.field] = c.to;
    }
  }
  const current = records.map((r) => (isBlank(r.cells.code) ? '' : String(r.cells.code)));
  const { codes } = nextCodes(CODE_PREFIX[base], [...current, ...plan.added.map(() => null)]);
  const newCodes = codes.slice(current.length);
  const rows = [...byRow.values()];
  plan.added.forEach((a, i) => {
    const row = lastRow + 1 + i;
    const cells = { ...a.cells, code: newCodes[i]! };
    for (const [field, value] of Object.entries(cells)) {
      const col = colOf(field);
      if (col !== undefined && !isBlank(value)) changes.push({ row, col, value });
    }
    rows.push({ row, cells });
  });
  return { changes, rows, codes: newCodes };
}

/**
 * «Проверить базы» on the base as it would be after the import, limited to the rows the import
 * adds or changes: the same problems, in the same words, as the menu item reports.
 */
export function importProblems(base: BaseName, rows: readonly PersonRow[], plan: MergePlan, lastRow: number, settings: Settings, todayIso: string): Problem[] {
  const affected = new Set<number>([...plan.updated.map((u) => u.row), ...plan.added.map((_, i) => lastRow + 1 + i)]);
  return checkBase(base, rows, settings, todayIso).filter((p) => affected.has(p.row));
}
