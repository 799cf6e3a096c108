/**
 * A base column whose header the curator renamed, found by what it holds, so «Подготовить таблицу»
 * restores its header instead of adding an empty column next to it (after which every answer
 * would find nobody by name and become a second person).
 */
import { cellText, type Cell } from '../cell';
import { isPlausibleFullName } from '../text';

/** What a column of each identity key holds. */
const LOOKS: Record<string, (text: string) => boolean> = {
  code: (t) => /^(НК|НЯ)-\d{4,}$/i.test(t),
  fullName: isPlausibleFullName,
};

/**
 * The columns (0-based, not in `taken`) most of whose filled cells look like the key's values.
 * One column: that is the renamed one. Several: the curator must say which. None: nothing to restore.
 */
export function renamedCandidates(key: string, grid: readonly (readonly Cell[])[], taken: ReadonlySet<number>): number[] {
  const looks = LOOKS[key];
  if (!looks) return [];
  const width = Math.max(0, ...grid.map((r) => r.length));
  const out: number[] = [];
  for (let c = 0; c < width; c++) {
    if (taken.has(c)) continue;
    const filled = grid.slice(1).map((r) => cellText(r[c])).filter(Boolean);
    if (filled.length && filled.filter(looks).length >= 0.8 * filled.length) out.push(c);
  }
  return out;
}
