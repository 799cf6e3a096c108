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
/** Every member of DocumentApp.Attribute (reference: document/attribute). */
export const Attribute = ENUM('Attribute', 'BACKGROUND_COLOR', 'BOLD', 'BORDER_COLOR', 'BORDER_WIDTH', 'CODE', 'FONT_FAMILY', 'FONT_SIZE',
  'FOREGROUND_COLOR', 'HEADING', 'HEIGHT', 'HORIZONTAL_ALIGNMENT', 'INDENT_END', 'INDENT_FIRST_LINE', 'INDENT_START', 'ITALIC', 'GLYPH_TYPE',
  'LEFT_TO_RIGHT', 'LINE_SPACING', 'LINK_URL', 'LIST_ID', 'MARGIN_BOTTOM', 'MARGIN_LEFT', 'MARGIN_RIGHT', 'MARGIN_TOP', 'NESTING_LEVEL',
  'MINIMUM_HEIGHT', 'PADDING_BOTTOM', 'PADDING_LEFT', 'PADDING_RIGHT', 'PADDING_TOP', 'PAGE_HEIGHT', 'PAGE_WIDTH', 'SPACING_AFTER',
  'SPACING_BEFORE', 'STRIKETHROUGH', 'UNDERLINE', 'VERTICAL_ALIGNMENT', 'WIDTH');

export function checkEnum(e: Record<string, string>, v: unknown, method: string): string {
  if (typeof v !== 'string' || !Object.prototype.hasOwnProperty.call(e, v)) throw new AppsScriptException(`Invalid argument: ${method}`);
  return v;
}

/**
 * Element#setAttributes — reference: document/paragraph#setattributesattributes. Keys are Attribute
 * names; an unknown key throws. A `null` value leaves the attribute as it was, as the reference says.
 */
export function setAttrs(target: Record<string, unknown>, a: unknown, method: string): void {
  if (typeof a !== 'object' || a === null || Array.isArray(a)) throw new AppsScriptException(`The parameters (${typeof a}) don't match the method signature for ${method}.`);
  for (const [k, v] of Object.entries(a)) {
    checkEnum(Attribute, k, method);
    if (v !== null && v !== undefined) target[k] = v;
  }
}

/** A measure in points (margins, indents, widths): a finite number ≥ 0, or Apps Script refuses it. */
export function points(v: unknown, method: string): number {
  if (typeof v !== 'number' || !Number.isFinite(v)) throw new AppsScriptException(`The parameters (${typeof v}) don't match the method signature for ${method}.`);
  if (v < 0) throw new Error(`${method} with a negative measure is not emulated`);
  return v;
}
