import { cellText, type Cell } from '../cell';
import { norm } from './answers';
import { SCORECARD_TEXT } from './messages';
import { choiceOf, INDICATORS, levelText, MAX_TOTAL, parseScore, totalOf, type ScorecardTotal, type Suggestion } from './scorecard';

/** Columns of the main table (A–G) and of the per-year summary beside it (I–L). */
export const MAIN_WIDTH = SCORECARD_TEXT.headers.length;
export const SUMMARY_COLUMN = MAIN_WIDTH + 2;
export const SCORE_COLUMN = 5;

export interface ScorecardSheet {
  main: Cell[][];
  summary: Cell[][];
  years: { year: string; total: ScorecardTotal }[];
}

/**
 * «Оценка эффективности»: nine rows per school year, kept for comparison. The current year's rows
 * are added when missing and their suggestions refreshed; every score the curator picked, and every
 * other year, stays as it was.
 */
export function mergeScorecard(existing: readonly (readonly Cell[])[], year: string, suggestions: readonly Suggestion[]): ScorecardSheet {
  const rows = new Map<string, Cell[][]>();
  for (const r of existing.slice(1)) {
    const y = cellText(r[0]);
    const no = Number(cellText(r[2]));
    if (!y || !INDICATORS.some((i) => i.no === no)) continue;
    const list = rows.get(y) ?? Array.from({ length: INDICATORS.length }, () => [] as Cell[]);
    list[no - 1] = r.slice(0, MAIN_WIDTH).map((v) => v);
    rows.set(y, list);
  }
  const yearKey = [...rows.keys()].find((y) => norm(y) === norm(year)) ?? year;
  const current = rows.get(yearKey) ?? [];
  const bySuggestion = new Map(suggestions.map((s) => [s.no, s]));
  rows.set(
    yearKey,
    INDICATORS.map((ind, i) => {
      const s = bySuggestion.get(ind.no);
      const score = current[i]?.[SCORE_COLUMN - 1] ?? '';
      return [yearKey, ind.criterion, ind.no, ind.text, score, s ? choiceOf(s.score) : '', s ? s.reason : SCORECARD_TEXT.noSuggestion];
    }),
  );
  const years = [...rows.keys()].sort((a, b) => a.localeCompare(b));
  const main: Cell[][] = [SCORECARD_TEXT.headers];
  const totals: ScorecardSheet['years'] = [];
  for (const y of years) {
    const list = rows.get(y)!;
    list.forEach((r, i) => {
      const ind = INDICATORS[i]!;
      main.push(r.length ? pad(r) : [y, ind.criterion, ind.no, ind.text, '', '', '']);
    });
    totals.push({ year: y, total: totalOf(list.map((r) => parseScore(r[SCORE_COLUMN - 1]))) });
  }
  const summary: Cell[][] = [
    SCORECARD_TEXT.summaryHeaders,
    ...totals.map(({ year: y, total }) => [y, total.total, MAX_TOTAL, levelText(total.level, total.scored)]),
  ];
  return { main, summary, years: totals };
}

const pad = (r: Cell[]) => [...r, ...Array<Cell>(Math.max(0, MAIN_WIDTH - r.length)).fill('')];
