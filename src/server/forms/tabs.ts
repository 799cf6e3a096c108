/** The response sheets put in their place: after every other sheet, one tab colour, hidden. */
import { MENTEES, MENTORS } from '../../domain/bases/schema';
import { FORM_KEYS } from '../../domain/forms/schema';
import { RESPONSES_TAB_COLOR, tabOrder } from '../../domain/forms/tabs';
import { readRegistry, sheetsOf, type FormRecord } from '../links/registry';

type Book = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Every response sheet of the questionnaires (older versions too), in the forms' order. */
export const responseSheetIds = (registry: readonly FormRecord[]): number[] =>
  [...registry].sort((a, b) => FORM_KEYS.indexOf(a.key) - FORM_KEYS.indexOf(b.key)).flatMap(sheetsOf);

/**
 * Bases first, the response sheets last and hidden (the forms panel opens each). Sheets are moved
 * only where they are out of place; the sheet the curator was on stays active.
 */
export function arrangeResponseSheets(book: Book, registry: readonly FormRecord[] = readRegistry()): void {
  const sheets = book.getSheets();
  const ids = sheets.map((s) => s.getSheetId());
  const responses = responseSheetIds(registry);
  const order = tabOrder(sheets.map((s, i) => ({ id: ids[i]!, name: s.getName() })), [MENTORS.sheet, MENTEES.sheet], responses);
  const active = book.getActiveSheet();
  const current = [...ids];
  order.forEach((id, i) => {
    if (current[i] === id) return;
    book.setActiveSheet(sheets[ids.indexOf(id)]!);
    book.moveActiveSheet(i + 1);
    current.splice(current.indexOf(id), 1);
    current.splice(i, 0, id);
  });
  const isResponse = new Set(responses);
  for (const s of sheets.filter((x, i) => isResponse.has(ids[i]!))) {
    s.setTabColor(RESPONSES_TAB_COLOR);
    if (!s.isSheetHidden()) s.hideSheet();
  }
  const back = isResponse.has(active.getSheetId()) ? sheets.find((s, i) => !isResponse.has(ids[i]!)) : active;
  if (back) book.setActiveSheet(back);
}
