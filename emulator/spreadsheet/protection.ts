/**
 * Protection — reference: developers.google.com/apps-script/reference/spreadsheet/protection
 * Recorded only: the script runs as the owner, and the owner's writes are never blocked.
 */
import type { Host } from '../host';
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
  /** The owner can always edit. */
  canEdit() { this.#hit('canEdit'); return true; }
  canDomainEdit() { return this.#hit('canDomainEdit').domainEdit; }
  setDomainEdit(editable: boolean) { this.#hit('setDomainEdit').domainEdit = !!editable; return this.#self; }
  getEditors() { return this.#hit('getEditors').editors.map((e) => userView(this.#book.host, e)); }
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
  #add(method: string, list: unknown) {
    const s = this.#hit(method);
    for (const e of this.#emails(method, list)) if (!s.editors.includes(e)) s.editors.push(e);
  }
  #remove(method: string, list: unknown) {
    const s = this.#hit(method);
    const drop = this.#emails(method, list).filter((e) => e !== this.#book.host.user); // the owner stays an editor
    s.editors = s.editors.filter((e) => !drop.includes(e));
  }
  remove() {
    const s = this.#hit('remove');
    const list = s.range.sheet.protections;
    const i = list.indexOf(s);
    if (i >= 0) list.splice(i, 1);
  }
}

provide({ protection: (book, state) => Protection.create(book, state) });
