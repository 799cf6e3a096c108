/** Table, TableRow, TableCell — reference: document/table, document/table-row, document/table-cell. */
import { AppsScriptException } from '../errors';
import { strict } from '../strict';
import { checkEnum, detached, hit, HorizontalAlignment, modelOf, points, setAttrs, type DocSession } from './context';
import { compilePattern, copyElement, copyRow, replaceInElement, rowText, type CellModel, type RowModel, type TableModel } from './model';

const rowsOf = new WeakMap<object, RowModel>();

export function tableView(s: DocSession, t: TableModel): any {
  const view = tableMethods(s, t);
  modelOf.set(view, t);
  return view;
}

function tableMethods(s: DocSession, t: TableModel): any {
  const h = (m: string, changes = false) => hit(s, `Table.${m}`, changes);
  const rowAt = (i: number, m: string) => {
    const r = t.rows[i];
    if (!Number.isInteger(i) || !r) throw new AppsScriptException(`Child index (${i}) must be less than the number of child elements (${t.rows.length}).`);
    void m;
    return r;
  };
  const attach = (row: unknown, method: string): RowModel => {
    const r = rowsOf.get(row as object);
    if (!r) throw new AppsScriptException(`The parameters (Object) don't match the method signature for Table.${method}.`);
    if (r.table) throw new AppsScriptException('Element must be detached.');
    r.table = t;
    return r;
  };
  const view = strict({
    getType: () => { h('getType'); return 'TABLE'; },
    asTable: () => { h('asTable'); return view; },
    getNumRows: () => { h('getNumRows'); return t.rows.length; },
    getRow: (i: number) => { h('getRow'); return rowView(s, rowAt(i, 'getRow')); },
    getCell: (r: number, c: number) => {
      h('getCell');
      const cell = rowAt(r, 'getCell').cells[c];
      if (!cell) throw new AppsScriptException(`Child index (${c}) must be less than the number of child elements.`);
      return cellView(s, cell);
    },
    getText: () => { h('getText'); return t.rows.map(rowText).join('\n'); },
    appendTableRow: (row?: unknown) => {
      h('appendTableRow', true);
      const r = row === undefined ? { cells: [], table: t } : attach(row, 'appendTableRow');
      t.rows.push(r);
      return rowView(s, r);
    },
    insertTableRow: (i: number, row?: unknown) => {
      h('insertTableRow', true);
      if (!Number.isInteger(i) || i < 0 || i > t.rows.length) throw new AppsScriptException(`Index (${i}) must be less than or equal to the number of child elements (${t.rows.length}).`);
      const r = row === undefined ? { cells: [], table: t } : attach(row, 'insertTableRow');
      t.rows.splice(i, 0, r);
      return rowView(s, r);
    },
    removeRow: (i: number) => {
      h('removeRow', true);
      const r = rowAt(i, 'removeRow');
      t.rows.splice(i, 1);
      r.table = null;
      return rowView(s, r);
    },
    replaceText: (pattern: string, replacement: string) => {
      h('replaceText', true);
      replaceInElement(t, compilePattern(pattern, 'Table.replaceText'), String(replacement));
      return view;
    },
    setAttributes: (a: Record<string, unknown>) => { h('setAttributes', true); setAttrs(t.attrs, a, 'Table.setAttributes'); return view; },
    getAttributes: () => { h('getAttributes'); return { ...t.attrs }; },
    /** reference: document/table#setcolumnwidthcolumnindex,-width (points). */
    setColumnWidth: (i: number, width: number) => {
      h('setColumnWidth', true);
      const columns = Math.max(0, ...t.rows.map((r) => r.cells.length));
      if (!Number.isInteger(i) || i < 0 || i >= columns) throw new Error(`Table.setColumnWidth(${i}) outside the table's ${columns} columns is not emulated`);
      t.widths[i] = points(width, 'Table.setColumnWidth');
      return view;
    },
    getColumnWidth: (i: number) => { h('getColumnWidth'); return t.widths[i] ?? null; },
    /** reference: document/table#setborderwidthwidth — 0 hides the borders. */
    setBorderWidth: (width: number) => { h('setBorderWidth', true); t.attrs.BORDER_WIDTH = points(width, 'Table.setBorderWidth'); return view; },
    getBorderWidth: () => { h('getBorderWidth'); return t.attrs.BORDER_WIDTH ?? null; },
    /** #copy — a detached deep copy, to insert with Body#appendTable. */
    copy: () => {
      h('copy');
      const c = copyElement(t) as TableModel;
      const v = tableView(s, c);
      detached.add(c);
      return v;
    },
  }, 'Table');
  return view;
}

export function rowView(s: DocSession, r: RowModel): any {
  const h = (m: string, changes = false) => hit(s, `TableRow.${m}`, changes);
  const proxy = strict({
    getType: () => { h('getType'); return 'TABLE_ROW'; },
    getNumCells: () => { h('getNumCells'); return r.cells.length; },
    getCell: (i: number) => {
      h('getCell');
      const c = r.cells[i];
      if (!c) throw new AppsScriptException(`Child index (${i}) must be less than the number of child elements (${r.cells.length}).`);
      return cellView(s, c);
    },
    getText: () => { h('getText'); return rowText(r); },
    appendTableCell: (text?: string) => {
      h('appendTableCell', true);
      const c = { text: text === undefined ? '' : String(text), attrs: {} };
      r.cells.push(c);
      return cellView(s, c);
    },
    /** A detached deep copy: insert it with Table#insertTableRow/appendTableRow. */
    copy: () => { h('copy'); return rowView(s, copyRow(r)); },
    removeFromParent: () => {
      h('removeFromParent', true);
      if (r.table) r.table.rows.splice(r.table.rows.indexOf(r), 1);
      r.table = null;
      return proxy;
    },
    replaceText: (pattern: string, replacement: string) => {
      h('replaceText', true);
      replaceInElement(r, compilePattern(pattern, 'TableRow.replaceText'), String(replacement));
      return proxy;
    },
  }, 'TableRow');
  rowsOf.set(proxy, r);
  return proxy;
}

function cellView(s: DocSession, c: CellModel): any {
  const h = (m: string, changes = false) => hit(s, `TableCell.${m}`, changes);
  /** The cell's one paragraph (this emulator keeps one per cell): alignment and text attributes. */
  const paragraph = (): any => {
    const hp = (m: string, changes = false) => hit(s, `Paragraph.${m}`, changes);
    const para: any = strict({
      getType: () => { hp('getType'); return 'PARAGRAPH'; },
      asParagraph: () => para,
      getText: () => { hp('getText'); return c.text; },
      getAlignment: () => { hp('getAlignment'); return c.alignment ?? null; },
      setAlignment: (v: unknown) => { hp('setAlignment', true); c.alignment = checkEnum(HorizontalAlignment, v, 'Paragraph.setAlignment'); return para; },
      setAttributes: (a: Record<string, unknown>) => { hp('setAttributes', true); setAttrs(c.attrs, a, 'Paragraph.setAttributes'); return para; },
      getAttributes: () => { hp('getAttributes'); return { ...c.attrs }; },
    }, 'Paragraph');
    return para;
  };
  /** TableCell#setPaddingLeft … — reference: document/table-cell (points). */
  const pad = (attr: string, method: string) => (v: number) => { h(method, true); c.attrs[attr] = points(v, `TableCell.${method}`); return proxy; };
  const proxy = strict({
    setPaddingLeft: pad('PADDING_LEFT', 'setPaddingLeft'),
    setPaddingRight: pad('PADDING_RIGHT', 'setPaddingRight'),
    setPaddingTop: pad('PADDING_TOP', 'setPaddingTop'),
    setPaddingBottom: pad('PADDING_BOTTOM', 'setPaddingBottom'),
    getNumChildren: () => { h('getNumChildren'); return 1; },
    getChild: (i: number) => {
      h('getChild');
      if (i !== 0) throw new AppsScriptException(`Child index (${i}) must be less than the number of child elements (1).`);
      return paragraph();
    },
    getType: () => { h('getType'); return 'TABLE_CELL'; },
    getText: () => { h('getText'); return c.text; },
    setText: (t: string) => { h('setText', true); c.text = String(t); return proxy; },
    setAttributes: (a: Record<string, unknown>) => { h('setAttributes', true); setAttrs(c.attrs, a, 'TableCell.setAttributes'); return proxy; },
    getAttributes: () => { h('getAttributes'); return { ...c.attrs }; },
  }, 'TableCell');
  return proxy;
}
