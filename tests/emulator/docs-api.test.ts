/** The Docs advanced service: the structure's indexes, header rows pinned, rows kept whole, the rest refused. */
import { createDocumentApp } from '../../emulator/docs/document-app';
import { createDocsService } from '../../emulator/docs/docs-api';
import { DriveState } from '../../emulator/drive/state';
import { testHost, thrown } from './service-host';

function setup() {
  const drive = new DriveState(testHost(), {});
  const doc = createDocumentApp(drive).create('x');
  const body = doc.getBody();
  body.getParagraphs()[0]!.setText('Приказ');
  body.appendTable([['№', 'ФИО'], ['1', 'Иванова']]);
  return { drive, id: doc.getId(), Docs: createDocsService(drive) };
}

describe('Docs.Documents', () => {
  it('get: the body after the section break; a paragraph takes its text and a newline, then the table starts', () => {
    const { Docs, id } = setup();
    const content = Docs.Documents!.get(id).body!.content!;
    expect(content[0]).toEqual({ endIndex: 1, sectionBreak: {} });
    expect(content[1]).toMatchObject({ startIndex: 1, endIndex: 8 });
    expect(content[2]).toMatchObject({ startIndex: 8, table: { rows: 2, columns: 2 } });
    // table 1 + 2 rows × (1 + cells of 1 + text + newline) + table end 1
    expect(content[2]!.endIndex).toBe(8 + 1 + (1 + 1 + 2 + 1 + 4) + (1 + 1 + 2 + 1 + 8) + 1);
  });

  it('batchUpdate pins the header row and keeps rows whole; get shows them as the row style', () => {
    const { Docs, id, drive } = setup();
    Docs.Documents!.batchUpdate({ requests: [
      { pinTableHeaderRows: { tableStartLocation: { index: 8 }, pinnedHeaderRowsCount: 1 } },
      { updateTableRowStyle: { tableStartLocation: { index: 8 }, tableRowStyle: { preventOverflow: true }, fields: 'preventOverflow' } },
    ] } as never, id);
    const rows = (Docs.Documents!.get(id).body!.content![2]!.table as { tableRows: { tableRowStyle: object }[] }).tableRows;
    expect(rows.map((r) => r.tableRowStyle)).toEqual([{ tableHeader: true, preventOverflow: true }, { preventOverflow: true }]);
    const table = drive.docs.get(id)!.body[1]!;
    expect(table.type === 'TABLE' && table.attrs.HEADER_ROWS).toBe(1);
  });

  it('a location that is not a table start fails the whole batch; nothing is applied', () => {
    const { Docs, id, drive } = setup();
    const e = thrown(() => Docs.Documents!.batchUpdate({ requests: [
      { pinTableHeaderRows: { tableStartLocation: { index: 8 }, pinnedHeaderRowsCount: 1 } },
      { pinTableHeaderRows: { tableStartLocation: { index: 3 }, pinnedHeaderRowsCount: 1 } },
    ] } as never, id));
    expect(e.name).toBe('Exception');
    const table = drive.docs.get(id)!.body[1]!;
    expect(table.type === 'TABLE' && table.attrs.HEADER_ROWS).toBeUndefined();
  });

  it('a request it does not know is «not emulated»', () => {
    const { Docs, id } = setup();
    expect(() => Docs.Documents!.batchUpdate({ requests: [{ insertText: { text: 'x', location: { index: 1 } } }] } as never, id)).toThrow('not emulated');
  });
});
