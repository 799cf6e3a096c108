/**
 * Where each field of a person's record came from, kept in the base's service cell of that person
 * (docs/privacy-model.md): the source and time of the field's last change and a hash of its value,
 * the keys of the form answers already applied, the last withdrawal of consent and the link token.
 * Pure: times are the spreadsheet's wall-clock stamps ('YYYY-MM-DD HH:MM:SS'), passed in.
 */
import { cellText, parseRuDate, type Cell } from '../cell';
import { BASES, CONSENT_WITHDRAWN, SERVICE_FIELD, type BaseName } from '../bases/schema';

/** f form answer, c curator's edit seen at a read, m menu action, i import, u there before provenance. */
export type Source = 'form' | 'curator' | 'menu' | 'import' | 'unknown';

const SOURCE_CODE: Record<Source, string> = { form: 'f', curator: 'c', menu: 'm', import: 'i', unknown: 'u' };
const SOURCE_OF = Object.fromEntries(Object.entries(SOURCE_CODE).map(([k, v]) => [v, k as Source])) as Record<string, Source>;

/** A wall-clock time in the spreadsheet's time zone, 'YYYY-MM-DD HH:MM:SS': strings of it sort by time. */
export type Stamp = string;

export interface Mark {
  source: Source;
  at: Stamp;
  /** The answer key (form), the action (menu), the import's id; '' when none. */
  ref: string;
  /** Hash of the value as written or seen then. */
  hash: string;
}

export interface Provenance {
  token: string;
  applied: string[];
  /** The last withdrawal of consent, '' when never withdrawn. */
  withdrawnAt: Stamp;
  fields: Record<string, Mark>;
}

export const emptyProvenance = (): Provenance => ({ token: '', applied: [], withdrawnAt: '', fields: {} });

const EPOCH = Date.UTC(2000, 0, 1);

/** '2025-09-15 10:00:00' → seconds since 2000-01-01 of that wall clock (no time zone: both sides are local). */
export function stampSeconds(stamp: Stamp): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})$/.exec(stamp);
  if (!m) return 0;
  const [y, mo, d, h, mi, s] = m.slice(1).map(Number) as [number, number, number, number, number, number];
  return Math.round((Date.UTC(y, mo - 1, d, h, mi, s) - EPOCH) / 1000);
}

export function secondsStamp(seconds: number): Stamp {
  const t = new Date(EPOCH + seconds * 1000);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${t.getUTCFullYear()}-${p(t.getUTCMonth() + 1)}-${p(t.getUTCDate())} ${p(t.getUTCHours())}:${p(t.getUTCMinutes())}:${p(t.getUTCSeconds())}`;
}

/** A form response's timestamp as Sheets and the trigger show it ('15.09.2025 9:05:00') → Stamp, or null. */
export function stampOfResponse(text: string): Stamp | null {
  const m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(text.trim());
  if (!m) return null;
  const p = (x: string | undefined) => (x ?? '0').padStart(2, '0');
  return `${m[3]}-${p(m[2])}-${p(m[1])} ${p(m[4])}:${m[5]}:${p(m[6])}`;
}

/** 32-bit FNV-1a of a text, base 36. */
export function hash32(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(36);
}

/** The hash a field's value is recorded with: the text the curator reads, spaces trimmed. */
export const valueHash = (v: Cell | undefined): string => hash32(cellText(v));

/**
 * The key of a form answer: the form, the second it was sent and what it says. The trigger's
 * event, the response sheet and Form.getResponses() write some values differently (a date as
 * 15.09.2025 or 2025-09-15, a phone with or without spaces), so each value is compared by its
 * letters and digits only, a date as its ISO day.
 */
export function answerKey(formKey: string, stamp: Stamp, values: readonly string[]): string {
  const norm = (v: string) => (parseRuDate(v) ?? v).toLowerCase().replace(/ё/g, 'е').replace(/[^0-9a-zа-я]/g, '');
  return hash32(`${formKey}|${stamp}|${values.map(norm).join('|')}`);
}

const VERSION = 'p1';

/** The fields of a base a read compares with their provenance: all but the code and the service cell. */
export const trackedFields = (base: BaseName): string[] => Object.keys(BASES[base].columns).filter((k) => k !== 'code' && k !== SERVICE_FIELD);

/** The service cell's text → provenance; anything unreadable is an empty provenance (nothing trusted). */
export function parseProvenance(text: string): Provenance {
  const p = emptyProvenance();
  const parts = String(text ?? '').trim().split(';');
  if (parts[0] !== VERSION) return p;
  for (const part of parts.slice(1)) {
    const at = part.indexOf(':');
    if (at <= 0) continue;
    const name = part.slice(0, at), value = part.slice(at + 1);
    if (name === 't') p.token = value;
    else if (name === 'a') p.applied = value ? value.split(',') : [];
    else if (name === 'w') p.withdrawnAt = value ? secondsStamp(parseInt(value, 36)) : '';
    else {
      const [src = '', time = '', ref = '', hash = ''] = value.split('.');
      const source = SOURCE_OF[src];
      if (source && time) p.fields[name] = { source, at: secondsStamp(parseInt(time, 36)), ref, hash };
    }
  }
  return p;
}

export function formatProvenance(p: Provenance): string {
  const parts = [VERSION];
  if (p.token) parts.push(`t:${p.token}`);
  if (p.applied.length) parts.push(`a:${p.applied.join(',')}`);
  if (p.withdrawnAt) parts.push(`w:${stampSeconds(p.withdrawnAt).toString(36)}`);
  for (const [field, m] of Object.entries(p.fields).sort(([a], [b]) => a.localeCompare(b))) {
    parts.push(`${field}:${SOURCE_CODE[m.source]}.${stampSeconds(m.at).toString(36)}.${m.ref.replace(/[.;:]/g, '')}.${m.hash}`);
  }
  return parts.length === 1 ? '' : parts.join(';');
}

/**
 * What a read of the base tells: every field whose value is not the one recorded was changed by
 * the curator, and is dated `now` (the moment the add-on sees it). A field with a value and no
 * record at all was there before provenance: dated `now` too, as the curator's. Returns the
 * fields found changed.
 */
export function observe(p: Provenance, cells: Partial<Record<string, Cell>>, fields: readonly string[], now: Stamp): string[] {
  const seen: string[] = [];
  for (const field of fields) {
    const value = cells[field];
    const mark = p.fields[field];
    const hash = valueHash(value);
    if (mark) {
      if (mark.hash === hash) continue;
    } else if (cellText(value) === '') continue;
    p.fields[field] = { source: mark ? 'curator' : 'unknown', at: now, ref: '', hash };
    if (field === 'consent' && cellText(value) === CONSENT_WITHDRAWN) p.withdrawnAt = now;
    seen.push(field);
  }
  return seen;
}

/** Records a change the add-on makes. */
export function mark(p: Provenance, field: string, value: Cell | undefined, source: Source, at: Stamp, ref = ''): void {
  p.fields[field] = { source, at, ref, hash: valueHash(value) };
}

/** How a form answer relates to one field: newer than its last change, or not. */
export const isNewer = (p: Provenance, field: string, at: Stamp): boolean => {
  const m = p.fields[field];
  return !m || at > m.at;
};

/** Answer keys a person keeps: enough for every questionnaire they can answer several times. */
const APPLIED_KEEP = 40;

export function rememberAnswer(p: Provenance, key: string): void {
  if (p.applied.includes(key)) return;
  p.applied = [...p.applied, key].slice(-APPLIED_KEEP);
}

/** The result of one answer for the curator's count. */
export type Outcome = 'applied' | 'older' | 'replayed';

/**
 * A row's service cell after a read by the add-on: the curator's edits seen now, a link token
 * given when the person has none. The text is unchanged when nothing is new.
 */
export function stampService(text: string, cells: Partial<Record<string, Cell>>, fields: readonly string[], now: Stamp, newToken: () => string): string {
  const p = parseProvenance(text);
  const seen = observe(p, cells, fields, now);
  const hadToken = p.token !== '';
  if (!hadToken) p.token = newToken();
  return seen.length || !hadToken ? formatProvenance(p) : text;
}
