import { cellText, type Cell } from '../cell';
import { isMinor, type PersonRow } from '../bases/check';
import type { TableSpec } from '../table';
import type { ConstraintCode, UnmatchedCause } from './codes';
import type { Unmatched } from './engine';
import { MATCHING_UI } from './messages';

/** «Без пары»: who is left without a pair and why; rewritten by every «Подобрать пары». */
export const UNMATCHED = {
  sheet: 'Без пары',
  columns: {
    code: { header: MATCHING_UI.unmatchedHeaders[0]!, kind: 'text', width: 100 },
    fullName: { header: MATCHING_UI.unmatchedHeaders[1]!, kind: 'text', width: 220 },
    role: { header: MATCHING_UI.unmatchedHeaders[2]!, kind: 'text', width: 110 },
    form: { header: MATCHING_UI.unmatchedHeaders[3]!, kind: 'text', width: 170 },
    reason: { header: MATCHING_UI.unmatchedHeaders[4]!, kind: 'text', width: 420 },
    advice: { header: MATCHING_UI.unmatchedHeaders[5]!, kind: 'text', width: 360 },
    link: { header: MATCHING_UI.unmatchedHeaders[6]!, kind: 'link', width: 140 },
  },
} as const satisfies TableSpec;

/** What the adapter knows beyond the matcher: the base rows (for a minor's representative) and the consent links. */
export interface UnmatchedContext {
  todayIso: string;
  /** Rows of both bases by participant code. */
  rows: ReadonlyMap<string, PersonRow>;
  /** Each participant's personal link to the consent form, by code; empty while there is no consent form. */
  consentLinks: ReadonlyMap<string, string>;
}

/** The legal representative's name ('' when not written) for a minor, null for an adult. */
function representative(u: Unmatched, context: UnmatchedContext): string | null {
  const row = context.rows.get(u.person.code);
  return row && isMinor(row.cells, context.todayIso) ? cellText(row.cells.parentName) : null;
}

const OWN_ADVICE: Partial<Record<ConstraintCode, string>> = {
  mentorInactive: MATCHING_UI.advice.inactive, menteeInactive: MATCHING_UI.advice.inactive,
  unknownForm: MATCHING_UI.advice.unknownForm,
  mentorCategory: MATCHING_UI.advice.category, menteeCategory: MATCHING_UI.advice.category,
  noCapacity: MATCHING_UI.advice.noCapacity,
};

/** Advice for a mentee whom every mentor of the form is closed to: by the rule that closed the most. */
const BLOCKED_ADVICE: Partial<Record<ConstraintCode, (form: string) => string>> = {
  gradeGap: () => MATCHING_UI.advice.gradeGap,
  mentorConsent: MATCHING_UI.advice.mentorsConsent,
  mentorInactive: MATCHING_UI.advice.mentorsInactive,
  mentorCategory: MATCHING_UI.advice.mentorsCategory,
  excluded: () => MATCHING_UI.advice.excluded,
  noCapacity: MATCHING_UI.advice.raiseCapacity,
};

const isConsent = (c: UnmatchedCause) => c.kind === 'own' && (c.code === 'menteeConsent' || c.code === 'mentorConsent');

/** «Что делать» for one person left without a pair: the action that removes this reason. */
export function adviceFor(u: Unmatched, context: UnmatchedContext): string {
  const c = u.cause;
  const form = u.person.formName;
  switch (c.kind) {
    case 'own': {
      if (!isConsent(c)) return OWN_ADVICE[c.code] ?? MATCHING_UI.advice.inactive;
      const who = representative(u, context);
      const text = who === null ? MATCHING_UI.advice.consentAdult : MATCHING_UI.advice.consentMinor(who);
      return context.consentLinks.has(u.person.code) ? text : `${text} (${MATCHING_UI.advice.noConsentForm})`;
    }
    case 'noMentorOfForm': return MATCHING_UI.advice.inviteMentors(form);
    case 'allTaken': return MATCHING_UI.advice.raiseCapacity(form);
    case 'noSuitable': return (BLOCKED_ADVICE[c.codes[0]!] ?? MATCHING_UI.advice.inviteMentors)(form);
    case 'noMenteeOfForm': return MATCHING_UI.advice.noMentee(form);
    case 'menteesTaken': return MATCHING_UI.advice.reserve;
  }
}

/**
 * Mentees first (they need support), each group in the bases' order. The last column holds the
 * consent link's URL for those who lack consent; the adapter makes it a clickable link.
 */
export function unmatchedRows(list: readonly Unmatched[], context: UnmatchedContext): Cell[][] {
  const sorted = [...list].sort((a, b) => (a.role === b.role ? a.person.row - b.person.row : a.role === 'mentee' ? -1 : 1));
  return sorted.map((u) => [
    u.person.code,
    u.person.name,
    u.role === 'mentee' ? MATCHING_UI.roleMentee : MATCHING_UI.roleMentor,
    u.person.formName,
    u.reason,
    adviceFor(u, context),
    isConsent(u.cause) ? context.consentLinks.get(u.person.code) ?? '' : '',
  ]);
}
