import { isoOf } from '../cell';

/**
 * Deadlines as the seeds write them («сентябрь – октябрь», «в течение года», «до 20 декабря»,
 * «20.11.2022», «Май 2025 года») turned into real dates of a school year. The school year runs
 * from 1 September to 31 August; «в течение года» means the teaching year, 1 September – 31 May.
 */
export interface Span {
  start: string;
  end: string;
}

const MONTHS: [RegExp, number][] = [
  [/^январ/, 1], [/^феврал/, 2], [/^март/, 3], [/^апрел/, 4], [/^ма[йяе]/, 5], [/^июн/, 6],
  [/^июл/, 7], [/^август/, 8], [/^сентябр/, 9], [/^октябр/, 10], [/^ноябр/, 11], [/^декабр/, 12],
];
const monthOf = (word: string): number | undefined => MONTHS.find(([re]) => re.test(word))?.[1];

/** '2025/2026' (or '2025-2026', '2025–26') → 2025; null when it is not a school year. */
export function schoolYearStart(text: string): number | null {
  const m = /^\s*(\d{4})\s*[/\-–—]\s*(\d{2}|\d{4})\s*$/.exec(text);
  if (!m) return null;
  const start = Number(m[1]);
  const end = Number(m[2]!.length === 2 ? `${String(start + 1).slice(0, 2)}${m[2]}` : m[2]);
  return end === start + 1 ? start : null;
}

export const schoolYearText = (start: number): string => `${start}/${start + 1}`;
/** A school year as it may appear in a sheet name (no «/»): '2025-2026'. */
export const schoolYearLabel = (start: number): string => `${start}-${start + 1}`;

/** The calendar year a month belongs to in the school year starting in September of `start`. */
const yearOfMonth = (start: number, month: number) => (month >= 9 ? start : start + 1);
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const iso = (y: number, m: number, d: number) => isoOf(y, m, d)!;

interface Point {
  month: number;
  day?: number;
  year?: number;
}

/** «20 декабря», «декабрь 2024», «20.12.2024», «май 2025 года» → a point; null if none. */
function pointOf(text: string): Point | null {
  const t = text.trim();
  const numeric = /^(\d{1,2})\.(\d{1,2})\.(\d{4})/.exec(t);
  if (numeric) return { day: Number(numeric[1]), month: Number(numeric[2]), year: Number(numeric[3]) };
  const m = /^(?:(\d{1,2})\s+)?([а-яё]+)(?:\s+(\d{4}))?/.exec(t);
  if (!m) return null;
  const month = monthOf(m[2]!);
  if (!month) return null;
  return { month, ...(m[1] ? { day: Number(m[1]) } : {}), ...(m[3] ? { year: Number(m[3]) } : {}) };
}

function dayOf(p: Point, start: number, edge: 'first' | 'last'): string | null {
  const y = p.year ?? yearOfMonth(start, p.month);
  if (p.day !== undefined) return isoOf(y, p.month, p.day);
  return iso(y, p.month, edge === 'first' ? 1 : lastDay(y, p.month));
}

/**
 * A deadline text → the span it gives in the school year starting in `start` (2025 for
 * 2025/2026); null when the text says no date. Several dates («20 декабря, 20 мая») give the
 * span from the first to the last.
 */
export function parseTerm(text: string, start: number): Span | null {
  const t = text.toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();
  if (!t) return null;
  if (/в течени[ие]/.test(t)) return { start: iso(start, 9, 1), end: iso(start + 1, 5, 31) };
  const by = /^до\s+(.*)$/.exec(t);
  if (by) {
    const p = pointOf(by[1]!);
    if (!p) return null;
    const end = dayOf(p, start, 'last');
    if (!end) return null;
    const [y, m] = end.split('-').map(Number) as [number, number];
    return { start: iso(y, m, 1), end };
  }
  const parts = t.split(/\s*[–—-]\s*|\s*,\s*/).filter(Boolean);
  const points = parts.map(pointOf);
  if (!points.length || points.some((p) => p === null)) return null;
  const list = points as Point[];
  // «сентябрь – октябрь 2024»: a year written once, after the last month, holds for the whole range.
  const lastYear = list.at(-1)!.year;
  const lastMonth = list.at(-1)!.month;
  if (lastYear !== undefined) list.forEach((p) => (p.year ??= p.month > lastMonth ? lastYear - 1 : lastYear));
  let first = dayOf(list[0]!, start, 'first');
  const last = dayOf(list.at(-1)!, start, 'last');
  // «август – сентябрь»: August before the year, not at its end.
  if (first && last && first > last && list[0]!.year === undefined) first = dayOf({ ...list[0]!, year: Number(first.slice(0, 4)) - 1 }, start, 'first');
  if (!first || !last || first > last) return null;
  return { start: first, end: last };
}

/** The last day of the teaching year a date falls in: 31 May (a June–August date belongs to the year ending that May). */
export function teachingYearEnd(isoDate: string): string {
  const [y, m] = isoDate.split('-').map(Number) as [number, number];
  return iso(m >= 9 ? y + 1 : y, 5, 31);
}

/** The same day a year later (29 February → 28 February). */
export function nextYearDay(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return isoOf(y + 1, m, d) ?? iso(y + 1, m, lastDay(y + 1, m));
}

/** Whole days from a to b (ISO dates). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** An ISO date plus n days. */
export function addDays(isoDate: string, n: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

/** An ISO date plus n months, clamped to the month's last day. */
export function addMonths(isoDate: string, n: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + n;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  return iso(ny, nm, Math.min(d, lastDay(ny, nm)));
}
