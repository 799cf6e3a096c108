/**
 * «Кто не ответил»: per questionnaire, the people expected to answer it, how many did, and who has
 * not — with whom to remind (the person, or for a minor the legal representative) and how.
 */
import { cellText, type Cell } from '../cell';
import { hasValidConsent, isMinor, type PersonRow } from '../bases/check';
import type { BaseName } from '../bases/schema';
import { isEmail, normaliseName } from '../text';
import { answersByKey, isBlankResponse, type Response } from './answers';
import { formsFor } from './links';
import { REMINDER } from './messages';
import type { FormKey, FormSpec } from './schema';

/** Statuses of people still in the programme. */
const ACTIVE = new Set(['', 'активен', 'в паре']);

/** Someone expected to answer who has not, and how to reach whoever should be reminded. */
export interface Missing {
  code: string;
  fullName: string;
  base: BaseName;
  minor: boolean;
  /** A minor's legal representative (their name, '' when not written); the person themself otherwise. */
  remind: { who: 'self' | 'parent'; name: string; email: string; phone: string };
}

export interface FormProgress {
  key: FormKey;
  name: string;
  expected: number;
  answered: number;
  missing: Missing[];
}

const active = (p: PersonRow) => ACTIVE.has(cellText(p.cells.status).trim().toLowerCase());
const paired = (base: BaseName, p: PersonRow) => cellText(base === 'mentees' ? p.cells.mentor : p.cells.assigned) !== '';

/**
 * Who is expected to answer: consent — everyone active (it is done once a valid consent is in the
 * base, from the form or on paper); the intake form of their base and category; preferences —
 * everyone active of that base; satisfaction and entry/exit — those in a pair.
 */
function expected(spec: FormSpec, base: BaseName, p: PersonRow): boolean {
  if (!active(p)) return false;
  if (spec.base !== null && spec.base !== base) return false;
  if (spec.purpose === 'intake') return formsFor(base, cellText(p.cells.category)).includes(spec.key);
  if (spec.purpose === 'satisfaction' || spec.purpose === 'entryExit') return paired(base, p);
  return true;
}

/** Codes and normalised names of those who sent at least one answer. */
function respondents(spec: FormSpec, responses: readonly Response[]): { codes: Set<string>; names: Set<string> } {
  const codes = new Set<string>(), names = new Set<string>();
  for (const r of responses) {
    if (isBlankResponse(r)) continue;
    const a = answersByKey(spec, r.named);
    if (a.code) codes.add(a.code.trim().toUpperCase());
    for (const n of [a.fullName, a.participantName]) if (n) names.add(normaliseName(n));
  }
  return { codes, names };
}

function missing(base: BaseName, p: PersonRow, todayIso: string): Missing {
  const c = p.cells;
  const minor = isMinor(c, todayIso);
  const email = (v: Cell | undefined) => (isEmail(cellText(v)) ? cellText(v).trim() : '');
  return {
    code: cellText(c.code),
    fullName: cellText(c.fullName),
    base,
    minor,
    // Never a minor's own address: reminders about a child go to the legal representative.
    remind: minor
      ? { who: 'parent', name: cellText(c.parentName), email: email(c.parentEmail), phone: cellText(c.parentPhone) }
      : { who: 'self', name: cellText(c.fullName), email: email(c.email), phone: cellText(c.phone) },
  };
}

/** Each questionnaire's progress, in the order given; people without a code are not counted (no personal link yet). */
export function formProgress(
  specs: readonly FormSpec[],
  responses: ReadonlyMap<FormKey, readonly Response[]>,
  people: Record<BaseName, readonly PersonRow[]>,
  todayIso: string,
): FormProgress[] {
  return specs.map((spec) => {
    const sent = respondents(spec, responses.get(spec.key) ?? []);
    const out: FormProgress = { key: spec.key, name: spec.name, expected: 0, answered: 0, missing: [] };
    for (const base of ['mentees', 'mentors'] as const) {
      for (const p of people[base]) {
        if (!cellText(p.cells.code) || !expected(spec, base, p)) continue;
        out.expected++;
        const done = spec.purpose === 'consent'
          ? hasValidConsent(p.cells, todayIso)
          : sent.codes.has(cellText(p.cells.code).toUpperCase()) || sent.names.has(normaliseName(cellText(p.cells.fullName)));
        if (done) out.answered++;
        else out.missing.push(missing(base, p, todayIso));
      }
    }
    return out;
  });
}

/** An e-mail reminder, ready for MailApp. */
export interface ReminderMail {
  code: string;
  /** The person themself, or a minor's legal representative. */
  who: 'self' | 'parent';
  to: string;
  subject: string;
  body: string;
}

/** The text to copy into a chat (the form's common link), or an e-mail's body with a personal link. */
export function reminderText(spec: Pick<FormSpec, 'name' | 'purpose'>, school: { org: string; curator: string }, link: string, to?: Missing): string {
  const ask = to?.remind.who === 'parent'
    ? REMINDER.askParent(spec.name, to.fullName, spec.purpose === 'consent', school.org)
    : REMINDER.ask(spec.name, school.org);
  return [
    REMINDER.greeting(to?.remind.name ?? ''), '', ask, '', to ? REMINDER.personalLink(link) : REMINDER.commonLink(link), '',
    REMINDER.already, '', REMINDER.signature(school.curator),
  ].join('\n');
}

/** E-mails for those who can be written to (an address, the representative's for a minor); the rest are returned apart. */
export function reminderMails(
  spec: Pick<FormSpec, 'name' | 'purpose'>, missing: readonly Missing[], links: ReadonlyMap<string, string>, school: { org: string; curator: string },
): { mails: ReminderMail[]; unreachable: Missing[] } {
  const mails: ReminderMail[] = [], unreachable: Missing[] = [];
  for (const m of missing) {
    const link = links.get(m.code);
    if (!m.remind.email || !link) unreachable.push(m);
    else mails.push({ code: m.code, who: m.remind.who, to: m.remind.email, subject: REMINDER.subject(spec.name), body: reminderText(spec, school, link, m) });
  }
  return { mails, unreachable };
}
