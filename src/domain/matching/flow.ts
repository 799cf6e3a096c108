/**
 * The optimal mode's solver: each mentee to at most one mentor, each mentor up to its seats; the
 * most pairs first, then the highest total score (one linear program, see certificate.ts).
 *
 * 1. One pass over the scores groups mentees with identical rows and mentors with identical columns
 *    (a mentor-only or type-based weighting leaves a handful of groups), notes each mentee's and
 *    each mentor's best partners, and matches greedily (each mentee in turn to its best mentor
 *    with a seat left).
 * 2. Min-cost flow on the groups (network.ts): the whole group graph when it is small, else a
 *    candidate graph of the best partners of both sides — with the greedy pairs when it could not
 *    match as many without them.
 * 3. Exact duals of that flow. If they leave allowed pairs uncovered, each group's best partners
 *    by reduced score under those duals are added (the lists double each round), and the flow is
 *    solved again from where it was.
 * 4. The answer is returned only when `certify` proves it optimal over every pair of the instance.
 */
import { certify, readRow, type Duals, type Instance, type Verdict } from './certificate';
import { GroupFlow } from './network';

export type { Instance } from './certificate';

const { imul, min, max, floor, round, ceil } = Math;

export interface Matching {
  /** Mentor of each mentee, -1 when unmatched. */
  mentorOf: Int32Array;
  matched: number;
  total: number;
}

export interface Assignment extends Matching {
  /** Flow solves until every pair was covered. */
  rounds: number;
  /** Groups of identical mentees and of identical mentors (with seats) the flow ran on. */
  groups: { mentees: number; mentors: number };
  /** The proof: `certify(inst, mentorOf, duals)` accepts it. */
  duals: Duals;
}

export interface SolveOptions {
  /** Best partners per mentee and per mentor (else 6, and 3 × seats + 4) in the first candidate graph (tests make it tiny). */
  k?: number;
  /** Group identical mentees and mentors (default true). */
  aggregate?: boolean;
  /** Group pairs up to which the whole group graph is solved at once. */
  fullLimit?: number;
}

const FULL_LIMIT = 200_000;
/** Pairs up to which a computed instance's scores are copied (a byte each), and the scores that can be coded. */
const COPY_LIMIT = 128_000_000;
const CODED_SCORES = 1 << 15;

const tieBreak = (l: number, r: number) => {
  let h = imul(l ^ 0x9e3779b9, 0x85ebca6b) ^ imul(r + 0x632be5ab, 0xc2b2ae35);
  h = imul(h ^ (h >>> 15), 0x27d4eb2f);
  return ((h ^ (h >>> 13)) >>> 0) / 4294967296 / 2; // in [0, 0.5): never reorders different scores
};

/** The best few entries of each of several lists (flat typed arrays). */
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

  /** The ids in one list (in heap order). */
  list(x: number) {
    return this.ids.subarray(this.start[x]!, this.start[x]! + this.size[x]!);
  }

  /** Call only when key > floor[list]. Each list is a heap of its keys, the lowest first. */
  offer(list: number, key: number, id: number) {
    const { keys, ids } = this;
    const o = this.start[list]!;
    const k = this.start[list + 1]! - o;
    let q = 0;
    if (this.size[list]! < k) {
      // not full: the new entry rises from the end
      q = this.size[list]!++;
      while (q > 0) {
        const p = (q - 1) >> 1;
        if (keys[o + p]! <= key) break;
        keys[o + q] = keys[o + p]!;
        ids[o + q] = ids[o + p]!;
        q = p;
      }
    } else {
      // full: the new entry takes the lowest one's place and sinks
      for (;;) {
        let c = 2 * q + 1;
        if (c >= k) break;
        if (c + 1 < k && keys[o + c + 1]! < keys[o + c]!) c++;
        if (keys[o + c]! >= key) break;
        keys[o + q] = keys[o + c]!;
        ids[o + q] = ids[o + c]!;
        q = c;
      }
    }
    keys[o + q] = key;
    ids[o + q] = id;
    if (this.size[list] === k) this.floor[list] = keys[o]!;
  }
}

/** Scores a byte each: codes of at most 255 distinct values. */
class ScoreCopy {
  readonly codes: Uint8Array;
  readonly values = new Float64Array(255);
  private count = 0;
  /** Code of each score + 1 (scores below 0 count as −1), −1 while unseen. */
  readonly codeOf = new Int16Array(CODED_SCORES).fill(-1);

  constructor(pairs: number) {
    this.codes = new Uint8Array(pairs);
  }

  /** The code of a score + 1 (`key`, in 0..CODED_SCORES), new if unseen; −1 when it cannot be coded (the copy is then dropped). */
  code(key: number): number {
    if (!(key >= 0 && key < CODED_SCORES)) return -1;
    if (this.codeOf[key]! >= 0) return this.codeOf[key]!;
    if (this.count === 255) return -1;
    this.values[this.count] = key - 1;
    this.codeOf[key] = this.count++;
    return this.count - 1;
  }
}

/**
 * The mentor groups `from`..`to` − 1 of one row whose pair with it is uncovered (−slack > 0) or
 * may enter a pick list (−slack above the row's floor or the group's), into `hits`; how many. A
 * plain loop over typed arrays: the hot part of every scan.
 */
function rowHits(scores: Float64Array, need: number, vB: Float64Array, rowFloor: number, colFloor: Float64Array, hits: Int32Array, from: number, to: number): number {
  let h = 0;
  const low = min(0, rowFloor);
  for (let b = from; b < to; b++) {
    const s = scores[b]!;
    const over = s - need - vB[b]!;
    // whether the pair is allowed is asked last: most pairs fail the floors, a well-predicted branch
    if ((over > low || over > colFloor[b]!) && s >= 0) hits[h++] = b;
  }
  return h;
}

/**
 * Mentor groups per `rowHits` call. The row's pick list fills in the first chunk and its floor
 * then rises between chunks: one call for the whole row would pass every allowed pair (the floor
 * is −∞ at the row's start) and make each a `visit`.
 */
const HIT_CHUNK = 256;

/** One pair in eight, by a fixed scramble. */
const mayTie = (l: number, r: number) => (imul(l ^ imul(r, 0x27d4eb2d), 0x165667b1) >>> 29) === 0;

/** Rows after which columns no other one matches so far are no longer hashed. */
const PREFIX_ROWS = 64;

/** A column's two hash lanes as one key (a non-negative safe integer). */
const colHash = (c1: Int32Array, c2: Int32Array, j: number) => (c1[j]! >>> 0) * 2097152 + (c2[j]! >>> 11);

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
  // two hash lanes per column (and per row), of different algebra: FNV-style and polynomial
  const c1 = new Int32Array(m).fill(0x2545f491);
  const c2 = new Int32Array(m).fill(0x61c88647);
  const rowBest = new Best(new Int32Array(n).fill(kRow));
  const colBest = new Best(kCol);
  const colFloor = colBest.floor;
  // A copy of a computed instance's scores for the solver's own later reads: a byte per pair, each
  // a code of one of at most 255 distinct scores (dropped if there are more, or too many pairs).
  const copy = !inst.matrix && n * m <= COPY_LIMIT ? new ScoreCopy(n * m) : null;
  let copying = copy !== null;
  const codes = copy ? copy.codes : new Uint8Array(0);
  const codeOf = copy ? copy.codeOf : new Int16Array(0);
  // The columns still hashed: every one for the first rows; after them a column whose hash no
  // other shares can join no group, and only the rest are hashed on.
  let still = aggregate ? Int32Array.from({ length: m }, (_, j) => j) : new Int32Array(0);
  const lone = new Uint8Array(m);
  let top = 0;
  const left = cap.slice();
  const greedy = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    readRow(inst, i, row);
    let gs = -1;
    let gj = -1;
    let h1 = 0x3c6ef372;
    let h2 = 0x1b873593;
    let floor = rowBest.floor[i]!;
    const o = i * m;
    for (let j = 0; j < m; j++) {
      const raw = row[j]!;
      // one conversion to an integer here, not one in each hash and code below
      const x = raw < 0 ? -1 : raw | 0;
      if (aggregate) {
        h1 = imul(h1 ^ x, 0x01000193);
        h2 = (imul(h2, 0x5bd1e995) + x) | 0;
      }
      if (copying) {
        const key = x + 1;
        const c = key < CODED_SCORES && codeOf[key]! >= 0 ? codeOf[key]! : copy!.code(key);
        if (c < 0) copying = false;
        else codes[o + j] = c;
      }
      if (x < 0) continue;
      if (x > gs && left[j]! > 0) {
        gs = x;
        gj = j;
      }
      if (x !== raw) throw new RangeError(`matching: the score of mentee ${i} and mentor ${j} is not an integer: ${raw}`);
      if (x > top) top = x;
      // A score equal to a full list's last one competes only now and then (a cheap filter), so
      // ties everywhere cost no hash per pair; the scramble then orders it among its equals.
      if (x + 0.5 > floor && cap[j]! > 0 && (x > floor || mayTie(i, j))) {
        const key = x + tieBreak(i, j);
        if (key > floor) {
          rowBest.offer(i, key, j);
          floor = rowBest.floor[i]!;
        }
      }
      const cf = colFloor[j]!;
      if (x + 0.5 > cf && (x > cf || mayTie(j, i))) {
        const key = x + tieBreak(j, i);
        if (key > cf) colBest.offer(j, key, i);
      }
    }
    if (gj >= 0) {
      left[gj]!--;
      greedy[i] = gj;
    }
    rowKey[i] = aggregate ? (h1 >>> 0) * 2097152 + (h2 >>> 11) : i;
    for (let q = 0; q < still.length; q++) {
      const j = still[q]!;
      const x = row[j]! < 0 ? -1 : row[j]! | 0;
      c1[j] = imul(c1[j]! ^ x, 0x01000193);
      c2[j] = (imul(c2[j]!, 0x5bd1e995) + x) | 0;
    }
    if (aggregate && i + 1 === PREFIX_ROWS) {
      const seen = new Map<number, number>();
      for (let j = 0; j < m; j++) seen.set(colHash(c1, c2, j), (seen.get(colHash(c1, c2, j)) ?? 0) + 1);
      const rest: number[] = [];
      for (let j = 0; j < m; j++) if (seen.get(colHash(c1, c2, j)) === 1) lone[j] = 1;
      else rest.push(j);
      still = Int32Array.from(rest);
    }
  }
  const colKey = new Float64Array(m);
  // a lone column's key is its own (negative: no hash equals it)
  for (let j = 0; j < m; j++) colKey[j] = aggregate && !lone[j] ? colHash(c1, c2, j) : -1 - j;
  const rows = groupsOf(rowKey, () => false);
  const cols = groupsOf(colKey, (j) => cap[j] === 0);
  return { top, rows, cols, rowBest, colBest, greedy, copy: copying ? copy : null };
}

/** One solve: grouped or not; the verdict says whether its proof holds. */
function solve(inst: Instance, cap: Int32Array, options: SolveOptions, aggregate: boolean): Assignment & { verdict: Verdict } {
  const { mentees: n, mentors: m } = inst;
  let seats = 0;
  for (let j = 0; j < m; j++) seats += cap[j]!;
  // Where seats are scarce, a mentee is matched only now and then, but each mentor chooses among
  // many: per mentee shorter lists, per mentor longer ones by the mentees left over per seat.
  const scarcity = max(1, n / max(1, seats) - 1);
  const k = options.k ?? max(3, round(6 / scarcity));
  const kCol = Int32Array.from(cap, (c) => (c > 0 ? min(n, options.k ?? ceil((3 * c + 4) * scarcity)) : 0));
  const { top, rows, cols, rowBest, colBest, greedy, copy } = survey(inst, cap, min(m, k), kCol, aggregate);
  const nA = rows.reps.length;
  const nB = cols.reps.length;
  const bonus = top * min(n, seats) + 1;
  const rowM = members(rows.of, nA);
  const colM = members(cols.of, nB);
  const supply = new Int32Array(nA);
  for (let a = 0; a < nA; a++) supply[a] = rowM.start[a + 1]! - rowM.start[a]!;
  const seatsOf = new Int32Array(nB);
  for (let j = 0; j < m; j++) if (cols.of[j]! >= 0) seatsOf[cols.of[j]!]! += cap[j]!;
  // Units are sent from the side with fewer of them (mentors' seats when seats are scarce): the
  // other side's groups then never hold flow they cannot place.
  const mentorsLeft = seats < n;
  const net = mentorsLeft ? new GroupFlow(nB, nA, seatsOf, supply, bonus + top) : new GroupFlow(nA, nB, supply, seatsOf, bonus + top);

  const inGraph = new Set<number>();
  let added = 0;
  const addPair = (a: number, b: number, s: number) => {
    const key = a * nB + b;
    if (inGraph.has(key)) return;
    inGraph.add(key);
    if (mentorsLeft) net.add(b, a, top - s);
    else net.add(a, b, top - s);
    added++;
  };
  const score = (i: number, j: number) => (inst.matrix ? inst.matrix[i * m + j]! : copy ? copy.values[copy.codes[i * m + j]!]! : inst.score(i, j));
  // Scores of a mentee against every group of mentors, through the groups' first members.
  const row = new Float64Array(m);
  const repRow = new Float64Array(nB);
  const hits = new Int32Array(nB);
  const readGroups = (i: number) => {
    if (copy) {
      const { codes, values } = copy;
      for (let b = 0, o = i * m; b < nB; b++) repRow[b] = values[codes[o + cols.reps[b]!]!]!;
    } else if (inst.matrix || nB * 3 > m) {
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
    for (let i = 0; i < n; i++) for (const j of rowBest.list(i)) addPair(rows.of[i]!, cols.of[j]!, score(i, j));
    for (let j = 0; j < m; j++) for (const i of colBest.list(j)) addPair(rows.of[i]!, cols.of[j]!, score(i, j));
    // The candidates alone may match fewer than the greedy did: then the greedy's pairs join them.
    // Otherwise the first duals would leave thousands of pairs uncovered by a whole pair's worth.
    let greedyPairs = 0;
    for (let i = 0; i < n; i++) if (greedy[i]! >= 0) greedyPairs++;
    if (net.maxPairs() < greedyPairs) for (let i = 0; i < n; i++) if (greedy[i]! >= 0) addPair(rows.of[i]!, cols.of[greedy[i]!]!, score(i, greedy[i]!));
  }

  const mentorOf = new Int32Array(n);
  const u = new Float64Array(n);
  const v = new Float64Array(m);
  const duals: Duals = { bonus, mentee: u, mentor: v };
  let active = 0;
  for (let j = 0; j < m; j++) if (cap[j]! > 0) active++;
  const identity = nA === n && nB === active;
  let perRow = k;
  const perCol = Int32Array.from(seatsOf, (c) => min(nA, options.k ?? 4 * c + 8));
  let rowPick = new Best(new Int32Array(nA));
  let colPick = new Best(new Int32Array(nB));
  let uncovered = 0;
  /** Pair (a, b) under the duals: counted if uncovered; the most uncovered (or least covered) are kept. */
  const visit = (a: number, b: number, slack: number) => {
    if (slack < 0) uncovered++;
    if (-slack > rowPick.floor[a]!) {
      const key = -slack + tieBreak(a, b);
      if (key > rowPick.floor[a]!) rowPick.offer(a, key, b);
    }
    if (-slack > colPick.floor[b]!) {
      const key = -slack + tieBreak(b, a);
      if (key > colPick.floor[b]!) colPick.offer(b, key, a);
    }
  };
  /** Row `a` (its scores in `repRow`) under the duals, chunk by chunk: in order, as `visit` one pair after another. */
  const visitRow = (a: number, need: number, vB: Float64Array) => {
    for (let from = 0; from < nB; from += HIT_CHUNK) {
      const h = rowHits(repRow, need, vB, rowPick.floor[a]!, colPick.floor, hits, from, min(nB, from + HIT_CHUNK));
      for (let q = 0; q < h; q++) visit(a, hits[q]!, need + vB[hits[q]!]! - repRow[hits[q]!]!);
    }
  };
  /** New pick lists (longer each round) and nothing uncovered yet. */
  const restart = () => {
    rowPick = new Best(new Int32Array(nA).fill(min(nB, perRow)));
    colPick = new Best(perCol);
    uncovered = 0;
  };
  /** Every group pair, through the groups' first members. */
  const scan = (uA: Float64Array, vB: Float64Array) => {
    for (let a = 0; a < nA; a++) {
      readGroups(rows.reps[a]!);
      visitRow(a, uA[a]! - bonus, vB);
    }
  };
  /** Adds the picked pairs of every group; how many were new. The lists double after the second round's picks (they end any instance in a few rounds). */
  const addPicks = (round: number) => {
    added = 0;
    for (let a = 0; a < nA; a++) for (const b of rowPick.list(a)) addPair(a, b, score(rows.reps[a]!, cols.reps[b]!));
    for (let b = 0; b < nB; b++) for (const a of colPick.list(b)) addPair(a, b, score(rows.reps[a]!, cols.reps[b]!));
    if (round > 1) {
      perRow *= 2;
      for (let b = 0; b < nB; b++) perCol[b] = min(nA, perCol[b]! * 2);
    }
    return added;
  };
  let vGroups = new Float64Array(nB);
  /** The last scan found few pairs uncovered: the next answer is likely the last. */
  let nearly = false;
  /** In the proof's own pass over the people: every row, or (`nearly`) only rows with a pair uncovered. */
  const observe = (i: number, scores: Float64Array, short: number) => {
    if (nearly && short === 0) return;
    const a = rows.of[i]!;
    const need = u[i]! - bonus;
    for (let b = 0; b < nB; b++) repRow[b] = scores[cols.reps[b]!]!;
    visitRow(a, need, vGroups);
  };

  for (let round = 1; ; round++) {
    net.solve();
    const { left, right } = net.duals();
    const [uA, vB] = mentorsLeft ? [right, left] : [left, right];
    vGroups = vB;
    assign(net, mentorsLeft, rowM, colM, cap, mentorOf);
    for (let i = 0; i < n; i++) u[i] = uA[rows.of[i]!]!;
    // a mentor without seats takes nobody: any dual covering its pairs will do
    for (let j = 0; j < m; j++) v[j] = cols.of[j]! >= 0 ? vB[cols.of[j]!]! : bonus + top;
    const result = (verdict: Verdict) => ({
      mentorOf, matched: verdict.ok ? verdict.matched : 0, total: verdict.ok ? verdict.total : 0, rounds: round,
      groups: { mentees: nA, mentors: nB }, duals, verdict,
    });
    if (full) return result(certify(inst, mentorOf, duals));
    restart();
    let verdict: Verdict | null = null;
    if (identity || nearly) {
      // The proof's own pass over the people serves as the scan: where groups are the people,
      // and where the last scan found few pairs uncovered (this answer is likely the last).
      verdict = certify(inst, mentorOf, duals, observe);
      if (verdict.ok || !verdict.uncovered) return result(verdict);
    } else {
      scan(uA, vB);
      // in groups, a pair the groups' scan missed means two "identical" rows or columns were not
      if (uncovered === 0) return result(certify(inst, mentorOf, duals));
    }
    nearly = uncovered <= nA;
    if (addPicks(round) === 0) return result(verdict ?? { ok: false, reason: `${uncovered} uncovered pairs are already in the graph`, violations: uncovered });
  }
}

/** People from the groups' flows: each group's members in order take the seats of the mentors in order. */
function assign(net: GroupFlow, mentorsLeft: boolean, rowM: ReturnType<typeof members>, colM: ReturnType<typeof members>, cap: Int32Array, mentorOf: Int32Array) {
  mentorOf.fill(-1);
  const nextMentee = rowM.start.slice(0, rowM.start.length - 1);
  const nextMentor = colM.start.slice(0, colM.start.length - 1);
  const usedSeats = new Int32Array(cap.length);
  for (let q = 0; q < net.count; q++) {
    const a = mentorsLeft ? net.to[q]! : net.from[q]!;
    const b = mentorsLeft ? net.from[q]! : net.to[q]!;
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
