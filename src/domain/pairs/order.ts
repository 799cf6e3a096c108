/**
 * The order of pairs in the sidebar, by what the curator decides on: the lowest score first (the
 * doubtful pairs to check), or grouped by mentor (who takes how many), or as on the sheet «Пары».
 */
export const PAIR_ORDERS = ['score', 'mentor', 'sheet'] as const;
export type PairOrder = (typeof PAIR_ORDERS)[number];

interface Orderable {
  score: number;
  mentor: string;
  mentee: string;
}

const byName = (a: string, b: string) => a.localeCompare(b, 'ru', { sensitivity: 'base' });

/** A new list in the chosen order; ties keep the sheet's order (the sort is stable). */
export function orderPairs<T extends Orderable>(pairs: readonly T[], order: PairOrder): T[] {
  const list = [...pairs];
  if (order === 'score') list.sort((a, b) => a.score - b.score);
  else if (order === 'mentor') list.sort((a, b) => byName(a.mentor, b.mentor) || a.score - b.score || byName(a.mentee, b.mentee));
  return list;
}
