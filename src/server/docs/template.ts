/**
 * Templates are real Google Docs in the programme's Drive folder, made on first use from the
 * domain's default blocks (kept in Texts.html, not Code.js: texts.ts); their ids live in document properties. The curator may edit a template:
 * later documents are copies of it, so they follow the edits.
 */
import { ORDERS_UI, TITLE } from '../../domain/orders/messages';
import type { DocKind } from '../../domain/orders/kinds';
import type { DocStyle } from '../../domain/orders/style';
import { texts } from './texts';
import { writeBlocks } from './write';

type Folder = GoogleAppsScript.Drive.Folder;
const FOLDER_KEY = 'orders.folder';
/**
 * v2: templates styled by the add-on (page, fonts, layout lines as tables). A template made by an
 * earlier version is left in the folder, untouched, and a new one is made beside it.
 */
const templateKey = (kind: DocKind) => `orders.template.v2.${kind}`;

/** The programme's folder (made once, then found by the id kept in document properties). */
export function programmeFolder(props = PropertiesService.getDocumentProperties()): Folder {
  const id = props.getProperty(FOLDER_KEY);
  if (id) {
    try {
      // A folder the curator deleted is in the trash, and still opens by id: make a new one.
      const folder = DriveApp.getFolderById(id);
      if (!folder.isTrashed()) return folder;
    } catch {
      // Gone for good (the trash was emptied): make a new one below.
    }
  }
  const folder = DriveApp.createFolder(ORDERS_UI.folder);
  props.setProperty(FOLDER_KEY, folder.getId());
  return folder;
}

function subFolder(parent: Folder, name: string): Folder {
  const it = parent.getFoldersByName(name);
  return it.hasNext() ? it.next() : parent.createFolder(name);
}

/** The template's file id, creating the Google Doc when there is none (or it was deleted). */
export function ensureTemplate(kind: DocKind, folder: Folder, style: DocStyle, props = PropertiesService.getDocumentProperties()): { id: string; created: boolean } {
  const id = props.getProperty(templateKey(kind));
  if (id) {
    try {
      if (!DriveApp.getFileById(id).isTrashed()) return { id, created: false };
    } catch {
      // Deleted for good: recreate from the default wording, as for one in the trash.
    }
  }
  const doc = DocumentApp.create(ORDERS_UI.templateName(TITLE[kind]));
  writeBlocks(doc.getBody(), texts().documents[kind], style);
  doc.saveAndClose();
  const file = DriveApp.getFileById(doc.getId());
  file.moveTo(subFolder(folder, ORDERS_UI.templatesFolder));
  props.setProperty(templateKey(kind), file.getId());
  return { id: file.getId(), created: true };
}

/** Whether the template of a kind still has to be made (one more document against the quota). */
export const templateMissing = (kind: DocKind, props = PropertiesService.getDocumentProperties()): boolean =>
  !props.getProperty(templateKey(kind));
