import { cellText, type Cell } from '../cell';
import { hasValidConsent, type PersonRow } from '../bases/check';
import type { MentoringForm } from '../bases/schema';
import { FORMS_UI } from './messages';
import type { FormKey, FormSpec } from './schema';
import { intakeSpecs } from './specs-intake';
import { AUDIENCE_ALL, choiceLabel, DEFAULT_PARAMETERS, surveySpecs, type Candidates } from './specs-surveys';

export interface SpecInput {
  school: string;
  schoolYear: string;
  forms: readonly MentoringForm[];
  /** Rows of «Вопросы»; the defaults when the sheet is empty. */
  parameters?: readonly { audience: string; parameter: string }[];
  candidates?: Candidates;
}

/** Every questionnaire, in the order the curator sees them. */
export function buildSpecs(input: SpecInput): FormSpec[] {
  const ctx = { suffix: FORMS_UI.titleSuffix(input.school, input.schoolYear), forms: input.forms };
  const params = input.parameters?.length ? input.parameters : DEFAULT_PARAMETERS;
  return [...intakeSpecs(ctx), ...surveySpecs(ctx, input.candidates ?? { mentors: {}, mentees: {} }, params)];
}

export const specOf = (specs: readonly FormSpec[], key: FormKey): FormSpec => {
  const s = specs.find((x) => x.key === key);
  if (!s) throw new Error(`no questionnaire ${key}`);
  return s;
};

/** Status of people one may choose and be chosen by (DOMAIN.md: only active people). */
export const ACTIVE = 'активен';

/**
 * The people each side may pick in the preference questionnaire: active, with a valid consent
 * (a minor's from a legal representative), by form of mentoring; labels «ФИО (код)», sorted.
 */
export function candidatesOf(
  people: { mentors: readonly PersonRow[]; mentees: readonly PersonRow[] },
  todayIso: string,
): Candidates {
  const group = (rows: readonly PersonRow[]) => {
    const out: Record<string, string[]> = {};
    for (const r of rows) {
      const c = r.cells;
      if (cellText(c.status) !== ACTIVE || !hasValidConsent(c, todayIso)) continue;
      const code = cellText(c.code), name = cellText(c.fullName), form = cellText(c.form);
      if (!code || !name || !form) continue;
      (out[form] ??= []).push(choiceLabel(name, code));
    }
    for (const list of Object.values(out)) list.sort((a, b) => a.localeCompare(b, 'ru'));
    return out;
  };
  return { mentors: group(people.mentors), mentees: group(people.mentees) };
}

/** Rows of «Вопросы» as parameters (blank rows skipped). */
export function parametersOf(rows: readonly { cells: Partial<Record<string, Cell>> }[]) {
  return rows
    .map((r) => ({ parameter: cellText(r.cells.parameter), audience: cellText(r.cells.audience) || AUDIENCE_ALL }))
    .filter((p) => p.parameter);
}
