/**
 * A participant's answers inside Google Forms themselves (each questionnaire, every version): found
 * by their code, link token, name or contacts, listed for the confirmation, deleted at erasure
 * (Form.deleteResponse). Each answer's key goes into the tombstone, so a late delivery of it is a no-op.
 */
import { cellText } from '../../domain/cell';
import { SERVICE_FIELD } from '../../domain/bases/schema';
import { answersByKey } from '../../domain/forms/answers';
import { findPhone, normaliseName } from '../../domain/text';
import { answerKey, parseProvenance, stampOfResponse } from '../../domain/privacy/provenance';
import type { Person } from '../../domain/privacy/find';
import { asSpec, type FormRecord } from '../links/registry';
import { openFormById, storedResponses } from '../links/personal';

export interface PersonResponses {
  /** The forms and the ids of the person's responses in each. */
  forms: { form: GoogleAppsScript.Forms.Form; name: string; ids: string[] }[];
  /** Every text the person answered: an old phone or e-mail in them is erased from the sheets too. */
  texts: string[];
  /** The answers' keys, for the tombstone. */
  keys: string[];
  count: number;
}

/** Whether an answer (values by question key) is the person's. */
function isTheirs(answers: Record<string, string>, person: Person, token: string): boolean {
  if (answers.code && answers.code.trim().toUpperCase() === person.code.toUpperCase()) return true;
  if (token && answers.token === token) return true;
  const names = [person.fullName, ...person.formerNames].map(normaliseName);
  if ([answers.fullName, answers.participantName].some((n) => n && names.includes(normaliseName(n)))) return true;
  const phones = [answers.phone, answers.parentPhone].map((p) => (p ? findPhone(p) : null)).filter(Boolean);
  if (phones.some((p) => person.phones.includes(p!))) return true;
  return !!answers.email && person.emails.includes(answers.email.trim().toLowerCase());
}

export function personResponses(registry: readonly FormRecord[], person: Person, cells: Partial<Record<string, unknown>>, tz: string): PersonResponses {
  const token = parseProvenance(cellText(cells[SERVICE_FIELD] as string)).token;
  const out: PersonResponses = { forms: [], texts: [], keys: [], count: 0 };
  for (const record of registry) {
    const spec = asSpec(record.spec);
    for (const id of [record.id, ...(record.older ?? []).map((o) => o.id)]) {
      const form = openFormById(id);
      if (!form) continue;
      const ids: string[] = [];
      for (const { source, stamp, named } of storedResponses(form, tz)) {
        const answers = answersByKey(spec, named);
        if (!isTheirs(answers, person, token)) continue;
        ids.push(source.getId());
        out.texts.push(...Object.values(answers));
        out.keys.push(answerKey(spec.key, stampOfResponse(stamp) ?? '', Object.values(answers)));
      }
      if (ids.length) out.forms.push({ form, name: record.spec.name, ids });
      out.count += ids.length;
    }
  }
  return out;
}

/** Deletes them from the forms' own stores (the response sheets are anonymised separately). */
export function deleteResponses(found: PersonResponses): void {
  for (const f of found.forms) for (const id of f.ids) f.form.deleteResponse(id);
}
