/**
 * One response as the domain sees it: answers by question key, and the base fields an intake or
 * consent answer fills. Answers arrive as the text Apps Script sends (e.namedValues) or as the
 * response sheet shows it («Загрузить ответы»): both keyed by question title.
 */
import { fitCell, isDate, parseRuDate, type Cell } from '../cell';
import { CONSENT_BY_PARENT, CONSENT_GIVEN } from '../bases/schema';
import { formatPhone, normaliseName } from '../text';
import type { AnswerProblem } from './messages';
import type { FormSpec } from './schema';
import { CONSENT_DECISION } from './specs-intake';

/** A response: the timestamp text of its first column and the answers keyed by question title. */
export interface Response {
  stamp: string;
  named: Record<string, string>;
}

export function answersByKey(spec: FormSpec, named: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const q of spec.questions) {
    const v = named[q.title];
    if (v !== undefined && v.trim() !== '') out[q.key] = v.trim();
  }
  return out;
}

/**
 * Apps Script sometimes sends an event with no answers at all. Such a duplicate still carries its own
 * timestamp, so the timestamp's own column (named in the spreadsheet's language) is not an answer.
 */
export const isBlankResponse = (r: Response): boolean =>
  r.stamp.trim() === '' || Object.values(r.named).every((v) => v.trim() === '' || v === r.stamp);

/** '25.11.2026 9:05:00' → '2026-11-25'. */
export const dayOfStamp = (stamp: string): string | null => parseRuDate(stamp.trim().split(/\s+/)[0] ?? '');

/** A response's id in the answer sheets: the form, the second it was sent, and who sent it. */
export const responseIdOf = (key: string, stamp: string, who: string) =>
  `${key}|${stamp.trim()}|${normaliseName(who)}`;

export interface Mapped {
  fields: Partial<Record<string, Cell>>;
  problems: { field: string; code: AnswerProblem; value: string }[];
}

const NUMBER_FIELDS = new Set(['experience', 'capacity']);
const DATE_FIELDS = new Set(['birthDate', 'consentDate']);
const PHONE_FIELDS = new Set(['phone', 'parentPhone']);
/** Keys of the intake forms that are not columns of a base. */
const NOT_FIELDS = new Set(['code', 'token', 'menteeAge']);

function typed(field: string, text: string, out: Mapped): void {
  if (NUMBER_FIELDS.has(field)) {
    const n = Number(text.replace(',', '.'));
    if (Number.isInteger(n) && n >= 0) out.fields[field] = n;
    else out.problems.push({ field, code: 'badNumber', value: text });
  } else if (DATE_FIELDS.has(field)) {
    const iso = parseRuDate(text);
    if (iso) out.fields[field] = { iso };
    else out.problems.push({ field, code: 'badDate', value: text });
  } else if (PHONE_FIELDS.has(field)) {
    out.fields[field] = formatPhone(text) ?? text;
  } else {
    out.fields[field] = fitCell(text);
  }
}

/** Intake answers → fields of the base. */
export function intakeFields(spec: FormSpec, answers: Record<string, string>): Mapped {
  const out: Mapped = { fields: {}, problems: [] };
  for (const [key, text] of Object.entries(answers)) if (!NOT_FIELDS.has(key)) typed(key, text, out);
  if (spec.category) out.fields.category = spec.category;
  if (answers.menteeAge) out.fields.wantedGrades = answers.menteeAge;
  return out;
}

/** Consent answers → the consent columns (and the representative's name and phone). */
export function consentFields(answers: Record<string, string>): Mapped {
  const out: Mapped = { fields: {}, problems: [] };
  out.fields.consent = answers.decision === CONSENT_DECISION[1] ? 'отозвано' : CONSENT_GIVEN;
  if (answers.consentBy) out.fields.consentBy = answers.consentBy;
  if (answers.consentDate) typed('consentDate', answers.consentDate, out);
  if (answers.consentBy === CONSENT_BY_PARENT) {
    if (answers.parentName) out.fields.parentName = answers.parentName;
    else out.problems.push({ field: 'parentName', code: 'noRepresentative', value: '' });
    if (answers.parentPhone) typed('parentPhone', answers.parentPhone, out);
  }
  return out;
}

/** Two cells hold the same thing for the curator (dates by day, text without outer spaces). */
export function sameCell(a: Cell | undefined, b: Cell | undefined): boolean {
  if (isDate(a) || isDate(b)) return isDate(a) && isDate(b) && a.iso === b.iso;
  const t = (v: Cell | undefined) => (v === undefined ? '' : String(v).trim());
  return t(a) === t(b);
}

export const normaliseGrade = (g: string) => g.replace(/\s+/g, '').toUpperCase().replace(/Ё/g, 'Е');
