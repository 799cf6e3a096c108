import { cellText, fullYears, isBlank, isDate, type Cell } from '../cell';
import type { Record_, ColumnSpec } from '../table';
import { isEmail, isPlausibleFullName, looksLikeFormula, mixedScriptWords, normaliseName, normalisePhone } from '../text';
import { CONSENT_BY_PARENT, CONSENT_GIVEN, MENTEES, MENTORS, STUDENT, TEACHER, type BaseName } from './schema';
import type { Settings } from './settings';
import { grantCounts } from '../privacy/consent';
import { parseProvenance } from '../privacy/provenance';

export type ProblemCode =
  | 'missingRequired' | 'noContact' | 'badName' | 'formula' | 'duplicate' | 'minorWithoutConsent' | 'noParent'
  | 'noConsent' | 'badPhone' | 'badEmail' | 'unknownValue' | 'categoryNotInForm' | 'notNumber' | 'notDate'
  | 'futureDate' | 'consentAfterWithdrawal' | 'mixedScript';

/** One problem of one cell; `otherRow` points at the first copy of a duplicate. */
export interface Problem {
  base: BaseName;
  row: number;
  /** Key of the column in the base's spec. */
  field: string;
  code: ProblemCode;
  value: string;
  otherRow?: number;
}

/** A row of a base as read: its cells, and the keys whose cells hold a formula. */
export type PersonRow = Record_<string> & { formulas?: readonly string[] };

const SPECS = { mentors: MENTORS, mentees: MENTEES } as const;

/** Class or course as a number: '7Б', '7 б', '10', '11а' → 7, 7, 10, 11; anything else → null. */
export function gradeNumber(v: Cell | undefined): number | null {
  const m = /^\s*(\d{1,2})\s*[-–]?\s*[а-яёa-z]?\s*(класс)?\s*$/i.exec(cellText(v));
  return m ? Number(m[1]) : null;
}

/**
 * A minor: younger than 18 by date of birth, or (no date of birth) a pupil of classes 1–11.
 * Seed 000 §2.2 / DESIGN.md: minors need a legal representative's consent before any processing.
 */
export function isMinor(cells: PersonRow['cells'], todayIso: string): boolean {
  const born = cells.birthDate;
  if (isDate(born)) return fullYears(born.iso, todayIso) < 18;
  const g = gradeNumber(cells.grade);
  return cellText(cells.category) === STUDENT && g !== null && g >= 1 && g <= 11;
}

/** «дано» typed over a withdrawal without a newer consent answer or a later written consent (privacy/consent.ts). */
export const grantAfterWithdrawalMissing = (cells: PersonRow['cells']): boolean =>
  !grantCounts(parseProvenance(cellText(cells.service)), cells);

/**
 * Consent that allows processing: given, for a minor given by a legal representative, and — after
 * a withdrawal — given again by a newer consent answer or a later written consent.
 */
export function hasValidConsent(cells: PersonRow['cells'], todayIso: string): boolean {
  if (cellText(cells.consent) !== CONSENT_GIVEN || grantAfterWithdrawalMissing(cells)) return false;
  return !isMinor(cells, todayIso) || cellText(cells.consentBy) === CONSENT_BY_PARENT;
}

/** «Проверить базы» for one base: reads nothing, changes nothing, returns every problem found. */
export function checkBase(base: BaseName, rows: readonly PersonRow[], settings: Settings, todayIso: string): Problem[] {
  const spec = SPECS[base];
  const columns = spec.columns as Record<string, ColumnSpec>;
  const problems: Problem[] = [];
  const add = (r: PersonRow, field: string, code: ProblemCode, extra: Partial<Problem> = {}) =>
    problems.push({ base, row: r.row, field, code, value: cellText(r.cells[field]), ...extra });
  const formsByName = new Map(settings.forms.map((f) => [f.name.toLowerCase(), f]));
  const seen = new Map<string, PersonRow>();

  for (const r of rows) {
    const c = r.cells;
    const text = (k: string) => cellText(c[k]);
    for (const k of r.formulas ?? []) add(r, k, 'formula');
    for (const [k, col] of Object.entries(columns)) {
      const v = c[k];
      if (isBlank(v)) continue;
      if (col.kind === 'text' && typeof v === 'string' && looksLikeFormula(v) && !(r.formulas ?? []).includes(k) && k !== 'phone' && k !== 'parentPhone') add(r, k, 'formula');
      if (col.kind === 'date' && !isDate(v)) add(r, k, 'notDate');
      else if (col.kind === 'date' && isDate(v) && v.iso > todayIso) add(r, k, 'futureDate');
      if (col.kind === 'number' && !(typeof v === 'number' && Number.isInteger(v) && v >= 0)) add(r, k, 'notNumber');
      if (col.list && !settings.lists[col.list].some((x) => x.toLowerCase() === cellText(v).toLowerCase())) add(r, k, 'unknownValue');
    }

    const required = ['fullName', 'category', 'form', base === 'mentors' ? 'competences' : 'request'];
    if (text('category') === STUDENT) required.push('grade');
    if (text('category') === TEACHER) required.push('position');
    for (const k of required) if (isBlank(c[k])) add(r, k, 'missingRequired');

    const name = text('fullName');
    const typedName = name && !looksLikeFormula(name) && !(r.formulas ?? []).includes('fullName');
    if (typedName && !isPlausibleFullName(name)) add(r, 'fullName', 'badName');
    if (typedName && mixedScriptWords(name).length) add(r, 'fullName', 'mixedScript');
    if (name) {
      const key = normaliseName(name);
      const first = seen.get(key);
      const b1 = first?.cells.birthDate, b2 = c.birthDate;
      const namesakes = isDate(b1) && isDate(b2) && b1.iso !== b2.iso;
      if (first && !namesakes) add(r, 'fullName', 'duplicate', { otherRow: first.row });
      else if (!first) seen.set(key, r);
    }

    for (const k of ['phone', 'parentPhone']) if (!isBlank(c[k]) && !normalisePhone(text(k))) add(r, k, 'badPhone');
    if (!isBlank(c.email) && !isEmail(text('email'))) add(r, 'email', 'badEmail');

    const minor = isMinor(c, todayIso);
    const contact = minor ? ['parentPhone', 'email'] : ['phone', 'email', 'parentPhone'];
    if (contact.every((k) => isBlank(c[k]))) add(r, minor ? 'parentPhone' : 'phone', 'noContact');
    if (minor && isBlank(c.parentName)) add(r, 'parentName', 'noParent');
    if (text('consent') === CONSENT_GIVEN && grantAfterWithdrawalMissing(c)) add(r, 'consent', 'consentAfterWithdrawal');
    else if (minor && !hasValidConsent(c, todayIso)) add(r, 'consent', 'minorWithoutConsent');
    else if (!minor && text('consent') !== CONSENT_GIVEN) add(r, 'consent', 'noConsent');

    const form = formsByName.get(text('form').toLowerCase());
    const allowed = form && (base === 'mentors' ? form.mentor : form.mentee);
    const category = text('category');
    const knownCategory = settings.lists.categories.includes(category);
    if (allowed && allowed.length && knownCategory && !allowed.includes(category)) add(r, 'category', 'categoryNotInForm');
  }
  return problems;
}

/** The header of a problem's column, for the report. */
export const fieldHeader = (base: BaseName, field: string): string =>
  (SPECS[base].columns as Record<string, ColumnSpec>)[field]?.header ?? field;
