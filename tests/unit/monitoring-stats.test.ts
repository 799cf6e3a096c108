import { exactTwoSided, signedRank, signedRankCounts } from '../../src/domain/monitoring/wilcoxon';
import { incompleteBeta, midranks, normalTwoSided, spearman, tTwoSided } from '../../src/domain/monitoring/stats';

/** Brute force: the rank sum of every one of the 2ⁿ sign patterns, counted. */
function enumerate(ranks: readonly number[]): Map<number, number> {
  const out = new Map<number, number>();
  for (let mask = 0; mask < 2 ** ranks.length; mask++) {
    let s = 0;
    ranks.forEach((r, i) => (s += mask & (1 << i) ? r : 0));
    out.set(s, (out.get(s) ?? 0) + 1);
  }
  return out;
}

describe('Wilcoxon signed-rank test', () => {
  it('the exact null distribution equals brute-force enumeration of all sign patterns', () => {
    for (const n of [1, 4, 9, 12]) {
      const counts = signedRankCounts(n);
      const brute = enumerate(Array.from({ length: n }, (_, i) => i + 1));
      counts.forEach((c, s) => expect(c).toBe(brute.get(s) ?? 0));
      expect(counts.reduce((a, b) => a + b, 0)).toBe(2 ** n);
    }
  });

  it('the exact two-sided p equals the share of sign patterns at least as extreme (brute force)', () => {
    const n = 10;
    const brute = enumerate(Array.from({ length: n }, (_, i) => i + 1));
    for (const t of [0, 3, 8, 10, 17, 27]) {
      let below = 0;
      for (const [s, c] of brute) if (s <= t) below += c;
      expect(exactTwoSided(t, n)).toBeCloseTo(Math.min(1, (2 * below) / 2 ** n), 12);
    }
  });

  it('reproduces the textbook example of Hollander & Wolfe (depression scale, 9 patients): V = 40, p = 0.0390625', () => {
    // Published in Hollander & Wolfe, Nonparametric Statistical Methods, p. 29; R's ?wilcox.test example.
    const x = [1.83, 0.5, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.3];
    const y = [0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.06, 3.14, 1.29];
    const t = signedRank(x.map((xi, i) => y[i]! - xi));
    expect(t.method).toBe('exact');
    expect(t.wMinus).toBe(40);
    expect(t.wPlus).toBe(5);
    expect(t.p).toBeCloseTo(0.0390625, 10);
  });

  it('uses the normal approximation with tie and continuity corrections when there are ties and zeros (scipy reference)', () => {
    // scipy.stats.wilcoxon(d, zero_method='wilcox', correction=True, method='approx'), scipy 1.17.1:
    // statistic 12.0, p 0.001394009274158708, zstatistic -3.195888590231071
    const d = [1, 2, 2, 3, -1, 0, 4, 4, 5, -2, 3, 3, 1, 2, 6, 0, -1, 2, 3, 4];
    const t = signedRank(d);
    expect(t.method).toBe('normal');
    expect(t.n).toBe(18);
    expect(t.zeros).toBe(2);
    expect(Math.min(t.wPlus, t.wMinus)).toBe(12);
    expect(Math.abs(t.z)).toBeCloseTo(3.195888590231071, 6);
    expect(t.p).toBeCloseTo(0.001394009274158708, 6);
    expect(t.r).toBeCloseTo(3.195888590231071 / Math.sqrt(20), 6);
  });

  it('agrees with scipy on a non-significant sample and on a large one with many ties', () => {
    // scipy: statistic 24.0, p 0.44273069255917963, z -0.7675901896757426
    const small = signedRank([3, -1, 2, -2, 1, 1, -3, 2, 0, 1, -1, 2]);
    expect(small.p).toBeCloseTo(0.44273069255917963, 6);
    expect(Math.abs(small.z)).toBeCloseTo(0.7675901896757426, 6);
    // scipy: statistic 112.5, p 0.00018205203281597412, z -3.7427020657131487 (60 pairs, 1–5 scale)
    const large = signedRank([0, 1, 0, -1, 0, 1, 0, 0, 0, 1, 0, 2, 0, -1, 1, 1, 1, 0, 0, 0, 0, 1, 0, 2, -1, 1, 2, 0, 0, 2,
      1, 1, 0, 1, 2, 2, -1, -1, 1, 2, 0, 1, 2, 2, 2, -1, 1, 0, 0, -1, 0, -1, -1, 2, 0, 2, 1, 2, 0, 0]);
    expect(Math.min(large.wPlus, large.wMinus)).toBe(112.5);
    expect(large.p).toBeCloseTo(0.00018205203281597412, 7);
    expect(large.z).toBeCloseTo(3.7427020657131487, 5);
  });

  it('the tie-corrected variance equals the sum of squared midranks over 4 (an independent formula)', () => {
    const d = [2, -2, 2, 3, 3, -1, 4, 4, 4, 5, -5, 1];
    const ranks = midranks(d.map(Math.abs));
    const wPlus = d.reduce((s, x, i) => s + (x > 0 ? ranks[i]! : 0), 0);
    const mean = ranks.reduce((a, b) => a + b, 0) / 2;
    const sd = Math.sqrt(ranks.reduce((a, r) => a + r * r, 0) / 4);
    const z = (wPlus - mean - Math.sign(wPlus - mean) * 0.5) / sd;
    expect(signedRank(d).z).toBeCloseTo(z, 10);
  });

  it('switches to the normal approximation from 50 differences on, even without ties', () => {
    const d = Array.from({ length: 50 }, (_, i) => (i % 3 === 0 ? -(i + 1) : i + 1));
    const t = signedRank(d);
    expect(t.method).toBe('normal');
    expect(signedRank(d.slice(0, 49)).method).toBe('exact');
  });

  it('no change at all gives p = 1 and a zero effect', () => {
    const t = signedRank([0, 0, 0, 0]);
    expect(t).toMatchObject({ n: 0, p: 1, z: 0, r: 0 });
  });
});

describe('distributions', () => {
  it('normal two-sided p matches the table: 1.96 → 0.05, 2.5758 → 0.01', () => {
    expect(normalTwoSided(1.96)).toBeCloseTo(0.04999579029644087, 6);
    expect(normalTwoSided(-2.5758)).toBeCloseTo(0.01000084747555736, 6);
  });

  it('Student t two-sided p matches scipy.stats.t: (2.228, 10) → 0.0500, (1.5, 3) → 0.2306, (0.3, 25) → 0.7667', () => {
    expect(tTwoSided(2.228, 10)).toBeCloseTo(0.05001177181711132, 8);
    expect(tTwoSided(1.5, 3)).toBeCloseTo(0.23058386524482294, 8);
    expect(tTwoSided(0.3, 25)).toBeCloseTo(0.7666574936530574, 8);
  });

  it('the incomplete beta agrees with closed forms: I_x(1, b) = 1 − (1 − x)^b, I_x(a, 1) = x^a', () => {
    expect(incompleteBeta(0.3, 1, 4)).toBeCloseTo(1 - 0.7 ** 4, 10);
    expect(incompleteBeta(0.8, 3, 1)).toBeCloseTo(0.8 ** 3, 10);
  });
});

describe('Spearman rank correlation', () => {
  it('matches scipy.stats.spearmanr with ties in both series', () => {
    // scipy: rho 0.975539729830124, p 1.5206106772190895e-06
    const a = spearman([2, 4, 4, 5, 7, 8, 8, 9, 10, 12], [1, 3, 5, 5, 6, 9, 7, 10, 12, 11]);
    expect(a.rho).toBeCloseTo(0.975539729830124, 10);
    expect(a.p).toBeCloseTo(1.5206106772190895e-6, 10);
    // scipy: rho 0.9451560928652786, p 0.00012053112425151588
    const b = spearman([0.5, 1, -1, 2, 0, 1.5, 3, 2, 1], [4.2, 4.5, 3.1, 4.9, 3.8, 4.4, 5, 4.9, 3.9]);
    expect(b.rho).toBeCloseTo(0.9451560928652786, 10);
    expect(b.p).toBeCloseTo(0.00012053112425151588, 9);
  });

  it('without ties equals the textbook formula 1 − 6Σd²/(n(n²−1))', () => {
    const x = [10, 20, 30, 40, 50, 60, 70];
    const y = [3, 1, 4, 2, 7, 6, 5];
    const d2 = x.map((_, i) => (i + 1 - y[i]!) ** 2).reduce((a, b) => a + b, 0);
    expect(spearman(x, y).rho).toBeCloseTo(1 - (6 * d2) / (7 * 48), 12);
  });

  it('cannot be computed for fewer than 3 pairs or a constant series', () => {
    expect(spearman([1, 2], [2, 1]).rho).toBeNull();
    expect(spearman([1, 2, 3, 4], [5, 5, 5, 5]).rho).toBeNull();
  });
});
