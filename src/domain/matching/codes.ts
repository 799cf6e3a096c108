/** The codes of matching's rules, shared by the rules and their Russian texts (messages.ts). */

/** Hard constraints: a pair that breaks one is never proposed. */
export type ConstraintCode =
  | 'self' | 'mentorInactive' | 'mentorConsent' | 'menteeInactive' | 'menteeConsent' | 'unknownForm' | 'otherForm'
  | 'mentorCategory' | 'menteeCategory' | 'gradeGap' | 'excluded' | 'noCapacity';

/** Soft criteria, each with a weight in «Настройки». */
export const CRITERIA = ['request', 'interests', 'time', 'place', 'subject', 'grade', 'experience', 'menteeWish', 'mentorWish'] as const;
export type CriterionKey = (typeof CRITERIA)[number];
