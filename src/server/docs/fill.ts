/**
 * Fills a copy of a template the way `fillBlocks` describes: each row marked with `{{набор.поле}}`
 * is copied once per item and removed, then every plain tag present is replaced. Docs calls per
 * document are constant, plus a constant number per repeated row.
 */
import { fillText, rowSet, tagsOf, type Fill } from '../../domain/orders/model';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Document#replaceText takes a regular expression as a string. */
const pattern = (tag: string) => escape(tag);

export function fillDocument(body: GoogleAppsScript.Document.Body, fill: Fill): void {
  for (const table of body.getTables()) {
    for (let i = table.getNumRows() - 1; i >= 0; i--) {
      const row = table.getRow(i);
      // The row's text as one string: tags are found whatever joins the cells.
      const cells = [row.getText()];
      const set = rowSet(cells);
      if (set === null) continue;
      const items = fill.sets[set] ?? [];
      const fields = tagsOf(cells).filter((t) => t.name === set && t.field);
      items.forEach((item, k) => {
        const copy = row.copy();
        for (const f of fields) {
          const tag = `{{${set}.${f.field}}}`;
          copy.replaceText(pattern(tag), fillText(tag, {}, { set, fields: item }));
        }
        table.insertTableRow(i + 1 + k, copy);
      });
      table.removeRow(i);
    }
  }
  const present = tagsOf([body.getText()]).filter((t) => !t.field && fill.values[t.name] !== undefined);
  for (const t of present) body.replaceText(pattern(`{{${t.name}}}`), fill.values[t.name]!);
}
