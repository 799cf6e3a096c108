import { cellText, isBlank, isDate, type Cell } from '../cell';
import type { PersonRow } from '../bases/check';
import type { BaseName } from '../bases/schema';
import { normaliseName } from '../text';
import type { SkipReason } from './codes';
import { baseOfRole, normaliseGrade, type Incoming } from './values';


export interface MergeOptions {
  /** Replace filled fields of people already in the base with the list's values (default: only empty fields). */
  overwrite?: boolean;
}

export interface Change {
  field: string;
  from: Cell | null;
  to: Cell;
}

export interface MergePlan {
  added: Incoming[];
  updated: { row: number; sourceRow: number; changes: Change[] }[];
  skipped: { sourceRow: number; reason: SkipReason; otherRow?: number }[];
  /** Filled fields left as they were although the list says otherwise. */
  kept: number;
}

const same = (a: Cell | undefined, b: Cell | undefined): boolean => {
  if (isDate(a) || isDate(b)) return isDate(a) && isDate(b) && a.iso === b.iso;
  return cellText(a).toLowerCase().replace(/ё/g, 'е') === cellText(b).toLowerCase().replace(/ё/g, 'е');
};

/** Two records of the same name are one person unless their dates of birth or classes disagree. */
function compatible(a: Record<string, Cell | undefined>, b: Record<string, Cell | undefined>): boolean {
  const ab = a.birthDate, bb = b.birthDate;
  if (isDate(ab) && isDate(bb)) return ab.iso === bb.iso;
  if (!isBlank(a.grade) && !isBlank(b.grade)) return same(normaliseGrade(a.grade!), normaliseGrade(b.grade!));
  return true;
}

/**
 * Merges the list into a base without writing anything: a person already there (same normalised
 * ФИО and no disagreeing date of birth or class) gets only their empty fields filled, unless
 * `overwrite`; new people are added; the rest is skipped with a reason.
 */
export function planMerge(base: BaseName, existing: readonly PersonRow[], incoming: readonly Incoming[], options: MergeOptions = {}): MergePlan {
  const byName = new Map<string, PersonRow[]>();
  for (const p of existing) {
    const key = normaliseName(cellText(p.cells.fullName));
    if (key) byName.set(key, [...(byName.get(key) ?? []), p]);
  }
  const plan: MergePlan = { added: [], updated: [], skipped: [], kept: 0 };
  const seen = new Map<string, Incoming[]>();
  const touched = new Set<number>();

  for (const inc of incoming) {
    const skip = (reason: SkipReason, otherRow?: number) =>
      plan.skipped.push(otherRow === undefined ? { sourceRow: inc.sourceRow, reason } : { sourceRow: inc.sourceRow, reason, otherRow });
    if (inc.role !== undefined) {
      const target = baseOfRole(inc.role);
      if (target === null) { skip('notParticipant'); continue; }
      if (target !== base) { skip('otherBase'); continue; }
    }
    const key = normaliseName(cellText(inc.cells.fullName));
    if (!key) { skip('noName'); continue; }
    const twin = (seen.get(key) ?? []).find((o) => compatible(o.cells, inc.cells));
    if (twin) { skip('duplicateInSource', twin.sourceRow); continue; }
    seen.set(key, [...(seen.get(key) ?? []), inc]);

    const matches = (byName.get(key) ?? []).filter((p) => compatible(p.cells, inc.cells));
    if (matches.length > 1) { skip('ambiguous'); continue; }
    const match = matches[0];
    if (!match) { plan.added.push(inc); continue; }
    if (touched.has(match.row)) { skip('duplicateInSource'); continue; }
    touched.add(match.row);

    const changes: Change[] = [];
    for (const [field, to] of Object.entries(inc.cells)) {
      if (field === 'code' || isBlank(to)) continue;
      const from = match.cells[field];
      if (isBlank(from)) changes.push({ field, from: null, to });
      else if (!same(from, to)) {
        if (options.overwrite && field !== 'fullName') changes.push({ field, from: from!, to });
        else plan.kept += 1;
      }
    }
    if (changes.length) plan.updated.push({ row: match.row, sourceRow: inc.sourceRow, changes });
    else skip('unchanged', match.row);
  }
  return plan;
}

/** Counts per reason, in a stable order, for the preview. */
export function skippedByReason(plan: MergePlan): { reason: SkipReason; count: number }[] {
  const order: SkipReason[] = ['unchanged', 'duplicateInSource', 'ambiguous', 'noName', 'otherBase', 'notParticipant', 'erased'];
  return order.map((reason) => ({ reason, count: plan.skipped.filter((s) => s.reason === reason).length })).filter((x) => x.count > 0);
}
