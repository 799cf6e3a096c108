import { cellText, isBlank, isDate, parseRuDate, type Cell } from '../cell';
import type { CellChange } from '../import/snapshot';
import { EMAIL_IN_TEXT, escapeRegExp, findPhone, isEmail, normaliseName, PHONE_IN_TEXT } from '../text';

/** What identifies a person in any sheet: their code, name and own contacts; the parent's only next to them. */
export interface Person {
  code: string;
  fullName: string;
  phones: string[];
  emails: string[];
  parentName: string;
  parentPhones: string[];
  /** ISO days of birth: cleared wherever they are in the person's own rows. */
  birthDates: string[];
  /** Other full names the person had (a corrected ФИО in «Журнал»). */
  formerNames: string[];
}

export type HitKind = 'code' | 'name' | 'nameInText' | 'contact' | 'contactInText';

/** A cell that holds the person's data: 1-based row, 0-based column. */
export interface Hit {
  row: number;
  col: number;
  kind: HitKind;
}

/** The phone in a cell ('+7XXXXXXXXXX'), a number typed without its plus too; null when none. */
export const phoneOf = (v: Cell | undefined): string | null => {
  const t = typeof v === 'number' ? String(v) : cellText(v);
  return t ? findPhone(t) : null;
};

/** A person from their row of a base (cells keyed by the bases' column keys). */
export function personOf(cells: Partial<Record<string, Cell>>): Person {
  const phone = phoneOf(cells.phone), parent = phoneOf(cells.parentPhone);
  const emails = [cells.email, cells.parentEmail].map((v) => cellText(v).toLowerCase()).filter((e) => e && isEmail(e));
  const born = cells.birthDate;
  return {
    code: cellText(cells.code),
    fullName: cellText(cells.fullName),
    phones: phone ? [phone] : [],
    emails,
    parentName: cellText(cells.parentName),
    parentPhones: parent ? [parent] : [],
    birthDates: isDate(born) ? [born.iso] : [],
    formerNames: [],
  };
}

/**
 * A person with every phone, e-mail and earlier name found in texts about them — the values of
 * their «Журнал» lines, their own answers — so an old e-mail or a corrected phone is erased too.
 */
export function enrichPerson(p: Person, texts: readonly string[], names: readonly string[] = []): Person {
  const phones = new Set(p.phones), emails = new Set(p.emails);
  for (const t of texts) {
    for (const m of t.match(PHONE_IN_TEXT) ?? []) { const ph = phoneOf(m.trim()); if (ph && !p.parentPhones.includes(ph)) phones.add(ph); }
    for (const m of t.match(EMAIL_IN_TEXT) ?? []) emails.add(m.toLowerCase());
  }
  const formerNames = [...new Set([...p.formerNames, ...names.filter((n) => normaliseName(n) !== normaliseName(p.fullName) && n.trim().split(/\s+/).length >= 2)])];
  return { ...p, phones: [...phones], emails: [...emails], formerNames };
}

const LETTER = 'a-zа-яё';
/** A phrase as a pattern: any case, ё = е, any spaces, not inside a longer word. */
function phrase(text: string): RegExp {
  const body = normaliseName(text).split(' ').map((w) => [...w].map((ch) => (ch === 'е' ? '[её]' : escapeRegExp(ch))).join('')).join('[\\s\\u00a0]*');
  return new RegExp(`(?<![${LETTER}])${body}(?![${LETTER}])`, 'giu');
}

/**
 * The ways a name is written in lists and texts: in full, surname and first name, and with initials
 * («Иванов И.П.», «И.П. Иванов») — initials only when nobody else in `others` shares them.
 */
export function nameVariants(fullName: string, others: readonly string[] = []): string[] {
  const words = normaliseName(fullName).split(' ').filter(Boolean);
  if (words.length < 2) return words.length ? [words.join(' ')] : [];
  const [surname, first, middle] = words as [string, string, string | undefined];
  const variants = [words.join(' '), `${surname} ${first}`, `${first} ${surname}`];
  const initials = (ws: string[]) => `${ws[1]?.charAt(0)}.${ws[2] ? `${ws[2].charAt(0)}.` : ''}`;
  const mine = initials(words);
  const clash = others.some((o) => {
    const ws = normaliseName(o).split(' ');
    return ws[0] === surname && initials(ws) === mine && normaliseName(o) !== words.join(' ');
  });
  if (!clash) variants.push(`${surname} ${mine}`, `${mine} ${surname}`, `${surname} ${first.charAt(0)}.`);
  void middle;
  return [...new Set(variants)];
}

/**
 * Every cell of one sheet that holds the person's data. The parent's name and phone count only in
 * rows that are the person's (their code or ФИО in a cell of its own): a brother's row that merely
 * mentions them keeps the common parent.
 */
export function findPerson(grid: readonly (readonly Cell[])[], person: Person, others: readonly string[] = []): Hit[] {
  const hits: Hit[] = [];
  const code = person.code.toLowerCase();
  // With a namesake in the bases, a name alone does not say who it is: only the code counts then.
  const taken = new Set(others.map(normaliseName));
  const names = [person.fullName, ...person.formerNames].map(normaliseName).filter((n) => n && !taken.has(n));
  const name = names[0] === normaliseName(person.fullName) ? names[0]! : '';
  const patterns = names.length ? [person.fullName, ...person.formerNames].filter((n) => names.includes(normaliseName(n)))
    .flatMap((n) => nameVariants(n, others)).map(phrase) : [];
  const parent = normaliseName(person.parentName);
  const surnames = names.map((n) => n.split(' ')[0] ?? '').filter(Boolean);
  const parts = name ? name.split(' ') : [];
  const own = new Set<number>();
  grid.forEach((row, r) => {
    const words = new Set(row.map((v) => normaliseName(cellText(v))));
    // The name split over cells of one row (an import list with «Фамилия», «Имя», «Отчество»).
    if (parts.length >= 2 && parts.every((w) => words.has(w))) own.add(r);
    row.forEach((v, c) => {
      if (isBlank(v)) return;
      const text = cellText(v);
      const add = (kind: HitKind) => hits.push({ row: r + 1, col: c, kind });
      if (code && text.toLowerCase() === code) return add('code'), own.add(r);
      if (names.includes(normaliseName(text))) return add('name'), own.add(r);
      if (parts.length >= 2 && own.has(r) && parts.includes(normaliseName(text))) return add('name');
      const phone = phoneOf(v);
      if (phone && person.phones.includes(phone)) return add('contact'), own.add(r);
      if (person.emails.includes(text.toLowerCase())) return add('contact'), own.add(r);
      if (typeof v !== 'string') return;
      // Cheap tests first: most cells of a big sheet hold neither the surname nor a phone or an e-mail.
      const lower = v.toLowerCase().replace(/ё/g, 'е');
      if (surnames.some((s) => lower.includes(s)) && patterns.some((p) => ((p.lastIndex = 0), p.test(v)))) return add('nameInText');
      if ((lower.includes('@') || /\d{3}/.test(lower)) && replaceContacts(v, person) !== v) return add('contactInText');
    });
  });
  // In the person's own rows: their parent's name and phone, their date of birth, the parts of their name.
  for (const r of own) {
    grid[r]!.forEach((v, c) => {
      if (isBlank(v) || hits.some((h) => h.row === r + 1 && h.col === c)) return;
      const phone = phoneOf(v);
      const day = isDate(v) ? v.iso : typeof v === 'string' ? parseRuDate(v) : null;
      const text = normaliseName(cellText(v));
      if ((parent && text === parent) || (phone && person.parentPhones.includes(phone)) || (day && person.birthDates.includes(day)) ||
        (parts.length >= 2 && parts.includes(text))) {
        hits.push({ row: r + 1, col: c, kind: 'contact' });
      }
    });
  }
  return hits;
}

/** The person's own rows of a sheet (1-based): those where their code, name or own contact stands in a cell. */
export const ownRowsOf = (hits: readonly Hit[]): Set<number> =>
  new Set(hits.filter((h) => h.kind === 'code' || h.kind === 'name' || h.kind === 'contact').map((h) => h.row));

/** The text with every way of writing the person's name replaced by the pseudonym. */
export function replaceName(text: string, fullName: string, pseudonym: string, others: readonly string[] = []): string {
  let out = text;
  for (const variant of nameVariants(fullName, others)) out = out.replace(phrase(variant), pseudonym);
  return out;
}

export const REMOVED = '[удалено]';

/** The text with the person's own phones and e-mails (written inside it) replaced. */
export function replaceContacts(text: string, person: Person): string {
  return text
    .replace(PHONE_IN_TEXT, (m) => (person.phones.includes(phoneOf(m.trim()) ?? '') ? REMOVED : m))
    .replace(EMAIL_IN_TEXT, (m) => (person.emails.includes(m.toLowerCase()) ? REMOVED : m));
}

/**
 * Anonymisation of the hits: code and name become the pseudonym (so counts and links between sheets
 * stay), names inside texts are replaced, contacts are emptied. Rows are never removed.
 */
export function anonymise(grid: readonly (readonly Cell[])[], hits: readonly Hit[], person: Person, pseudonym: string, others: readonly string[] = []): CellChange[] {
  return hits.map((h) => {
    const v = grid[h.row - 1]?.[h.col];
    if (h.kind === 'code' || h.kind === 'name') return { ...h, value: pseudonym };
    if (h.kind === 'nameInText' || h.kind === 'contactInText') {
      return { ...h, value: replaceContacts(replaceName(cellText(v), person.fullName, pseudonym, others), person) };
    }
    return { row: h.row, col: h.col, value: '' };
  }).map(({ row, col, value }) => ({ row, col, value }));
}

/** Each piece of a text that names the person (any way of writing any of their names) or holds their contacts, as written there. */
export function namedFragments(text: string, person: Person, others: readonly string[] = []): string[] {
  const out = new Set<string>();
  for (const full of [person.fullName, ...person.formerNames].filter(Boolean)) {
    for (const variant of nameVariants(full, others)) for (const m of text.match(phrase(variant)) ?? []) out.add(m);
  }
  for (const m of text.match(PHONE_IN_TEXT) ?? []) if (person.phones.includes(phoneOf(m.trim()) ?? '')) out.add(m.trim());
  for (const m of text.match(EMAIL_IN_TEXT) ?? []) if (person.emails.includes(m.toLowerCase())) out.add(m);
  return [...out];
}

/** «УД-0003»: the pseudonym of the n-th erased person. */
export const pseudonymOf = (n: number): string => `УД-${String(n).padStart(4, '0')}`;
export const isPseudonym = (text: string): boolean => /^УД-\d{4,}$/.test(text.trim());

/** The next pseudonym number: after every «УД-n» already in these grids and after the registry's lines. */
export function nextPseudonymNumber(grids: readonly (readonly (readonly Cell[])[])[], registryLines: number): number {
  let max = registryLines;
  for (const grid of grids) for (const row of grid) for (const v of row) {
    const m = typeof v === 'string' ? /^УД-(\d+)$/.exec(v.trim()) : null;
    if (m) max = Math.max(max, Number(m[1]));
  }
  return max + 1;
}
