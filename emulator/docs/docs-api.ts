/**
 * The Docs advanced service (`Docs`, Google Docs API v1) — only what DocumentApp cannot do and the
 * add-on needs: `Documents.get` (the body's structure with its indexes) and `Documents.batchUpdate`
 * with `pinTableHeaderRows` (header rows repeated on each page) and `updateTableRowStyle` with
 * `preventOverflow` (a row never split across pages). Any other request throws «not emulated».
 * References: developers.google.com/docs/api/concepts/structure (indexes: a paragraph takes its text
 * and a newline; a table, each row and each cell open with one index, a table closes with one),
 * …/reference/rest/v1/documents/request#pintableheaderrowsrequest, …#updatetablerowstylerequest,
 * …/reference/rest/v1/documents#tablerowstyle (preventOverflow, tableHeader).
 */
import { AppsScriptException } from '../errors';
import { strict } from '../strict';
import type { DriveState } from '../drive/state';
import type { DocModel, TableModel } from './model';

interface Located { start: number; end: number; table?: TableModel }

/** Start and end index of every body element; element 0 of the API's content is the section break. */
function layout(doc: DocModel): Located[] {
  let i = 1;
  return doc.body.map((e) => {
    const start = i;
    if (e.type === 'TABLE') {
      i += 1;
      for (const r of e.rows) {
        i += 1;
        for (const c of r.cells) i += 1 + c.text.split('\n').reduce((n, line) => n + line.length + 1, 0);
      }
      i += 1;
      return { start, end: i, table: e };
    }
    i += (e.pageBreak ? 1 : 0) + e.text.length + 1;
    return { start, end: i };
  });
}

function structure(doc: DocModel) {
  const content: unknown[] = [{ endIndex: 1, sectionBreak: {} }];
  for (const [k, at] of layout(doc).entries()) {
    const e = doc.body[k]!;
    if (!at.table) {
      content.push({ startIndex: at.start, endIndex: at.end, paragraph: { elements: [{ startIndex: at.start, endIndex: at.end, textRun: { content: `${e.type === 'TABLE' ? '' : e.text}\n` } }] } });
      continue;
    }
    const t = at.table;
    const header = Number(t.attrs.HEADER_ROWS ?? 0);
    content.push({
      startIndex: at.start, endIndex: at.end,
      table: {
        rows: t.rows.length, columns: Math.max(0, ...t.rows.map((r) => r.cells.length)),
        tableRows: t.rows.map((r, i) => ({
          tableCells: r.cells.map((c) => ({ content: c.text.split('\n').map((line) => ({ paragraph: { elements: [{ textRun: { content: `${line}\n` } }] } })) })),
          tableRowStyle: { ...(i < header ? { tableHeader: true } : {}), ...(r.attrs?.PREVENT_OVERFLOW ? { preventOverflow: true } : {}) },
        })),
      },
    });
  }
  return content;
}

export function createDocsService(drive: DriveState): GoogleAppsScript.Docs {
  const open = (id: unknown): DocModel => {
    const doc = drive.docs.get(String(id));
    if (!doc || !drive.files.has(doc.id)) throw new AppsScriptException(`GoogleJsonResponseException: API call to docs.documents.get failed with error: Requested entity was not found.`);
    return doc;
  };
  const tableAt = (doc: DocModel, location: unknown, request: string, n: number): TableModel => {
    const index = (location as { index?: unknown } | undefined)?.index;
    const found = layout(doc).find((l) => l.table && l.start === index);
    if (!found?.table) throw new AppsScriptException(`GoogleJsonResponseException: API call to docs.documents.batchUpdate failed with error: Invalid requests[${n}].${request}: The table start location must specify the start of a table.`);
    return found.table;
  };
  const documents = strict({
    /** reference: …/reference/rest/v1/documents/get — the `fields` mask only narrows the answer: all of it is given. */
    get: (documentId: string, _optionalArgs?: object) => {
      drive.hit('Docs.Documents.get');
      const doc = open(documentId);
      return { documentId: doc.id, title: drive.files.get(doc.id)!.name, body: { content: structure(doc) } };
    },
    /** All requests are checked before any is applied, as the API applies them atomically. */
    batchUpdate: (resource: { requests?: Record<string, any>[] }, documentId: string) => {
      drive.hit('Docs.Documents.batchUpdate');
      const doc = open(documentId);
      const changes = (resource?.requests ?? []).map((r, n) => {
        const [kind, ...more] = Object.keys(r);
        if (more.length) throw new AppsScriptException(`GoogleJsonResponseException: API call to docs.documents.batchUpdate failed with error: Invalid requests[${n}]: a request holds one kind.`);
        const body = r[kind!];
        if (kind === 'pinTableHeaderRows') {
          const t = tableAt(doc, body.tableStartLocation, kind, n);
          const count = Number(body.pinnedHeaderRowsCount ?? 0);
          return () => { t.attrs.HEADER_ROWS = count; };
        }
        if (kind === 'updateTableRowStyle') {
          const t = tableAt(doc, body.tableStartLocation, kind, n);
          const fields = String(body.fields ?? '');
          if (!fields.split(',').map((f) => f.trim()).every((f) => f === 'preventOverflow' || f === '*')) {
            throw new Error(`Docs.Documents.batchUpdate updateTableRowStyle of «${fields}» is not emulated`);
          }
          const rows: number[] = body.rowIndices ?? t.rows.map((_: unknown, i: number) => i);
          const value = body.tableRowStyle?.preventOverflow === true;
          return () => { for (const i of rows) { const row = t.rows[i]; if (row) row.attrs = { ...row.attrs, PREVENT_OVERFLOW: value }; } };
        }
        throw new Error(`Docs.Documents.batchUpdate request «${String(kind)}» is not emulated`);
      });
      for (const apply of changes) apply();
      return { documentId: doc.id, replies: changes.map(() => ({})) };
    },
  }, 'Docs.Documents');
  return strict({ Documents: documents }, 'Docs') as unknown as GoogleAppsScript.Docs;
}
