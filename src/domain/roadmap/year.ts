import { cellText, type Cell } from '../cell';
import { STUDENT } from '../bases/schema';
import type { Record_ } from '../table';

/**
 * «Новый учебный год». The year may be closed from 1 June of its last calendar year: so a second
 * run, which finds the new year already set, does nothing.
 */
export const closableFrom = (start: number): string => `${start + 1}-06-01`;

export const GRADUATE = 'выпускник';
const LAST_GRADE = 11;

/** '7Б' → '8Б', '10 А' → '11 А'; 11th graders graduate. A course or free text is left alone. */
export function promoteGrade(grade: string, graduationYear: number): { grade: string; graduated: boolean } | null {
  const m = /^(\d{1,2})(\s*[-–]?\s*[А-ЯЁа-яё]?\s*)$/.exec(grade.trim());
  if (!m) return null;
  const n = Number(m[1]);
  if (n < 1 || n > LAST_GRADE) return null;
  if (n === LAST_GRADE) return { grade: `выпуск ${graduationYear}`, graduated: true };
  return { grade: `${n + 1}${m[2]}`, graduated: false };
}

export interface PersonMove {
  row: number;
  grade: string;
  category: string;
}

/** Pupils move up a class; graduates become «выпускник» (they may stay on as mentors). */
export function moveClasses(people: readonly Record_<'grade' | 'category'>[], graduationYear: number): PersonMove[] {
  const out: PersonMove[] = [];
  for (const p of people) {
    if (cellText(p.cells.category).toLowerCase() !== STUDENT) continue;
    const next = promoteGrade(cellText(p.cells.grade), graduationYear);
    if (!next) continue;
    out.push({ row: p.row, grade: next.grade, category: next.graduated ? GRADUATE : cellText(p.cells.category) });
  }
  return out;
}

/** A column of a grid with some rows replaced: the write that changes only those rows' cells. */
export function columnWith(grid: readonly (readonly Cell[])[], column: number, changes: ReadonlyMap<number, Cell>): Cell[][] {
  return grid.slice(1).map((r, i) => [changes.has(i + 2) ? changes.get(i + 2)! : (r[column] ?? '')]);
}
