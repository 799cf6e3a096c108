/** Shared by the matching solver tests: small random instances of every score shape, and an independent exact optimum. */
import fc from 'fast-check';
import solver from 'javascript-lp-solver';
import type { Instance } from '../../src/domain/matching/flow';

export type Raw = { n: number; m: number; capacity: number[]; scores: number[][] };

export const toInstance = (r: Raw): Instance => ({ mentees: r.n, mentors: r.m, capacity: r.capacity, score: (i, j) => r.scores[i]![j]! });

/** -1 (not allowed) now and then. */
const allowed = (p: number, score: fc.Arbitrary<number>) => fc.oneof({ weight: p, arbitrary: score }, { weight: 1, arbitrary: fc.constant(-1) });

/**
 * The shapes of matching/shapes in small: varied scores, ties (few values), a score of the
 * mentor alone, a score of both sides' types, mentees no mentor may take, scarce and ample seats.
 */
export const instance: fc.Arbitrary<Raw> = fc
  .record({
    n: fc.integer({ min: 1, max: 12 }),
    m: fc.integer({ min: 1, max: 10 }),
    shape: fc.constantFrom('varied', 'ties', 'mentorOnly', 'types', 'isolated'),
    maxCap: fc.constantFrom(1, 2, 3, 5),
  })
  .chain(({ n, m, shape, maxCap }) =>
    fc.record({
      n: fc.constant(n),
      m: fc.constant(m),
      capacity: fc.array(fc.integer({ min: 0, max: maxCap }), { minLength: m, maxLength: m }),
      scores:
        shape === 'varied' || shape === 'isolated'
          ? fc.array(fc.array(allowed(shape === 'isolated' ? 1 : 4, fc.integer({ min: 0, max: 40 })), { minLength: m, maxLength: m }), { minLength: n, maxLength: n })
          : shape === 'ties'
            ? fc.array(fc.array(allowed(4, fc.constantFrom(0, 5, 10)), { minLength: m, maxLength: m }), { minLength: n, maxLength: n })
            : shape === 'mentorOnly'
              ? fc.array(fc.integer({ min: 0, max: 30 }), { minLength: m, maxLength: m }).map((q) => Array.from({ length: n }, () => [...q]))
              : fc
                  .record({
                    menteeType: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: n, maxLength: n }),
                    mentorType: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: m, maxLength: m }),
                    table: fc.array(allowed(3, fc.integer({ min: 0, max: 20 })), { minLength: 9, maxLength: 9 }),
                  })
                  .map(({ menteeType, mentorType, table }) => menteeType.map((a) => mentorType.map((b) => table[a * 3 + b]!))),
    }),
  );

/** The exact optimum by an LP solver: most pairs first (a big bonus per pair), then the total score. */
export function lpOptimum(r: Raw): { matched: number; total: number } {
  const top = Math.max(0, ...r.scores.flat());
  const bonus = (top + 1) * (r.n + 1);
  const model = { optimize: 'w', opType: 'max' as const, constraints: {} as Record<string, { max: number }>, variables: {} as Record<string, Record<string, number>> };
  for (let i = 0; i < r.n; i++) model.constraints[`e${i}`] = { max: 1 };
  for (let j = 0; j < r.m; j++) model.constraints[`m${j}`] = { max: r.capacity[j]! };
  for (let i = 0; i < r.n; i++) {
    for (let j = 0; j < r.m; j++) {
      const s = r.scores[i]![j]!;
      if (s >= 0) model.variables[`x${i}_${j}`] = { w: bonus + s, [`e${i}`]: 1, [`m${j}`]: 1 };
    }
  }
  const value = Math.abs(Math.round((solver.Solve(model) as { result: number }).result)); // an empty model gives -0
  return { matched: Math.floor(value / bonus), total: value % bonus };
}

/** What an assignment achieves, or null when it breaks a rule (a pair not allowed, a mentor over its seats). */
export function valueOf(r: Raw, mentorOf: ArrayLike<number>): { matched: number; total: number } | null {
  const load = new Array<number>(r.m).fill(0);
  let matched = 0;
  let total = 0;
  for (let i = 0; i < r.n; i++) {
    const j = mentorOf[i]!;
    if (j === -1) continue;
    if (!(j >= 0 && j < r.m) || r.scores[i]![j]! < 0 || ++load[j]! > r.capacity[j]!) return null;
    matched++;
    total += r.scores[i]![j]!;
  }
  return { matched, total };
}
