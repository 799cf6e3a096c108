/**
 * The two greedy ways a matcher is often written, to show beside the optimum what it gains:
 * mentee-order (each mentee in turn takes its best mentor with a free seat) and best-pair-first
 * (the best remaining allowed pair of all, again and again). Ties go to the lower index. Both
 * read the scores a row at a time, so they run on a municipality of 100 M pairs too.
 */
import { readRow } from '../src/domain/matching/certificate';
import type { Instance } from '../src/domain/matching/flow';
import { Heap } from '../src/domain/matching/heap';

export interface Greedy {
  matched: number;
  total: number;
}

const seatsOf = (inst: Instance) => Int32Array.from({ length: inst.mentors }, (_, j) => Math.max(0, Math.floor(inst.capacity[j]!)));

export function menteeOrder(inst: Instance): Greedy {
  const seats = seatsOf(inst);
  const row = new Float64Array(inst.mentors);
  let matched = 0;
  let total = 0;
  for (let i = 0; i < inst.mentees; i++) {
    readRow(inst, i, row);
    let best = -1;
    for (let j = 0; j < inst.mentors; j++) if (row[j]! >= 0 && seats[j]! > 0 && (best < 0 || row[j]! > row[best]!)) best = j;
    if (best < 0) continue;
    seats[best]!--;
    matched++;
    total += row[best]!;
  }
  return { matched, total };
}

/**
 * Best pair first, lazily: each mentee keeps its next few mentors with seats (best first), and a
 * heap holds each mentee under the score of its best one; a mentee whose best filled up meanwhile
 * goes back under its new best. A mentee whose few all filled reads its row again.
 */
export function bestPairFirst(inst: Instance, few = 8): Greedy {
  const { mentees: n, mentors: m } = inst;
  const seats = seatsOf(inst);
  const row = new Float64Array(m);
  const listJ = new Int32Array(n * few).fill(-1);
  const listS = new Float64Array(n * few);
  const at = new Int32Array(n);
  /** The row's best `few` mentors with seats, score first then index; false if none. */
  const refill = (i: number) => {
    readRow(inst, i, row);
    const o = i * few;
    let size = 0;
    for (let j = 0; j < m; j++) {
      const s = row[j]!;
      if (s < 0 || seats[j] === 0 || (size === few && s <= listS[o + few - 1]!)) continue;
      let q = size < few ? size++ : few - 1;
      while (q > 0 && listS[o + q - 1]! < s) {
        listS[o + q] = listS[o + q - 1]!;
        listJ[o + q] = listJ[o + q - 1]!;
        q--;
      }
      listS[o + q] = s;
      listJ[o + q] = j;
    }
    for (let q = size; q < few; q++) listJ[o + q] = -1;
    at[i] = 0;
    return size > 0;
  };
  /** The mentee's best mentor with a seat now, or -1. */
  const best = (i: number) => {
    for (;;) {
      while (at[i]! < few && listJ[i * few + at[i]!]! >= 0 && seats[listJ[i * few + at[i]!]!] === 0) at[i]!++;
      if (at[i]! < few && listJ[i * few + at[i]!]! >= 0) return i * few + at[i]!;
      if (at[i]! < few || !refill(i)) return -1; // the list was not full: nothing else is allowed
    }
  };
  const heap = new Heap();
  for (let i = 0; i < n; i++) if (refill(i)) heap.push(-listS[i * few]!, i);
  let matched = 0;
  let total = 0;
  while (heap.size > 0) {
    const key = heap.keys[0]!;
    const i = heap.vals[0]!;
    heap.pop();
    const q = best(i);
    if (q < 0) continue;
    if (-listS[q]! !== key) {
      heap.push(-listS[q]!, i);
      continue;
    }
    seats[listJ[q]!]!--;
    matched++;
    total += listS[q]!;
  }
  return { matched, total };
}
