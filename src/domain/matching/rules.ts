import type { MentoringForm } from '../bases/schema';
import { STUDENT } from '../bases/schema';
import { PARAM_DEFAULTS, type ParamKey, type Settings } from '../bases/settings';
import { CRITERIA, type ConstraintCode, type CriterionKey } from './codes';
import { CRITERION, DETAIL } from './messages';
import type { Person } from './people';
import { stems } from './stem';

// Bound once: a global lookup in a hot loop is slow where the script runs in a sandboxed context.
const { min, max, round, floor } = Math;

export type Weights = Record<CriterionKey, number>;

const WEIGHT_PARAM: Record<CriterionKey, ParamKey> = {
  request: 'weightRequest', interests: 'weightInterests', time: 'weightTime', place: 'weightPlace', subject: 'weightSubject',
  grade: 'weightGrade', experience: 'weightExperience', menteeWish: 'weightMenteeWish', mentorWish: 'weightMentorWish',
};

export interface Rules {
  weights: Weights;
  minGap: number;
  forms: Map<string, MentoringForm>;
  /** `mentorCode|menteeCode` of pairs the curator rejected or replaced. */
  excluded: Set<string>;
  /** Preference questionnaire: a participant's code → the codes they chose, best first. */
  wishes: Map<string, string[]>;
}

export const pairKey = (mentorCode: string, menteeCode: string) => `${mentorCode}|${menteeCode}`;

/** A number from «Настройки», or its default when blank or not a non-negative number. */
function param(settings: Settings, key: ParamKey): number {
  const read = Number(settings.params[key]?.replace(',', '.'));
  if (settings.params[key]?.trim() && Number.isFinite(read) && read >= 0) return read;
  return Number(PARAM_DEFAULTS[key] ?? 0);
}

export function rulesFrom(settings: Settings, excluded = new Set<string>(), wishes = new Map<string, string[]>()): Rules {
  const weights = Object.fromEntries(CRITERIA.map((k) => [k, param(settings, WEIGHT_PARAM[k])])) as Weights;
  const forms = new Map(settings.forms.map((f) => [f.name.toLowerCase().replace(/ё/g, 'е'), f]));
  return { weights, minGap: floor(param(settings, 'minGradeGap')), forms, excluded, wishes };
}

const inCategories = (list: string[], category: string) => list.length === 0 || list.some((c) => c.toLowerCase() === category);

/** What keeps a person out of matching whoever the partner, or null. */
export function ownBlock(p: Person, role: 'mentor' | 'mentee', rules: Rules): ConstraintCode | null {
  if (!p.active) return role === 'mentor' ? 'mentorInactive' : 'menteeInactive';
  if (!p.consent) return role === 'mentor' ? 'mentorConsent' : 'menteeConsent';
  const form = rules.forms.get(p.form);
  if (!form) return 'unknownForm';
  if (!inCategories(role === 'mentor' ? form.mentor : form.mentee, p.category)) return role === 'mentor' ? 'mentorCategory' : 'menteeCategory';
  if (role === 'mentor' && p.capacity <= 0) return 'noCapacity';
  return null;
}

/** The first hard constraint this pair breaks, or null when it may be proposed. */
export function pairBlock(mentor: Person, mentee: Person, rules: Rules): ConstraintCode | null {
  if (mentor.code === mentee.code || mentor.key === mentee.key) return 'self';
  const own = ownBlock(mentor, 'mentor', rules) ?? ownBlock(mentee, 'mentee', rules);
  if (own) return own;
  return pairOnly(mentor, mentee, rules);
}

/** The checks that depend on both sides, once each side is known to take part. */
export function pairOnly(mentor: Person, mentee: Person, rules: Rules): ConstraintCode | null {
  if (mentor.code === mentee.code || mentor.key === mentee.key) return 'self';
  if (mentor.form !== mentee.form) return 'otherForm';
  if (mentor.category === STUDENT && mentee.category === STUDENT) {
    if (mentor.grade === null || mentee.grade === null || mentor.grade - mentee.grade < rules.minGap) return 'gradeGap';
  }
  if (rules.excluded.has(pairKey(mentor.code, mentee.code))) return 'excluded';
  return null;
}

/** One criterion's share of a pair's score, for the explanation. */
export interface Part {
  key: CriterionKey;
  points: number;
  weight: number;
  detail: string;
}

const DAY_NAMES = ['пн', 'вт', 'ср', 'чт', 'пт', 'сб', 'вс'];
const ONLINE = 'онлайн';

function rank(list: string[] | undefined, code: string): number {
  const i = list ? list.indexOf(code) : -1;
  return i < 0 ? 0 : i + 1;
}

/**
 * Each criterion's value in [0, 1], in the order of CRITERIA, into `out`; with `details`, also the
 * words that justify it. Called for every allowed pair, so it allocates nothing without details.
 */
function evaluate(mentor: Person, mentee: Person, rules: Rules, out: Float64Array, details: string[] | null) {
  let shared = 0;
  const words: string[] = [];
  for (const [s, w] of mentee.text) {
    if (!mentor.text.has(s)) continue;
    shared++;
    if (details) words.push(w);
  }
  out[0] = min(1, shared / min(3, max(1, mentee.text.size)));
  let common = 0;
  for (const k of mentee.interestKeys) if (mentor.interestKeys.includes(k)) common++;
  out[1] = min(1, common / 2);
  const days = mentor.days & mentee.days;
  const flexible = mentor.timeText !== '' && mentee.timeText !== '' && (mentor.days === 0 || mentee.days === 0);
  out[2] = days ? 1 : flexible ? 0.5 : 0;
  out[3] = mentor.place && mentor.place === mentee.place ? 1 : mentor.place === ONLINE || mentee.place === ONLINE ? 0.5 : 0;
  const subject = mentor.subject !== '' &&
    (mentor.subject === mentee.subject || (mentor.subjectStems.length > 0 && mentor.subjectStems.every((s) => mentee.text.has(s))));
  out[4] = subject ? 1 : 0;
  const wanted = mentee.grade !== null && mentor.wantedGrades?.has(mentee.grade) === true;
  out[5] = wanted ? 1 : 0;
  const exp = max(0, mentor.experience ?? 0);
  out[6] = min(1, exp / 20);
  const menteeRank = rank(rules.wishes.get(mentee.code), mentor.code);
  const mentorRank = rank(rules.wishes.get(mentor.code), mentee.code);
  out[7] = wish(menteeRank);
  out[8] = wish(mentorRank);
  if (!details) return;
  details.push(
    words.length ? DETAIL.words(words) : '',
    DETAIL.items(mentee.interests.filter((_, k) => mentor.interestKeys.includes(mentee.interestKeys[k]!))),
    days ? DETAIL.days(DAY_NAMES.filter((_, d) => days & (1 << d))) : flexible ? DETAIL.flexible : '',
    out[3] === 1 ? DETAIL.samePlace(mentor.place) : out[3] ? DETAIL.online : '',
    subject ? DETAIL.subject(mentor.subject) : '',
    wanted ? DETAIL.grade(mentee.grade!) : '',
    exp > 0 ? DETAIL.years(exp) : '',
    menteeRank ? DETAIL.rank(menteeRank) : '',
    mentorRank ? DETAIL.rank(mentorRank) : '',
  );
}

/** A ranked wish: 1st choice 1, 2nd ⅔, 3rd ⅓, later ones ⅙. */
const wish = (r: number) => (r === 0 ? 0 : max(1 / 6, (4 - r) / 3));

const scratch = new Float64Array(CRITERIA.length);

/** The pair's score without its explanation: the fast path for every allowed pair. */
export function pairScore(mentor: Person, mentee: Person, rules: Rules): number {
  evaluate(mentor, mentee, rules, scratch, null);
  let score = 0;
  for (let k = 0; k < CRITERIA.length; k++) score += round(rules.weights[CRITERIA[k]!] * scratch[k]!);
  return score;
}

/** The criteria that gave points, best first; the score is their sum (an integer). */
export function criteria(mentor: Person, mentee: Person, rules: Rules): Part[] {
  const details: string[] = [];
  evaluate(mentor, mentee, rules, scratch, details);
  const parts: Part[] = [];
  CRITERIA.forEach((key, k) => {
    const weight = rules.weights[key];
    const points = round(weight * scratch[k]!);
    if (points > 0) parts.push({ key, points, weight, detail: details[k]! });
  });
  return parts.sort((a, b) => b.points - a.points || CRITERIA.indexOf(a.key) - CRITERIA.indexOf(b.key));
}

export const scoreOf = (parts: readonly Part[]) => parts.reduce((s, p) => s + p.points, 0);

/** «Запрос и компетенции: 20 из 40 (совпали: математику)» */
export const partText = (p: Part, points: (points: number, weight: number) => string) =>
  `${CRITERION[p.key]}: ${points(p.points, p.weight)}${p.detail ? ` (${p.detail})` : ''}`;

/** The role model of the form that the pair's words fit best; the form's first when none fits. */
export function roleModelOf(form: MentoringForm | undefined, mentor: Person, mentee: Person): string {
  if (!form || form.roleModels.length === 0) return '';
  let best = form.roleModels[0]!;
  let bestHits = 0;
  for (const model of form.roleModels) {
    const hits = [...stems(model).keys()].filter((s) => mentee.text.has(s) || mentor.text.has(s)).length;
    if (hits > bestHits) [best, bestHits] = [model, hits];
  }
  return best;
}
