import { cellText, isDate, type Cell } from '../cell';

/** One answer of the satisfaction questionnaire (a row of «Удовлетворённость»). */
export interface SatisfactionAnswer {
  code: string;
  role: string;
  form: string;
  question: string;
  answer: Cell | undefined;
  date?: string;
}

/** One measurement of the entry/exit questionnaire (a row of «Входная и итоговая»). */
export interface Measurement {
  code: string;
  role: string;
  /** 'входная' or 'итоговая' */
  stage: string;
  parameter: string;
  value: Cell | undefined;
  date?: string;
}

/** A score given as a number or as text that starts with one («4», «8 — скорее да»); otherwise null. */
export function scoreOf(v: Cell | undefined): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (v === undefined || typeof v === 'boolean' || isDate(v)) return null;
  const m = /^\s*(-?\d+(?:[.,]\d+)?)(?!\s*[./]\s*\d)/.exec(v);
  return m ? Number(m[1]!.replace(',', '.')) : null;
}

/** The scale a question is answered on, from its answers: 1–5, 1–10 or 0–100. */
export function scaleOf(scores: readonly number[]): number {
  const top = Math.max(0, ...scores);
  return top <= 5 ? 5 : top <= 10 ? 10 : 100;
}

/** Stage texts compared without regard to case and ё. */
export const sameText = (a: string, b: string) => norm(a) === norm(b);
export const norm = (s: string) => s.trim().toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ');

/** Rows of a long answer sheet → typed answers; rows without a participant code are skipped. */
export function toAnswers(records: readonly { cells: Partial<Record<string, Cell>> }[]): SatisfactionAnswer[] {
  return records
    .map((r) => ({
      code: cellText(r.cells.code),
      role: cellText(r.cells.role),
      form: cellText(r.cells.form),
      question: cellText(r.cells.question),
      answer: r.cells.answer,
      date: dateOf(r.cells.date),
    }))
    .filter((a) => a.code && a.question);
}

export function toMeasurements(records: readonly { cells: Partial<Record<string, Cell>> }[]): Measurement[] {
  return records
    .map((r) => ({
      code: cellText(r.cells.code),
      role: cellText(r.cells.role),
      stage: cellText(r.cells.stage),
      parameter: cellText(r.cells.parameter),
      value: r.cells.value,
      date: dateOf(r.cells.date),
    }))
    .filter((m) => m.code && m.parameter);
}

const dateOf = (v: Cell | undefined) => (isDate(v) ? v.iso : undefined);
