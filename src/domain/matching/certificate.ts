/**
 * The optimal mode's proof. The problem is the linear program
 *   max Σ (B + s_ij)·x_ij  subject to  Σ_j x_ij ≤ 1 (mentee i),  Σ_i x_ij ≤ c_j (mentor j),  x ≥ 0,
 * over the allowed pairs, where B > S·min(mentees, seats) (S the highest score) makes one more pair
 * worth more than any gain of score: its optimum is the most pairs, then the highest total. Its dual
 *   min Σ u_i + Σ c_j·v_j  subject to  u_i + v_j ≥ B + s_ij,  u, v ≥ 0.
 * An assignment is optimal exactly when it is feasible and some dual (u, v) is feasible for every
 * allowed pair and complementary: u_i + v_j = B + s_ij on each pair made, u_i > 0 only for a mentee
 * with a mentor, v_j > 0 only for a mentor whose seats are all taken. `certify` checks all of it in
 * exact integer arithmetic, over every pair of the instance — not only the pairs the solver saw.
 */

/** The problem: mentees, mentors with seats, and the score of each pair. */
export interface Instance {
  mentees: number;
  mentors: number;
  capacity: ArrayLike<number>;
  /** Integer score of a pair, or a negative number when the pair is not allowed. */
  score(mentee: number, mentor: number): number;
  /** The same scores mentee by mentee (row i holds mentee i's), when the caller has them. */
  matrix?: Int32Array;
}

export interface Duals {
  /** B: the value of one pair over its score. */
  bonus: number;
  mentee: Float64Array;
  mentor: Float64Array;
}

export type Verdict =
  | { ok: true; matched: number; total: number }
  /** `uncovered`: allowed pairs with u_i + v_j < B + s_ij, when that is all that fails. */
  | { ok: false; reason: string; violations: number; uncovered?: number };

/** Sees each mentee's row of scores as the check reads it, and how many of its pairs are uncovered. */
export type RowObserver = (mentee: number, scores: Float64Array, uncovered: number) => void;

const { floor, min } = Math;
const exact = (x: number) => Number.isSafeInteger(x);

/** Scores of one mentee against every mentor, into `row`. */
export function readRow(inst: Instance, i: number, row: Float64Array) {
  const m = inst.mentors;
  if (inst.matrix) row.set(inst.matrix.subarray(i * m, i * m + m));
  else for (let j = 0; j < m; j++) row[j] = inst.score(i, j);
}

/**
 * Accepts the assignment only if the duals prove it optimal. `observe` (the solver's own rounds)
 * sees every row of scores, so the solver needs no pass of its own over them.
 */
export function certify(inst: Instance, mentorOf: Int32Array, duals: Duals, observe?: RowObserver): Verdict {
  const { mentees: n, mentors: m } = inst;
  const { bonus: B, mentee: u, mentor: v } = duals;
  const no = (reason: string, violations = 1): Verdict => ({ ok: false, reason, violations });
  if (mentorOf.length !== n || u.length !== n || v.length !== m) return no('sizes differ from the instance');
  if (!exact(B) || B < 1) return no(`the bonus ${B} is not a positive integer`);
  const cap = new Int32Array(m);
  let seats = 0;
  for (let j = 0; j < m; j++) {
    cap[j] = Math.max(0, floor(inst.capacity[j]!));
    seats += cap[j]!;
    if (!exact(v[j]!) || v[j]! < 0) return no(`mentor ${j}: dual ${v[j]} is not a non-negative integer`);
  }
  const load = new Int32Array(m);
  for (let i = 0; i < n; i++) {
    const j = mentorOf[i]!;
    if (!exact(u[i]!) || u[i]! < 0) return no(`mentee ${i}: dual ${u[i]} is not a non-negative integer`);
    if (j < -1 || j >= m) return no(`mentee ${i}: mentor ${j} does not exist`);
    if (j >= 0 && ++load[j]! > cap[j]!) return no(`mentor ${j}: more mentees than seats`);
    // complementary slackness of the mentee's row: a positive dual needs a mentor
    if (j < 0 && u[i]! > 0) return no(`mentee ${i}: unmatched with a positive dual`);
  }
  for (let j = 0; j < m; j++) if (v[j]! > 0 && load[j]! < cap[j]!) return no(`mentor ${j}: a free seat with a positive dual`);

  // Every allowed pair, one row at a time over typed arrays.
  const row = new Float64Array(m);
  let top = 0;
  let matched = 0;
  let total = 0;
  let uncovered = 0;
  for (let i = 0; i < n; i++) {
    readRow(inst, i, row);
    const need = u[i]! - B; // covered when v_j − s_ij ≥ B − u_i
    const before = uncovered;
    for (let j = 0; j < m; j++) {
      const s = row[j]!;
      if (s > top) top = s; // a pair not allowed (s < 0) never raises top, which starts at 0
      // whether the pair is allowed is asked last: most pairs are covered, a well-predicted branch
      if (need + v[j]! < s && s >= 0) uncovered++;
    }
    observe?.(i, row, uncovered - before);
    const j = mentorOf[i]!;
    if (j < 0) continue;
    const s = row[j]!;
    if (s < 0) return no(`mentee ${i}: mentor ${j} is not allowed`);
    if (!exact(s)) return no(`mentee ${i}, mentor ${j}: the score ${s} is not an integer`);
    if (u[i]! + v[j]! !== B + s) return no(`mentee ${i}, mentor ${j}: the pair is not tight`);
    matched++;
    total += s;
  }
  if (uncovered > 0) return { ok: false, reason: `${uncovered} allowed pairs the duals do not cover`, violations: uncovered, uncovered };
  if (!exact(top)) return no(`the highest score ${top} is not an integer`);
  if (B <= top * min(n, seats)) return no(`the bonus ${B} does not outweigh ${min(n, seats)} scores of ${top}`);
  return { ok: true, matched, total };
}
