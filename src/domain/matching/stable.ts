import type { Instance, Matching } from './flow';

/**
 * The stable mode: mentee-proposing deferred acceptance with capacities (Gale–Shapley). Both sides
 * rank the other by the pair's score; equal scores are ordered by index (the bases' order), so
 * the result is deterministic. No mentor and mentee who are allowed together would both rather
 * have each other than what they got.
 */
export function stableAssignment(inst: Instance): Matching {
  const { mentees: n, mentors: m, capacity } = inst;
  const prefs: Int32Array[] = [];
  for (let i = 0; i < n; i++) {
    const allowed: number[] = [];
    for (let j = 0; j < m; j++) if (inst.score(i, j) >= 0) allowed.push(j);
    allowed.sort((a, b) => inst.score(i, b) - inst.score(i, a) || a - b);
    prefs.push(Int32Array.from(allowed));
  }
  /** true when mentor j ranks mentee a above mentee b */
  const better = (j: number, a: number, b: number) => {
    const d = inst.score(a, j) - inst.score(b, j);
    return d > 0 || (d === 0 && a < b);
  };
  const held: number[][] = Array.from({ length: m }, () => []);
  const nextChoice = new Int32Array(n);
  const mentorOf = new Int32Array(n).fill(-1);
  const free: number[] = [];
  for (let i = n - 1; i >= 0; i--) free.push(i);
  while (free.length) {
    const i = free.pop()!;
    const list = prefs[i]!;
    if (nextChoice[i]! >= list.length) continue; // asked everyone: stays unmatched
    const j = list[nextChoice[i]!++]!;
    const cap = Math.max(0, Math.floor(capacity[j]!));
    if (cap === 0) {
      free.push(i);
      continue;
    }
    const h = held[j]!;
    if (h.length < cap) {
      h.push(i);
      mentorOf[i] = j;
      continue;
    }
    let worst = 0;
    for (let q = 1; q < h.length; q++) if (better(j, h[worst]!, h[q]!)) worst = q;
    const w = h[worst]!;
    if (better(j, i, w)) {
      h[worst] = i;
      mentorOf[i] = j;
      mentorOf[w] = -1;
      free.push(w);
    } else free.push(i);
  }
  let matched = 0;
  let total = 0;
  for (let i = 0; i < n; i++) {
    const j = mentorOf[i]!;
    if (j >= 0) {
      matched++;
      total += inst.score(i, j);
    }
  }
  return { mentorOf, matched, total };
}
