/**
 * The order of the Sheet's tabs once questionnaires exist: Forms puts each response sheet in front
 * of the others, so thirteen «Ответы на форму (N)» would stand before the curator's own sheets.
 * The bases come first, then every other sheet as it was, then the response sheets, grouped.
 */
export const RESPONSES_TAB_COLOR = '#b7b7b7';

export interface Tab {
  id: number;
  name: string;
}

/** Sheet ids in their new order: `first` by name (those that exist), the rest as they were, `last` by id. */
export function tabOrder(tabs: readonly Tab[], first: readonly string[], last: readonly number[]): number[] {
  const lower = (s: string) => s.trim().toLowerCase();
  const head = first.flatMap((n) => tabs.filter((t) => lower(t.name) === lower(n)).map((t) => t.id));
  const tail = last.filter((id) => tabs.some((t) => t.id === id));
  const placed = new Set([...head, ...tail]);
  return [...head, ...tabs.filter((t) => !placed.has(t.id)).map((t) => t.id), ...tail];
}
