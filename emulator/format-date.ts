import { isDate, signatureError } from './args';
import { AppsScriptException, NotEmulated } from './errors';

/**
 * Utilities.formatDate — reference: utilities/utilities#formatdatedate,-timezone,-format. The
 * pattern is Java's SimpleDateFormat; month and day names are English whatever the locale.
 */
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
/** Every letter SimpleDateFormat knows; others throw "Illegal pattern character". */
const JAVA_LETTERS = new Set('GyYMLwWDdFEuaHkKhmsSzZX');

interface Parts {
  year: number; month: number; day: number; hour: number; minute: number; second: number; ms: number;
  weekday: number; offsetMinutes: number;
}

/** A fixed "GMT+3" / "GMT+03:00" zone, which Java accepts and Intl does not. */
function fixedOffset(timeZone: string): number | undefined {
  const m = /^(?:GMT|UTC)([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(timeZone);
  if (!m) return undefined;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0));
}

function partsIn(date: Date, timeZone: string): Parts {
  const fixed = fixedOffset(timeZone);
  const ms = date.getTime();
  // The offset in ms: historic zones have offsets in seconds (Moscow LMT until 1916 is +2:30:17), which Java keeps.
  const fake = (offset: number, offsetMs = offset * 60000): Parts => {
    const d = new Date(ms + offsetMs);
    return { year: d.getUTCFullYear(), month: d.getUTCMonth(), day: d.getUTCDate(), hour: d.getUTCHours(),
      minute: d.getUTCMinutes(), second: d.getUTCSeconds(), ms: d.getUTCMilliseconds(), weekday: d.getUTCDay(),
      offsetMinutes: offset };
  };
  if (fixed !== undefined) return fake(fixed);
  let fmt: Intl.DateTimeFormat;
  try {
    fmt = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric',
      day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
  } catch {
    // Java (and so Apps Script) silently falls back to GMT for an unknown id; we throw so a typo fails a test.
    throw new AppsScriptException(`Invalid argument: timeZone (${timeZone})`);
  }
  const p = Object.fromEntries(fmt.formatToParts(date).map((x) => [x.type, Number(x.value)]));
  const local = Date.UTC(p.year ?? 0, (p.month ?? 1) - 1, p.day ?? 1, p.hour ?? 0, p.minute ?? 0, p.second ?? 0);
  const offsetMs = local - (ms - (((ms % 1000) + 1000) % 1000));
  return fake(Math.round(offsetMs / 60000), offsetMs);
}

const pad = (n: number, width: number) => String(Math.abs(n)).padStart(width, '0');

function offset(minutes: number, colon: boolean, hoursOnly = false): string {
  const sign = minutes < 0 ? '-' : '+';
  const h = pad(Math.trunc(Math.abs(minutes) / 60), 2);
  const m = pad(Math.abs(minutes) % 60, 2);
  return hoursOnly ? `${sign}${h}` : `${sign}${h}${colon ? ':' : ''}${m}`;
}

function field(letter: string, n: number, p: Parts): string {
  switch (letter) {
    case 'y': case 'Y': return n === 2 ? pad(p.year % 100, 2) : pad(p.year, n);
    case 'M': case 'L':
      if (n >= 4) return MONTHS[p.month] ?? '';
      if (n === 3) return (MONTHS[p.month] ?? '').slice(0, 3);
      return pad(p.month + 1, n);
    case 'd': return pad(p.day, n);
    case 'E': return n >= 4 ? (DAYS[p.weekday] ?? '') : (DAYS[p.weekday] ?? '').slice(0, 3);
    case 'u': return pad(p.weekday === 0 ? 7 : p.weekday, n);
    case 'a': return p.hour < 12 ? 'AM' : 'PM';
    case 'H': return pad(p.hour, n);
    case 'k': return pad(p.hour === 0 ? 24 : p.hour, n);
    case 'K': return pad(p.hour % 12, n);
    case 'h': return pad(p.hour % 12 === 0 ? 12 : p.hour % 12, n);
    case 'm': return pad(p.minute, n);
    case 's': return pad(p.second, n);
    case 'S': return pad(p.ms, n);
    case 'Z': return offset(p.offsetMinutes, false);
    case 'X':
      if (p.offsetMinutes === 0) return 'Z';
      return offset(p.offsetMinutes, n >= 3, n === 1);
    default:
      throw new NotEmulated(`Utilities.formatDate pattern letter ${letter}`);
  }
}

export function formatDate(date: unknown, timeZone: unknown, pattern: unknown): string {
  if (!isDate(date) || typeof timeZone !== 'string' || typeof pattern !== 'string') {
    throw signatureError('Utilities.formatDate', [date, timeZone, pattern]);
  }
  if (Number.isNaN(date.getTime())) throw new AppsScriptException('Invalid argument: date');
  const p = partsIn(date, timeZone);
  let out = '';
  for (let i = 0; i < pattern.length; ) {
    const c = pattern[i] ?? '';
    if (c === "'") {
      if (pattern[i + 1] === "'") {
        out += "'";
        i += 2;
        continue;
      }
      // Quoted literal text; inside it, '' is one quote.
      let j = i + 1;
      for (;;) {
        if (j >= pattern.length) throw new AppsScriptException('Unterminated quote');
        if (pattern[j] === "'" && pattern[j + 1] === "'") {
          out += "'";
          j += 2;
        } else if (pattern[j] === "'") break;
        else out += pattern[j++];
      }
      i = j + 1;
    } else if (/[a-zA-Z]/.test(c)) {
      if (!JAVA_LETTERS.has(c)) throw new AppsScriptException(`Illegal pattern character '${c}'`);
      let n = 1;
      while (pattern[i + n] === c) n++;
      out += field(c, n, p);
      i += n;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/**
 * The wall-clock time of `date` in `timeZone`, as a Date whose UTC fields carry it: what a file
 * format without time zones (xlsx) must store so that Excel shows what Sheets showed.
 */
export function wallClock(date: Date, timeZone: string): Date {
  const p = partsIn(date, timeZone);
  return new Date(Date.UTC(p.year, p.month, p.day, p.hour, p.minute, p.second, p.ms));
}
