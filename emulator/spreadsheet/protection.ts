/**
 * Protection — reference: developers.google.com/apps-script/reference/spreadsheet/protection
 * Writes are checked against protections in guard.ts: a user who is not an editor is refused.
 */
import type { Host } from '../host';
import { mayEdit, ownerOf, spreadsheetEditors } from './guard';
import type { BookState, ProtectionState } from './model';
import { expose, lookup, signatureMismatch } from './refs';
import { provide, views } from './views';

function userView(host: Host, email: string): GoogleAppsScript.Base.User {
  const user = {
    getEmail: () => { host.calls.hit('User.getEmail'); return email; },
  };
  return expose<GoogleAppsScript.Base.User>(user, 'User');
}

class Protection implements Partial<GoogleAppsScript.Spreadsheet.Protection> {
  readonly #book: BookState;
  readonly #state: ProtectionState;
  #self!: GoogleAppsScript.Spreadsheet.Protection;
  private constructor(book: BookState, state: ProtectionState) {
    this.#book = book;
    this.#state = state;
  }
  static create(book: BookState, state: ProtectionState): GoogleAppsScript.Spreadsheet.Protection {
    const view = new Protection(book, state);
    view.#self = expose<GoogleAppsScript.Spreadsheet.Protection>(view, 'Protection');
    return view.#self;
  }
  #hit(method: string): ProtectionState {
    this.#book.host.calls.hit(`Protection.${method}`);
    return this.#state;
  }
  getProtectionType() { return this.#hit('getProtectionType').type as unknown as GoogleAppsScript.Spreadsheet.ProtectionType; }
  getDescription() { return this.#hit('getDescription').description; }
  setDescription(description: string) {
    if (typeof description !== 'string') throw signatureMismatch('Protection.setDescription', [description]);
    this.#hit('setDescription').description = description;
    return this.#self;
  }
  isWarningOnly() { return this.#hit('isWarningOnly').warningOnly; }
  setWarningOnly(warningOnly: boolean) {
    if (typeof warningOnly !== 'boolean') throw signatureMismatch('Protection.setWarningOnly', [warningOnly]);
    this.#hit('setWarningOnly').warningOnly = warningOnly;
    return this.#self;
  }
  getRange() {
    const s = this.#hit('getRange');
    return views.range(this.#book, s.type === 'SHEET' ? { ...s.range, numRows: s.range.sheet.maxRows, numCols: s.range.sheet.maxCols } : s.range);
  }
  setRange(range: GoogleAppsScript.Spreadsheet.Range) {
    this.#hit('setRange').range = { ...lookup.range(range, 'Protection.setRange') };
    return this.#self;
  }
  /** #canedit — whether the current user may edit the area (the owner always may). */
  canEdit() { return mayEdit(this.#book.host, this.#hit('canEdit'), this.#book.host.user); }
  canDomainEdit() { return this.#hit('canDomainEdit').domainEdit; }
  setDomainEdit(editable: boolean) { this.#hit('setDomainEdit').domainEdit = !!editable; return this.#self; }
  /** #geteditors — after protect(), the spreadsheet's editors (owner first), as Sheets lists them. */
  getEditors() {
    const s = this.#hit('getEditors');
    return (s.editors ?? spreadsheetEditors(this.#book.host)).map((e) => userView(this.#book.host, e));
  }
  addEditor(emailAddress: string | GoogleAppsScript.Base.User) { this.#add('addEditor', [emailAddress]); return this.#self; }
  addEditors(emailAddresses: string[]) { this.#add('addEditors', emailAddresses); return this.#self; }
  removeEditor(emailAddress: string | GoogleAppsScript.Base.User) { this.#remove('removeEditor', [emailAddress]); return this.#self; }
  removeEditors(emailAddresses: string[] | GoogleAppsScript.Base.User[]) { this.#remove('removeEditors', emailAddresses); return this.#self; }
  #emails(method: string, list: unknown): string[] {
    if (!Array.isArray(list)) throw signatureMismatch(`Protection.${method}`, [list]);
    return list.map((x) => {
      if (typeof x === 'string') return x;
      if (typeof x === 'object' && x !== null && typeof (x as GoogleAppsScript.Base.User).getEmail === 'function') return (x as GoogleAppsScript.Base.User).getEmail();
      throw signatureMismatch(`Protection.${method}`, [x]);
    });
  }
  /** The first change of editors turns the mirrored list into the protection's own. */
  #own(s: ProtectionState): string[] {
    return (s.editors ??= spreadsheetEditors(this.#book.host));
  }
  /** #addeditoremailaddress */
  #add(method: string, list: unknown) {
    const s = this.#hit(method);
    const editors = this.#own(s);
    for (const e of this.#emails(method, list)) if (!editors.includes(e)) editors.push(e);
  }
  /** #removeeditoremailaddress — «Neither the owner of the spreadsheet nor the current user can be removed.» */
  #remove(method: string, list: unknown) {
    const s = this.#hit(method);
    const host = this.#book.host;
    const drop = this.#emails(method, list).filter((e) => e !== host.user && e !== ownerOf(host));
    s.editors = this.#own(s).filter((e) => !drop.includes(e));
  }
  remove() {
    const s = this.#hit('remove');
    const list = s.range.sheet.protections;
    const i = list.indexOf(s);
    if (i >= 0) list.splice(i, 1);
  }
}

provide({ protection: (book, state) => Protection.create(book, state) });
