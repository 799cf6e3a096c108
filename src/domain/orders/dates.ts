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
