/**
 * The parity report: one row per fact on the sheet «Сверка», and the JSON file the run leaves in
 * Drive. Shared by the parity project (runner.ts, Apps Script side) and `npm run parity:compare`.
 */
import type { FactResult } from '../emulator/facts/kit';

export const PARITY_SHEET = 'Сверка';
export const HEADER = ['Область', 'Факт', 'Источник', 'Ожидалось', 'Наблюдалось', 'Совпало', 'Уборка'] as const;

export interface ParityReport {
  ranAt: string;
  /** Session.getActiveUserLocale() of who ran it: service errors are in that language. */
  locale: string;
  timeZone: string;
  facts: FactResult[];
}

export const toRow = (r: FactResult): string[] =>
  [r.area, r.name, r.source, r.expected, r.observed, r.pass ? 'да' : 'нет', r.cleanup ?? ''];

export function fromRow(row: unknown[]): FactResult {
  const [area, name, source, expected, observed, pass, cleanup] = row.map(String);
  const r: FactResult = { area: area!, name: name!, source: source!, expected: expected!, observed: observed!, pass: pass === 'да' };
  if (cleanup) r.cleanup = cleanup;
  return r;
}

/**
 * The facts whose outcome differs between two runs, and those only one run has. Two passes agree even
 * when they observed different ids or names (each run has its own files); two failures agree only if
 * they observed the same.
 */
export function disagreements(google: ParityReport, emulator: ParityReport): { area: string; name: string; source: string; google?: FactResult; emulator?: FactResult }[] {
  const key = (r: FactResult) => `${r.area}\u0000${r.name}`;
  const mine = new Map(emulator.facts.map((r) => [key(r), r]));
  const theirs = new Map(google.facts.map((r) => [key(r), r]));
  const out = [];
  for (const k of new Set([...theirs.keys(), ...mine.keys()])) {
    const g = theirs.get(k);
    const e = mine.get(k);
    if (g && e && g.pass === e.pass && (g.pass || g.observed === e.observed)) continue;
    const any = (g ?? e)!;
    out.push({ area: any.area, name: any.name, source: any.source, google: g, emulator: e });
  }
  return out;
}
