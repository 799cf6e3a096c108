/**
 * Tombstones: what is left of an erased participant so that erasure stays final — the participant
 * code, the day, the pseudonym and the keys of the answers that were theirs. No name, no contact.
 * Any later answer, load or import naming that code or carrying one of those keys is a no-op.
 */
export interface Tombstone {
  code: string;
  /** ISO day of the erasure. */
  day: string;
  pseudonym: string;
  /** Keys of the person's form answers (provenance.answerKey). */
  keys: string[];
}

/** One line per tombstone: `НЯ-0038@2025-10-01@УД-0003@k1,k2`. */
export function parseTombstones(text: string): Tombstone[] {
  return String(text ?? '').split('\n').map((line) => line.trim()).filter(Boolean).map((line) => {
    const [code = '', day = '', pseudonym = '', keys = ''] = line.split('@');
    return { code: code.toUpperCase(), day, pseudonym, keys: keys ? keys.split(',') : [] };
  }).filter((t) => t.code);
}

export const formatTombstones = (list: readonly Tombstone[]): string =>
  list.map((t) => [t.code, t.day, t.pseudonym, t.keys.join(',')].join('@')).join('\n');

/** Adds or extends the tombstone of a code (a second erasure of the same code only adds keys). */
export function bury(list: readonly Tombstone[], t: Tombstone): Tombstone[] {
  const old = list.find((x) => x.code === t.code.toUpperCase());
  if (!old) return [...list, { ...t, code: t.code.toUpperCase() }];
  return list.map((x) => (x === old ? { ...x, keys: [...new Set([...x.keys, ...t.keys])] } : x));
}

export interface Graveyard {
  byCode: ReadonlyMap<string, Tombstone>;
  byKey: ReadonlyMap<string, Tombstone>;
}

export function graveyard(list: readonly Tombstone[]): Graveyard {
  const byCode = new Map<string, Tombstone>(), byKey = new Map<string, Tombstone>();
  for (const t of list) {
    byCode.set(t.code, t);
    for (const k of t.keys) byKey.set(k, t);
  }
  return { byCode, byKey };
}

/** The tombstone an answer or a row runs into: by its code, or by the answer's key. */
export const buried = (g: Graveyard, code: string, key = ''): Tombstone | undefined =>
  (code ? g.byCode.get(code.trim().toUpperCase()) : undefined) ?? (key ? g.byKey.get(key) : undefined);
