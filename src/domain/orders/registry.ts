import type { Cell } from '../cell';
import { cellText } from '../cell';
import type { Record_, TableSpec } from '../table';
import type { DocKind } from './kinds';
import { KIND_NAME } from './messages';

/** «Приказы»: the registry of every order and batch of documents the add-on made. */
export const REGISTRY = {
  sheet: 'Приказы',
  columns: {
    number: { header: '№', kind: 'text', width: 70 },
    date: { header: 'Дата', kind: 'text', width: 90 },
    kind: { header: 'Вид', kind: 'text', width: 220 },
    title: { header: 'Название', kind: 'text', width: 380 },
    link: { header: 'Ссылка', kind: 'text', width: 300 },
    status: { header: 'Статус', kind: 'text', width: 150 },
    author: { header: 'Кто создал', kind: 'text', width: 180 },
  },
} as const satisfies TableSpec;
export type RegistryKey = keyof typeof REGISTRY.columns;
export const REGISTRY_KEYS = Object.keys(REGISTRY.columns) as RegistryKey[];

export interface RegistryEntry {
  row: number;
  number: string;
  date: string;
  kind: string;
  title: string;
  /** The document's (or a batch's folder's) link: how a line is found again, whatever the curator did to the order of rows. */
  link: string;
}

export const entriesOf = (records: readonly Record_<string>[]): RegistryEntry[] =>
  records.map((r) => {
    const t = (k: RegistryKey) => cellText(r.cells[k] as Cell | undefined);
    return { row: r.row, number: t('number'), date: t('date'), kind: t('kind'), title: t('title'), link: t('link') };
  });

/** The latest entry of this kind, if the registry has one: generating it again must ask first. */
export function latestOf(entries: readonly RegistryEntry[], kind: DocKind): RegistryEntry | null {
  return entries.filter((e) => e.kind.toLowerCase() === KIND_NAME[kind]).at(-1) ?? null;
}

/** A registry row in the order of the sheet's columns (curator may have moved them). */
export function registryRow(values: Record<RegistryKey, string>, index: Partial<Record<RegistryKey, number>>, width: number): string[] {
  const row = Array<string>(width).fill('');
  for (const k of REGISTRY_KEYS) {
    const i = index[k];
    if (i !== undefined) row[i] = values[k];
  }
  return row;
}
