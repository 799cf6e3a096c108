import { cellText, isBlank, type Cell } from '../cell';
import { SERVICE_FIELD, BASES, type BaseName } from '../bases/schema';
import type { ColumnSpec } from '../table';
import { IMPORT_TARGET } from './messages';

/** Parts of a name kept in separate columns, and the column that routes a row to a base. */
export const EXTRA_TARGETS = ['lastName', 'firstName', 'middleName', 'role'] as const;
export type ExtraTarget = (typeof EXTRA_TARGETS)[number];
/** A base column key, or one of the extra targets. */
export type Target = string;

/** What a source column holds, in source order: `null` means «не импортировать». */
export type Mapping = (Target | null)[];

/** Headers of typical school lists (АИС «Сетевой город», «Дневник.ру», Excel of the secretary). */
const SYNONYMS: Record<string, string[]> = {
  fullName: ['фио', 'ф и о', 'фамилия имя отчество', 'фамилия имя', 'ученик', 'учащийся', 'обучающийся', 'сотрудник', 'педагог', 'участник', 'полное имя'],
  lastName: ['фамилия'],
  firstName: ['имя'],
  middleName: ['отчество'],
  role: ['роль', 'роль в программе', 'участие в программе'],
  grade: ['класс', 'класс курс', 'курс', 'группа', 'класс буква'],
  birthDate: ['дата рождения', 'д р', 'др', 'день рождения', 'родился', 'рожд'],
  phone: ['телефон', 'тел', 'мобильный', 'мобильный телефон', 'сотовый', 'номер телефона', 'контактный телефон'],
  email: ['e mail', 'email', 'эл почта', 'электронная почта', 'почта', 'адрес электронной почты'],
  parentName: ['родитель', 'законный представитель', 'фио родителя', 'родитель фио', 'мать', 'отец', 'представитель'],
  parentPhone: ['телефон родителя', 'телефон представителя', 'телефон законного представителя', 'тел родителя', 'контакт родителя'],
  position: ['должность', 'занимаемая должность'],
  subject: ['предмет', 'преподаваемый предмет', 'дисциплина', 'предметы'],
  experience: ['стаж', 'педагогический стаж', 'стаж лет', 'стаж работы'],
  category: ['категория'],
  code: ['код', 'код участника'],
};

export const normHeader = (h: string): string =>
  h.toLowerCase().replace(/ё/g, 'е').replace(/[^a-zа-я0-9]+/g, ' ').trim();

const bigrams = (s: string): string[] => {
  const t = ` ${s} `;
  return Array.from({ length: t.length - 1 }, (_, i) => t.slice(i, i + 2));
};

/** Dice similarity of character bigrams, 0…1. */
export function similarity(a: string, b: string): number {
  const x = bigrams(normHeader(a)), y = bigrams(normHeader(b));
  if (!x.length || !y.length) return 0;
  const pool = new Map<string, number>();
  for (const g of y) pool.set(g, (pool.get(g) ?? 0) + 1);
  let common = 0;
  for (const g of x) {
    const n = pool.get(g) ?? 0;
    if (n > 0) {
      common += 1;
      pool.set(g, n - 1);
    }
  }
  return (2 * common) / (x.length + y.length);
}

/** Every target a column of the source may go to, with its Russian label. */
export function targetsOf(base: BaseName): { key: Target; label: string }[] {
  const columns = BASES[base].columns as Record<string, ColumnSpec>;
  return [
    ...Object.entries(columns).filter(([key]) => key !== SERVICE_FIELD).map(([key, c]) => ({ key, label: c.header })),
    ...EXTRA_TARGETS.map((key) => ({ key, label: IMPORT_TARGET[key] })),
  ];
}

const THRESHOLD = 0.62;

/** How well a source header names a target: 1 for its header or a known synonym, else bigram similarity. */
function score(header: string, base: BaseName, key: Target): number {
  const h = normHeader(header);
  if (!h) return 0;
  const label = key in BASES[base].columns ? (BASES[base].columns as Record<string, ColumnSpec>)[key]!.header : '';
  const names = [label, label.replace(/\s*\(.*\)\s*$/, ''), ...(SYNONYMS[key] ?? [])].filter(Boolean).map(normHeader);
  if (names.includes(h)) return 1;
  return Math.max(...names.map((n) => similarity(h, n)));
}

/**
 * The proposed mapping: each target goes to at most one column, best matches first. A remembered
 * mapping (header → target, from last year's import) wins over similarity.
 */
export function proposeMapping(headers: readonly string[], base: BaseName, remembered: Record<string, Target> = {}): { mapping: Mapping; scores: number[] } {
  const keys = targetsOf(base).map((t) => t.key);
  const mapping: Mapping = headers.map(() => null);
  const scores = headers.map(() => 0);
  const taken = new Set<Target>();
  headers.forEach((h, i) => {
    const r = remembered[normHeader(h)];
    if (r && keys.includes(r) && !taken.has(r)) {
      mapping[i] = r;
      scores[i] = 1;
      taken.add(r);
    }
  });
  const candidates: { i: number; key: Target; s: number }[] = [];
  headers.forEach((h, i) => {
    if (mapping[i] !== null) return;
    for (const key of keys) {
      const s = score(h, base, key);
      if (s >= THRESHOLD) candidates.push({ i, key, s });
    }
  });
  candidates.sort((a, b) => b.s - a.s || a.i - b.i);
  for (const c of candidates) {
    if (mapping[c.i] !== null || taken.has(c.key)) continue;
    mapping[c.i] = c.key;
    scores[c.i] = c.s;
    taken.add(c.key);
  }
  // Separate name parts and one ФИО column do not mix: the parts win when surname and name are both there.
  if (mapping.includes('lastName') && mapping.includes('firstName') && mapping.includes('fullName')) {
    mapping[mapping.indexOf('fullName')] = null;
  }
  return { mapping, scores };
}

/** The row holding the headers: the one among the first rows where most columns are recognised. */
export function findHeaderRow(grid: readonly (readonly Cell[])[], base: BaseName): number {
  let best = 0, bestHits = -1;
  grid.slice(0, 10).forEach((row, r) => {
    const headers = row.map((v) => (typeof v === 'string' ? v : ''));
    const hits = proposeMapping(headers, base).mapping.filter((t) => t !== null).length;
    const filled = row.filter((v) => !isBlank(v)).length;
    if (filled >= 2 && hits > bestHits) {
      best = r;
      bestHits = hits;
    }
  });
  return best;
}

/** A mapping as remembered for next year: normalised header → target. */
export function rememberMapping(headers: readonly string[], mapping: Mapping): Record<string, Target> {
  const out: Record<string, Target> = {};
  headers.forEach((h, i) => {
    const t = mapping[i];
    if (t && normHeader(h)) out[normHeader(h)] = t;
  });
  return out;
}

/** Checks a mapping coming from the sidebar: known targets, each at most once, a name column. */
export function mappingError(headers: readonly string[], mapping: Mapping, base: BaseName): { code: 'badTarget' | 'twice' | 'noName'; target?: string; header?: string } | null {
  const known = new Map(targetsOf(base).map((t) => [t.key, t.label]));
  const seen = new Set<Target>();
  for (let i = 0; i < mapping.length; i++) {
    const t = mapping[i];
    if (!t) continue;
    if (!known.has(t)) return { code: 'badTarget', header: headers[i] ?? '' };
    if (seen.has(t)) return { code: 'twice', target: known.get(t) };
    seen.add(t);
  }
  if (!seen.has('fullName') && !(seen.has('lastName') && seen.has('firstName'))) return { code: 'noName' };
  return null;
}

export const headerTexts = (row: readonly Cell[] | undefined): string[] => (row ?? []).map((v) => cellText(v));
