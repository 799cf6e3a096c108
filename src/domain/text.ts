/** Text rules shared by every feature: how names compare, what looks like a formula. */

/**
 * Latin letters that look like Cyrillic ones, as a keyboard left in the English layout types them
 * («Никитинa» with a Latin «a»). Capitals fold by shape (B → В, H → Н, M → М, T → Т); small letters
 * only where the small letters look alike too (b, h, m, t do not).
 */
const LOOK_ALIKE: Readonly<Record<string, string>> = {
  A: 'А', B: 'В', C: 'С', E: 'Е', H: 'Н', K: 'К', M: 'М', O: 'О', P: 'Р', T: 'Т', X: 'Х', Y: 'У',
  a: 'а', c: 'с', e: 'е', k: 'к', o: 'о', p: 'р', x: 'х', y: 'у', 'Ë': 'Ё', 'ë': 'ё',
};
const LOOK_ALIKE_RE = new RegExp(`[${Object.keys(LOOK_ALIKE).join('')}]`, 'g');

/**
 * The one normaliser of people's names (ФИО) for comparison and identity: look-alike Latin letters
 * as Cyrillic, case, «ё» as «е», any run of spaces (incl. no-break) as one, dashes as a hyphen.
 * «  Никитинa  Алёна» and «никитина алена» are the same key. A name typed wholly in Latin letters
 * keeps its other letters, so «Anna» never becomes «Анна»: only shapes that cannot be told apart fold.
 */
export function normaliseName(name: string): string {
  return name
    .replace(LOOK_ALIKE_RE, (ch) => LOOK_ALIKE[ch]!)
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[‐‑‒–—]/g, '-')
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/ ?- ?/g, '-')
    .trim();
}

/**
 * The words of a name that mix Latin and Cyrillic letters, with the Latin letters in each: such a
 * name looks right but is not found by search, sorted apart and easily entered twice.
 */
export function mixedScriptWords(name: string): { word: string; latin: string[] }[] {
  return name.split(/[\s\u00a0]+/).flatMap((word) => {
    if (!/\p{Script=Cyrillic}/u.test(word)) return [];
    const latin = [...new Set(word.match(/\p{Script=Latin}/gu) ?? [])];
    return latin.length ? [{ word, latin }] : [];
  });
}

/** Text that Sheets would take for a formula (or a formula injection) if written as typed. */
export const looksLikeFormula = (text: string): boolean => /^[=+\-@]/.test(text.trim());

/** A Russian (or foreign-born) person's name: at least a surname and a first name of letters. */
export function isPlausibleFullName(name: string): boolean {
  const words = name.trim().split(/\s+/);
  return words.length >= 2 && words.every((w) => /^[A-Za-zА-Яа-яЁё][A-Za-zА-Яа-яЁё'’-]*\.?$/.test(w));
}

/** Russian phone numbers in any common notation → '+7XXXXXXXXXX', or null. */
export function normalisePhone(text: string): string | null {
  const digits = text.replace(/[\s()\-.]/g, '');
  if (!/^\+?\d+$/.test(digits)) return null;
  const d = digits.replace(/^\+/, '');
  if (d.length === 11 && (d.startsWith('7') || d.startsWith('8'))) return `+7${d.slice(1)}`;
  if (d.length === 10 && d.startsWith('9')) return `+7${d}`;
  return null;
}

/**
 * A phone as found in lists and sheets, where ten digits without the 8 are common (landlines too):
 * those are read as a national number. «Проверить базы» keeps the stricter `normalisePhone`.
 */
export const findPhone = (text: string): string | null =>
  normalisePhone(text) ?? (/^\d{10}$/.test(text) ? normalisePhone(`8${text}`) : null);

export const isEmail = (text: string): boolean => /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/.test(text.trim());

/**
 * The one way the add-on writes a phone, the bases' own: «+7 917 555-03-01». Any notation
 * `findPhone` reads becomes that; null when the text is not a phone.
 */
export function formatPhone(text: string): string | null {
  const p = findPhone(text.trim());
  return p && `+7 ${p.slice(2, 5)} ${p.slice(5, 8)}-${p.slice(8, 10)}-${p.slice(10)}`;
}

/**
 * Text as a pattern that matches it literally: the characters JavaScript RegExp and RE2
 * (DocumentApp's replaceText) read as operators are escaped.
 */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Phone numbers and e-mails written inside a longer text. */
export const PHONE_IN_TEXT = /(?<![\d+])(?:(?:\+7|8)[\s(-]*)?\d{3}[\s)-]*\d{3}[\s-]*\d{2}[\s-]*\d{2}(?!\d)/g;
export const EMAIL_IN_TEXT = /[^\s@,;:<>()]+@[^\s@,;:<>()]+\.[a-z]{2,}/gi;
