import { mean, median } from 'simple-statistics';
import { scaleOf, scoreOf, type SatisfactionAnswer } from './answers';

/** How many strongest and weakest points the analysis names. */
export const POINTS = 3;
/**
 * A strong point has at least this share satisfied, a weak one less; when no question qualifies,
 * the single best (or worst) question is named anyway, so the curator always sees one of each.
 */
export const STRONG_SHARE = 0.75;
const pick = (qualified: QuestionStat[], all: QuestionStat[]) => (qualified.length ? qualified : all).slice(0, qualified.length ? POINTS : 1);

/** Stage 1 figures of one question, for one form of mentoring or ('') for all forms together. */
export interface QuestionStat {
  question: string;
  form: string;
  n: number;
  mean: number;
  median: number;
  scale: number;
  /** distribution[k] = answers with score k + 1 (scores rounded, 1…scale; a 0–100 scale by tens). */
  distribution: number[];
  /** Share of answers at or above the threshold. */
  satisfied: number;
}

export interface Stage1 {
  /** Per question: all forms first, then each form. */
  questions: QuestionStat[];
  strongest: QuestionStat[];
  weakest: QuestionStat[];
  /** Numeric answers, and answers that were text (open questions). */
  scored: number;
  open: number;
  /** Each respondent's mean score as a share of the scale (0…1), by participant code. */
  people: Map<string, { role: string; form: string; level: number }>;
  /** Questions × forms with any answers, for the charts: all answers' distribution on a 1–10 or 1–5 scale. */
  distribution: { scale: number; counts: number[] };
}

/**
 * Stage 1: the quality of the programme from the satisfaction answers. `threshold` is the share of
 * the scale (0…1) from which an answer counts as «удовлетворён» (70% → 7 of 10, 4 of 5).
 */
export function analyseSatisfaction(answers: readonly SatisfactionAnswer[], threshold: number): Stage1 {
  const byQuestion = new Map<string, { form: string; score: number }[]>();
  const personal = new Map<string, { role: string; form: string; shares: number[] }>();
  let open = 0;
  const scored: { a: SatisfactionAnswer; score: number }[] = [];
  for (const a of answers) {
    const score = scoreOf(a.answer);
    if (score === null) {
      if (a.answer !== undefined && a.answer !== '') open++;
      continue;
    }
    scored.push({ a, score });
    const list = byQuestion.get(a.question) ?? [];
    list.push({ form: a.form, score });
    byQuestion.set(a.question, list);
  }
  const scales = new Map([...byQuestion].map(([q, list]) => [q, scaleOf(list.map((x) => x.score))]));
  for (const { a, score } of scored) {
    const p = personal.get(a.code) ?? { role: a.role, form: a.form, shares: [] };
    p.shares.push(score / scales.get(a.question)!);
    personal.set(a.code, p);
  }
  const questions: QuestionStat[] = [];
  for (const [question, list] of byQuestion) {
    const scale = scales.get(question)!;
    questions.push(stat(question, '', list.map((x) => x.score), scale, threshold));
    const forms = [...new Set(list.map((x) => x.form).filter(Boolean))].sort((a, b) => a.localeCompare(b, 'ru'));
    for (const form of forms) {
      questions.push(stat(question, form, list.filter((x) => x.form === form).map((x) => x.score), scale, threshold));
    }
  }
  const overall = questions.filter((q) => q.form === '');
  const ranked = [...overall].sort((a, b) => b.mean / b.scale - a.mean / a.scale || b.n - a.n);
  const top = ranked.slice(0, Math.ceil(ranked.length / 2));
  const strongest = pick(top.filter((q) => q.satisfied >= STRONG_SHARE), top);
  const bottom = ranked.slice(strongest.length).reverse();
  const weakest = pick(bottom.filter((q) => q.satisfied < STRONG_SHARE), bottom);
  const people = new Map([...personal].map(([code, p]) => [code, { role: p.role, form: p.form, level: mean(p.shares) }]));
  return { questions, strongest, weakest, scored: scored.length, open, people, distribution: overallDistribution(questions) };
}

function stat(question: string, form: string, scores: number[], scale: number, threshold: number): QuestionStat {
  const buckets = scale === 100 ? 10 : scale;
  const distribution = Array<number>(buckets).fill(0);
  for (const s of scores) {
    const k = Math.min(buckets, Math.max(1, Math.round(scale === 100 ? s / 10 : s)));
    distribution[k - 1]!++;
  }
  const cut = threshold * scale - 1e-9;
  return {
    question, form, n: scores.length, mean: mean(scores), median: median(scores), scale, distribution,
    satisfied: scores.filter((s) => s >= cut).length / scores.length,
  };
}

/** All questions' answers on one scale for the distribution chart: the largest scale in use. */
function overallDistribution(questions: readonly QuestionStat[]): { scale: number; counts: number[] } {
  const overall = questions.filter((q) => q.form === '');
  const scale = Math.max(5, ...overall.map((q) => q.distribution.length));
  const counts = Array<number>(scale).fill(0);
  for (const q of overall) {
    q.distribution.forEach((c, i) => {
      const k = Math.round(((i + 1) * scale) / q.distribution.length);
      counts[Math.max(1, k) - 1]! += c;
    });
  }
  return { scale, counts };
}

/** Share of respondents in a role whose mean score reaches the threshold; null without respondents. */
export function satisfiedShare(people: Stage1['people'], role: string | null, threshold: number): { n: number; share: number | null } {
  const list = [...people.values()].filter((p) => role === null || p.role.toLowerCase() === role.toLowerCase());
  if (!list.length) return { n: 0, share: null };
  return { n: list.length, share: list.filter((p) => p.level >= threshold - 1e-9).length / list.length };
}
