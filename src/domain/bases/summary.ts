import { cellText } from '../cell';
import { fieldHeader, hasValidConsent, type PersonRow, type Problem } from './check';
import { mixedScriptWords } from '../text';
import { BASE_TITLE, BASES_UI, latinLetters, PROBLEM } from './messages';
import type { BaseName } from './schema';

/** What the sidebar's «Обзор» shows: plain data, JSON-safe. */
export interface Summary {
  schoolYear: string;
  organisation: string;
  ready: true;
  bases: { base: BaseName; title: string; people: number; withoutConsent: number; byForm: { form: string; people: number }[] }[];
  problems: number;
}

export function summarise(
  rows: Record<BaseName, readonly PersonRow[]>,
  problems: number,
  meta: { schoolYear: string; organisation: string; todayIso: string },
): Summary {
  const bases = (Object.keys(rows) as BaseName[]).map((base) => {
    const people = rows[base];
    const byForm = new Map<string, number>();
    for (const p of people) {
      const f = cellText(p.cells.form) || 'не указана';
      byForm.set(f, (byForm.get(f) ?? 0) + 1);
    }
    return {
      base,
      title: BASE_TITLE[base],
      people: people.length,
      withoutConsent: people.filter((p) => !hasValidConsent(p.cells, meta.todayIso)).length,
      byForm: [...byForm].map(([form, n]) => ({ form, people: n })).sort((a, b) => b.people - a.people || a.form.localeCompare(b.form)),
    };
  });
  return { schoolYear: meta.schoolYear, organisation: meta.organisation, ready: true, bases, problems };
}

/** Rows of the «Проверка» sheet, without the link column (the adapter knows the sheets' ids). */
export function reportRows(problems: readonly Problem[]): string[][] {
  return problems.map((p) => [
    BASE_TITLE[p.base],
    String(p.row),
    fieldHeader(p.base, p.field),
    p.otherRow ? `${PROBLEM[p.code]} (строка ${p.otherRow})`
      : p.code === 'mixedScript' ? `${PROBLEM[p.code]}: ${latinLetters(mixedScriptWords(p.value))}` : PROBLEM[p.code],
    p.value,
  ]);
}

export const REPORT_SHEET = 'Проверка';
export const REPORT_HEADERS = BASES_UI.reportHeaders;
