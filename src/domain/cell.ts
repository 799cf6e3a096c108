/**
 * A cell as the domain sees it. Adapters turn Sheets values into these: a date-only cell becomes
 * `{ iso: 'YYYY-MM-DD' }` read in the spreadsheet's time zone, so the domain never needs a time
 * zone and sidebar data stays JSON (google.script.run cannot pass a Date).
 */
export type Cell = string | number | boolean | DateOnly;
export interface DateOnly {
  readonly iso: string;
}

export const isDate = (v: unknown): v is DateOnly =>
  typeof v === 'object' && v !== null && typeof (v as DateOnly).iso === 'string';

export const isBlank = (v: Cell | undefined | null): boolean =>
  v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

/** The text of a cell as the curator would read it. */
export function cellText(v: Cell | undefined): string {
  if (v === undefined || v === null) return '';
  if (isDate(v)) return formatRuDate(v.iso);
  if (typeof v === 'boolean') return v ? 'да' : 'нет';
  return String(v).trim();
}

/** '2025-09-01' → '01.09.2025' */
export function formatRuDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}.${m}.${y}`;
}

/** Parses a date typed as text: '01.09.2025', '1.9.2025', '2025-09-01'. Returns ISO or null when it is not a real date. */
export function parseRuDate(text: string): string | null {
  const t = text.trim();
  let m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(t);
  let y: number, mo: number, d: number;
  if (m) [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t))) [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else return null;
  return isoOf(y, mo, d);
}

/** A valid calendar date as ISO, or null (31.02 is not a date). */
export function isoOf(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1) return null;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > days) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Full years between two ISO dates (age on a day). */
export function fullYears(fromIso: string, toIso: string): number {
  const [fy, fm, fd] = fromIso.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = toIso.split('-').map(Number) as [number, number, number];
  return ty - fy - (tm < fm || (tm === fm && td < fd) ? 1 : 0);
}

/** Sheets refuses a cell of more than 50,000 characters. */
export const MAX_CELL = 50_000;

/** A text that fits one cell: a longer one is cut, and says so at its end. */
export function fitCell(text: string, max = MAX_CELL): string {
  if (text.length <= max) return text;
  const room = max - 40; // the note below is shorter than 40 characters
  return `${text.slice(0, room)}\n… [обрезано: ещё ${text.length - room} зн.]`;
}
