/**
 * The optimal mode's solver: a transportation problem (each mentee to at most one mentor, each
 * mentor up to its capacity) solved as min-cost flow by successive shortest paths — Dijkstra with
 * potentials, one augmentation per mentee, stopping at the first free seat.
 *
 * Objective, lexicographic: as many mentees matched as possible, then the highest total score.
 * Leaving a mentee unmatched costs D, larger than any gain of score, so one solve gives both.
 *
 * Units are sent from the side with fewer seats (mentees, or mentors' places when places are
 * scarce), so each search ends at a free node of the other side instead of exploring everything.
 * Speed comes from a sparse candidate graph (the best K partners of each node of that side). Optimality on the
 * whole graph is then proven, not hoped for: the final potentials are a dual solution, and every
 * left-out pair is checked to have a non-negative reduced cost. Pairs that fail the check are
 * added and the problem solved again; the answer is always the exact optimum.
 */

import { checkDual, tightPotentials, type Graph, type Sides } from './dual';
import { Heap } from './heap';

// Bound once: a global lookup in a hot loop is slow where the script runs in a sandboxed context.
const { imul, min, max, floor } = Math;

export interface Instance {
  mentees: number;
  mentors: number;
  capacity: ArrayLike<number>;
  /** Integer score of a pair, or a negative number when the pair is not allowed. */
  score(mentee: number, mentor: number): number;
}

export interface Assignment {
  /** Mentor of each mentee, -1 when unmatched. */
  mentorOf: Int32Array;
  matched: number;
  total: number;
  /** Solves needed until the optimality check passed, and candidate pairs in the last one. */
  rounds: number;
  candidates: number;
}

const tieBreak = (l: number, r: number) => {
  let h = imul(l ^ 0x9e3779b9, 0x85ebca6b) ^ imul(r + 0x632be5ab, 0xc2b2ae35);
  h = imul(h ^ (h >>> 15), 0x27d4eb2f);
  return ((h ^ (h >>> 13)) >>> 0) / 4294967296 / 2; // in [0, 0.5): never reorders different scores
};

/** Best few allowed partners of each left node, and the highest score of all (one pass over the pairs). */
function bestPartners(p: Sides, kOf: (l: number) => number) {
  const { L, R } = p;
  let C = 0;
  let kMax = 0;
  for (let l = 0; l < L; l++) kMax = max(kMax, kOf(l));
  const bestJ = new Int32Array(kMax);
  const bestS = new Float64Array(kMax);
  const lists: Int32Array[] = [];
  for (let l = 0; l < L; l++) {
    const k = kOf(l);
    if (k >= R) {
      // every allowed partner: no ranking needed
      const all: number[] = [];
      for (let r = 0; r < R; r++) {
        const raw = p.score(l, r);
        if (raw > C) C = raw;
        if (raw >= 0) all.push(r);
      }
      lists.push(Int32Array.from(all));
      continue;
    }
    let size = 0;
    for (let r = 0; r < R; r++) {
      const raw = p.score(l, r);
      if (raw > C) C = raw;
      if (raw < 0 || k === 0 || (size === k && raw + 0.5 <= bestS[size - 1]!)) continue;
      // Equal scores are ordered by a fixed scramble, not by index: otherwise every node's list
      // would hold the same few partners and the graph would be needlessly poor.
      const s = raw + tieBreak(l, r);
      if (size === k && s <= bestS[size - 1]!) continue;
      // insertion into a short sorted list: k is small
      let q = size < k ? size++ : size - 1;
      while (q > 0 && bestS[q - 1]! < s) {
        bestS[q] = bestS[q - 1]!;
        bestJ[q] = bestJ[q - 1]!;
        q--;
      }
      bestS[q] = s;
      bestJ[q] = r;
    }
    lists.push(bestJ.slice(0, size));
  }
  return { lists, C };
}

/** The candidate graph: each node's best partners plus the extra pairs the optimality check asked for. */
function candidateGraph(p: Sides, lists: readonly Int32Array[], extra: Map<number, number[]> | null, C: number): Graph {
  const { L } = p;
  let total = 0;
  for (let l = 0; l < L; l++) total += lists[l]!.length + (extra?.get(l)?.length ?? 0);
  const start = new Int32Array(L + 1);
  const to = new Int32Array(total);
  const cost = new Float64Array(total);
  let e = 0;
  for (let l = 0; l < L; l++) {
    start[l] = e;
    for (const r of lists[l]!) {
      to[e] = r;
      cost[e++] = C - p.score(l, r);
    }
    for (const r of extra?.get(l) ?? []) {
      to[e] = r;
      cost[e++] = C - p.score(l, r);
    }
  }
  start[L] = e;
  return { start, to, cost };
}

/**
 * Min-cost flow on the candidate graph: every unit of every left node goes to a right node or,
 * at cost D, stays unmatched. Returns the flow on each edge and the potentials (the dual).
 */
function solveGraph(p: Sides, g: Graph, D: number) {
  const { L, R, capL, capR } = p;
  const N = L + R + 1;
  const T = L + R;
  const { start, to, cost } = g;
  const E = to.length;
  const from = new Int32Array(E);
  for (let l = 0; l < L; l++) for (let e = start[l]!; e < start[l + 1]!; e++) from[e] = l;
  const flow = new Uint8Array(E);
  const pi = new Float64Array(N);
  const dist = new Float64Array(N);
  const pred = new Int32Array(N); // edge id into the node; -1 source; -2 right→T; -3 left→T (unmatched)
  const predNode = new Int32Array(N);
  const seen = new Int32Array(N);
  const done = new Int32Array(N);
  const head = new Int32Array(R).fill(-1); // flowing edges into each right node, as a linked list
  const next = new Int32Array(E).fill(-1);
  const prev = new Int32Array(E).fill(-1);
  const load = new Int32Array(R);
  const finalised: number[] = [];
  const heap = new Heap();
  let stamp = 0;

  const relax = (v: number, d: number, u: number, e: number) => {
    if (done[v] === stamp) return;
    if (seen[v] !== stamp || d < dist[v]!) {
      seen[v] = stamp;
      dist[v] = d;
      pred[v] = e;
      predNode[v] = u;
      if (v !== T) heap.push(d, v); // the sink is never expanded: the search stops on reaching its distance
    }
  };
  const setFlow = (e: number, on: boolean) => {
    const r = to[e]!;
    if (on) {
      flow[e] = 1;
      prev[e] = -1;
      next[e] = head[r]!;
      if (head[r]! >= 0) prev[head[r]!] = e;
      head[r] = e;
    } else {
      flow[e] = 0;
      if (prev[e]! >= 0) next[prev[e]!] = next[e]!;
      else head[r] = next[e]!;
      if (next[e]! >= 0) prev[next[e]!] = prev[e]!;
    }
  };

  for (let src = 0; src < L; src++) {
    for (let unit = 0; unit < capL[src]!; unit++) {
      stamp++;
      heap.size = 0;
      finalised.length = 0;
      dist[src] = 0;
      seen[src] = stamp;
      pred[src] = -1;
      heap.push(0, src);
      while (heap.size > 0) {
        const d = heap.keys[0]!;
        const u = heap.vals[0]!;
        if (seen[T] === stamp && d >= dist[T]!) break;
        heap.pop();
        if (done[u] === stamp || d > dist[u]!) continue;
        done[u] = stamp;
        finalised.push(u);
        const base = d + pi[u]!;
        if (u < L) {
          for (let e = start[u]!; e < start[u + 1]!; e++) if (!flow[e]) relax(L + to[e]!, base + cost[e]! - pi[L + to[e]!]!, u, e);
          relax(T, base + D - pi[T]!, u, -3);
        } else {
          const r = u - L;
          if (load[r]! < capR[r]!) relax(T, base - pi[T]!, u, -2);
          for (let e = head[r]!; e >= 0; e = next[e]!) relax(from[e]!, base - cost[e]! - pi[from[e]!]!, u, e);
        }
      }
      const dt = dist[T]!;
      for (const v of finalised) pi[v]! += dist[v]! - dt;
      if (pred[T] === -2) load[predNode[T]! - L]!++;
      for (let v = predNode[T]!; pred[v]! >= 0; v = predNode[v]!) setFlow(pred[v]!, v >= L);
    }
  }
  return { flow, pi: tightPotentials(p, g, { flow, from, load, head, next }, pi, D), from };
}

/**
 * Exact optimum: max mentees matched, then max total score. Deterministic for the same input.
 * `k`: candidates per node in the first round (tests make it tiny to exercise the check).
 */
export function optimalAssignment(inst: Instance, options: { k?: number; maxRounds?: number } = {}): Assignment {
  const { mentees: n, mentors: m, capacity } = inst;
  const capM = Array.from({ length: m }, (_, j) => max(0, floor(capacity[j]!)));
  const seats = capM.reduce((a, b) => a + b, 0);
  const oneArr = new Int32Array(n).fill(1);
  const mentorsLeft = seats < n;
  const p: Sides = mentorsLeft
    ? { L: m, R: n, capL: capM, capR: oneArr, score: (l, r) => inst.score(r, l) }
    : { L: n, R: m, capL: oneArr, capR: capM, score: (l, r) => inst.score(l, r) };
  let full = false;
  const kOf = (l: number) => (full ? p.R : min(p.R, options.k ?? 3 * p.capL[l]! + 5));
  const maxRounds = options.maxRounds ?? 8;
  let extra: Map<number, number[]> | null = null;
  let { lists, C } = bestPartners(p, kOf);
  for (let round = 1; ; round++) {
    const g = candidateGraph(p, lists, extra, C);
    const { flow, pi, from } = solveGraph(p, g, (C + 1) * (n + m + 2));
    const violations = full ? null : checkDual(p, g, pi, C, kOf);
    if (!violations || violations.size === 0) {
      const mentorOf = new Int32Array(n).fill(-1);
      let matched = 0;
      let total = 0;
      for (let e = 0; e < g.to.length; e++) {
        if (!flow[e]) continue;
        const [i, j] = mentorsLeft ? [g.to[e]!, from[e]!] : [from[e]!, g.to[e]!];
        mentorOf[i] = j;
        matched++;
        total += inst.score(i, j);
      }
      return { mentorOf, matched, total, rounds: round, candidates: g.to.length };
    }
    if (round >= maxRounds) {
      full = true; // the whole graph: exact without a check
      extra = null;
      ({ lists, C } = bestPartners(p, kOf));
    } else {
      extra ??= new Map();
      for (const [l, rs] of violations) extra.set(l, [...(extra.get(l) ?? []), ...rs]);
    }
  }
}

