import { cellText, isBlank, type Cell } from '../cell';

/**
 * Stable participant codes (НК-0001, НЯ-0001): rows that already have a code keep it; rows with
 * data but no code (`null`) get the next free number; empty rows (`''`) stay empty.
 */
export function nextCodes(prefix: string, current: readonly (string | null)[]): { codes: string[]; added: number } {
  const pattern = new RegExp(`^${prefix}-(\\d+)$`);
  let max = 0;
  for (const c of current) {
    const m = c ? pattern.exec(c) : null;
    if (m) max = Math.max(max, Number(m[1]));
  }
  let added = 0;
  const codes = current.map((c) => {
    if (c !== null) return c;
    added += 1;
    return `${prefix}-${String(++max).padStart(4, '0')}`;
  });
  return { codes, added };
}

/**
 * The code column of a base after giving codes to rows that have data but no code: the rule of
 * «Подготовить таблицу», shared by every job that needs codes. `rows` are the rows below the header.
 */
export function codesForRows(prefix: string, rows: readonly (readonly Cell[])[], codeColumn: number): { codes: string[]; added: number } {
  const current = rows.map((r) => cellText(r[codeColumn]));
  const filled = rows.map((r, i) => (!isBlank(current[i]) || r.every((v, j) => j === codeColumn || isBlank(v)) ? current[i]! : null));
  return nextCodes(prefix, filled);
}
