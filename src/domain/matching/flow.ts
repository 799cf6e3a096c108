/**
 * The optimal mode's solver: each mentee to at most one mentor, each mentor up to its seats; the
 * most pairs first, then the highest total score (one linear program, see certificate.ts).
 *
 * 1. One pass over the scores groups mentees with identical rows and mentors with identical columns
 *    (a mentor-only or type-based weighting leaves a handful of groups) and notes each mentee's and
 *    each mentor's best partners.
 * 2. Min-cost flow on the groups (network.ts): the whole group graph when it is small, else a
 *    candidate graph of the best partners of both sides.
 * 3. Exact duals of that flow. If they leave an allowed pair uncovered, every group's best partners
 *    are picked again by reduced score under those duals (the lists double each round) and the flow
 *    goes on from where it was.
 * 4. The answer is returned only when `certify` proves it optimal over every pair of the instance.
 */
import { certify, readRow, type Duals, type Verdict } from './certificate';
import { GroupFlow } from './network';

const { imul, min, max, floor } = Math;

export interface Instance {
  mentees: number;
  mentors: number;
  capacity: ArrayLike<number>;
  /** Integer score of a pair, or a negative number when the pair is not allowed. */
  score(mentee: number, mentor: number): number;
  /** The same scores mentee by mentee (row i holds mentee i's), when the caller has them. */
  matrix?: Int32Array;
}

export interface Matching {
  /** Mentor of each mentee, -1 when unmatched. */
  mentorOf: Int32Array;
  matched: number;
  total: number;
}

export interface Assignment extends Matching {
  /** Flow solves until every pair was covered, and pair arcs in the last one. */
  rounds: number;
  candidates: number;
  /** Groups of identical mentees and of identical mentors (with seats) the flow ran on. */
  groups: { mentees: number; mentors: number };
  /** The proof: `certify(inst, mentorOf, duals)` accepts it. */
  duals: Duals;
}

export interface SolveOptions {
  /** Best partners per mentee, and per mentor beyond twice its seats, in the first round (tests make it tiny). */
  k?: number;
  /** Group identical mentees and mentors (default true). */
  aggregate?: boolean;
  /** Group pairs up to which the whole group graph is solved at once. */
  fullLimit?: number;
}

const FULL_LIMIT = 200_000;
/** The first candidate graph is solved to within 1/COARSE of the highest score. */
const COARSE = 32;

const tieBreak = (l: number, r: number) => {
  let h = imul(l ^ 0x9e3779b9, 0x85ebca6b) ^ imul(r + 0x632be5ab, 0xc2b2ae35);
  h = imul(h ^ (h >>> 15), 0x27d4eb2f);
  return ((h ^ (h >>> 13)) >>> 0) / 4294967296 / 2; // in [0, 0.5): never reorders different scores
};

/** The best few entries of each of several lists, highest key first (flat typed arrays). */
class Best {
  readonly start: Int32Array;
  readonly keys: Float64Array;
  readonly ids: Int32Array;
  readonly size: Int32Array;
  /** An entry must beat this to get in: -∞ until the list is full, then its last key. */
  readonly floor: Float64Array;

  constructor(lengths: ArrayLike<number>) {
    const n = lengths.length;
    this.start = new Int32Array(n + 1);
    for (let x = 0; x < n; x++) this.start[x + 1] = this.start[x]! + lengths[x]!;
    this.keys = new Float64Array(this.start[n]!);
    this.ids = new Int32Array(this.start[n]!);
    this.size = new Int32Array(n);
    this.floor = new Float64Array(n).fill(-Infinity);
    for (let x = 0; x < n; x++) if (lengths[x] === 0) this.floor[x] = Infinity;
  }

  /** Call only when key > floor[list]. */
  offer(list: number, key: number, id: number) {
    const { keys, ids } = this;
    const o = this.start[list]!;
    const k = this.start[list + 1]! - o;
    let q = this.size[list]! < k ? this.size[list]!++ : k - 1;
    while (q > 0 && keys[o + q - 1]! < key) {
      keys[o + q] = keys[o + q - 1]!;
      ids[o + q] = ids[o + q - 1]!;
      q--;
    }
    keys[o + q] = key;
    ids[o + q] = id;
    if (this.size[list] === k) this.floor[list] = keys[o + k - 1]!;
  }
}

/** Groups of equal keys, in order of first appearance. */
function groupsOf(keys: Float64Array, skip: (x: number) => boolean) {
  const ids = new Map<number, number>();
  const of = new Int32Array(keys.length).fill(-1);
  const reps: number[] = [];
  for (let x = 0; x < keys.length; x++) {
    if (skip(x)) continue;
    let g = ids.get(keys[x]!);
    if (g === undefined) {
      g = reps.length;
      ids.set(keys[x]!, g);
      reps.push(x);
    }
    of[x] = g;
  }
  return { of, reps: Int32Array.from(reps) };
}

/** Members of each group, listed group after group. */
function members(of: Int32Array, groups: number) {
  const start = new Int32Array(groups + 1);
  for (const g of of) if (g >= 0) start[g + 1]!++;
  for (let g = 0; g < groups; g++) start[g + 1]! += start[g]!;
  const list = new Int32Array(start[groups]!);
  const at = start.slice(0, groups);
  of.forEach((g, x) => {
    if (g >= 0) list[at[g]!++] = x;
  });
  return { start, list };
}

/**
 * One pass over every pair: the highest score, hashes of each row and column (identical ones are
 * grouped), each mentee's best `kRow` mentors and each mentor's best `kCol[j]` mentees. Equal
 * scores are ordered by a fixed scramble, not by index: otherwise every list would hold the same
 * few partners and the candidate graph would be needlessly poor.
 */
function survey(inst: Instance, cap: Int32Array, kRow: number, kCol: Int32Array, aggregate: boolean) {
  const { mentees: n, mentors: m } = inst;
  const row = new Float64Array(m);
  const rowKey = new Float64Array(n);
  const c1 = new Int32Array(m).fill(0x2545f491);
  const c2 = new Int32Array(m).fill(0x61c88647);
  const rowBest = new Best(new Int32Array(n).fill(kRow));
  const colBest = new Best(kCol);
  const rowFloor = rowBest.floor;
  const colFloor = colBest.floor;
  let top = 0;
  for (let i = 0; i < n; i++) {
    readRow(inst, i, row);
    let h1 = 0x3c6ef372;
    let h2 = 0x1b873593;
    for (let j = 0; j < m; j++) {
      const raw = row[j]!;
      if (raw > top) top = raw;
      if (cap[j] === 0) continue;
      const x = raw < 0 ? -1 : raw;
      if (aggregate) {
        h1 = imul(h1 ^ x, 0x01000193);
        h2 = imul(h2 + x, 0x5bd1e995) ^ (h2 >>> 13);
        c1[j] = imul(c1[j]! ^ x, 0x01000193);
        c2[j] = imul(c2[j]! + x, 0x5bd1e995) ^ (c2[j]! >>> 13);
      }
      if (x < 0) continue;
      if ((x | 0) !== x) throw new RangeError(`matching: the score of mentee ${i} and mentor ${j} is not an integer: ${raw}`);
      if (x + 0.5 > rowFloor[i]!) {
        const key = x + tieBreak(i, j);
        if (key > rowFloor[i]!) rowBest.offer(i, key, j);
      }
      if (x + 0.5 > colFloor[j]!) {
        const key = x + tieBreak(j, i);
        if (key > colFloor[j]!) colBest.offer(j, key, i);
      }
    }
    rowKey[i] = aggregate ? (h1 >>> 0) * 2097152 + (h2 >>> 11) : i;
  }
  const colKey = new Float64Array(m);
  for (let j = 0; j < m; j++) colKey[j] = aggregate ? (c1[j]! >>> 0) * 2097152 + (c2[j]! >>> 11) : j;
  const rows = groupsOf(rowKey, () => false);
  const cols = groupsOf(colKey, (j) => cap[j] === 0);
  return { top, rows, cols, rowBest, colBest };
}

/** One solve: grouped or not; the verdict says whether its proof holds. */
function solve(inst: Instance, cap: Int32Array, options: SolveOptions, aggregate: boolean): Assignment & { verdict: Verdict } {
  const { mentees: n, mentors: m } = inst;
  const k = options.k ?? 6;
  const kCol = Int32Array.from(cap, (c) => (c > 0 ? min(n, options.k ?? 2 * c + 4) : 0));
  const { top, rows, cols, rowBest, colBest } = survey(inst, cap, min(m, k), kCol, aggregate);
  const nA = rows.reps.length;
  const nB = cols.reps.length;
  let seats = 0;
  for (let j = 0; j < m; j++) seats += cap[j]!;
  const bonus = top * min(n, seats) + 1;
  const rowM = members(rows.of, nA);
  const colM = members(cols.of, nB);
  const supply = new Int32Array(nA);
  for (let a = 0; a < nA; a++) supply[a] = rowM.start[a + 1]! - rowM.start[a]!;
  const seatsOf = new Int32Array(nB);
  for (let j = 0; j < m; j++) if (cols.of[j]! >= 0) seatsOf[cols.of[j]!]! += cap[j]!;
  const net = new GroupFlow(nA, nB, supply, seatsOf);

  const inGraph = new Set<number>();
  let added = 0;
  const addPair = (a: number, b: number, s: number) => {
    const key = a * nB + b;
    if (inGraph.has(key)) return;
    inGraph.add(key);
    net.add(a, b, top - s);
    added++;
  };
  const score = (i: number, j: number) => (inst.matrix ? inst.matrix[i * m + j]! : inst.score(i, j));
  // Scores of a mentee against every group of mentors, through the groups' first members.
  const row = new Float64Array(m);
  const repRow = new Float64Array(nB);
  const readGroups = (i: number) => {
    if (inst.matrix || nB * 3 > m) {
      readRow(inst, i, row);
      for (let b = 0; b < nB; b++) repRow[b] = row[cols.reps[b]!]!;
    } else for (let b = 0; b < nB; b++) repRow[b] = inst.score(i, cols.reps[b]!);
  };
  const full = nA * nB <= (options.fullLimit ?? FULL_LIMIT);
  if (full) {
    for (let a = 0; a < nA; a++) {
      readGroups(rows.reps[a]!);
      for (let b = 0; b < nB; b++) if (repRow[b]! >= 0) addPair(a, b, repRow[b]!);
    }
  } else {
    const lists = (best: Best, x: number) => best.ids.subarray(best.start[x]!, best.start[x]! + best.size[x]!);
    for (let i = 0; i < n; i++) for (const j of lists(rowBest, i)) addPair(rows.of[i]!, cols.of[j]!, score(i, j));
    for (let j = 0; j < m; j++) for (const i of lists(colBest, j)) addPair(rows.of[i]!, cols.of[j]!, score(i, j));
  }

  const mentorOf = new Int32Array(n);
  const u = new Float64Array(n);
  const v = new Float64Array(m);
  const duals: Duals = { bonus, mentee: u, mentor: v };
  let active = 0;
  for (let j = 0; j < m; j++) if (cap[j]! > 0) active++;
  const identity = nA === n && nB === active;
  let perRow = k;
  const perCol = Int32Array.from(seatsOf, (c) => min(nA, options.k ?? 2 * c + 4));
  let rowPick = new Best(new Int32Array(nA));
  let colPick = new Best(new Int32Array(nB));
  // groups with an uncovered pair: after the first rounds only their picks are added
  const rowShort = new Uint8Array(nA);
  const colShort = new Uint8Array(nB);
  /** Pair (a, b) by its slack under the duals: the most uncovered (or least covered) are kept. */
  const pick = (a: number, b: number, slack: number) => {
    if (-slack > rowPick.floor[a]!) {
      const key = -slack + tieBreak(a, b);
      if (key > rowPick.floor[a]!) rowPick.offer(a, key, b);
    }
    if (-slack > colPick.floor[b]!) {
      const key = -slack + tieBreak(b, a);
      if (key > colPick.floor[b]!) colPick.offer(b, key, a);
    }
  };
  /** Every group pair through the groups' first members; returns how many the duals leave uncovered. */
  const scanGroups = (uA: Float64Array, vB: Float64Array) => {
    let uncovered = 0;
    for (let a = 0; a < nA; a++) {
      readGroups(rows.reps[a]!);
      const need = uA[a]! - bonus;
      for (let b = 0; b < nB; b++) {
        const s = repRow[b]!;
        if (s < 0) continue;
        const slack = need + vB[b]! - s;
        if (slack < 0) uncovered++;
        if (slack < 0) rowShort[a] = colShort[b] = 1;
        if (-slack > rowPick.floor[a]! || -slack > colPick.floor[b]!) pick(a, b, slack);
      }
    }
    return uncovered;
  };
  /** Adds the picked pairs (`all`: of every group, else of groups with an uncovered pair); how many were new. */
  const addPicks = (all: boolean) => {
    added = 0;
    for (let a = 0; a < nA; a++) {
      if (!all && !rowShort[a]) continue;
      for (let q = rowPick.start[a]!; q < rowPick.start[a]! + rowPick.size[a]!; q++) addPair(a, rowPick.ids[q]!, score(rows.reps[a]!, cols.reps[rowPick.ids[q]!]!));
    }
    for (let b = 0; b < nB; b++) {
      if (!all && !colShort[b]) continue;
      for (let q = colPick.start[b]!; q < colPick.start[b]! + colPick.size[b]!; q++) addPair(colPick.ids[q]!, b, score(rows.reps[colPick.ids[q]!]!, cols.reps[b]!));
    }
    perRow *= 2;
    for (let b = 0; b < nB; b++) perCol[b] = min(nA, perCol[b]! * 2);
    return added;
  };
  const freshPicks = () => {
    rowPick = new Best(new Int32Array(nA).fill(min(nB, perRow)));
    colPick = new Best(perCol);
    rowShort.fill(0);
    colShort.fill(0);
  };
  let firstNew = 0;
  for (let round = 1; ; round++) {
    // The first candidate graph is solved only roughly: its prices choose the candidates again.
    const coarse = round === 1 && !full;
    // after an exact round the few pairs added are repaired in place
    if (round > 2) net.repair(firstNew);
    else net.solve(coarse ? (net.K * max(1, top)) / COARSE : 1);
    firstNew = net.count;
    const { left: uA, right: vB } = net.duals(bonus + top);
    if (coarse) {
      freshPicks();
      scanGroups(uA, vB);
      addPicks(true);
      continue;
    }
    assign(net, rowM, colM, cap, mentorOf);
    for (let i = 0; i < n; i++) u[i] = uA[rows.of[i]!]!;
    // a mentor without seats takes nobody: any dual covering its pairs will do
    for (let j = 0; j < m; j++) v[j] = cols.of[j]! >= 0 ? vB[cols.of[j]!]! : bonus + top;
    const result = (verdict: Verdict) => ({
      mentorOf, matched: verdict.ok ? verdict.matched : 0, total: verdict.ok ? verdict.total : 0, rounds: round,
      candidates: net.count, groups: { mentees: nA, mentors: nB }, duals, verdict,
    });
    if (full) return result(certify(inst, mentorOf, duals));
    freshPicks();
    let uncovered: number;
    let verdict: Verdict | null = null;
    if (identity) {
      // groups are the people: the check of every pair is the proof itself
      verdict = certify(inst, mentorOf, duals, (i, scores) => {
        const a = rows.of[i]!;
        const need = u[i]! - bonus;
        for (let j = 0; j < m; j++) {
          const s = scores[j]!;
          if (s < 0 || cols.of[j]! < 0) continue;
          const b = cols.of[j]!;
          const slack = need + v[j]! - s;
          if (slack < 0) rowShort[a] = colShort[b] = 1;
          if (-slack > rowPick.floor[a]! || -slack > colPick.floor[b]!) pick(a, b, slack);
        }
      });
      if (verdict.ok || !verdict.uncovered) return result(verdict);
      uncovered = verdict.uncovered;
    } else {
      uncovered = scanGroups(uA, vB);
      if (uncovered === 0) return result(certify(inst, mentorOf, duals));
    }
    if (addPicks(false) === 0) return result(verdict ?? { ok: false, reason: `${uncovered} uncovered pairs are already in the graph`, violations: uncovered });
  }
}

/** People from the groups' flows: each group's members in order take the seats of the mentors in order. */
function assign(net: GroupFlow, rowM: ReturnType<typeof members>, colM: ReturnType<typeof members>, cap: Int32Array, mentorOf: Int32Array) {
  mentorOf.fill(-1);
  const nextMentee = rowM.start.slice(0, net.nL);
  const nextMentor = colM.start.slice(0, net.nR);
  const usedSeats = new Int32Array(cap.length);
  for (let q = 0; q < net.count; q++) {
    const a = net.from[q]!;
    const b = net.to[q]!;
    for (let f = net.flow[q]!; f > 0; f--) {
      while (nextMentor[b]! < colM.start[b + 1]! && usedSeats[colM.list[nextMentor[b]!]!] === cap[colM.list[nextMentor[b]!]!]) nextMentor[b]!++;
      if (nextMentor[b]! === colM.start[b + 1]! || nextMentee[a]! === rowM.start[a + 1]!) throw new Error('matching: a group\'s flow exceeds its members');
      const j = colM.list[nextMentor[b]!]!;
      usedSeats[j]!++;
      mentorOf[rowM.list[nextMentee[a]!++]!] = j;
    }
  }
}

/**
 * Exact optimum: max mentees matched, then max total score. Deterministic for the same input.
 * Throws when no proof of optimality holds (a bug, never a silent wrong answer).
 */
export function optimalAssignment(inst: Instance, options: SolveOptions = {}): Assignment {
  const cap = Int32Array.from({ length: inst.mentors }, (_, j) => max(0, floor(inst.capacity[j]!)));
  const grouped = options.aggregate !== false;
  let got = solve(inst, cap, options, grouped);
  // Groups are found by hashing: a collision would show here, and the people are solved ungrouped.
  if (!got.verdict.ok && grouped) got = solve(inst, cap, options, false);
  const { verdict, ...assignment } = got;
  if (!verdict.ok) throw new Error(`matching: the optimum could not be proven (${verdict.reason}); no pairs were proposed`);
  return assignment;
}
