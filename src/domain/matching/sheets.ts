import type { Cell } from '../cell';
import type { TableSpec } from '../table';
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
    advice: { header: MATCHING_UI.unmatchedHeaders[5]!, kind: 'text', width: 320 },
  },
} as const satisfies TableSpec;

/** Mentees first (they need support), each group in the bases' order. */
export function unmatchedRows(list: readonly Unmatched[]): Cell[][] {
  const sorted = [...list].sort((a, b) => (a.role === b.role ? a.person.row - b.person.row : a.role === 'mentee' ? -1 : 1));
  return sorted.map((u) => [
    u.person.code,
    u.person.name,
    u.role === 'mentee' ? MATCHING_UI.roleMentee : MATCHING_UI.roleMentor,
    u.person.formName,
    u.reason,
    u.role === 'mentee' ? MATCHING_UI.advice.mentee : MATCHING_UI.advice.mentor,
  ]);
}
