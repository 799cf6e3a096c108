/**
 * Fills a copy of a template the way `fillBlocks` describes: each row marked with `{{набор.поле}}`
 * is copied once per item and removed, then every plain tag present is replaced, and each data
 * table's columns are set as wide as their filled content. Docs calls per document are constant,
 * plus a constant number per repeated row.
 */
import { fillText, rowSet, tagsOf, type Fill } from '../../domain/orders/model';
import type { DocStyle } from '../../domain/orders/style';
import { fitColumns } from './write';
import { escapeRegExp } from '../../domain/text';

type Table = GoogleAppsScript.Document.Table;

/** A row's cell texts: one call per cell, for template rows only (their number does not grow with data). */
const cellsOf = (t: Table, r: number): string[] => {
  const row = t.getRow(r);
  return Array.from({ length: row.getNumCells() }, (_, c) => row.getCell(c).getText());
};

/**
 * Fills the tags of a document's body and the rows of its tables. Returns whether a table ended up
 * with more than one row (only such a table has a header row to repeat: keepTablesReadable).
 */
export function fillDocument(body: GoogleAppsScript.Document.Body, fill: Fill, style: DocStyle): boolean {
  let longTable = false;
  for (const table of body.getTables()) {
    // A layout line (date and number, signature) has no borders and keeps its widths.
    const grid = table.getBorderWidth() !== 0;
    const filled: string[][] = [];
    let rows = 0;
    for (let i = table.getNumRows() - 1; i >= 0; i--) {
      const row = table.getRow(i);
      const cells = grid ? cellsOf(table, i) : [row.getText()];
      const set = rowSet(cells);
      if (set === null) {
        rows++;
        if (grid) filled.unshift(cells.map((c) => fillText(c, fill.values)));
        continue;
      }
      const items = fill.sets[set] ?? [];
      const fields = tagsOf(cells).filter((t) => t.name === set && t.field);
      items.forEach((item, k) => {
        const copy = row.copy();
        for (const f of fields) {
          const tag = `{{${set}.${f.field}}}`;
          copy.replaceText(escapeRegExp(tag), fillText(tag, {}, { set, fields: item }));
        }
        table.insertTableRow(i + 1 + k, copy);
      });
      table.removeRow(i);
      rows += items.length;
      if (grid) filled.unshift(...items.map((item) => cells.map((c) => fillText(c, fill.values, { set, fields: item }))));
    }
    if (grid && filled.length) fitColumns(table, filled, style);
    longTable ||= rows > 1;
  }
  const present = tagsOf([body.getText()]).filter((t) => !t.field && fill.values[t.name] !== undefined);
  for (const t of present) body.replaceText(escapeRegExp(`{{${t.name}}}`), fill.values[t.name]!);
  return longTable;
}
