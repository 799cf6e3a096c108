/** Text rules shared by every feature: how names compare, what looks like a formula. */

/** ФИО for comparison: case, spaces and «ё» don't make two people different. */
export function normaliseName(name: string): string {
  return name.toLowerCase().replace(/ё/g, 'е').replace(/[\s\u00a0]+/g, ' ').trim();
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
