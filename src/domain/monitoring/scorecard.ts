import { norm, scoreOf } from './answers';
import { satisfiedShare, type Stage1 } from './stage1';
import type { Stage2 } from './stage2';
import type { Kpi } from './kpi';
import { SCORECARD_TEXT, SUGGEST } from './messages';

/** Показатели эффективности (seed 001 §6): three criteria, nine indicators. */
export const CRITERIA = [
  'Оценка программы наставничества в организации',
  'Определение эффективности участников наставнической деятельности в организации',
  'Изменения в личности наставляемого',
] as const;

export interface Indicator {
  no: number;
  criterion: (typeof CRITERIA)[number];
  text: string;
}

export const INDICATORS: readonly Indicator[] = [
  { no: 1, criterion: CRITERIA[0], text: 'Соответствие наставнической деятельности цели и задачам, по которым она осуществляется' },
  { no: 2, criterion: CRITERIA[0], text: 'Оценка соответствия организации наставнической деятельности принципам, заложенным в программе' },
  { no: 3, criterion: CRITERIA[0], text: 'Соответствие наставнической деятельности современным подходам и технологиям' },
  { no: 4, criterion: CRITERIA[0], text: 'Наличие комфортного психологического климата в организации' },
  { no: 5, criterion: CRITERIA[0], text: 'Логичность деятельности наставника, понимание им ситуации наставляемого и правильность выбора основного направления взаимодействия' },
  { no: 6, criterion: CRITERIA[1], text: 'Степень удовлетворенности всех участников наставнической деятельности' },
  { no: 7, criterion: CRITERIA[1], text: 'Уровень удовлетворенности партнеров от взаимодействия в наставнической деятельности' },
  { no: 8, criterion: CRITERIA[2], text: 'Активность и заинтересованность в участии в мероприятиях, связанных с наставнической деятельностью' },
  { no: 9, criterion: CRITERIA[2], text: 'Степень применения наставляемыми полученных от наставника знаний, умений и опыта в профессиональных (учебных, жизненных) ситуациях, активная гражданская позиция' },
];

export type Score = 0 | 1 | 2;
/** The dropdown's choices: the score first, so the cell reads as a number too. */
export const SCORE_CHOICES = ['2 — в полной мере', '1 — частично', '0 — не проявляется'] as const;
export const choiceOf = (s: Score): string => SCORE_CHOICES[2 - s]!;

/** A score typed or picked in the sheet: 0, 1 or 2, or null when empty or not a score. */
export function parseScore(v: Parameters<typeof scoreOf>[0]): Score | null {
  const s = scoreOf(v);
  return s === 0 || s === 1 || s === 2 ? s : null;
}

export type Level = 'optimal' | 'acceptable' | 'unacceptable';
export const MAX_TOTAL = INDICATORS.length * 2;

/** 15–18 оптимальный, 9–14 допустимый, 0–8 недопустимый уровень (seed 001 §6). */
export function levelOf(total: number): Level {
  if (total >= 15) return 'optimal';
  if (total >= 9) return 'acceptable';
  return 'unacceptable';
}

export interface ScorecardTotal {
  total: number;
  scored: number;
  /** null until all nine indicators are scored. */
  level: Level | null;
}

export function totalOf(scores: readonly (Score | null)[]): ScorecardTotal {
  const given = scores.filter((s): s is Score => s !== null);
  const total = given.reduce<number>((a, b) => a + b, 0);
  return { total, scored: given.length, level: given.length === INDICATORS.length ? levelOf(total) : null };
}

export interface Suggestion {
  no: number;
  score: Score;
  reason: string;
}

/** Shares at which a measured indicator counts as shown in full, or partly. */
export const FULL = 0.75;
export const PART = 0.5;
const byShare = (share: number): Score => (share >= FULL ? 2 : share >= PART ? 1 : 0);

const CLIMATE = /климат|комфорт|атмосфер|психолог|безопас/;
const ACTIVITY = /активн|интерес|мотивац|вовлеч/;
const PARTNER = /работодат|предприят|партн/;

/** Where the data in the Sheet speaks to an indicator, the score it suggests and why. */
export function suggestScores(stage1: Stage1, stage2: Stage2, kpis: readonly Kpi[], threshold: number): Suggestion[] {
  const out: Suggestion[] = [];
  const measured = kpis.filter((k) => k.status !== 'noData');
  if (measured.length) {
    const met = measured.filter((k) => k.status === 'met').length;
    out.push({ no: 1, score: byShare(met / measured.length), reason: SUGGEST.targets(met, measured.length) });
  }
  const climate = stage1.questions.filter((q) => q.form === '' && CLIMATE.test(norm(q.question)));
  if (climate.length) {
    const n = climate.reduce((s, q) => s + q.n, 0);
    const share = climate.reduce((s, q) => s + q.satisfied * q.n, 0) / n;
    out.push({ no: 4, score: byShare(share), reason: SUGGEST.climate(share, n) });
  }
  const all = satisfiedShare(stage1.people, null, threshold);
  if (all.share !== null) out.push({ no: 6, score: byShare(all.share), reason: SUGGEST.satisfied(all.share, all.n, threshold) });
  const partners = new Map([...stage1.people].filter(([, p]) => PARTNER.test(norm(p.form))));
  const partner = satisfiedShare(partners, null, threshold);
  if (partner.share !== null) out.push({ no: 7, score: byShare(partner.share), reason: SUGGEST.partners(partner.share, partner.n) });
  const tested = stage2.parameters.filter((p) => p.verdict !== 'tooFew');
  const activity = tested.filter((p) => ACTIVITY.test(norm(p.parameter)));
  if (activity.length) out.push(growthSuggestion(8, activity));
  if (tested.length) out.push(growthSuggestion(9, tested));
  return out;
}

function growthSuggestion(no: number, tested: Stage2['parameters']): Suggestion {
  const better = tested.filter((p) => p.verdict === 'better').length;
  const worse = tested.filter((p) => p.verdict === 'worse').length;
  const score: Score = worse > 0 ? 0 : better / tested.length >= PART ? 2 : better > 0 ? 1 : 0;
  return { no, score, reason: SUGGEST.growth(better, worse, tested.length) };
}

export const levelText = (l: Level | null, scored: number) => (l ? SCORECARD_TEXT.level[l] : SCORECARD_TEXT.incomplete(INDICATORS.length - scored));
