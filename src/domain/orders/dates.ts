/** Russian order-style dates (ГОСТ Р 7.0.97-2016 allows the verbal-numeric form used by schools). */
const MONTHS_GENITIVE = [
  'января', 'февраля', 'марта', 'апреля', 'мая', 'июня',
  'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря',
];
const MONTHS_NOMINATIVE = [
  'январь', 'февраль', 'март', 'апрель', 'май', 'июнь',
  'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь',
];

function parts(iso: string): [number, number, number] {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new RangeError(`not an ISO date: ${iso}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** '2025-09-01' → '«01» сентября 2025 г.' */
export function orderDate(iso: string): string {
  const [y, m, d] = parts(iso);
  return `«${String(d).padStart(2, '0')}» ${MONTHS_GENITIVE[m - 1]} ${y} г.`;
}

/** '2025-09-01' → '01.09.2025' (registry, appendix captions). */
export function shortDate(iso: string): string {
  const [y, m, d] = parts(iso);
  return `${String(d).padStart(2, '0')}.${String(m).padStart(2, '0')}.${y}`;
}

/** '2025-10-01' → 'октябрь 2025 г.' (plan deadlines are months of the school year). */
export function monthOf(iso: string): string {
  const [y, m] = parts(iso);
  return `${MONTHS_NOMINATIVE[m - 1]} ${y} г.`;
}

/** The ISO date `months` months after `iso`, on the 1st. */
export function addMonths(iso: string, months: number): string {
  const [y, m] = parts(iso);
  const total = y * 12 + (m - 1) + months;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}-01`;
}

/** '01.10.2025' (as typed in «Настройки» or a prompt) → '2025-10-01'; null when it is not a date. */
export function parseRuDate(text: string): string | null {
  const m = /^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s*$/.exec(text);
  if (!m) return null;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** '2025-09-01', '2025-10-31' → 'сентябрь – октябрь 2025 г.'; one month → 'сентябрь 2025 г.'. */
export function monthSpan(startIso: string, endIso: string): string {
  const [y1, m1] = parts(startIso);
  const [y2, m2] = parts(endIso);
  if (y1 === y2 && m1 === m2) return monthOf(startIso);
  if (y1 === y2) return `${MONTHS_NOMINATIVE[m1 - 1]} – ${MONTHS_NOMINATIVE[m2 - 1]} ${y1} г.`;
  return `${MONTHS_NOMINATIVE[m1 - 1]} ${y1} г. – ${MONTHS_NOMINATIVE[m2 - 1]} ${y2} г.`;
}
