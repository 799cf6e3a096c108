import fc from 'fast-check';
import { certify } from '../../src/domain/matching/certificate';
import { scoreTable } from '../../src/domain/matching/engine';
import { optimalAssignment, type Instance } from '../../src/domain/matching/flow';
import { stableAssignment } from '../../src/domain/matching/stable';
import { instance, lpOptimum, toInstance, valueOf, type Raw } from './matching-lp';
import { people, pupil, rules, teacherMentee, teacherMentor } from './matching-support';

/** Every way the solver can go: the whole group graph, or candidates and rounds (tiny lists), grouped or not. */
const WAYS = [{}, { k: 1, fullLimit: 0 }, { k: 2, fullLimit: 0, aggregate: false }, { k: 1, fullLimit: 0, aggregate: false }];

describe('optimal mode', () => {
  it('equals the exact optimum of an LP solver on random instances of every shape, every way it can solve them', () => {
    let rounds = 0;
    fc.assert(
      fc.property(instance, (r) => {
        const want = lpOptimum(r);
        for (const options of WAYS) {
          const got = optimalAssignment(toInstance(r), options);
          expect(valueOf(r, got.mentorOf)).toEqual(want);
          expect({ matched: got.matched, total: got.total }).toEqual(want);
          expect(certify(toInstance(r), got.mentorOf, got.duals).ok).toBe(true);
          rounds = Math.max(rounds, got.rounds);
        }
      }),
      { numRuns: 400, seed: 20250915 },
    );
    // the tiny lists made the solver add pairs and solve again, twice at least
    expect(rounds).toBeGreaterThanOrEqual(3);
  });

  it('equals the exact optimum on scores the rules give under fractional weights in «Настройки»', () => {
    const FORMS = ['Учитель – учитель', 'Ученик – ученик'];
    const WORDS = ['математика', 'олимпиада', 'чтение', 'адаптация', 'методика'];
    const person = fc.record({ form: fc.constantFrom(...FORMS), grade: fc.integer({ min: 1, max: 11 }), words: fc.subarray(WORDS, { maxLength: 3 }), cap: fc.integer({ min: 1, max: 5 }), exp: fc.integer({ min: 0, max: 30 }) });
    const weight = fc.constantFrom('0', '0,5', '2,5', '7,25', '13,3', '40');
    fc.assert(
      fc.property(fc.array(person, { minLength: 1, maxLength: 8 }), fc.array(person, { minLength: 1, maxLength: 12 }), fc.array(weight, { minLength: 4, maxLength: 4 }), (ms, es, [w1, w2, w3, w4]) => {
        const row = (p: typeof ms[number], role: 'mentor' | 'mentee') =>
          p.form === FORMS[0]
            ? role === 'mentor' ? teacherMentor({ competences: p.words.join(', '), capacity: p.cap, experience: p.exp }) : teacherMentee({ request: p.words.join(', ') })
            : pupil(`${p.grade}А`, role === 'mentor' ? { competences: p.words.join(', '), capacity: p.cap } : { request: p.words.join(', ') });
        const mentors = people('mentor', ms.map((p) => row(p, 'mentor')));
        const mentees = people('mentee', es.map((p) => row(p, 'mentee')));
        const { scores } = scoreTable(mentors, mentees, rules({ weightRequest: w1, weightExperience: w2, weightTime: w3, weightInterests: w4 }));
        const raw: Raw = { n: mentees.length, m: mentors.length, capacity: mentors.map((p) => p.capacity), scores: mentees.map((_, i) => [...scores.subarray(i * mentors.length, (i + 1) * mentors.length)]) };
        const inst: Instance = { ...toInstance(raw), matrix: scores };
        for (const options of WAYS) {
          const got = optimalAssignment(inst, options);
          expect(valueOf(raw, got.mentorOf)).toEqual(lpOptimum(raw));
        }
      }),
      { numRuns: 120, seed: 31 },
    );
  });

  it('equals the exact optimum when the scores are too many or too large to keep a byte each', () => {
    // 600 pairs: over 255 distinct scores, and (up to 60,000) scores past the codes the solver keeps
    const big = (spread: number) => fc.record({
      n: fc.constant(30), m: fc.constant(20),
      capacity: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 20, maxLength: 20 }),
      scores: fc.array(fc.array(fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 0, max: spread }) }, { weight: 1, arbitrary: fc.constant(-1) }), { minLength: 20, maxLength: 20 }), { minLength: 30, maxLength: 30 }),
    });
    fc.assert(fc.property(fc.oneof(big(5_000), big(60_000)), (r) => {
      for (const options of WAYS) expect(valueOf(r, optimalAssignment(toInstance(r), options).mentorOf)).toEqual(lpOptimum(r));
    }), { numRuns: 12, seed: 7 });
  });

  it('is deterministic', () => {
    fc.assert(fc.property(instance, (r) => {
      expect(optimalAssignment(toInstance(r)).mentorOf).toEqual(optimalAssignment(toInstance(r)).mentorOf);
    }), { numRuns: 50 });
  });

  it('refuses a score that is not an integer, clearly', () => {
    expect(() => optimalAssignment({ mentees: 1, mentors: 1, capacity: [1], score: () => 2.5 })).toThrow(/not an integer: 2.5/);
  });
});

describe('stable mode', () => {
  it('leaves no blocking pair and breaks no constraint or capacity', () => {
    fc.assert(
      fc.property(instance, (r) => {
        const inst = toInstance(r);
        const { mentorOf } = stableAssignment(inst);
        expect(valueOf(r, mentorOf)).not.toBeNull();
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
