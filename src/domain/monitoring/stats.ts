import { errorFunction, gammaln, sampleRankCorrelation } from 'simple-statistics';

/**
 * The statistics monitoring needs beyond simple-statistics: midranks, the normal and Student t
 * distribution functions (two-sided p-values) and Spearman's rank correlation with its p-value.
 */

/** 1-based ranks, tied values sharing the mean of their ranks. */
export function midranks(values: readonly number[]): number[] {
  const order = values.map((v, i) => [v, i] as const).sort((a, b) => a[0] - b[0]);
  const ranks = Array<number>(values.length).fill(0);
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && order[j + 1]![0] === order[i]![0]) j++;
    for (let k = i; k <= j; k++) ranks[order[k]![1]] = (i + j) / 2 + 1;
    i = j + 1;
  }
  return ranks;
}

/** Sizes of the groups of tied values (only groups of 2 or more). */
export function tieGroups(values: readonly number[]): number[] {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.values()].filter((t) => t > 1);
}

/** P(Z ≤ z) for the standard normal distribution (erf to about 1e-7). */
export const normalCdf = (z: number): number => 0.5 * (1 + errorFunction(z / Math.SQRT2));

/** Two-sided p-value of a standard normal statistic. */
export const normalTwoSided = (z: number): number => Math.min(1, 2 * normalCdf(-Math.abs(z)));

/**
 * Regularised incomplete beta I_x(a, b) by Lentz's continued fraction (Numerical Recipes §6.4),
 * for the Student t distribution, which simple-statistics does not have.
 */
export function incompleteBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(gammaln(a + b) - gammaln(a) - gammaln(b) + a * Math.log(x) + b * Math.log(1 - x));
  if (x > (a + 1) / (a + b + 2)) return 1 - (front * continuedFraction(1 - x, b, a)) / b;
  return (front * continuedFraction(x, a, b)) / a;
}

function continuedFraction(x: number, a: number, b: number): number {
  const tiny = 1e-300;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  d = 1 / (Math.abs(d) < tiny ? tiny : d);
  let h = d;
  for (let m = 1; m <= 300; m++) {
    for (const num of [(m * (b - m) * x) / ((a + 2 * m - 1) * (a + 2 * m)), -((a + m) * (a + b + m) * x) / ((a + 2 * m) * (a + 2 * m + 1))]) {
      d = 1 + num * d;
      d = 1 / (Math.abs(d) < tiny ? tiny : d);
      c = 1 + num / c;
      if (Math.abs(c) < tiny) c = tiny;
      h *= d * c;
    }
    if (Math.abs(d * c - 1) < 1e-12) break;
  }
  return h;
}

/** Two-sided p-value of Student's t with `df` degrees of freedom. */
export const tTwoSided = (t: number, df: number): number => incompleteBeta(df / (df + t * t), df / 2, 0.5);

export interface Correlation {
  /** Pairs with both values. */
  n: number;
  /** Spearman's ρ, or null when it cannot be computed (fewer than 3 pairs, or a constant series). */
  rho: number | null;
  /** Two-sided p by the t approximation t = ρ√((n−2)/(1−ρ²)), df = n − 2. */
  p: number | null;
}

/** Spearman's rank correlation (simple-statistics' midrank version) and its p-value. */
export function spearman(x: readonly number[], y: readonly number[]): Correlation {
  const n = Math.min(x.length, y.length);
  if (n < 3 || tieGroups(x).includes(n) || tieGroups(y).includes(n)) return { n, rho: null, p: null };
  const rho = sampleRankCorrelation(x.slice(0, n), y.slice(0, n));
  if (!Number.isFinite(rho)) return { n, rho: null, p: null };
  if (Math.abs(rho) >= 1 - 1e-12) return { n, rho: Math.sign(rho), p: 0 };
  const t = rho * Math.sqrt((n - 2) / (1 - rho * rho));
  return { n, rho, p: tTwoSided(t, n - 2) };
}
