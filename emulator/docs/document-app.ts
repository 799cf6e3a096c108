/**
 * DocumentApp and Document — reference: document/document-app, document/document. Needs the
 * `documents` scope; a new document starts with one empty paragraph, as in Docs.
 */
import { AppsScriptException } from '../errors';
import { strict } from '../strict';
import { DOC_MIME, type DriveState } from '../drive/state';
import { bodyView } from './body';
import { Attribute, ElementType, GlyphType, hit, HorizontalAlignment, ParagraphHeading, type DocSession } from './context';
import { copyElement, newParagraph, type DocModel } from './model';

function documentView(drive: DriveState, doc: DocModel): any {
  const s: DocSession = { drive, doc, closed: false };
  const h = (m: string, changes = false) => hit(s, `Document.${m}`, changes);
  const file = () => drive.files.get(doc.id)!;
  return strict({
    getId: () => { h('getId'); return doc.id; },
    getName: () => { h('getName'); return file().name; },
    setName: (name: string) => { h('setName', true); file().name = String(name); return null; },
    getUrl: () => { h('getUrl'); return drive.fileUrl(file()); },
    getBody: () => { h('getBody'); return bodyView(s); },
    /** Later changes through this object throw; reopen with openById. */
    /** #saveandclose — pending updates are applied: a copy made from now on has them. */
    saveAndClose: () => { h('saveAndClose'); s.closed = true; delete doc.saved; },
  }, 'Document');
}

/** A new document model holding a deep copy of another's body (File#makeCopy). */
export function copyDoc(drive: DriveState, from: DocModel, id: string, name: string): DocModel {
  const doc: DocModel = { id, name, body: (from.saved ?? from.body).map(copyElement), attrs: { ...from.attrs } };
  drive.docs.set(id, doc);
  return doc;
}

export function createDocumentApp(drive: DriveState): GoogleAppsScript.Document.DocumentApp {
  const app = {
    ParagraphHeading, HorizontalAlignment, GlyphType, ElementType, Attribute,
    create: (name: string) => {
      drive.hit('DocumentApp.create');
      if (typeof name !== 'string' || !name) throw new AppsScriptException('Invalid argument: name');
      drive.countCreation();
      const file = drive.addFile(name, DOC_MIME, 'root');
      const doc: DocModel = { id: file.id, name, body: [newParagraph('')], attrs: {} };
      drive.docs.set(file.id, doc);
      return documentView(drive, doc);
    },
    openById: (id: string) => {
      drive.hit('DocumentApp.openById');
      const doc = drive.docs.get(String(id));
      if (!doc || !drive.files.has(doc.id)) throw new AppsScriptException(`Document ${String(id)} is missing (perhaps it was deleted, or you don't have read access?)`);
      return documentView(drive, doc);
    },
    openByUrl: (url: string) => {
      drive.hit('DocumentApp.openByUrl');
      const id = /\/d\/([^/]+)/.exec(String(url))?.[1];
      const doc = id ? drive.docs.get(id) : undefined;
      if (!doc) throw new AppsScriptException(`Document ${String(url)} is missing (perhaps it was deleted, or you don't have read access?)`);
      return documentView(drive, doc);
    },
  };
  return strict(app, 'DocumentApp') as unknown as GoogleAppsScript.Document.DocumentApp;
}
