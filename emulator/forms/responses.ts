/**
 * What Forms does with a response: the response sheet «Ответы на форму (N)» in the destination
 * spreadsheet (named in the spreadsheet's locale), one row per response, and the installed
 * spreadsheet onFormSubmit triggers, fired with an event shaped like the real one.
 */
import { AppsScriptException } from '../errors';
import { formatDate } from '../format-date';
import type { BookState, SheetState } from '../spreadsheet/model';
import { ensureCell, lastColumn, lastRow, newSheet } from '../spreadsheet/model';
import { views } from '../spreadsheet/views';
import { columnKey, headerOf, QUESTION_KINDS, type FormState, type ItemState, type ResponseState } from './model';

/** The response sheet's name in the spreadsheet's locale (DESIGN.md: «Ответы на форму (1)»). */
export const responseSheetName = (locale: string, n: number) =>
  locale.startsWith('ru') ? `Ответы на форму (${n})` : `Form Responses ${n}`;
export const timestampHeader = (locale: string) => (locale.startsWith('ru') ? 'Отметка времени' : 'Timestamp');
/**
 * The timestamp column's format follows the spreadsheet's locale, as Sheets' date-time formats do
 * (ru_RU 31.12.2025 9:05:00, en_US 12/31/2025 9:05:00: support.google.com/docs/answer/58515, «Change a
 * spreadsheet's locale»).
 */
export const timestampFormat = (locale: string) => (locale.startsWith('en_US') ? 'M/d/yyyy H:mm:ss' : 'dd.MM.yyyy H:mm:ss');

/** Same id rule as the spreadsheet fake, so sheet ids stay unique. */
const sheetIdFor = (n: number) => (n === 0 ? 0 : (n * 1_103_515_245 + 12_345) % 2_147_483_647);

export function createResponseSheet(book: BookState, form: FormState): void {
  const taken = new Set(book.sheets.map((s) => s.name.toLowerCase()));
  let n = 1;
  while (taken.has(responseSheetName(book.locale, n).toLowerCase())) n++;
  const sheet = newSheet(sheetIdFor(book.nextSheetId++), responseSheetName(book.locale, n));
  // Forms puts its response sheet in front of the others.
  book.sheets.unshift(sheet);
  form.destination = { spreadsheetId: book.id, sheetId: sheet.id, columns: new Map() };
  put(book, sheet, 1, 1, timestampHeader(book.locale));
  syncHeader(book, form);
}

const sheetOf = (book: BookState, form: FormState): SheetState | undefined =>
  form.destination?.spreadsheetId === book.id ? book.sheets.find((s) => s.id === form.destination!.sheetId) : undefined;

function put(book: BookState, sheet: SheetState, row: number, col: number, value: string | number | Date, format?: string) {
  const cell = ensureCell(sheet, row, col);
  cell.value = value;
  cell.formula = '';
  if (format) cell.format = format;
  if (row > sheet.maxRows) sheet.maxRows = row;
  if (col > sheet.maxCols) sheet.maxCols = col;
  void book;
}

/** New questions get a column at the right; renamed ones get their header updated. */
export function syncHeader(book: BookState, form: FormState): void {
  const sheet = sheetOf(book, form);
  if (!sheet || !form.destination) return;
  const columns = form.destination.columns;
  for (const item of form.items.filter((i) => QUESTION_KINDS.has(i.kind))) {
    const keys = item.kind === 'GRID' ? item.rows.map((_, r) => r) : [undefined];
    for (const r of keys) {
      const key = columnKey(item, r);
      let col = columns.get(key);
      if (col === undefined) columns.set(key, (col = Math.max(1, lastColumn(sheet)) + 1));
      put(book, sheet, 1, col, headerOf(item, r));
    }
  }
}

/** The items a respondent sees, following choice navigation and each break's «go to» page. */
export function visitedItems(form: FormState, answers: Map<number, unknown>): ItemState[] {
  const pages: ItemState[][] = [[]];
  const breaks: (ItemState | null)[] = [null];
  for (const item of form.items) {
    if (item.kind === 'PAGE_BREAK') {
      pages.push([]);
      breaks.push(item);
    } else pages[pages.length - 1]!.push(item);
  }
  const seen: ItemState[] = [];
  let page = 0;
  for (let guard = 0; page < pages.length && guard <= pages.length; guard++) {
    let jump: number | null = null;
    for (const item of pages[page]!) {
      seen.push(item);
      const chosen = item.choices.find((c) => c.value === answers.get(item.id));
      if (item.kind === 'MULTIPLE_CHOICE' && chosen?.goTo !== undefined) jump = breaks.findIndex((b) => b?.id === chosen.goTo);
    }
    if (jump !== null) page = jump;
    else {
      const next = breaks[page + 1];
      if (!next) break;
      if (next.goToPage === 'SUBMIT') break;
      page = next.goToPage === null ? page + 1 : breaks.findIndex((b) => b?.id === next.goToPage);
    }
  }
  return seen;
}

/** Required questions answered, nothing answered on a page the respondent never saw. */
export function checkComplete(form: FormState, answers: Map<number, unknown>): void {
  const visited = visitedItems(form, answers);
  const seen = new Set(visited.map((i) => i.id));
  for (const id of answers.keys()) {
    if (!seen.has(id)) throw new AppsScriptException(`Invalid response: item ${id} is on a page the respondent does not reach.`);
  }
  for (const item of visited) {
    const a = answers.get(item.id);
    const empty = a === undefined || a === '' || (Array.isArray(a) && a.every((x) => x === ''));
    if (item.required && empty) throw new AppsScriptException(`Invalid response: «${item.title}» is required.`);
  }
}

export interface SpreadsheetSubmitEvent {
  authMode: string;
  range: GoogleAppsScript.Spreadsheet.Range;
  values: string[];
  namedValues: Record<string, string[]>;
  triggerUid: string;
}

const display = (v: string | number | boolean | Date | undefined, tz: string) =>
  v === undefined ? '' : v instanceof Date ? formatDate(v, tz, 'dd.MM.yyyy') : String(v);

/** Midnight of an ISO day in the spreadsheet's time zone. */
function dayIn(iso: string, tz: string): Date {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const noon = new Date(Date.UTC(y, m - 1, d, 12));
  const offset = formatDate(noon, tz, 'Z'); // "+0300"
  const minutes = (offset.startsWith('-') ? -1 : 1) * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(3, 5)));
  return new Date(Date.UTC(y, m - 1, d) - minutes * 60000);
}

/**
 * Appends the response to the response sheet and returns the event (without triggerUid) that the
 * spreadsheet's onFormSubmit triggers receive; null when the form has no destination here.
 */
export function writeResponse(book: BookState, form: FormState, response: ResponseState): Omit<SpreadsheetSubmitEvent, 'triggerUid'> | null {
  const sheet = sheetOf(book, form);
  if (!sheet || !form.destination) return null;
  syncHeader(book, form);
  const tz = book.timeZone;
  const row = lastRow(sheet) + 1;
  put(book, sheet, row, 1, new Date(response.timestamp.getTime()), timestampFormat(book.locale));
  for (const item of form.items) {
    const a = response.answers.get(item.id);
    if (a === undefined) continue;
    const cols = form.destination.columns;
    if (item.kind === 'GRID') (a as string[]).forEach((v, r) => v && put(book, sheet, row, cols.get(columnKey(item, r))!, v));
    else if (item.kind === 'DATE') put(book, sheet, row, cols.get(columnKey(item))!, dayIn(a as string, tz), 'dd.MM.yyyy');
    else if (Array.isArray(a)) put(book, sheet, row, cols.get(columnKey(item))!, a.join(', '));
    else if (a !== '') put(book, sheet, row, cols.get(columnKey(item))!, a);
  }
  return eventFor(book, sheet, row);
}

/** The event for one row of a response sheet, with display strings as Apps Script sends them. */
export function eventFor(book: BookState, sheet: SheetState, row: number): Omit<SpreadsheetSubmitEvent, 'triggerUid'> {
  const width = Math.max(1, lastColumn(sheet));
  const header = Array.from({ length: width }, (_, j) => String(sheet.rows[0]?.[j]?.value ?? ''));
  const values = header.map((_, j) => {
    const v = sheet.rows[row - 1]?.[j]?.value;
    if (j === 0 && v instanceof Date) return formatDate(v, book.timeZone, timestampFormat(book.locale));
    return display(v === '' ? undefined : v, book.timeZone);
  });
  const namedValues: Record<string, string[]> = {};
  header.forEach((h, j) => (namedValues[h] = [values[j]!]));
  return {
    authMode: 'FULL',
    range: views.range(book, { sheet, row, col: 1, numRows: 1, numCols: width }),
    values,
    namedValues,
  };
}
