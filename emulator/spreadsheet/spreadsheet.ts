/**
 * Spreadsheet — reference: developers.google.com/apps-script/reference/spreadsheet/spreadsheet
 * `FakeSpreadsheet` owns the plain state; `asApi()` hands out the strict view a script sees.
 */
import { AppsScriptException, NotEmulated } from '../errors';
import type { Host } from '../host';
import { activate, activeRef, duplicateName, refFromA1, sheetByName } from './book';
import { newSheet, type BookState } from './model';
import { expose, int, lookup, signatureMismatch, str } from './refs';
import { provide, views } from './views';

/** The name Sheets gives the n-th sheet in the spreadsheet's locale ("Лист1", "Sheet1"). */
export function defaultSheetName(locale: string, n: number): string {
  return `${locale.startsWith('ru') ? 'Лист' : 'Sheet'}${n}`;
}

/** A deterministic stand-in for Sheets' random sheet ids (the first sheet is 0, as in Sheets). */
function sheetIdFor(n: number): number {
  return n === 0 ? 0 : (n * 1_103_515_245 + 12_345) % 2_147_483_647;
}

function idFor(name: string): string {
  let h = 2166136261;
  for (const ch of name) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  let id = '1';
  for (let i = 0; id.length < 44; i++) {
    h = Math.imul(h ^ i, 2654435761) >>> 0;
    id += alphabet[h % 64];
  }
  return id;
}

export class FakeSpreadsheet {
  /** The plain state, for the emulator's own modules (exporters read the public API instead). */
  readonly state: BookState;
  constructor(host: Host, options: { name: string; id?: string }) {
    const first = newSheet(sheetIdFor(0), defaultSheetName(host.locale, 1));
    this.state = {
      host, id: options.id ?? idFor(options.name), name: options.name, sheets: [first], activeSheet: first,
      activeRange: null, timeZone: host.timeZone, locale: host.locale, nextSheetId: 1,
    };
  }
  asApi(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    return views.spreadsheet(this.state);
  }
}

class Spreadsheet implements Partial<GoogleAppsScript.Spreadsheet.Spreadsheet> {
  readonly #book: BookState;
  #self!: GoogleAppsScript.Spreadsheet.Spreadsheet;
  private constructor(book: BookState) {
    this.#book = book;
  }
  static create(book: BookState): GoogleAppsScript.Spreadsheet.Spreadsheet {
    const view = new Spreadsheet(book);
    view.#self = expose<GoogleAppsScript.Spreadsheet.Spreadsheet>(view, 'Spreadsheet');
    return view.#self;
  }
  #hit(method: string): BookState {
    this.#book.host.calls.hit(`Spreadsheet.${method}`);
    return this.#book;
  }

  getId() { return this.#hit('getId').id; }
  getUrl() { return `https://docs.google.com/spreadsheets/d/${this.#hit('getUrl').id}/edit`; }
  getName() { return this.#hit('getName').name; }
  rename(newName: string) { this.#hit('rename').name = str(newName, 'Spreadsheet.rename', [newName]); }
  getSpreadsheetTimeZone() { return this.#hit('getSpreadsheetTimeZone').timeZone; }
  setSpreadsheetTimeZone(timezone: string) {
    const b = this.#hit('setSpreadsheetTimeZone');
    str(timezone, 'Spreadsheet.setSpreadsheetTimeZone', [timezone]);
    try {
      new Intl.DateTimeFormat('en', { timeZone: timezone });
    } catch {
      throw new AppsScriptException(`Invalid argument: ${timezone}`);
    }
    b.timeZone = timezone;
  }
  getSpreadsheetLocale() { return this.#hit('getSpreadsheetLocale').locale; }
  setSpreadsheetLocale(locale: string) { this.#hit('setSpreadsheetLocale').locale = str(locale, 'Spreadsheet.setSpreadsheetLocale', [locale]); }
  /** Shown in the lower right corner; recorded in host.log.toasts. */
  toast(msg: string, title?: string, timeoutSeconds?: number | null) {
    const b = this.#hit('toast');
    if (typeof msg !== 'string' || (title !== undefined && typeof title !== 'string') || (timeoutSeconds != null && typeof timeoutSeconds !== 'number')) {
      throw signatureMismatch('Spreadsheet.toast', [msg, title, timeoutSeconds].filter((a) => a !== undefined));
    }
    b.host.log.toasts.push({ message: msg, title: title ?? '', timeoutSeconds: timeoutSeconds ?? 5 });
  }

  // ---- sheets
  getSheets() { const b = this.#hit('getSheets'); return b.sheets.map((s) => views.sheet(b, s)); }
  getNumSheets() { return this.#hit('getNumSheets').sheets.length; }
  /** Ignores case; a missing sheet is null, not an exception. */
  getSheetByName(name: string) {
    const b = this.#hit('getSheetByName');
    const s = sheetByName(b, str(name, 'Spreadsheet.getSheetByName', [name]));
    return s ? views.sheet(b, s) : null;
  }
  getSheetById(id: number) {
    const b = this.#hit('getSheetById');
    const s = b.sheets.find((x) => x.id === id);
    return s ? views.sheet(b, s) : null;
  }
  /** insertSheet(), (name), (index), (name, index) — the index is 0-based; the new sheet becomes active. */
  insertSheet(nameOrIndex?: string | number | object, index?: number | object, options?: object) {
    const b = this.#hit('insertSheet');
    const args = [nameOrIndex, index, options].filter((a) => a !== undefined);
    if (args.some((a) => typeof a === 'object')) throw new NotEmulated('Spreadsheet.insertSheet(…, { template })');
    let name: string | undefined;
    let at = b.sheets.length;
    if (typeof nameOrIndex === 'string') name = nameOrIndex;
    else if (typeof nameOrIndex === 'number') at = nameOrIndex;
    else if (nameOrIndex !== undefined) throw signatureMismatch('Spreadsheet.insertSheet', args);
    if (index !== undefined) {
      if (typeof nameOrIndex !== 'string') throw signatureMismatch('Spreadsheet.insertSheet', args);
      at = int(index, 'Spreadsheet.insertSheet', args);
    }
    if (at < 0 || at > b.sheets.length) throw new AppsScriptException(`The sheet index ${at} is out of range.`);
    if (name !== undefined && name.trim() !== '' && sheetByName(b, name)) throw duplicateName(b, name);
    if (name === undefined || name.trim() === '') {
      let n = b.sheets.length + 1;
      while (sheetByName(b, defaultSheetName(b.locale, n))) n++;
      name = defaultSheetName(b.locale, n);
    }
    const sheet = newSheet(sheetIdFor(b.nextSheetId++), name);
    b.sheets.splice(at, 0, sheet);
    b.activeSheet = sheet;
    b.activeRange = null;
    return views.sheet(b, sheet);
  }
  deleteSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet) {
    const b = this.#hit('deleteSheet');
    const s = lookup.sheet(sheet, 'Spreadsheet.deleteSheet');
    const i = b.sheets.indexOf(s);
    if (i < 0) throw new AppsScriptException(`The sheet "${s.name}" has been deleted.`);
    if (b.sheets.length === 1) throw new AppsScriptException("You can't remove all the sheets in a document.");
    b.sheets.splice(i, 1);
    if (b.activeSheet === s) {
      b.activeSheet = b.sheets[Math.max(0, i - 1)]!;
      b.activeRange = null;
    }
  }
  getActiveSheet() { const b = this.#hit('getActiveSheet'); return views.sheet(b, b.activeSheet); }
  setActiveSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet) {
    const b = this.#hit('setActiveSheet');
    const s = lookup.sheet(sheet, 'Spreadsheet.setActiveSheet');
    activate(b, s);
    return views.sheet(b, s);
  }
  /**
   * reference: spreadsheet#moveActiveSheet(Integer) — "Moves the active sheet to the given position
   * in the list of sheets. Throws an exception if the position is negative or greater than the
   * number of sheets." Positions are 1-based.
   */
  moveActiveSheet(pos: number) {
    const b = this.#hit('moveActiveSheet');
    if (typeof pos !== 'number' || !Number.isInteger(pos)) throw signatureMismatch('Spreadsheet.moveActiveSheet', [pos]);
    if (pos < 1 || pos > b.sheets.length) throw new AppsScriptException('Invalid argument: pos');
    const s = b.activeSheet;
    b.sheets.splice(b.sheets.indexOf(s), 1);
    b.sheets.splice(pos - 1, 0, s);
  }
  getActiveRange() { const b = this.#hit('getActiveRange'); return views.range(b, activeRef(b)); }
  getSheetName() { return this.#hit('getSheetName').activeSheet.name; }
  /** 'A1:B2' on the active sheet, or "'Лист 1'!A1:B2". */
  getRange(a1Notation: string) {
    const b = this.#hit('getRange');
    return views.range(b, refFromA1(b, b.activeSheet, str(a1Notation, 'Spreadsheet.getRange', [a1Notation])));
  }
  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType) {
    const b = this.#hit('getProtections');
    const t = type as unknown;
    if (t !== 'RANGE' && t !== 'SHEET') throw signatureMismatch('Spreadsheet.getProtections', [type]);
    return b.sheets.flatMap((s) => s.protections.filter((p) => p.type === t)).map((p) => views.protection(b, p));
  }
}

provide({ spreadsheet: (book) => Spreadsheet.create(book) });
