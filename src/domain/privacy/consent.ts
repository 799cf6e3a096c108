/**
 * Consent as a state machine (issue 13): «дано» → «отозвано» is final for that consent. Only a
 * newer consent answer grants again — for a minor, one given by the legal representative — or a
 * written consent the curator types in with a «Дата согласия» after the withdrawal.
 */
import { cellText, isDate, type Cell } from '../cell';
import { CONSENT_BY_PARENT, CONSENT_GIVEN, CONSENT_WITHDRAWN } from '../bases/schema';
import { isNewer, mark, valueHash, type Provenance, type Source, type Stamp } from './provenance';

/** What a consent answer may do to the record. */
export type ConsentVerdict = 'apply' | 'older' | 'notByRepresentative';

export function consentAnswer(p: Provenance, decision: string, at: Stamp, by: string, minor: boolean): ConsentVerdict {
  if (!isNewer(p, 'consent', at)) return 'older';
  if (decision === CONSENT_GIVEN && minor && by !== CONSENT_BY_PARENT) return 'notByRepresentative';
  return 'apply';
}

/** Records a change of the consent field; a withdrawal is remembered as such. */
export function recordConsent(p: Provenance, value: Cell, at: Stamp, source: Source, ref = ''): void {
  mark(p, 'consent', value, source, at, ref);
  if (cellText(value) === CONSENT_WITHDRAWN && at > p.withdrawnAt) p.withdrawnAt = at;
}

/**
 * Whether «дано» in the cell is a consent that counts after the last withdrawal: a consent answer
 * newer than it, or — for a written consent typed in by the curator — a consent date after it.
 */
export function grantCounts(p: Provenance, cells: Partial<Record<string, Cell>>): boolean {
  if (!p.withdrawnAt || cellText(cells.consent) !== CONSENT_GIVEN) return true;
  const m = p.fields.consent;
  const seen = m && m.hash === valueHash(cells.consent);
  if (seen && m.at > p.withdrawnAt && m.source === 'form') return true;
  const date = cells.consentDate;
  return isDate(date) && date.iso > p.withdrawnAt.slice(0, 10);
}
