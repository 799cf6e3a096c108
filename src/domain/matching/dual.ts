/**
 * The dual side of the optimal mode's solver: potentials that prove a result optimal for the
 * whole graph, and the left-out pairs they cannot rule out.
 */
import { Heap } from './heap';

/** The problem oriented for the solver: units flow from the left side, which has fewer of them. */
export interface Sides {
  L: number;
  R: number;
  capL: ArrayLike<number>;
  capR: ArrayLike<number>;
  score(l: number, r: number): number;
}

export interface Graph {
  start: Int32Array;
  to: Int32Array;
  cost: Float64Array;
}

/**
 * The potentials a search leaves behind prove optimality for the candidate graph only, and are
 * needlessly low. Shortest distances from a virtual source joined to every node at cost 0 are a
 * dual too (triangle inequality), the largest one below 0: with it a left-out pair fails the check
 * only when it could really improve the result, so the check rarely asks for another round.
 */
export interface Flow {
  flow: Uint8Array;
  from: Int32Array;
  load: Int32Array;
  /** Flowing edges into each right node, as a linked list. */
  head: Int32Array;
  next: Int32Array;
}

export function tightPotentials(p: Sides, g: Graph, f: Flow, pi: Float64Array, D: number) {
  const { flow, from, load, head, next } = f;
  const { L, R, capR } = p;
  const { start, to, cost } = g;
  const T = L + R;
  const dummy = new Int32Array(L); // units of each left node left unmatched
  for (let l = 0; l < L; l++) {
    let used = 0;
    for (let e = start[l]!; e < start[l + 1]!; e++) used += flow[e]!;
    dummy[l] = p.capL[l]! - used;
  }
  // Multi-source Dijkstra in reduced costs: real distance = key + pi[v] once a source u starts at -pi[u].
  const key = new Float64Array(T + 1);
  const done = new Uint8Array(T + 1);
  const heap = new Heap();
  for (let v = 0; v <= T; v++) {
    key[v] = -pi[v]!;
    heap.push(key[v]!, v);
  }
  const relax = (v: number, d: number) => {
    if (!done[v] && d < key[v]!) {
      key[v] = d;
      heap.push(d, v);
    }
  };
  while (heap.size > 0) {
    const d = heap.keys[0]!;
    const u = heap.vals[0]!;
    heap.pop();
    if (done[u] || d > key[u]!) continue;
    done[u] = 1;
    const base = d + pi[u]!;
    if (u === T) {
      // residual edges out of the sink: undo an unmatched unit, or give back a used seat
      for (let l = 0; l < L; l++) if (dummy[l]! > 0) relax(l, base - D - pi[l]!);
      for (let r = 0; r < R; r++) if (load[r]! > 0) relax(L + r, base - pi[L + r]!);
    } else if (u < L) {
      for (let e = start[u]!; e < start[u + 1]!; e++) if (!flow[e]) relax(L + to[e]!, base + cost[e]! - pi[L + to[e]!]!);
      relax(T, base + D - pi[T]!);
    } else {
      if (load[u - L]! < capR[u - L]!) relax(T, base - pi[T]!);
      // flowing edges into u go back to their left node
      for (let e = head[u - L]!; e >= 0; e = next[e]!) relax(from[e]!, base - cost[e]! - pi[from[e]!]!);
    }
  }
  const out = new Float64Array(T + 1);
  for (let v = 0; v <= T; v++) out[v] = key[v]! + pi[v]!;
  return out;
}

/** Left-out pairs whose reduced cost is negative: the potentials do not prove them useless. */
export function checkDual(p: Sides, g: Graph, pi: Float64Array, C: number, kOf: (l: number) => number): Map<number, number[]> {
  const { L, R } = p;
  const out = new Map<number, number[]>();
  const worst: { r: number; rc: number }[] = [];
  const inGraph = new Uint8Array(R);
  for (let l = 0; l < L; l++) {
    for (let e = g.start[l]!; e < g.start[l + 1]!; e++) inGraph[g.to[e]!] = 1;
    const pl = pi[l]!;
    for (let r = 0; r < R; r++) {
      if (inGraph[r]) continue;
      const s = p.score(l, r);
      const rc = C - s + pl - pi[L + r]!;
      if (s >= 0 && rc < -1e-9) worst.push({ r, rc });
    }
    // The most violated pairs first, a few per round: most of the rest are then proven useless.
    if (worst.length) {
      worst.sort((a, b) => a.rc - b.rc || a.r - b.r);
      out.set(l, worst.slice(0, kOf(l)).map((w) => w.r));
      worst.length = 0;
    }
    for (let e = g.start[l]!; e < g.start[l + 1]!; e++) inGraph[g.to[e]!] = 0;
  }
  return out;
}
