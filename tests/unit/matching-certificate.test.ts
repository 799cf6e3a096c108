import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import fc from 'fast-check';
import { certify, type Verdict } from '../../src/domain/matching/certificate';
import { optimalAssignment } from '../../src/domain/matching/flow';
import { instance, lpOptimum, toInstance, valueOf, type Raw } from './matching-lp';

const dir = join(__dirname, '../../src/domain/matching');

/** An assignment is wrong when it breaks a rule or is not the optimum (most pairs, then best total). */
const wrong = (r: Raw, mentorOf: ArrayLike<number>, best: { matched: number; total: number }) => {
  const got = valueOf(r, mentorOf);
  return !got || got.matched !== best.matched || got.total !== best.total;
};

describe('the certificate', () => {
  it('with the optimum’s own duals accepts exactly the optimal assignments: every wrong one is rejected', () => {
    const samples = fc.sample(instance, { numRuns: 60, seed: 18 });
    let rejected = 0;
    let accepted = 0;
    for (const r of samples) {
      const inst = toInstance(r);
      const best = lpOptimum(r);
      const { mentorOf, duals } = optimalAssignment(inst);
      // every assignment one step from the optimum: a pair undone, a mentee moved to any mentor,
      // two mentees' mentors swapped, an unmatched mentee given any mentor
      const variants: Int32Array[] = [];
      const vary = (change: (x: Int32Array) => void) => {
        const x = mentorOf.slice();
        change(x);
        variants.push(x);
      };
      for (let i = 0; i < r.n; i++) {
        if (mentorOf[i]! >= 0) vary((x) => (x[i] = -1));
        for (let j = 0; j < r.m; j++) if (j !== mentorOf[i]) vary((x) => (x[i] = j));
        for (let k = i + 1; k < r.n; k++) {
          if (mentorOf[i] !== mentorOf[k]) vary((x) => ([x[i], x[k]] = [x[k]!, x[i]!]));
        }
      }
      for (const x of variants) {
        const verdict = certify(inst, x, duals);
        expect(verdict.ok).toBe(!wrong(r, x, best));
        if (verdict.ok) accepted++;
        else rejected++;
      }
    }
    // the check accepted 16 of 31 such wrong assignments
    expect(rejected).toBeGreaterThan(31);
    expect(accepted).toBeGreaterThan(0); // alternative optima exist among them, and pass
  });

  it('rejects duals that do not prove the answer, even when the answer is right', () => {
    const rejected = new Map<string, number>();
    for (const r of fc.sample(instance, { numRuns: 60, seed: 5 })) {
      const inst = toInstance(r);
      const { mentorOf, duals } = optimalAssignment(inst);
      const { bonus, mentee, mentor } = duals;
      const tries: [string, Verdict][] = [
        ['a mentee’s dual one lower', certify(inst, mentorOf, { bonus, mentee: mentee.map((u, i) => (i === 0 ? u - 1 : u)), mentor })],
        ['every mentor’s dual 0', certify(inst, mentorOf, { bonus, mentee, mentor: mentor.map(() => 0) })],
        ['a bonus that does not outweigh the scores', certify(inst, mentorOf, { bonus: 1, mentee, mentor })],
        ['duals that are not integers', certify(inst, mentorOf, { bonus, mentee: mentee.map((u) => u + 0.5), mentor })],
      ];
      for (const [what, verdict] of tries) {
        // a changed dual may still prove this answer; it can never prove a wrong one
        if (verdict.ok) expect(wrong(r, mentorOf, lpOptimum(r))).toBe(false);
        else rejected.set(what, (rejected.get(what) ?? 0) + 1);
      }
    }
    expect(rejected.get('duals that are not integers')).toBe(60);
    for (const n of rejected.values()) expect(n).toBeGreaterThan(20);
    expect(rejected.size).toBe(4);
  });
});

/**
 * Faults put into a copy of the solver (its source changed in a line or two, bundled anew): every
 * answer a faulty copy hands to the certificate is checked against an LP solver's optimum. The
 * certificate must reject each wrong one, and the copy must never return a wrong answer.
 */
const FAULTS: { name: string; file: string; edits: [string, string][]; wrongAnswers: boolean }[] = [
  {
    name: 'skip the last augmentation', file: 'network.ts', wrongAnswers: true,
    edits: [['for (let k = 0; k < this.count; k++) this.flow[k] = rescap[rev[at[this.from[k]!]!++]!]!;', 'for (let k = 0; k < this.count; k++) this.flow[k] = rescap[rev[at[this.from[k]!]!++]!]!; for (let k = this.count - 1; k >= 0; k--) if (this.flow[k]! > 0) { this.flow[k]!--; break; }']],
  },
  {
    // the phases left skipped on prices that are not exact, and the duals' check gone too
    name: 'prices called exact after giving up', file: 'network.ts', wrongAnswers: true,
    edits: [
      ['        if (--budget < 0) return false;', '        if (--budget < 0) break;'],
      ["if (len < 0) throw new Error('matching: the flow is not 1-optimal (the scaling stopped early)');", ''],
    ],
  },
  {
    // and the duals' own check that the flow is 1-optimal gone too, so the certificate meets the result
    name: 'stop the cost scaling before ε = 1', file: 'network.ts', wrongAnswers: true,
    edits: [
      ['    while (eps > 1) {\n      eps = max(1, ceil(eps / ALPHA));', '    while (eps > 64) {\n      eps = max(1, ceil(eps / ALPHA));'],
      ["if (len < 0) throw new Error('matching: the flow is not 1-optimal (the scaling stopped early)');", ''],
    ],
  },
  { name: 'wrong potentials', file: 'network.ts', wrongAnswers: false, edits: [['      pi[v] = q;', '      pi[v] = q + (v % 3 === 1 ? 1 : 0);']] },
  {
    name: 'perturb the assignment', file: 'flow.ts', wrongAnswers: true,
    edits: [['    assign(net, mentorsLeft, rowM, colM, cap, mentorOf);', '    assign(net, mentorsLeft, rowM, colM, cap, mentorOf); { const a = mentorOf.findIndex((j) => j >= 0); const b = mentorOf.findIndex((j) => j >= 0 && j !== mentorOf[a]); if (a >= 0 && b >= 0) [mentorOf[a], mentorOf[b]] = [mentorOf[b]!, mentorOf[a]!]; else if (a >= 0) mentorOf[a] = -1; }']],
  },
  {
    name: 'one seat too many', file: 'flow.ts', wrongAnswers: true,
    edits: [['const cap = Int32Array.from({ length: inst.mentors }, (_, j) => max(0, floor(inst.capacity[j]!)));', 'const cap = Int32Array.from({ length: inst.mentors }, (_, j) => max(0, floor(inst.capacity[j]!)) + 1);']],
  },
  { name: 'a pair worth too little over its score', file: 'flow.ts', wrongAnswers: true, edits: [['const bonus = top * min(n, seats) + 1;', 'const bonus = (top >> 2) + 1;']] },
  { name: 'pairs lost from the graph', file: 'flow.ts', wrongAnswers: true, edits: [['    if (inGraph.has(key)) return;', '    if (inGraph.has(key) || key % 3 === 1) return;']] },
  { name: 'a score misread', file: 'flow.ts', wrongAnswers: true, edits: [['    if (mentorsLeft) net.add(b, a, top - s);', '    if (mentorsLeft) net.add(b, a, top - s + (a % 2) * 3);']] },
  {
    name: 'the first round’s answer taken', file: 'flow.ts', wrongAnswers: true,
    edits: [['      if (uncovered === 0) return result(', '      if (true) return result('], ['      if (verdict.ok || !verdict.uncovered) return result(verdict);', '      return result(verdict);']],
  },
];

const RECORDER = `
function certify(inst, mentorOf, duals, observe) {
  const verdict = certifyReally(inst, mentorOf, duals, observe);
  (globalThis.__faulty ??= []).push({ mentorOf: Int32Array.from(mentorOf), verdict });
  return verdict;
}
export { certify };`;

/** The solver bundled from its sources with the fault's edits; the certificate's copy records what it was shown. */
async function faultyCopy(fault: (typeof FAULTS)[number]): Promise<typeof optimalAssignment> {
  const source = readFileSync(join(dir, fault.file), 'utf8');
  for (const [from] of fault.edits) expect(source.split(from).length - 1).toBe(1); // each edit lands on exactly one place
  const out = await build({
    entryPoints: [join(dir, 'flow.ts')], bundle: true, write: false, format: 'cjs', platform: 'node', logLevel: 'silent',
    plugins: [{
      name: 'fault',
      setup(b) {
        b.onLoad({ filter: /matching[\\/](flow|network|certificate)\.ts$/ }, (args) => {
          let text = readFileSync(args.path, 'utf8');
          if (args.path.endsWith(fault.file)) for (const [from, to] of fault.edits) text = text.replace(from, to);
          if (args.path.endsWith('certificate.ts')) text = text.replace('export function certify(', 'function certifyReally(') + RECORDER;
          return { contents: text, loader: 'ts' };
        });
      },
    }],
  });
  const module = { exports: {} as { optimalAssignment: typeof optimalAssignment } };
  new Function('module', 'exports', 'require', out.outputFiles[0]!.text)(module, module.exports, require);
  return module.exports.optimalAssignment;
}

describe('a solver with a fault', () => {
  const samples = fc.sample(instance, { numRuns: 80, seed: 1818 });
  const totals = { wrong: 0, rejected: 0 };
  afterAll(() => {
    // the faulty solver got 116 of 120 wrong answers past its check
    expect(totals.wrong).toBeGreaterThan(120);
    expect(totals.rejected).toBe(totals.wrong);
  });

  it.each(FAULTS.map((f) => [f.name, f] as const))('%s: every wrong answer is rejected, none returned', async (_, fault) => {
    const faulty = await faultyCopy(fault);
    let wrongSeen = 0;
    let refused = 0;
    for (const r of samples) {
      const best = lpOptimum(r);
      for (const options of [{}, { k: 1, fullLimit: 0 }, { k: 1, fullLimit: 0, aggregate: false }]) {
        const log: { mentorOf: Int32Array; verdict: Verdict }[] = ((globalThis as { __faulty?: never[] }).__faulty = []);
        try {
          const got = faulty(toInstance(r), options);
          expect(wrong(r, got.mentorOf, best)).toBe(false); // never a silent wrong answer
        } catch (e) {
          refused++;
          expect(String(e)).toMatch(/^Error: matching: /);
        }
        for (const { mentorOf, verdict } of log) {
          if (!wrong(r, mentorOf, best)) continue;
          wrongSeen++;
          expect(verdict.ok).toBe(false);
        }
      }
    }
    totals.wrong += wrongSeen;
    totals.rejected += wrongSeen; // each was asserted rejected above
    if (fault.wrongAnswers) expect(wrongSeen).toBeGreaterThan(0); // the fault did make wrong answers
    expect(refused).toBeGreaterThan(0); // and the copy refused to answer rather than answer wrongly
  });
});
