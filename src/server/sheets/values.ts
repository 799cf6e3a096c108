import { isDate, type Cell } from '../../domain/cell';
import type { ColumnSpec } from '../../domain/table';

type Raw = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** A Date of any realm (the script's, or one Apps Script hands over). */
export const isRealDate = (v: unknown): v is Date => Object.prototype.toString.call(v) === '[object Date]';

/** Sheets' «automatic» number format: what a formula cell needs to stay a formula when written. */
export const AUTOMATIC_FORMAT = '0.###############';

/** How each kind of column is kept in the Sheet: text as plain text, so «=…», «+7…», «007» stay text. */
export const NUMBER_FORMAT: Record<ColumnSpec['kind'], string> = { text: '@', number: '0', date: 'dd.MM.yyyy', link: AUTOMATIC_FORMAT };

/** Midnight of an ISO day in the spreadsheet's time zone (the offset read at noon, safe across DST). */
export function dayDate(iso: string, tz: string): Date {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const offset = Utilities.formatDate(new Date(Date.UTC(y, m - 1, d, 12)), tz, 'Z'); // "+0300"
  const minutes = (offset.startsWith('-') ? -1 : 1) * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(3, 5)));
  return new Date(Date.UTC(y, m - 1, d) - minutes * 60000);
}

/** Domain cells → values to write: `{ iso }` becomes midnight of that day (each day computed once). */
export function toSheetValues(rows: readonly (readonly Cell[])[], timeZone: string): (string | number | boolean | Date)[][] {
  const days = new Map<string, Date>();
  const day = (iso: string) => {
    let d = days.get(iso);
    if (!d) days.set(iso, (d = dayDate(iso, timeZone)));
    return d;
  };
  return rows.map((r) => r.map((v) => (isDate(v) ? day(v.iso) : v)));
}

/** Sheets values → domain cells: a Date becomes its calendar day in the spreadsheet's time zone. */
export function toCells(values: readonly (readonly unknown[])[], timeZone: string): Cell[][] {
  const days = new Map<number, string>(); // many cells share a date: format each instant once
  const day = (d: Date) => {
    let iso = days.get(d.getTime());
    if (iso === undefined) days.set(d.getTime(), (iso = Utilities.formatDate(d, timeZone, 'yyyy-MM-dd')));
    return iso;
  };
  return values.map((row) =>
    row.map((v): Cell => {
      if (isRealDate(v)) return { iso: day(v) };
      if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'string') return v;
      return '';
    }),
  );
}

/** Today in the spreadsheet's time zone, as the domain wants it. */
export function todayIso(book: Raw): string {
  return Utilities.formatDate(new Date(), book.getSpreadsheetTimeZone(), 'yyyy-MM-dd');
}

/** This moment on the spreadsheet's wall clock, 'YYYY-MM-DD HH:MM:SS' (the domain's Stamp). */
export function nowStamp(book: Raw): string {
  return Utilities.formatDate(new Date(), book.getSpreadsheetTimeZone(), 'yyyy-MM-dd HH:mm:ss');
}
