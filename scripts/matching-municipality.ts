/**
 * A child process of the matching bench: one municipality (a serialised `Spec`), solved on its
 * own, so its time and peak memory are the solver's, not the bench's. Prints one line of JSON.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { deserialize } from 'node:v8';
import { optimalAssignment } from '../src/domain/matching/flow';
import { bestPairFirst, menteeOrder } from './matching-greedy';
import { instanceOf, type Spec } from './matching-shapes';

const spec = deserialize(readFileSync(process.argv[2]!)) as Spec;
const inst = instanceOf(spec);
const cpu = process.cpuUsage();
const start = performance.now();
const got = optimalAssignment(inst);
const used = process.cpuUsage(cpu);
const wall = performance.now() - start;
const peak = process.resourceUsage().maxRSS * 1024;
// `--solver-only`: a repeated run, timed again without the greedy matchers
const greedy = process.argv.includes('--solver-only') ? undefined : { menteeOrder: menteeOrder(inst), bestPair: bestPairFirst(inst) };
console.log(JSON.stringify({
  cpu: (used.user + used.system) / 1000, wall, peak, matched: got.matched, total: got.total, rounds: got.rounds,
  groups: got.groups, greedy,
}));
