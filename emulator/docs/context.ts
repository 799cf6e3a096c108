import { AppsScriptException } from '../errors';
import type { DriveState } from '../drive/state';
import { strict } from '../strict';
import { copyElement, type DocModel } from './model';

/** One opened Document object: its views share it, and saveAndClose closes them all. */
export interface DocSession {
  drive: DriveState;
  doc: DocModel;
  closed: boolean;
}

/**
 * Counts a call of `Class.method`; a change to a closed document throws as in Apps Script. The first
 * unsaved change keeps the saved body aside, for copies made before saveAndClose (DocModel.saved).
 */
export function hit(s: DocSession, name: string, changes = false): void {
  s.drive.hit(name);
  if (s.closed && changes) throw new AppsScriptException('Document is closed, its contents cannot be updated.');
  if (changes) s.doc.saved ??= s.doc.body.map(copyElement);
}

/** Elements made by Element#copy and not inserted yet: «a detached, deep copy of the current element». */
export const detached = new WeakSet<object>();

/** An element handed to an insert method: a detached copy is taken in; one already in a document throws. */
export function takeDetached<T extends object>(view: unknown, method: string): T {
  const model = modelOf.get(view as object);
  if (!model) throw new AppsScriptException(`The parameters (Object) don't match the method signature for DocumentApp.${method}.`);
  // Text seen live, quoted in published emulators (github code search): «Element must be detached.»
  if (!detached.has(model)) throw new AppsScriptException('Element must be detached.');
  detached.delete(model);
  return model as T;
}

/** The element behind each view, so a view handed back (Body#removeChild) finds its model. */
export const modelOf = new WeakMap<object, object>();

/** Apps Script enums: members are their own names; an unknown member throws like any fake. */
const ENUM = (name: string, ...names: string[]): Record<string, string> =>
  strict(Object.freeze(Object.fromEntries(names.map((n) => [n, n]))), name);

export const ParagraphHeading = ENUM('ParagraphHeading', 'NORMAL', 'HEADING1', 'HEADING2', 'HEADING3', 'HEADING4', 'HEADING5', 'HEADING6', 'TITLE', 'SUBTITLE');
export const HorizontalAlignment = ENUM('HorizontalAlignment', 'LEFT', 'CENTER', 'RIGHT', 'JUSTIFY');
export const GlyphType = ENUM('GlyphType', 'BULLET', 'HOLLOW_BULLET', 'SQUARE_BULLET', 'NUMBER', 'LATIN_UPPER', 'LATIN_LOWER', 'ROMAN_UPPER', 'ROMAN_LOWER');
export const ElementType = ENUM('ElementType', 'BODY_SECTION', 'PARAGRAPH', 'LIST_ITEM', 'TABLE', 'TABLE_ROW', 'TABLE_CELL', 'TEXT', 'PAGE_BREAK');
export const Attribute = ENUM('Attribute', 'BOLD', 'ITALIC', 'UNDERLINE', 'FONT_SIZE', 'FONT_FAMILY', 'HORIZONTAL_ALIGNMENT', 'LINE_SPACING',
  'SPACING_AFTER', 'SPACING_BEFORE', 'INDENT_FIRST_LINE', 'INDENT_START', 'HEADING');

export function checkEnum(e: Record<string, string>, v: unknown, method: string): string {
  if (typeof v !== 'string' || !Object.prototype.hasOwnProperty.call(e, v)) throw new AppsScriptException(`Invalid argument: ${method}`);
  return v;
}
