import { cellText, isDate, type Cell } from '../cell';

/** One ranked choice of «Предпочтения». */
export interface Preference {
  code: string;
  role: string;
  form: string;
  rank: number;
  choiceCode: string;
  responseId: string;
  date: string;
}

/**
 * The preferences that count for matching: for each participant only the choices of their latest
 * answer (by date, then by position in the sheet), ordered by rank.
 */
export function latestPreferences(records: readonly { row: number; cells: Partial<Record<string, Cell>> }[]): Map<string, Preference[]> {
  const all = records
    .map((r) => ({
      row: r.row,
      p: {
        code: cellText(r.cells.code), role: cellText(r.cells.role), form: cellText(r.cells.form),
        rank: Number(r.cells.rank) || 0, choiceCode: cellText(r.cells.choiceCode), responseId: cellText(r.cells.responseId),
        date: isDate(r.cells.date) ? r.cells.date.iso : '',
      },
    }))
    .filter((x) => x.p.code && x.p.choiceCode);
  const latest = new Map<string, { date: string; row: number; id: string }>();
  for (const { row, p } of all) {
    const cur = latest.get(p.code);
    if (!cur || p.date > cur.date || (p.date === cur.date && row > cur.row)) latest.set(p.code, { date: p.date, row, id: p.responseId });
  }
  const out = new Map<string, Preference[]>();
  for (const { p } of all) {
    if (latest.get(p.code)?.id !== p.responseId) continue;
    const list = out.get(p.code) ?? [];
    list.push(p);
    out.set(p.code, list);
  }
  for (const list of out.values()) list.sort((a, b) => a.rank - b.rank);
  return out;
}
