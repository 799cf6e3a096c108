/**
 * DriveApp, Folder, File and their iterators — reference: drive/drive-app, drive/folder, drive/file.
 * Only what the add-on needs under the `drive.file` scope: folders it made, files it made or copied.
 */
import { signatureError } from '../args';
import { AppsScriptException } from '../errors';
import { strict } from '../strict';
import { copyDoc } from '../docs/document-app';
import { DOC_MIME, type DriveState, type FileRecord, type FolderRecord } from './state';

const folderIds = new WeakMap<object, string>();

function iterator<T>(drive: DriveState, cls: string, items: T[]): any {
  let i = 0;
  return strict({
    hasNext: () => { drive.hit(`${cls}.hasNext`); return i < items.length; },
    next: () => {
      drive.hit(`${cls}.next`);
      if (i >= items.length) throw new AppsScriptException('Cannot retrieve the next object: iterator has reached the end.');
      return items[i++];
    },
  }, cls);
}

export function folderView(drive: DriveState, f: FolderRecord): any {
  const h = (m: string) => drive.hit(`Folder.${m}`);
  const view = strict({
    getId: () => { h('getId'); return f.id; },
    getName: () => { h('getName'); return f.name; },
    getUrl: () => { h('getUrl'); return drive.folderUrl(f); },
    setName: (n: string) => { h('setName'); f.name = String(n); return view; },
    setTrashed: (t: boolean) => { h('setTrashed'); f.trashed = Boolean(t); return view; },
    isTrashed: () => { h('isTrashed'); return f.trashed === true; },
    createFolder: (name: string) => { h('createFolder'); return folderView(drive, newFolder(drive, name, f.id)); },
    getFoldersByName: (name: string) => { h('getFoldersByName'); return foldersIn(drive, f.id, name); },
    getFilesByName: (name: string) => {
      h('getFilesByName');
      return iterator(drive, 'FileIterator', [...drive.files.values()].filter((x) => x.parents.includes(f.id) && x.name === name).map((x) => fileView(drive, x)));
    },
    getFiles: () => {
      h('getFiles');
      return iterator(drive, 'FileIterator', [...drive.files.values()].filter((x) => x.parents.includes(f.id)).map((x) => fileView(drive, x)));
    },
  }, 'Folder');
  folderIds.set(view, f.id);
  return view;
}

function newFolder(drive: DriveState, name: string, parent: string): FolderRecord {
  if (typeof name !== 'string' || !name) throw new AppsScriptException('Invalid argument: name');
  const f: FolderRecord = { id: drive.newId('folder'), name, parent };
  drive.folders.set(f.id, f);
  return f;
}

const foldersIn = (drive: DriveState, parent: string | null, name: string) =>
  iterator(drive, 'FolderIterator', [...drive.folders.values()]
    .filter((x) => x.id !== 'root' && (parent === null || x.parent === parent) && x.name === name)
    .map((x) => folderView(drive, x)));

function folderOf(drive: DriveState, v: unknown, method: string): FolderRecord {
  const id = folderIds.get(v as object);
  const f = id ? drive.folders.get(id) : undefined;
  if (!f) throw new AppsScriptException(`The parameters (${typeof v}) don't match the method signature for ${method}.`);
  return f;
}

export function fileView(drive: DriveState, f: FileRecord): any {
  const h = (m: string) => drive.hit(`File.${m}`);
  const view = strict({
    getId: () => { h('getId'); return f.id; },
    getName: () => { h('getName'); return f.name; },
    setName: (n: string) => { h('setName'); f.name = String(n); return view; },
    getUrl: () => { h('getUrl'); return drive.fileUrl(f); },
    getMimeType: () => { h('getMimeType'); return f.mimeType; },
    getParents: () => { h('getParents'); return iterator(drive, 'FolderIterator', f.parents.map((p) => folderView(drive, drive.folders.get(p)!))); },
    moveTo: (folder: unknown) => { h('moveTo'); f.parents = [folderOf(drive, folder, 'File.moveTo').id]; return view; },
    /** A copy of a Google Doc is a new document: it counts against the daily creation quota. */
    makeCopy: (name?: string, folder?: unknown) => {
      h('makeCopy');
      const target = folder === undefined ? f.parents[0] ?? 'root' : folderOf(drive, folder, 'File.makeCopy').id;
      if (f.mimeType === DOC_MIME) drive.countCreation();
      const copy = drive.addFile(name === undefined ? `Копия ${f.name}` : String(name), f.mimeType, target);
      const doc = drive.docs.get(f.id);
      if (doc) copyDoc(drive, doc, copy.id, copy.name);
      return fileView(drive, copy);
    },
    /** Drive's «delete» moves to the trash: the id still opens the file (reference: drive/file#settrashedtrashed). */
    setTrashed: (t: boolean) => { h('setTrashed'); f.trashed = Boolean(t); return view; },
    isTrashed: () => { h('isTrashed'); return f.trashed === true; },
  }, 'File');
  return view;
}

export function createDriveApp(drive: DriveState): GoogleAppsScript.Drive.DriveApp {
  const h = (m: string) => drive.hit(`DriveApp.${m}`);
  return strict({
    getRootFolder: () => { h('getRootFolder'); return folderView(drive, drive.root); },
    createFolder: (name: string) => { h('createFolder'); return folderView(drive, newFolder(drive, name, 'root')); },
    getFolderById: (id: string) => {
      h('getFolderById');
      const f = drive.folders.get(String(id));
      if (!f) throw new AppsScriptException('No item with the given ID could be found, or you do not have permission to access it.');
      return folderView(drive, f);
    },
    /** Folders anywhere in Drive with this name. */
    getFoldersByName: (name: string) => { h('getFoldersByName'); return foldersIn(drive, null, String(name)); },
    /** A text file in My Drive (drive-app#createfilename,-content,-mimetype); without a type it is text/plain. */
    createFile: (name: unknown, content: unknown, mimeType?: unknown) => {
      h('createFile');
      if (typeof name !== 'string' || typeof content !== 'string' || (mimeType !== undefined && typeof mimeType !== 'string')) {
        throw signatureError('DriveApp.createFile', [name, content, mimeType].filter((x) => x !== undefined));
      }
      if (name === '') throw new AppsScriptException('Invalid argument: name');
      const file = drive.addFile(name, mimeType ?? 'text/plain', 'root');
      file.content = content;
      return fileView(drive, file);
    },
    getFileById: (id: string) => {
      h('getFileById');
      const f = drive.files.get(String(id));
      if (!f) throw new AppsScriptException('No item with the given ID could be found, or you do not have permission to access it.');
      return fileView(drive, f);
    },
  }, 'DriveApp') as unknown as GoogleAppsScript.Drive.DriveApp;
}
