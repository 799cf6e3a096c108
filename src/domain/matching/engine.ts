import { optimalAssignment, type Instance } from './flow';
import { CONSTRAINT, MATCHING_UI } from './messages';
import type { Person } from './people';
import { criteria, ownBlock, pairOnly, pairScore, partText, roleModelOf, scoreOf, type Part, type Rules } from './rules';
import type { ConstraintCode, UnmatchedCause } from './codes';
import { stableAssignment } from './stable';

export type Mode = 'optimal' | 'stable';

export interface MatchInput {
  mentors: Person[];
  mentees: Person[];
  rules: Rules;
  mode: Mode;
  /** Seats of each mentor (by code) already used by pairs the curator keeps. */
  taken?: Map<string, number>;
  /** Mentees (by code) who already have a kept pair: they are not matched again. */
  settled?: Set<string>;
}

export interface Alternative {
  mentor: Person;
  score: number;
  /** The mentor still has a free seat in this result. */
  free: boolean;
}

export interface ProposedPair {
  mentor: Person;
  mentee: Person;
  score: number;
  parts: Part[];
  explanation: string;
  alternatives: Alternative[];
  roleModel: string;
}

export interface Unmatched {
  person: Person;
  role: 'mentor' | 'mentee';
  reason: string;
  cause: UnmatchedCause;
}

export interface MatchResult {
  pairs: ProposedPair[];
  unmatched: Unmatched[];
  /** The solver's figures, for the bench and tests. */
  total: number;
}

export const explain = (score: number, parts: readonly Part[]) =>
  parts.length ? `${MATCHING_UI.total(score)}: ${parts.map((p) => partText(p, MATCHING_UI.points)).join('; ')}.` : `${MATCHING_UI.total(score)}. ${MATCHING_UI.noCriteria}.`;

/** Allowed mentors of one mentee, in the bases' order. */
interface Options {
  js: number[];
  count: number;
}

/** Proposes pairs for everyone not settled yet, explains each, and says why the rest have none. */
export function match(input: MatchInput): MatchResult {
  const { rules, mode } = input;
  const taken = input.taken ?? new Map<string, number>();
  const settled = input.settled ?? new Set<string>();
  const unmatched: Unmatched[] = [];

  const mentees = input.mentees.filter((p) => !settled.has(p.code));
  const menteesIn: Person[] = [];
  for (const p of mentees) {
    const own = ownBlock(p, 'mentee', rules);
    if (own) unmatched.push({ person: p, role: 'mentee', reason: MATCHING_UI.reason.own(CONSTRAINT[own]), cause: { kind: 'own', code: own } });
    else menteesIn.push(p);
  }
  const mentorsIn: Person[] = [];
  const seats: number[] = [];
  const mentorOwn = new Map<string, ConstraintCode[]>(); // form → why its mentors are out
  const full = new Map<string, number>(); // form → mentors whose seats kept pairs fill
  for (const p of input.mentors) {
    const own = ownBlock(p, 'mentor', rules);
    const free = p.capacity - (taken.get(p.code) ?? 0);
    if (own) {
      mentorOwn.set(p.form, [...(mentorOwn.get(p.form) ?? []), own]);
      if (!taken.get(p.code)) unmatched.push({ person: p, role: 'mentor', reason: MATCHING_UI.reason.own(CONSTRAINT[own]), cause: { kind: 'own', code: own } });
    } else if (free > 0) {
      mentorsIn.push(p);
      seats.push(free);
    } else full.set(p.form, (full.get(p.form) ?? 0) + 1);
  }

  const n = menteesIn.length;
  const m = mentorsIn.length;
  const { scores, options, blocks } = scoreTable(mentorsIn, menteesIn, rules);
  const inst: Instance = { mentees: n, mentors: m, capacity: seats, score: (i, j) => scores[i * m + j]!, matrix: scores };
  const result = mode === 'stable' ? stableAssignment(inst) : optimalAssignment(inst);
  const load = new Int32Array(m);
  for (let i = 0; i < n; i++) if (result.mentorOf[i]! >= 0) load[result.mentorOf[i]!]!++;

  const pairs: ProposedPair[] = [];
  for (let i = 0; i < n; i++) {
    const mentee = menteesIn[i]!;
    const j = result.mentorOf[i]!;
    if (j < 0) {
      unmatched.push({ person: mentee, role: 'mentee', ...menteeReason(mentee, options[i]!, blocks[i]!, mentorOwn, full.get(mentee.form) ?? 0) });
      continue;
    }
    const mentor = mentorsIn[j]!;
    const parts = criteria(mentor, mentee, rules);
    const score = scoreOf(parts);
    const best = bestOthers(options[i]!.js, j, (o) => scores[i * m + o]!);
    pairs.push({
      mentor,
      mentee,
      score,
      parts,
      explanation: explain(score, parts),
      alternatives: best.map((o) => ({ mentor: mentorsIn[o]!, score: scores[i * m + o]!, free: load[o]! < seats[o]! })),
      roleModel: roleModelOf(rules.forms.get(mentee.form), mentor, mentee),
    });
  }
  const menteeForms = new Set(menteesIn.map((p) => p.form));
  mentorsIn.forEach((p, j) => {
    if (load[j] === 0 && !taken.get(p.code)) {
      const formHasMentees = menteeForms.has(p.form);
      const reason = formHasMentees ? MATCHING_UI.reason.menteesTaken : MATCHING_UI.reason.noMenteeOfForm(p.formName);
      unmatched.push({ person: p, role: 'mentor', reason, cause: { kind: formHasMentees ? 'menteesTaken' : 'noMenteeOfForm' } });
    }
  });
  return { pairs, unmatched, total: result.total };
}

/**
 * Every pair's score (mentee-major, -1 when not allowed), each mentee's allowed mentors, and for
 * each mentee how many mentors each hard constraint kept away.
 */
export function scoreTable(mentors: readonly Person[], mentees: readonly Person[], rules: Rules) {
  const byForm = new Map<string, number[]>();
  mentors.forEach((p, j) => byForm.set(p.form, [...(byForm.get(p.form) ?? []), j]));
  const n = mentees.length;
  const m = mentors.length;
  const scores = new Int32Array(n * m).fill(-1);
  const options: Options[] = [];
  const blocks: Map<ConstraintCode, number>[] = [];
  for (let i = 0; i < n; i++) {
    const mentee = mentees[i]!;
    const js: number[] = [];
    const why = new Map<ConstraintCode, number>();
    for (const j of byForm.get(mentee.form) ?? []) {
      const mentor = mentors[j]!;
      const block = pairOnly(mentor, mentee, rules);
      if (block) {
        why.set(block, (why.get(block) ?? 0) + 1);
        continue;
      }
      scores[i * m + j] = pairScore(mentor, mentee, rules);
      js.push(j);
    }
    options.push({ js, count: js.length });
    blocks.push(why);
  }
  return { scores, options, blocks };
}

/** Up to three other mentors, best score first (ties: the bases' order). */
function bestOthers(js: readonly number[], chosen: number, score: (j: number) => number): number[] {
  const top: number[] = [];
  for (const j of js) {
    if (j === chosen) continue;
    let p = top.length;
    while (p > 0 && (score(top[p - 1]!) < score(j) || (score(top[p - 1]!) === score(j) && top[p - 1]! > j))) p--;
    if (p < 3) top.splice(p, 0, j);
    if (top.length > 3) top.pop();
  }
  return top;
}

function menteeReason(
  mentee: Person, options: Options, why: Map<ConstraintCode, number>, mentorOwn: Map<string, ConstraintCode[]>, full: number,
): Pick<Unmatched, 'reason' | 'cause'> {
  if (options.count || (full > 0 && why.size === 0)) return { reason: MATCHING_UI.reason.allTaken(options.count + full), cause: { kind: 'allTaken' } };
  for (const c of mentorOwn.get(mentee.form) ?? []) why.set(c, (why.get(c) ?? 0) + 1);
  if (why.size === 0) return { reason: MATCHING_UI.reason.noMentorOfForm(mentee.formName), cause: { kind: 'noMentorOfForm' } };
  const sorted = [...why].sort((a, b) => b[1] - a[1]);
  const counted = sorted.map(([c, k]) => MATCHING_UI.reason.counted(CONSTRAINT[c], k));
  return { reason: MATCHING_UI.reason.noSuitable(counted.join('; ')), cause: { kind: 'noSuitable', codes: sorted.map(([c]) => c) } };
}
