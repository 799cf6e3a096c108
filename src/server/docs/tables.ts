/**
 * What DocumentApp cannot set on a table and the Docs advanced service (Docs API v1) can: the header
 * row repeated at the top of each page (pinTableHeaderRows) and rows kept whole on one page
 * (updateTableRowStyle, preventOverflow). Two calls per document, whatever its size; done after
 * the document is filled and saved, on every table with a header and at least one row under it.
 */
export function keepTablesReadable(documentId: string): void {
  // Enabled in appsscript.json; a script copied without the service has no `Docs` name at all.
  const docs = typeof Docs === 'undefined' ? undefined : Docs;
  if (!docs?.Documents) return;
  const doc = docs.Documents.get(documentId, { fields: 'body.content(startIndex,table(rows))' });
  const requests: object[] = [];
  for (const e of doc.body?.content ?? []) {
    if (!e.table || (e.table.rows ?? 0) < 2 || e.startIndex === undefined) continue;
    const tableStartLocation = { index: e.startIndex };
    requests.push(
      { pinTableHeaderRows: { tableStartLocation, pinnedHeaderRowsCount: 1 } },
      { updateTableRowStyle: { tableStartLocation, tableRowStyle: { preventOverflow: true }, fields: 'preventOverflow' } },
    );
  }
  if (requests.length) docs.Documents.batchUpdate({ requests } as GoogleAppsScript.Docs.Schema.BatchUpdateDocumentRequest, documentId);
}
