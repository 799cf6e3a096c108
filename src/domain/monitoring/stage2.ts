import { mean, median } from 'simple-statistics';
import { norm, scoreOf, type Measurement } from './answers';
import { spearman, type Correlation } from './stats';
import { signedRank, type SignedRank } from './wilcoxon';

export const ENTRY = 'входная';
export const EXIT = 'итоговая';
/** Significance level of the tests. */
export const ALPHA = 0.05;

export type Verdict = 'better' | 'worse' | 'none' | 'tooFew';

/** One parameter measured at entry and at exit, compared per person. */
export interface ParameterResult {
  parameter: string;
  role: string;
  /** People with both measurements. */
  pairs: number;
  /** People with only one of the two: counted, left out of the test. */
  onlyEntry: number;
  onlyExit: number;
  entryMean: number | null;
  exitMean: number | null;
  /** Median of the per-person changes (exit − entry). */
  medianChange: number | null;
  test: SignedRank;
  verdict: Verdict;
}

export interface Stage2 {
  parameters: ParameterResult[];
  /** Each person's mean change over their parameters (for the correlations). */
  growth: Map<string, number>;
  correlations: { satisfaction: Correlation; meetings: Correlation | null };
  /** Measurements whose stage is neither entry nor exit, or whose value is not a number. */
  skipped: number;
}

/** The smallest number of pairs for which a p-value below 0.05 is possible at all (2/2⁵ = 0.0625 at n = 5). */
export const MIN_PAIRS = 6;

/**
 * Stage 2: growth of the participants. For each parameter (and role), each person's last entry and
 * last exit measurement are paired; the change is tested with Wilcoxon's signed-rank test.
 * `satisfaction` (code → level) and `meetings` (code → number of meetings, or null when unknown)
 * are correlated with each person's growth.
 */
export function analyseGrowth(
  measurements: readonly Measurement[],
  satisfaction: ReadonlyMap<string, number>,
  meetings: ReadonlyMap<string, number> | null,
): Stage2 {
  const groups = new Map<string, { parameter: string; role: string; entry: Map<string, Point>; exit: Map<string, Point> }>();
  let skipped = 0;
  measurements.forEach((m, order) => {
    const value = scoreOf(m.value);
    const stage = norm(m.stage);
    if (value === null || (stage !== ENTRY && stage !== EXIT)) {
      skipped++;
      return;
    }
    const key = `${norm(m.parameter)}\u0000${norm(m.role)}`;
    const g = groups.get(key) ?? { parameter: m.parameter, role: m.role, entry: new Map(), exit: new Map() };
    groups.set(key, g);
    const side = stage === ENTRY ? g.entry : g.exit;
    const point = { value, date: m.date ?? '', order };
    const prev = side.get(m.code);
    if (!prev || later(point, prev)) side.set(m.code, point);
  });
  const changes = new Map<string, number[]>();
  const parameters = [...groups.values()].map((g) => {
    const both = [...g.entry.keys()].filter((c) => g.exit.has(c));
    const diffs = both.map((c) => g.exit.get(c)!.value - g.entry.get(c)!.value);
    both.forEach((c, i) => changes.set(c, [...(changes.get(c) ?? []), diffs[i]!]));
    const test = signedRank(diffs);
    return {
      parameter: g.parameter,
      role: g.role,
      pairs: both.length,
      onlyEntry: g.entry.size - both.length,
      onlyExit: g.exit.size - both.length,
      entryMean: both.length ? mean(both.map((c) => g.entry.get(c)!.value)) : null,
      exitMean: both.length ? mean(both.map((c) => g.exit.get(c)!.value)) : null,
      medianChange: diffs.length ? median(diffs) : null,
      test,
      verdict: verdictOf(test),
    };
  });
  parameters.sort((a, b) => a.role.localeCompare(b.role, 'ru') || a.parameter.localeCompare(b.parameter, 'ru'));
  const growth = new Map([...changes].map(([c, d]) => [c, mean(d)]));
  return { parameters, growth, correlations: correlate(growth, satisfaction, meetings), skipped };
}

interface Point {
  value: number;
  date: string;
  order: number;
}
const later = (a: Point, b: Point) => (a.date && b.date && a.date !== b.date ? a.date > b.date : a.order > b.order);

export function verdictOf(test: SignedRank): Verdict {
  if (test.pairs < MIN_PAIRS) return 'tooFew';
  if (test.p >= ALPHA) return 'none';
  return test.wPlus > test.wMinus ? 'better' : 'worse';
}

function correlate(growth: ReadonlyMap<string, number>, satisfaction: ReadonlyMap<string, number>, meetings: ReadonlyMap<string, number> | null) {
  const paired = (other: ReadonlyMap<string, number>) => {
    const codes = [...growth.keys()].filter((c) => other.has(c));
    return spearman(codes.map((c) => growth.get(c)!), codes.map((c) => other.get(c)!));
  };
  return { satisfaction: paired(satisfaction), meetings: meetings ? paired(meetings) : null };
}
