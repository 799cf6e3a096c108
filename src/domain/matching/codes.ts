/** The codes of matching's rules, shared by the rules and their Russian texts (messages.ts). */

/** Hard constraints: a pair that breaks one is never proposed. */
export type ConstraintCode =
  | 'self' | 'mentorInactive' | 'mentorConsent' | 'menteeInactive' | 'menteeConsent' | 'unknownForm' | 'otherForm'
  | 'mentorCategory' | 'menteeCategory' | 'gradeGap' | 'excluded' | 'noCapacity';

/** Soft criteria, each with a weight in «Настройки». */
export const CRITERIA = ['request', 'interests', 'time', 'place', 'subject', 'grade', 'experience', 'menteeWish', 'mentorWish'] as const;
export type CriterionKey = (typeof CRITERIA)[number];

/**
 * Why a person is left without a pair, as data: «Без пары» advises by it. `own`: the person cannot
 * take part themselves; `noSuitable`: every mentor of the form is ruled out, `codes` the rules that
 * did it, most frequent first; `allTaken`: suitable mentors exist but their seats are filled.
 */
export type UnmatchedCause =
  | { kind: 'own'; code: ConstraintCode }
  | { kind: 'noMentorOfForm' }
  | { kind: 'noSuitable'; codes: ConstraintCode[] }
  | { kind: 'allTaken' }
  | { kind: 'noMenteeOfForm' }
  | { kind: 'menteesTaken' };
