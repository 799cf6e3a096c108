/**
 * `npm run bench` (matching): the optimal mode's solver against exact solvers on the same
 * instances (HiGHS on the assignment LP, munkres-js on a one-to-one problem), the time for a whole
 * municipality, and the Sheets calls of «Подобрать пары» for 10 and 5,000 people. Exits non-zero
 * only when the Sheets calls differ between the two sizes (or when an optimum differs: a bug).
 */
import { performance } from 'node:perf_hooks';
import highsLoader from 'highs';
import munkres from 'munkres-js';
import { SHEETS_CLASSES } from '../emulator/calls';
import { pasteRows } from '../demo/fill';
import { mulberry32 as rng } from '../demo/random';
import { generateSchool } from '../demo/school';
import { MENTEES, MENTORS } from '../src/domain/bases/schema';
import { optimalAssignment, type Instance } from '../src/domain/matching/flow';
import { addonWorld } from '../tests/support/addon';

let broken = false;

/**
 * Dense scores shaped like the real ones: a mentee's request fits some mentors' profiles much
 * better than others (a shared "topic"), plus noise; integers 0..150, every pair allowed.
 */
function denseInstance(n: number, m: number, maxCap: number, seed: number): Instance & { scores: Int16Array } {
  const r = rng(seed);
  const topics = 12;
  const menteeTopic = Array.from({ length: n }, () => Math.floor(r() * topics));
  const mentorTopic = Array.from({ length: m }, () => Math.floor(r() * topics));
  const scores = new Int16Array(n * m);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) scores[i * m + j] = (menteeTopic[i] === mentorTopic[j] ? 60 : 0) + Math.floor(r() * 91);
  }
  const capacity = Array.from({ length: m }, () => 1 + Math.floor(r() * maxCap));
  return { mentees: n, mentors: m, capacity, scores, score: (i, j) => scores[i * m + j]! };
}

const time = <T>(fn: () => T): [T, number] => {
  const t = performance.now();
  const v = fn();
  return [v, performance.now() - t];
};
const ms = (x: number) => `${x.toFixed(0)} ms`;

/** Each solver runs once on a small instance first, so no figure includes the JIT's warm-up. */
function warmUp() {
  for (const cap of [1, 5]) optimalAssignment(denseInstance(300, 100, cap, 9));
  const small = denseInstance(60, 60, 1, 9);
  munkres(Array.from({ length: 60 }, (_, i) => Array.from({ length: 60 }, (_, j) => 150 - small.score(i, j))));
}

async function vsHighs() {
  const [n, m] = [2000, 400];
  const inst = denseInstance(n, m, 5, 1);
  const [ours, tOurs] = time(() => optimalAssignment(inst));
  const highs = await highsLoader();
  const bonus = 151 * (n + 1);
  const cols = n * m;
  const colCost = new Float64Array(cols);
  const starts = new Int32Array(cols + 1);
  const indices = new Int32Array(2 * cols);
  const values = new Float64Array(2 * cols).fill(1);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) {
      const c = i * m + j;
      colCost[c] = bonus + inst.scores[c]!;
      starts[c] = 2 * c;
      indices[2 * c] = i;
      indices[2 * c + 1] = n + j;
    }
  }
  starts[cols] = 2 * cols;
  const [model, tBuild] = time(() => highs.createModel({
    numCols: cols, numRows: n + m, sense: highs.constants.objectiveSense.maximize, colCost,
    colLower: new Float64Array(cols), colUpper: new Float64Array(cols).fill(1),
    rowLower: new Float64Array(n + m).fill(-highs.infinity),
    rowUpper: Float64Array.from([...Array<number>(n).fill(1), ...Array.from(inst.capacity)]),
    matrix: { format: 'csc', numRows: n + m, numCols: cols, starts, indices, values },
  }));
  model.options.set('output_flag', false);
  const [, tHighs] = time(() => model.run());
  const best = Math.round(model.getObjectiveValue());
  model.dispose();
  const same = best === ours.matched * bonus + ours.total;
  broken ||= !same;
  console.log(`2,000 × 400, capacity 1–5, dense: ours ${ms(tOurs)} (${ours.matched} pairs, score ${ours.total}, ` +
    `${ours.rounds} round(s), ${ours.candidates} candidate pairs of ${cols}); HiGHS ${ms(tHighs)} solve + ${ms(tBuild)} model; ` +
    `same optimum: ${same ? 'yes' : `NO (HiGHS ${best})`}; ×${(tHighs / tOurs).toFixed(1)} faster (goal ×20)`);
}

function vsMunkres() {
  const n = 400;
  const inst = denseInstance(n, n, 1, 2);
  // ours is the median of three runs (milliseconds are noisy); munkres-js runs once (seconds are not)
  const runs = [0, 1, 2].map(() => time(() => optimalAssignment(inst))).sort((a, b) => a[1] - b[1]);
  const [ours, tOurs] = runs[1]!;
  const cost = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => 150 - inst.score(i, j)));
  const [pairs, tMunkres] = time(() => munkres(cost) as [number, number][]);
  const theirs = pairs.reduce((s, [i, j]) => s + inst.score(i, j), 0);
  const same = theirs === ours.total && pairs.length === ours.matched;
  broken ||= !same;
  console.log(`400 × 400 one-to-one: ours ${ms(tOurs)} (score ${ours.total}); munkres-js ${ms(tMunkres)} (score ${theirs}); ` +
    `same optimum: ${same ? 'yes' : 'NO'}; ×${(tMunkres / tOurs).toFixed(1)} faster (goal ×30)`);
}

function municipality() {
  const [n, m] = [20000, 5000];
  const r = rng(3);
  const topics = 40;
  const menteeTopic = Int8Array.from({ length: n }, () => Math.floor(r() * topics));
  const mentorTopic = Int8Array.from({ length: m }, () => Math.floor(r() * topics));
  const capacity = Array.from({ length: m }, () => 1 + Math.floor(r() * 5));
  // 100 million pairs are not stored: a hash gives each pair its noise.
  const score = (i: number, j: number) => {
    let h = Math.imul(i ^ 0x5bd1e995, 0x27d4eb2d) ^ Math.imul(j + 0x165667b1, 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
    return (menteeTopic[i] === mentorTopic[j] ? 60 : 0) + (((h ^ (h >>> 12)) >>> 0) % 91);
  };
  const [ours, t] = time(() => optimalAssignment({ mentees: n, mentors: m, capacity, score }));
  const seats = capacity.reduce((a, b) => a + b, 0);
  console.log(`20,000 × 5,000 (a municipality, ${seats} seats): ${(t / 1000).toFixed(1)} s (goal < 30 s); ${ours.matched} pairs, ` +
    `score ${ours.total}; exact optimum, proven by the dual check after ${ours.rounds} round(s) on ${ours.candidates} candidate pairs`);
}

/** Sheets calls of «Подобрать пары» for a school of `people` participants (a quarter mentors). */
function sheetsCalls(people: number) {
  const school = generateSchool(2025);
  const { world, addon } = addonWorld({ now: '2025-09-15T10:00:00+03:00' });
  addon.prepareSheet();
  const rows = (list: readonly Record<string, unknown>[], k: number): Record<string, string | number | Date>[] =>
    Array.from({ length: k }, (_, i) => ({ ...list[i % list.length], fullName: `${String(list[i % list.length]!.fullName)} ${i}` }) as never);
  const mentors = Math.max(2, Math.round(people / 4));
  pasteRows(world.spreadsheet, MENTORS, rows(school.mentors, mentors));
  pasteRows(world.spreadsheet, MENTEES, rows(school.mentees, people - mentors));
  addon.prepareSheet();
  const run = () => {
    world.calls.reset();
    const [, t] = time(() => addon.matchPairs());
    // Growing a target sheet past its rows: the insert and the two size reads it needs.
    const grow = world.calls.count('Sheet.insertRowsAfter');
    return { calls: world.calls.service(SHEETS_CLASSES) - grow, grow, t };
  };
  return { first: run(), again: run() };
}

async function main() {
  warmUp();
  vsMunkres();
  await vsHighs();
  municipality();
  const small = sheetsCalls(10);
  const large = sheetsCalls(5000);
  const line = (label: string, a: { calls: number; grow: number; t: number }, b: typeof a) =>
    `«Подобрать пары» ${label}: 10 people ${a.calls} calls (${ms(a.t)}), 5,000 people ${b.calls}${b.grow ? `+${b.grow}` : ''} calls (${ms(b.t)}) — ${a.calls === b.calls ? 'constant' : 'GROW'}`;
  console.log(line('first run', small.first, large.first));
  console.log(line('re-run', small.again, large.again));
  console.log('(+N after the calls: growing a target sheet, one insert whatever the number of rows)');
  if (small.first.calls !== large.first.calls || small.again.calls !== large.again.calls) {
    console.error('Sheets calls grow with the number of people');
    process.exit(1);
  }
  if (broken) {
    console.error('an optimum differs from the exact solver');
    process.exit(1);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
