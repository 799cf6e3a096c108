import { midranks, normalTwoSided, tieGroups } from './stats';

/** Below this many non-zero differences, without ties or zeros, the p-value is exact (as R's wilcox.test). */
export const EXACT_LIMIT = 50;

export interface SignedRank {
  /** Pairs compared (people with both measurements). */
  pairs: number;
  /** Pairs whose difference is not zero: the n of the test (zeros dropped, Wilcoxon's method). */
  n: number;
  zeros: number;
  /** Sum of the ranks of positive and of negative differences. */
  wPlus: number;
  wMinus: number;
  /** Normal statistic with tie and continuity corrections; its sign is the direction of change. */
  z: number;
  /** Two-sided p-value. */
  p: number;
  method: 'exact' | 'normal';
  /** Effect size r = |Z| / √pairs. */
  r: number;
}

/**
 * Wilcoxon's signed-rank test of paired differences (exit − entry). Exact distribution for small
 * samples without ties; otherwise the normal approximation with the tie correction of the variance
 * and a continuity correction of 0.5.
 */
export function signedRank(differences: readonly number[]): SignedRank {
  const nonZero = differences.filter((d) => d !== 0);
  const n = nonZero.length;
  const pairs = differences.length;
  const ranks = midranks(nonZero.map(Math.abs));
  let wPlus = 0;
  nonZero.forEach((d, i) => (wPlus += d > 0 ? ranks[i]! : 0));
  const total = (n * (n + 1)) / 2;
  const wMinus = total - wPlus;
  const ties = tieGroups(nonZero.map(Math.abs));
  const z = normalZ(wPlus, n, ties);
  const exact = n > 0 && n < EXACT_LIMIT && ties.length === 0 && n === pairs;
  const p = n === 0 ? 1 : exact ? exactTwoSided(Math.min(wPlus, wMinus), n) : normalTwoSided(z);
  const r = pairs > 0 ? Math.abs(z) / Math.sqrt(pairs) : 0;
  return { pairs, n, zeros: pairs - n, wPlus, wMinus, z, p, method: exact ? 'exact' : 'normal', r };
}

function normalZ(wPlus: number, n: number, ties: readonly number[]): number {
  if (n === 0) return 0;
  const mean = (n * (n + 1)) / 4;
  const variance = (n * (n + 1) * (2 * n + 1)) / 24 - ties.reduce((s, t) => s + t * t * t - t, 0) / 48;
  if (variance <= 0) return 0;
  const diff = wPlus - mean;
  return (diff - Math.sign(diff) * 0.5) / Math.sqrt(variance);
}

/**
 * How many of the 2ⁿ sign patterns give each rank sum 0…n(n+1)/2 (ranks 1…n, no ties): the exact
 * null distribution, by counting subsets with a given sum.
 */
export function signedRankCounts(n: number): number[] {
  const max = (n * (n + 1)) / 2;
  const counts = Array<number>(max + 1).fill(0);
  counts[0] = 1;
  for (let k = 1; k <= n; k++) for (let s = max; s >= k; s--) counts[s]! += counts[s - k]!;
  return counts;
}

/** 2 · P(W ≤ t) under the null hypothesis, at most 1. */
export function exactTwoSided(t: number, n: number): number {
  const counts = signedRankCounts(n);
  let below = 0;
  for (let s = 0; s <= Math.floor(t); s++) below += counts[s]!;
  return Math.min(1, (2 * below) / 2 ** n);
}
