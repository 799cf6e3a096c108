/**
 * Order numbers follow the pattern typed in «Настройки»: «238/{n}» gives 238/1, 238/2…; a pattern
 * without {n} gets «/{n}» appended; an empty pattern is just the running number.
 */
import { escapeRegExp } from '../text';

const N = '{n}';

const normalise = (pattern: string): string => {
  const p = pattern.trim();
  if (!p) return N;
  return p.includes(N) ? p : `${p}/${N}`;
};

/** The running number inside an order number made by this pattern, or null when it was not. */
export function numberIn(pattern: string, number: string): number | null {
  const [before, after] = normalise(pattern).split(N) as [string, string];
  const m = new RegExp(`^${escapeRegExp(before)}(\\d+)${escapeRegExp(after)}$`).exec(number.trim());
  return m ? Number(m[1]) : null;
}

/** The next number after those already in the registry. */
export function nextNumber(pattern: string, existing: readonly string[]): string {
  const used = existing.map((e) => numberIn(pattern, e)).filter((n): n is number => n !== null);
  const next = used.length ? Math.max(...used) + 1 : 1;
  return normalise(pattern).replace(N, String(next));
}

/** The number the pattern makes of a running number: «238/{n}», 12 → «238/12». */
export const numberFor = (pattern: string, n: number | string): string => normalise(pattern).replace(N, String(n));
