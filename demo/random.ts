/** A small seeded PRNG and date helpers for the demo school: the same seed gives the same school. */

/** mulberry32: 32-bit state, good enough for demo data, identical on every platform. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Rng {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  /** A number in [0, 1). */
  float(): number {
    return this.next();
  }
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    if (!items.length) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)] as T;
  }
  /** A shuffled copy (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    return out;
  }
  /** `n` different items, in random order. */
  sample<T>(items: readonly T[], n: number): T[] {
    return this.shuffle(items).slice(0, n);
  }
}

const DAY = 86_400_000;
const utc = (iso: string): number => Date.parse(`${iso}T00:00:00Z`);

/** ISO date `days` after `iso` (negative: before). */
export const addDays = (iso: string, days: number): string => new Date(utc(iso) + days * DAY).toISOString().slice(0, 10);
export const daysBetween = (fromIso: string, toIso: string): number => Math.round((utc(toIso) - utc(fromIso)) / DAY);

/** A date cell as Sheets gives it: midnight in Europe/Moscow (UTC+3 all year since 2014). */
export const moscowDate = (iso: string): Date => new Date(`${iso}T00:00:00+03:00`);

/** Full years between two ISO dates. */
export function ageOn(birthIso: string, dayIso: string): number {
  const [by, bm, bd] = birthIso.split('-').map(Number) as [number, number, number];
  const [y, m, d] = dayIso.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/** The calendar year a school year starts in: September opens a new one. */
export function schoolYearStart(todayIso: string): number {
  const [y, m] = todayIso.split('-').map(Number) as [number, number];
  return m >= 9 ? y : y - 1;
}
