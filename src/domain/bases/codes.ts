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
