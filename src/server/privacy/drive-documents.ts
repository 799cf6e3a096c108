/**
 * The documents in Drive that name a participant: every document of the registry «Приказы» (an
 * order, or each file of a batch's folder) is opened and read. A signed order is a legal record: it
 * stays and is listed with its link in «Реестр удалений»; a draft is redacted (the name, every way
 * it is written, and the person's contacts become the pseudonym) and so is its file name; a draft
 * that is wholly about the person (their name in the file name, in a batch: a letter, a plan) is
 * moved to the trash.
 */
import { cellText } from '../../domain/cell';
import { REGISTRY } from '../../domain/orders/registry';
import { REGISTRY_STATUS } from '../../domain/orders/messages';
import { namedFragments, replaceName, type Person } from '../../domain/privacy/find';
import { escapeRegExp } from '../../domain/text';
import { readTable } from '../sheets/table';

type Book = GoogleAppsScript.Spreadsheet.Spreadsheet;

export type DocFate = 'kept' | 'redacted' | 'trashed';

export interface PersonDocument {
  id: string;
  url: string;
  /** The file name with the person's name replaced: safe to show and to keep in «Реестр удалений». */
  title: string;
  fate: DocFate;
  /** The literal texts of the document to replace (drafts only). */
  found: string[];
}

const idIn = (url: string, kind: 'document' | 'folders') =>
  (kind === 'document' ? /\/document\/d\/([\w-]+)/ : /\/folders\/([\w-]+)/).exec(url)?.[1] ?? null;

/** Finds the documents; reads only (one open and one read per document). */
export function personDocuments(book: Book, person: Person, others: readonly string[]): PersonDocument[] {
  const registry = readTable(REGISTRY, book);
  if (!registry) return [];
  const out: PersonDocument[] = [];
  const seen = new Set<string>();
  const look = (id: string, signed: boolean, inBatch: boolean) => {
    if (seen.has(id)) return;
    seen.add(id);
    let file: GoogleAppsScript.Drive.File, text: string;
    try {
      file = DriveApp.getFileById(id);
      if (file.isTrashed()) return;
      text = DocumentApp.openById(id).getBody().getText();
    } catch {
      return; // deleted, or not a document the add-on can open
    }
    const name = file.getName();
    const found = namedFragments(text, person, others);
    const named = namedFragments(name, person, others).length > 0;
    if (!found.length && !named) return;
    const title = person.fullName ? replaceName(name, person.fullName, '…', others) : name;
    out.push({ id, url: file.getUrl(), title, fate: signed ? 'kept' : inBatch && named ? 'trashed' : 'redacted', found });
  };
  for (const r of registry.records) {
    const link = cellText(r.cells.link as string);
    const signed = cellText(r.cells.status as string) === REGISTRY_STATUS.signed;
    const doc = idIn(link, 'document');
    if (doc) look(doc, signed, false);
    const folder = idIn(link, 'folders');
    if (!folder) continue;
    try {
      const files = DriveApp.getFolderById(folder).getFiles();
      while (files.hasNext()) look(files.next().getId(), signed, true);
    } catch {
      // a batch's folder the curator deleted: nothing of it to redact
    }
  }
  return out;
}

/** Redacts or trashes the drafts; the signed orders stay as they are. */
export function treatDocuments(docs: readonly PersonDocument[], person: Person, pseudonym: string, others: readonly string[]): void {
  for (const d of docs) {
    if (d.fate === 'kept') continue;
    const file = DriveApp.getFileById(d.id);
    if (d.fate === 'trashed') {
      file.setTrashed(true);
      continue;
    }
    const doc = DocumentApp.openById(d.id);
    const body = doc.getBody();
    for (const f of [...d.found].sort((a, b) => b.length - a.length)) body.replaceText(escapeRegExp(f), pseudonym);
    doc.saveAndClose();
    const name = file.getName();
    const renamed = [person.fullName, ...person.formerNames].reduce((n, full) => replaceName(n, full, pseudonym, others), name);
    if (renamed !== name) file.setName(renamed);
  }
}
