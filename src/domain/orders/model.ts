/**
 * A document as plain data: the default template of each kind is built from these blocks, and
 * `fillBlocks` is the meaning of a template — what the Docs adapter does to a copy of the Google
 * Doc, written once here so tests can read a filled order without any Google API.
 */
export type Align = 'left' | 'center' | 'right' | 'justify';

export type Block =
  | {
    kind: 'paragraph'; text: string; style?: 'title' | 'heading' | 'normal'; align?: Align; bold?: boolean;
    /** A first-line indent (body text of ГОСТ Р 7.0.97: 1.25 cm). */
    indent?: boolean;
    /** Table-sized text (appendix marks) or a little larger (titles of letters). */
    size?: 'small' | 'large';
  }
  /** An item of the numbered list «ПРИКАЗЫВАЮ: 1. … 2. …», justified with the number at the indent. */
  | { kind: 'item'; text: string }
  /**
   * A table; a row whose cells hold `{{набор.поле}}` tags repeats once per item of that set. A data
   * table (`grid`, the default) has borders, a bold header row repeated on each page and columns as
   * wide as their content; a layout line (`grid: false`: the date and number, the signature) has no
   * borders, fixed `widths` (shares of the text width) and an alignment per column.
   */
  | { kind: 'table'; rows: string[][]; grid?: boolean; widths?: number[]; align?: Align[] }
  | { kind: 'pageBreak' };

/** Values of plain tags `{{тег}}`, and the items of each repeating set `{{набор.поле}}`. */
export interface Fill {
  values: Record<string, string>;
  sets: Record<string, Record<string, string>[]>;
}

const TAG = /\{\{\s*([^{}.\s]+)(?:\.([^{}\s]+))?\s*\}\}/g;

/** The tag text as it stands in a template: `{{дата}}`, `{{пара.наставник}}`. */
export const tag = (name: string, field?: string): string => `{{${field ? `${name}.${field}` : name}}}`;

/** The set a template row repeats over, or null for an ordinary row. */
export function rowSet(cells: readonly string[]): string | null {
  for (const c of cells) for (const m of c.matchAll(TAG)) if (m[2]) return m[1]!;
  return null;
}

/** Replaces plain tags; an unknown tag stays visible so the curator sees what the template asks for. */
export function fillText(text: string, values: Record<string, string>, item?: { set: string; fields: Record<string, string> }): string {
  return text.replace(TAG, (whole, name: string, field?: string) => {
    if (field) return item && item.set === name ? item.fields[field] ?? whole : whole;
    return values[name] ?? whole;
  });
}

export function fillBlocks(blocks: readonly Block[], fill: Fill): Block[] {
  return blocks.map((b): Block => {
    if (b.kind === 'paragraph' || b.kind === 'item') return { ...b, text: fillText(b.text, fill.values) };
    if (b.kind === 'pageBreak') return b;
    const rows = b.rows.flatMap((cells) => {
      const set = rowSet(cells);
      if (set === null) return [cells.map((c) => fillText(c, fill.values))];
      return (fill.sets[set] ?? []).map((fields) => cells.map((c) => fillText(c, fill.values, { set, fields })));
    });
    return { ...b, rows };
  });
}

/** The plain text of a document, one block per line, cells joined by « | » (tests and previews). */
export function plainText(blocks: readonly Block[]): string {
  let n = 0;
  return blocks
    .map((b) => {
      if (b.kind === 'item') return `${++n}. ${b.text}`;
      if (b.kind === 'paragraph') return b.text;
      if (b.kind === 'pageBreak') return '\f';
      return b.rows.map((r) => r.join(' | ')).join('\n');
    })
    .join('\n');
}

/** Every tag a template uses: the adapter replaces exactly these in the Google Doc. */
export function tagsOf(texts: readonly string[]): { name: string; field?: string }[] {
  const seen = new Map<string, { name: string; field?: string }>();
  for (const t of texts) for (const m of t.matchAll(TAG)) seen.set(m[0], m[2] ? { name: m[1]!, field: m[2] } : { name: m[1]! });
  return [...seen.values()];
}
