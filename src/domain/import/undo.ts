/**
 * «Отменить импорт» by person and field (issue 13): the undo copy keeps, for each participant code
 * the import touched, each field's value before and after it. Undo finds each person by code,
 * whatever the order of rows since; it puts back only the fields still as the import left them and
 * lists the rest (changed since by the curator or an answer). People the import added leave the
 * base unless something of theirs changed since.
 */
import { cellText, isBlank, isDate, type Cell } from '../cell';
import type { PersonRow } from '../bases/check';
import type { CellChange } from './snapshot';

/** The field of an entry saying «the import added this person». */
export const ADDED = '*';

export interface UndoEntry {
  code: string;
  field: string;
  /** encodeValue of the field before and after the import. */
  before: string;
  after: string;
}

/** A domain value as text that says its type: '' blank, s text, n number, b boolean, d ISO day. */
export function encodeValue(v: Cell | undefined): string {
  if (v === undefined || isBlank(v)) return '';
  if (isDate(v)) return `d${v.iso}`;
  if (typeof v === 'number') return `n${v}`;
  if (typeof v === 'boolean') return v ? 'b1' : 'b0';
  return `s${String(v).trim()}`;
}

export function decodeValue(t: string): Cell {
  const kind = t.charAt(0), rest = t.slice(1);
  if (kind === 'd') return { iso: rest };
  if (kind === 'n') return Number(rest);
  if (kind === 'b') return rest === '1';
  if (kind === 's') return rest;
  return '';
}

/** The entries of one import: its changed cells (by code and field) and the people it added. */
export function undoEntries(
  changes: readonly CellChange[],
  before: ReadonlyMap<number, PersonRow>,
  added: ReadonlyMap<number, string>,
  fieldAt: ReadonlyMap<number, string>,
): UndoEntry[] {
  const out: UndoEntry[] = [];
  for (const [, code] of added) out.push({ code, field: ADDED, before: '', after: '' });
  for (const c of changes) {
    const field = fieldAt.get(c.col);
    if (!field || field === 'code') continue;
    const code = added.get(c.row) ?? cellText(before.get(c.row)?.cells.code);
    if (!code) continue;
    out.push({ code, field, before: added.has(c.row) ? '' : encodeValue(before.get(c.row)?.cells[field]), after: encodeValue(c.value) });
  }
  return out;
}

export interface UndoPlan {
  /** The fields put back, at the rows where their people are now. */
  changes: CellChange[];
  /** Rows of added people to delete (nothing of theirs changed since). */
  deleteRows: number[];
  /** Fields (and added people) left as they are: changed since the import. */
  kept: { code: string; field: string }[];
  /** Codes no longer in the base (erased, deleted). */
  missing: string[];
  people: number;
}

/** Undo against the base as it is now. `skip` are fields the undo never writes (the service cell). */
export function planUndo(entries: readonly UndoEntry[], people: readonly PersonRow[], index: Partial<Record<string, number>>,
  skip: readonly string[] = ['code']): UndoPlan {
  const byCode = new Map(people.map((p) => [cellText(p.cells.code).toUpperCase(), p]));
  const plan: UndoPlan = { changes: [], deleteRows: [], kept: [], missing: [], people: 0 };
  const byPerson = new Map<string, UndoEntry[]>();
  for (const e of entries) {
    const code = e.code.toUpperCase();
    byPerson.set(code, [...(byPerson.get(code) ?? []), e]);
  }
  for (const [code, theirs] of byPerson) {
    const person = byCode.get(code);
    if (!person) {
      plan.missing.push(code);
      continue;
    }
    const mine = theirs.filter((e) => e.field !== ADDED);
    const unchanged = mine.filter((e) => encodeValue(person.cells[e.field]) === e.after);
    const changed = mine.filter((e) => !unchanged.includes(e));
    plan.kept.push(...changed.map((e) => ({ code, field: e.field })));
    if (theirs.some((e) => e.field === ADDED)) {
      // Filled since the import (an answer, the curator): the person stays, with what they have.
      const since = Object.keys(person.cells).filter((k) => !skip.includes(k) && !mine.some((e) => e.field === k) && !isBlank(person.cells[k]));
      plan.kept.push(...since.map((field) => ({ code, field })));
      if (!changed.length && !since.length) plan.deleteRows.push(person.row);
      else plan.kept.push({ code, field: ADDED });
      plan.people++;
      continue;
    }
    for (const e of unchanged) {
      const col = index[e.field];
      if (col !== undefined) plan.changes.push({ row: person.row, col, value: decodeValue(e.before) });
    }
    if (unchanged.length) plan.people++;
  }
  plan.deleteRows.sort((a, b) => b - a);
  return plan;
}
