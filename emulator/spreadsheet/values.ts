/**
 * Pure value rules of Sheets: what a typed string becomes (ru_RU and en_US locales), and how a
 * value is displayed under a number format.
 */
import { instantOf, isCalendarDay, wallTime, type WallTime } from './dates';
import { usesDecimalComma } from './formula-syntax';

export type CellValue = string | number | boolean | Date;

/** What Range#getNumberFormat returns for a cell whose format was never set ("Automatic"). */
export const AUTOMATIC_FORMAT = '0.###############';
/** The plain-text format: typed strings stay text. */
export const PLAIN_TEXT_FORMAT = '@';

export interface Typed {
  value: CellValue;
  /** Set when the text is a formula (starts with '='); value is then ''. */
  formula?: string;
  /** The number format Sheets picks for what was typed (dates), if any. */
  format?: string;
}

export interface Locale {
  locale: string;
  timeZone: string;
  /** "Now", for dates typed without a year. */
  now: Date;
}

const decimalComma = usesDecimalComma;

/** Parses a string as if a person typed it into a cell with an automatic number format. */
export function parseTyped(text: string, loc: Locale): Typed {
  if (text.startsWith("'")) return { value: text.slice(1) };
  if (text.length > 1 && text.startsWith('=')) return { value: '', formula: text };
  const t = text.trim();
  if (t === '') return { value: text };
  if (/^(true|истина)$/i.test(t)) return { value: true };
  if (/^(false|ложь)$/i.test(t)) return { value: false };
  const comma = decimalComma(loc.locale);
  const num = comma ? /^[+-]?(\d+(,\d*)?|,\d+)$/ : /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
  if (num.test(t)) return { value: Number(t.replace(',', '.')) };
  const pct = comma ? /^([+-]?(?:\d+(?:,\d*)?|,\d+))\s?%$/ : /^([+-]?(?:\d+(?:\.\d*)?|\.\d+))\s?%$/;
  const p = pct.exec(t);
  // '50%' is the number 0.5 shown as a percent (support.google.com/docs/answer/56470, «Format numbers»).
  if (p) return { value: Number(p[1]!.replace(',', '.')) / 100, format: /[.,]\d/.test(p[1]!) ? '0.00%' : '0%' };
  const time = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(t);
  // A time alone is a date-time on Sheets' day zero, 1899-12-30, in the spreadsheet's time zone.
  if (time) return dateOf(1899, 12, 30, +time[1]!, +time[2]!, +(time[3] ?? 0), loc, 'H:mm:ss') ?? { value: text };
  const date = comma ? parseDayFirst(t, loc) : parseMonthFirst(t, loc);
  if (date) return date;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (iso) return dateOf(+iso[1]!, +iso[2]!, +iso[3]!, 0, 0, 0, loc, DATE_FORMAT_ISO) ?? { value: text };
  return { value: text };
}

const TIME = '(?:\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?';
const DAY_FIRST = new RegExp(`^(\\d{1,2})\\.(\\d{1,2})(?:\\.(\\d{2}|\\d{4}))?\\.?${TIME}$`);
const MONTH_FIRST = new RegExp(`^(\\d{1,2})/(\\d{1,2})(?:/(\\d{2}|\\d{4}))?${TIME}$`);
export const DATE_FORMAT_RU = 'dd.MM.yyyy';
const DATE_FORMAT_ISO = 'yyyy-MM-dd';

function parseDayFirst(t: string, loc: Locale): Typed | null {
  const m = DAY_FIRST.exec(t);
  if (!m) return null;
  return fromMatch(+m[1]!, +m[2]!, m[3], m.slice(4), loc, DATE_FORMAT_RU);
}

function parseMonthFirst(t: string, loc: Locale): Typed | null {
  const m = MONTH_FIRST.exec(t);
  if (!m) return null;
  return fromMatch(+m[2]!, +m[1]!, m[3], m.slice(4), loc, 'M/d/yyyy');
}

function fromMatch(day: number, month: number, y: string | undefined, time: (string | undefined)[], loc: Locale, fmt: string): Typed | null {
  let year = y === undefined ? wallTime(loc.now, loc.timeZone).year : Number(y);
  // Two-digit years as Sheets reads them: 00–29 → 20xx, 30–99 → 19xx.
  if (y !== undefined && y.length === 2) year += year < 30 ? 2000 : 1900;
  const [h, mi, s] = time.map((x) => (x === undefined ? 0 : Number(x)));
  const hasTime = time[0] !== undefined;
  return dateOf(year, month, day, h ?? 0, mi ?? 0, s ?? 0, loc, hasTime ? `${fmt} H:mm:ss` : fmt);
}

function dateOf(year: number, month: number, day: number, hour: number, minute: number, second: number, loc: Locale, format: string): Typed | null {
  if (!isCalendarDay(year, month, day) || hour > 23 || minute > 59 || second > 59) return null;
  return { value: instantOf({ year, month, day, hour, minute, second }, loc.timeZone), format };
}

// ---------------------------------------------------------------- display

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Formats a date by a Sheets/Java-like pattern: yyyy yy MM M dd d HH H hh h mm m ss s. */
export function formatDatePattern(w: WallTime, pattern: string): string {
  const tokens = pattern.match(/y+|M+|d+|H+|h+|m+|s+|'[^']*'|./g) ?? [];
  let sawHour = false;
  return tokens
    .map((tok, i) => {
      const c = tok[0]!;
      if (c === "'") return tok.slice(1, -1);
      if (c === 'y') return tok.length <= 2 ? pad(w.year % 100) : String(w.year);
      if (c === 'd') return tok.length >= 2 ? pad(w.day) : String(w.day);
      if (c === 'H' || c === 'h') {
        sawHour = true;
        const h = c === 'h' ? ((w.hour + 11) % 12) + 1 : w.hour;
        return tok.length >= 2 ? pad(h) : String(h);
      }
      if (c === 's') return tok.length >= 2 ? pad(w.second) : String(w.second);
      // 'mm' is minutes after an hour or before seconds (Sheets' rule), months otherwise; 'MM' is always months.
      const minutes = c === 'm' && (sawHour || /^\W*s/.test(tokens.slice(i + 1).join('')));
      if (c === 'M' || (c === 'm' && !minutes)) return tok.length >= 2 ? pad(w.month) : String(w.month);
      if (c === 'm') return tok.length >= 2 ? pad(w.minute) : String(w.minute);
      return tok;
    })
    .join('');
}

export const isDatePattern = (f: string) => /[yd]|[Hh]|MM|ss/.test(f.replace(/'[^']*'/g, '')) && !/[0#]/.test(f);

function formatNumber(n: number, format: string, locale: string): string {
  const comma = decimalComma(locale);
  const dec = comma ? ',' : '.';
  const group = comma ? '\u00a0' : ',';
  const percent = format.endsWith('%');
  const body = percent ? format.slice(0, -1) : format;
  const m = /^([#,0]*0)(?:\.(0+|#+))?$/.exec(body);
  if (!m || format === AUTOMATIC_FORMAT) return automatic(n, dec);
  const value = percent ? n * 100 : n;
  const frac = m[2] ?? '';
  let text = frac.startsWith('#')
    ? String(Number(value.toFixed(frac.length)))
    : value.toFixed(frac.length);
  const neg = text.startsWith('-');
  if (neg) text = text.slice(1);
  const [digits = '', fr] = text.split('.');
  const int = m[1]!.includes(',') ? digits.replace(/\B(?=(\d{3})+(?!\d))/g, group) : digits;
  const out = (neg ? '-' : '') + int + (fr ? dec + fr : '');
  return percent ? out + '%' : out;
}

function automatic(n: number, dec: string): string {
  if (!Number.isFinite(n)) return '#NUM!';
  const s = Math.abs(n) >= 1e15 || (n !== 0 && Math.abs(n) < 1e-9) ? n.toExponential().toUpperCase() : String(Number(n.toPrecision(15)));
  return s.replace('.', dec);
}

/** What a cell shows: `Range#getDisplayValue`. */
export function displayValue(value: CellValue, format: string, loc: Pick<Locale, 'locale' | 'timeZone'>): string {
  if (value === '') return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) {
    const w = wallTime(value, loc.timeZone);
    if (isDatePattern(format)) return formatDatePattern(w, format);
    const midnight = w.hour === 0 && w.minute === 0 && w.second === 0;
    return formatDatePattern(w, midnight ? DATE_FORMAT_RU : `${DATE_FORMAT_RU} H:mm:ss`);
  }
  if (format === PLAIN_TEXT_FORMAT) return automatic(value, decimalComma(loc.locale) ? ',' : '.');
  return formatNumber(value, format, loc.locale);
}
