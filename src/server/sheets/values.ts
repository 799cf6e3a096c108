import type { Cell } from '../../domain/cell';

type Raw = GoogleAppsScript.Spreadsheet.Spreadsheet;

const isRealDate = (v: unknown): v is Date => Object.prototype.toString.call(v) === '[object Date]';

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
