/** Body — reference: document/body. */
import { AppsScriptException } from '../errors';
import { strict } from '../strict';
import { hit, modelOf, points, setAttrs, takeDetached, type DocSession } from './context';
import { compilePattern, elementText, newParagraph, newTable, replaceInElement, type ElementModel, type ParagraphModel, type TableModel } from './model';
import { paragraphView } from './paragraph';
import { tableView } from './table';

export function elementView(s: DocSession, e: ElementModel): any {
  return e.type === 'TABLE' ? tableView(s, e) : paragraphView(s, e);
}

export function bodyView(s: DocSession): any {
  const body = s.doc.body;
  const h = (m: string, changes = false) => hit(s, `Body.${m}`, changes);
  const push = (e: ElementModel) => {
    body.push(e);
    return e;
  };
  const checkIndex = (i: number, max: number) => {
    if (!Number.isInteger(i) || i < 0 || i > max) {
      throw new AppsScriptException(`Index (${i}) must be less than or equal to the number of child elements (${body.length}).`);
    }
  };
  const cellsOf = (cells: unknown, method: string): unknown[][] => {
    if (cells === undefined) return []; // appendTable() with no argument: a table without rows (issue 14, seen live)
    if (!Array.isArray(cells) || !cells.every(Array.isArray)) throw new AppsScriptException(`The parameters (Object) don't match the method signature for Body.${method}.`);
    const width = (cells[0] as unknown[]).length;
    if (cells.some((r) => (r as unknown[]).length !== width)) throw new AppsScriptException('All rows of a table must have the same number of cells.');
    return cells as unknown[][];
  };
  const attrs = s.doc.attrs;
  /** Body#setMarginTop … — reference: document/body#setmargintopmargintop (points). */
  const measure = (attr: string, method: string) => (v: number) => {
    h(method, true);
    attrs[attr] = points(v, `Body.${method}`);
    return self;
  };
  const get = (attr: string, method: string) => () => { h(method); return attrs[attr] ?? null; };
  const PAGE = ['MARGIN_TOP', 'MARGIN_BOTTOM', 'MARGIN_LEFT', 'MARGIN_RIGHT', 'PAGE_WIDTH', 'PAGE_HEIGHT'];
  const self = strict({
    getType: () => { h('getType'); return 'BODY_SECTION'; },
    asBody: () => { h('asBody'); return self; },
    setMarginTop: measure('MARGIN_TOP', 'setMarginTop'),
    setMarginBottom: measure('MARGIN_BOTTOM', 'setMarginBottom'),
    setMarginLeft: measure('MARGIN_LEFT', 'setMarginLeft'),
    setMarginRight: measure('MARGIN_RIGHT', 'setMarginRight'),
    setPageWidth: measure('PAGE_WIDTH', 'setPageWidth'),
    setPageHeight: measure('PAGE_HEIGHT', 'setPageHeight'),
    getMarginTop: get('MARGIN_TOP', 'getMarginTop'),
    getMarginBottom: get('MARGIN_BOTTOM', 'getMarginBottom'),
    getMarginLeft: get('MARGIN_LEFT', 'getMarginLeft'),
    getMarginRight: get('MARGIN_RIGHT', 'getMarginRight'),
    getPageWidth: get('PAGE_WIDTH', 'getPageWidth'),
    getPageHeight: get('PAGE_HEIGHT', 'getPageHeight'),
    getAttributes: () => { h('getAttributes'); return { ...attrs }; },
    /** Page attributes only: what text attributes on a whole Body do to its children is not emulated. */
    setAttributes: (a: Record<string, unknown>) => {
      h('setAttributes', true);
      const other = Object.keys(a ?? {}).filter((k) => !PAGE.includes(k));
      if (other.length) throw new Error(`Body.setAttributes with ${other.join(', ')} is not emulated: set text attributes on the paragraphs`);
      setAttrs(attrs, a, 'Body.setAttributes');
      return self;
    },
    getText: () => { h('getText'); return body.map(elementText).join('\n'); },
    getNumChildren: () => { h('getNumChildren'); return body.length; },
    getChild: (i: number) => {
      h('getChild');
      const e = body[i];
      if (!e) throw new AppsScriptException(`Child index (${i}) must be less than the number of child elements (${body.length}).`);
      return elementView(s, e);
    },
    getParagraphs: () => { h('getParagraphs'); return body.filter((e) => e.type !== 'TABLE').map((e) => elementView(s, e)); },
    getTables: () => { h('getTables'); return body.filter((e) => e.type === 'TABLE').map((e) => elementView(s, e)); },
    /** #appendparagraphtext, #appendparagraphparagraph — an element must be a detached copy. */
    appendParagraph: (text: unknown) => { h('appendParagraph', true); return paragraphView(s, push(paragraphOf(text, 'Body.appendParagraph')) as never); },
    insertParagraph: (i: number, text: unknown) => {
      h('insertParagraph', true);
      checkIndex(i, body.length);
      const p = paragraphOf(text, 'Body.insertParagraph');
      body.splice(i, 0, p);
      return paragraphView(s, p);
    },
    appendListItem: (text: string) => { h('appendListItem', true); return paragraphView(s, push(newParagraph(String(text), 'LIST_ITEM')) as never); },
    /** Apps Script keeps a paragraph after a table: the body cannot end with one. */
    appendTable: (cells?: unknown) => {
      h('appendTable', true);
      const t = cells !== undefined && modelOf.has(cells as object) ? takeDetached<TableModel>(cells, 'Body.appendTable') : newTable(cellsOf(cells, 'appendTable'));
      push(t);
      push(newParagraph(''));
      return tableView(s, t);
    },
    /** The break goes into a new paragraph, which is what later appends follow. */
    appendPageBreak: () => {
      h('appendPageBreak', true);
      push({ ...newParagraph(''), pageBreak: true });
      return strict({ getType: () => 'PAGE_BREAK' }, 'PageBreak');
    },
    removeChild: (child: unknown) => {
      h('removeChild', true);
      const i = body.indexOf(modelOf.get(child as object) as ElementModel);
      if (i < 0) throw new AppsScriptException('Element does not contain the specified child element.');
      // Docs refuses to remove a body's final element (text seen live in published scripts' logs).
      if (i === body.length - 1) throw new AppsScriptException("Can't remove the last paragraph in a document section.");
      body.splice(i, 1);
      return null;
    },
    clear: () => { h('clear', true); body.splice(0, body.length, newParagraph('')); return null; },
    /** #replacetextsearchpattern,-replacement — RE2 syntax; returns the body. */
    replaceText: (pattern: string, replacement: string) => {
      h('replaceText', true);
      const re = compilePattern(pattern, 'Body.replaceText');
      for (const e of body) replaceInElement(e, re, String(replacement));
      return self;
    },
  }, 'Body');
  return self;
}

function paragraphOf(arg: unknown, method: string): ParagraphModel {
  if (typeof arg === 'object' && arg !== null && modelOf.has(arg)) return takeDetached<ParagraphModel>(arg, method);
  return newParagraph(String(arg));
}
