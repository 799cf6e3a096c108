import fc from 'fast-check';
import solver from 'javascript-lp-solver';
import { optimalAssignment, type Instance } from '../../src/domain/matching/flow';
import { stableAssignment } from '../../src/domain/matching/stable';

/** A random instance: scores 0..30, some pairs forbidden (-1), capacities 0..3. */
const instance = fc.record({ n: fc.integer({ min: 1, max: 12 }), m: fc.integer({ min: 1, max: 12 }) }).chain(({ n, m }) =>
  fc.record({
    n: fc.constant(n),
    m: fc.constant(m),
    capacity: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: m, maxLength: m }),
    scores: fc.array(fc.array(fc.oneof(fc.constant(-1), fc.integer({ min: 0, max: 30 })), { minLength: m, maxLength: m }), { minLength: n, maxLength: n }),
  }),
);
type Raw = { n: number; m: number; capacity: number[]; scores: number[][] };
const toInstance = (r: Raw): Instance => ({ mentees: r.n, mentors: r.m, capacity: r.capacity, score: (i, j) => r.scores[i]![j]! });

/** The exact optimum by an LP solver: most pairs first (a big bonus per pair), then the total score. */
function lpOptimum(r: Raw): { matched: number; total: number } {
  const bonus = 31 * (r.n + 1);
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

function respectsRules(r: Raw, mentorOf: Int32Array) {
  const load = new Array<number>(r.m).fill(0);
  mentorOf.forEach((j, i) => {
    if (j < 0) return;
    expect(r.scores[i]![j]!).toBeGreaterThanOrEqual(0);
    load[j]!++;
  });
  load.forEach((l, j) => expect(l).toBeLessThanOrEqual(r.capacity[j]!));
}

describe('optimal mode', () => {
  it('equals the exact optimum of an LP solver on random instances up to 12×12 with capacities', () => {
    fc.assert(
      fc.property(instance, fc.integer({ min: 1, max: 4 }), fc.boolean(), (r, k, aggregate) => {
        // a tiny candidate list forces the optimality check and its extra rounds to do the work
        const want = lpOptimum(r);
        for (const options of [{}, { k, fullLimit: 0, aggregate }]) {
          const got = optimalAssignment(toInstance(r), options);
          expect({ matched: got.matched, total: got.total }).toEqual(want);
          respectsRules(r, got.mentorOf);
        }
      }),
      { numRuns: 300, seed: 20250915 },
    );
  });

  it('is deterministic', () => {
    fc.assert(fc.property(instance, (r) => {
      expect(optimalAssignment(toInstance(r)).mentorOf).toEqual(optimalAssignment(toInstance(r)).mentorOf);
    }), { numRuns: 50 });
  });
});

describe('stable mode', () => {
  it('leaves no blocking pair and breaks no constraint or capacity', () => {
    fc.assert(
      fc.property(instance, (r) => {
        const inst = toInstance(r);
        const { mentorOf } = stableAssignment(inst);
        respectsRules(r, mentorOf);
        const held = Array.from({ length: r.m }, (_, j) => [...mentorOf.keys()].filter((i) => mentorOf[i] === j));
        // ties are broken by index on both sides: a strict ranking
        const menteePrefers = (i: number, a: number, b: number) => b < 0 || inst.score(i, a) > inst.score(i, b) || (inst.score(i, a) === inst.score(i, b) && a < b);
        const mentorPrefers = (j: number, a: number, b: number) => inst.score(a, j) > inst.score(b, j) || (inst.score(a, j) === inst.score(b, j) && a < b);
        for (let i = 0; i < r.n; i++) {
          for (let j = 0; j < r.m; j++) {
            if (inst.score(i, j) < 0 || mentorOf[i] === j || !menteePrefers(i, j, mentorOf[i]!)) continue;
            const h = held[j]!;
            const blocking = h.length < r.capacity[j]! || h.some((w) => mentorPrefers(j, i, w));
            expect(blocking).toBe(false);
          }
        }
      }),
      { numRuns: 300, seed: 7 },
    );
  });
});
