/**
 * Drive as plain data: folders, files and the documents behind Google Docs files, plus the daily
 * "documents created" quota (Quotas for Google Services: 250 a day for consumer accounts).
 */
import { serviceError } from '../messages';
import type { Host } from '../host';
import type { DocModel } from '../docs/model';

export const DOC_MIME = 'application/vnd.google-apps.document';
export const FOLDER_MIME = 'application/vnd.google-apps.folder';

export interface FileRecord {
  id: string;
  name: string;
  mimeType: string;
  parents: string[];
  owner: string;
  /** In the trash: still opened by id, as in Drive, until emptied. */
  trashed?: boolean;
  /** The text of a file made by DriveApp.createFile(name, content, mimeType). */
  content?: string;
}
export interface FolderRecord {
  id: string;
  name: string;
  parent: string | null;
  trashed?: boolean;
}

/** How long (ms of the world clock) each slow call takes: chunked jobs feel a real time budget. */
export const DEFAULT_LATENCY: Record<string, number> = {
  'DocumentApp.create': 1200,
  'File.makeCopy': 1500,
  'DocumentApp.openById': 400,
  'Document.saveAndClose': 600,
  // The Docs advanced service: a read and a write of the API per document (header rows, unsplit rows).
  'Docs.Documents.get': 400,
  'Docs.Documents.batchUpdate': 800,
};

export interface DriveOptions {
  /** Documents the account may create per day (default 250). */
  docsPerDay?: number;
  /** Per-method latency in ms; `{}` makes every call instant. */
  latency?: Record<string, number>;
}

export class DriveState {
  readonly root: FolderRecord = { id: 'root', name: 'Мой диск', parent: null };
  readonly folders = new Map<string, FolderRecord>([['root', this.root]]);
  readonly files = new Map<string, FileRecord>();
  readonly docs = new Map<string, DocModel>();
  /** Documents created per day (yyyy-MM-dd in the world's time zone). */
  readonly createdPerDay = new Map<string, number>();
  readonly docsPerDay: number;
  readonly latency: Record<string, number>;
  #next = 1;

  constructor(readonly host: Host, options: DriveOptions = {}) {
    this.docsPerDay = options.docsPerDay ?? 250;
    this.latency = options.latency ?? DEFAULT_LATENCY;
  }

  newId(kind: 'doc' | 'folder'): string {
    const n = (this.#next++).toString(36).padStart(6, '0');
    return `${kind === 'doc' ? '1D' : '1F'}${'x'.repeat(34)}${n}`;
  }

  /** Counts a call and lets the world clock run by its latency. */
  hit(name: string): void {
    this.host.calls.hit(name);
    const ms = this.latency[name];
    if (ms) this.host.clock.advance(ms);
  }

  today(): string {
    return new Intl.DateTimeFormat('en-CA', { timeZone: this.host.timeZone }).format(this.host.clock.now());
  }

  /** Throws as Apps Script does once the day's quota is spent; otherwise counts one more document. */
  countCreation(): void {
    const day = this.today();
    const used = this.createdPerDay.get(day) ?? 0;
    if (used >= this.docsPerDay) throw serviceError(this.host, 'quota', 'docs create');
    this.createdPerDay.set(day, used + 1);
  }

  addFile(name: string, mimeType: string, parent: string): FileRecord {
    const file: FileRecord = { id: this.newId(mimeType === DOC_MIME ? 'doc' : 'folder'), name, mimeType, parents: [parent], owner: this.host.user };
    this.files.set(file.id, file);
    return file;
  }

  /** A file another service made (a form from FormApp.create), under its own id, in My Drive. */
  addOwnFile(id: string, name: string, mimeType: string): FileRecord {
    const file: FileRecord = { id, name, mimeType, parents: ['root'], owner: this.host.user };
    this.files.set(id, file);
    return file;
  }

  /** The end of an execution: every open Document's pending changes are saved (document#saveandclose). */
  saveAll(): void {
    for (const doc of this.docs.values()) delete doc.saved;
  }

  fileUrl(f: FileRecord): string {
    return f.mimeType === DOC_MIME ? `https://docs.google.com/document/d/${f.id}/edit?usp=drivesdk` : `https://drive.google.com/file/d/${f.id}/view?usp=drivesdk`;
  }
  folderUrl(f: FolderRecord): string {
    return `https://drive.google.com/drive/folders/${f.id}`;
  }
}
