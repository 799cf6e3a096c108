import { locateColumns, type TableSpec } from '../src/domain/table';

type Value = string | number | boolean | Date;

/**
 * Pastes rows into a base the way a curator would: under the existing rows, each value in the
 * column with its header, in one write. Keys are the spec's column keys.
 */
export function pasteRows(
  book: GoogleAppsScript.Spreadsheet.Spreadsheet,
  spec: TableSpec,
  rows: readonly Partial<Record<string, Value>>[],
): void {
  const sheet = book.getSheetByName(spec.sheet);
  if (!sheet) throw new Error(`no sheet «${spec.sheet}»`);
  const width = sheet.getLastColumn();
  const { index } = locateColumns(spec, sheet.getRange(1, 1, 1, width).getValues()[0]!);
  const values = rows.map((r) => {
    const line: Value[] = Array<Value>(width).fill('');
    for (const [k, v] of Object.entries(r)) {
      const col = (index as Record<string, number>)[k];
      if (col !== undefined && v !== undefined) line[col] = v;
    }
    return line;
  });
  const start = sheet.getLastRow() + 1;
  const needed = start + values.length - 1;
  if (needed > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), needed - sheet.getMaxRows());
  if (values.length) sheet.getRange(start, 1, values.length, width).setValues(values);
}

/**
 * The demo school's people repeated to `n` rows, for the benchmarks. The demo's deliberate «=СУММ(…)»
 * name is left out: pasted below the rows «Подготовить таблицу» formatted as text it would be a
 * formula, and the emulator (rightly) does not compute Russian function names.
 */
export function repeatPeople(templates: readonly Record<string, unknown>[], n: number, extra: Record<string, unknown> = {}) {
  const plain = templates.filter((t) => !String(t.fullName ?? '').startsWith('='));
  return Array.from({ length: n }, (_, i) => ({ ...plain[i % plain.length], ...extra }) as Record<string, string | number | Date>);
}
