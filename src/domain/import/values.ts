import { cellText, isBlank, isDate, isoOf, parseRuDate, type Cell } from '../cell';
import { BASES, CONSENT_GIVEN, STUDENT, TEACHER, type BaseName } from '../bases/schema';
import type { ColumnSpec } from '../table';
import { formatPhone } from '../text';
import type { Mapping } from './mapping';

/** «7 Б», «7б», «7-б», «7 "Б"», 7 → «7Б»; anything else is kept as typed. */
export function normaliseGrade(v: Cell): Cell {
  if (typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 11) return String(v);
  const t = cellText(v);
  const m = /^(\d{1,2})\s*[-–]?\s*["«'“]?\s*([а-яёa-z])?\s*["»'”]?\s*(класс|кл\.?)?$/i.exec(t);
  if (!m) return t;
  return `${Number(m[1])}${(m[2] ?? '').toUpperCase()}`;
}

/** Dates typed as text (01.09.2012, 1.9.12, 2012-09-01, 01/09/2012) or as a spreadsheet serial number. */
export function normaliseDate(v: Cell): Cell {
  if (isDate(v)) return v;
  if (typeof v === 'number' && v > 0 && v < 80000) {
    // Sheets/Excel serial: day 0 is 30.12.1899.
    const d = new Date(Date.UTC(1899, 11, 30) + Math.round(v) * 86_400_000);
    return { iso: d.toISOString().slice(0, 10) };
  }
  const t = cellText(v).replace(/\s*г\.?$/, '');
  const iso = parseRuDate(t.replace(/\//g, '.'));
  if (iso) return { iso };
  const short = /^(\d{1,2})\.(\d{1,2})\.(\d{2})$/.exec(t);
  if (short) {
    const yy = Number(short[3]);
    const found = isoOf(yy > 30 ? 1900 + yy : 2000 + yy, Number(short[2]), Number(short[1]));
    if (found) return { iso: found };
  }
  return t;
}

/** A phone in any common notation → «+7 917 555-03-01»; what is not a phone is kept as typed. */
export function normalisePhoneCell(v: Cell): Cell {
  const t = typeof v === 'number' ? String(v) : cellText(v);
  return formatPhone(t) ?? t;
}

/** «ИВАНОВ иван» → «Иванов Иван»: a word typed all in one case gets a capital; mixed case is kept. */
export function tidyName(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim().split(' ').map((w) =>
    w === w.toUpperCase() || w === w.toLowerCase()
      ? w.split('-').map((p) => p.charAt(0).toUpperCase() + p.slice(1).toLowerCase()).join('-')
      : w,
  ).join(' ');
}

const CATEGORY_WORDS: [RegExp, string][] = [[/^(ученик|ученица|учащ|обучающ|школьник)/i, STUDENT], [/^(учитель|педагог|преподават)/i, TEACHER]];
const YES = /^(да|дано|есть|получено|true|\+)$/i;
const NO = /^(нет|не дано|false|-)$/i;

function convert(key: string, kind: ColumnSpec['kind'] | undefined, v: Cell): Cell {
  if (key === 'grade') return normaliseGrade(v);
  if (key === 'phone' || key === 'parentPhone') return normalisePhoneCell(v);
  if (key === 'fullName' || key === 'parentName') return tidyName(cellText(v));
  if (key === 'email' || key === 'parentEmail') return cellText(v).toLowerCase();
  if (key === 'category') {
    const t = cellText(v);
    return CATEGORY_WORDS.find(([re]) => re.test(t))?.[1] ?? t.toLowerCase();
  }
  if (key === 'consent') {
    const t = cellText(v);
    return typeof v === 'boolean' ? (v ? CONSENT_GIVEN : 'не дано') : YES.test(t) ? CONSENT_GIVEN : NO.test(t) ? 'не дано' : t.toLowerCase();
  }
  if (kind === 'date') return normaliseDate(v);
  if (kind === 'number') {
    if (typeof v === 'number') return v;
    const m = /^(\d+)(\s*(лет|год|года|г\.?))?$/i.exec(cellText(v));
    return m ? Number(m[1]) : cellText(v);
  }
  return isDate(v) ? v : cellText(v);
}

/** One row of the list, as the base would hold it. */
export interface Incoming {
  /** Row of the source sheet (1-based). */
  sourceRow: number;
  cells: Record<string, Cell>;
  /** Text of the «роль» column, when one is mapped. */
  role?: string;
}

/**
 * The list's rows below the header as records of the base: name parts joined, classes, dates
 * and phones in one notation, category guessed from the class or the position when missing.
 */
export function readIncoming(grid: readonly (readonly Cell[])[], headerRow: number, mapping: Mapping, base: BaseName): Incoming[] {
  const columns = BASES[base].columns as Record<string, ColumnSpec>;
  const out: Incoming[] = [];
  grid.forEach((row, r) => {
    if (r <= headerRow || row.every((v) => isBlank(v))) return;
    const cells: Record<string, Cell> = {};
    const parts: Partial<Record<'lastName' | 'firstName' | 'middleName', string>> = {};
    // With a role column, a row without a role is not a participant (the whole school's list).
    let role: string | undefined = mapping.includes('role') ? '' : undefined;
    mapping.forEach((target, c) => {
      const v = row[c];
      if (!target || v === undefined || isBlank(v)) return;
      if (target === 'lastName' || target === 'firstName' || target === 'middleName') parts[target] = cellText(v);
      else if (target === 'role') role = cellText(v);
      else cells[target] = convert(target, columns[target]?.kind, typeof v === 'string' ? v.trim() : v);
    });
    if (parts.lastName || parts.firstName) {
      cells.fullName = tidyName([parts.lastName, parts.firstName, parts.middleName].filter(Boolean).join(' '));
    }
    if (isBlank(cells.category)) {
      if (!isBlank(cells.grade)) cells.category = STUDENT;
      else if (!isBlank(cells.position) || !isBlank(cells.subject)) cells.category = TEACHER;
    }
    out.push(role === undefined ? { sourceRow: r + 1, cells } : { sourceRow: r + 1, cells, role });
  });
  return out;
}

/** Which base a row's role sends it to; null when the role says nothing. */
export function baseOfRole(role: string): BaseName | null {
  const t = role.toLowerCase();
  if (/наставляем|mentee/.test(t)) return 'mentees';
  if (/наставник|mentor/.test(t)) return 'mentors';
  return null;
}
