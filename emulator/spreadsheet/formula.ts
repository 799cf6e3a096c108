/**
 * Formula values: a stored formula (in the spreadsheet locale's syntax, formula-syntax.ts) computed by
 * fast-formula-parser with the allowed functions of formula-functions.ts.
 *
 * What getValue returns for a formula cell (reference: developers.google.com/apps-script/reference/spreadsheet/range#getvalue
 * — «Returns the value of the top-left cell in the range. The value may be of type Number, Boolean,
 * Date, or String»): numbers, text, booleans; an error cell reads as its error text ('#N/A', '#ERROR!');
 * a reference to an empty cell reads as '' (Sheets, unlike Excel, shows blank). A date is a Date when
 * the cell's number format is a date, or, under the automatic format, when the formula is a date
 * function or a bare reference to a date. Anything the emulator cannot compute or type with certainty
 * (another function, a spilled array, a number computed from dates) throws NotEmulated.
 */
import FormulaParser, { type CellRef, type RangeRef } from 'fast-formula-parser';
import { NotEmulated } from '../errors';
import { instantOf, serialOf } from './dates';
import { DATE_RESULT, functionTable, NUMBER_RESULT, UnknownFunction } from './formula-functions';
import { engineSyntax, foreignName, FormulaParseError, usesDecimalComma } from './formula-syntax';
import operators from 'fast-formula-parser/formulas/operators';
import type { CellValue } from './values';

const { FormulaError } = FormulaParser;

/** An error value of a formula cell (#N/A, #REF!, …), as opposed to a text that looks like one. */
export class SheetError {
  constructor(readonly code: string) {}
}

export type Computed = CellValue | SheetError;

/** What the engine needs from the spreadsheet to compute one formula. */
export interface FormulaScope {
  locale: string;
  timeZone: string;
  now: Date;
  /** The formula's own cell. */
  sheet: string;
  row: number;
  col: number;
  /** The formula cell's number format: a date pattern makes a numeric result a Date. */
  isDateFormat: boolean;
  /** Size of a sheet by name (case-insensitive, as Sheets resolves names), or undefined when it does not exist. */
  size(sheet: string): { rows: number; cols: number } | undefined;
  /** A cell's computed value ('' when empty). */
  read(sheet: string, row: number, col: number): Computed;
}

const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;

/** Per evaluation: where the engine's callbacks read, and whether any date took part. */
interface Frame {
  scope: FormulaScope;
  sawDate: boolean;
}
const frames: Frame[] = [];
const frame = (): Frame => frames[frames.length - 1]!;

function engineValue(v: Computed, f: Frame): unknown {
  if (v instanceof SheetError) return new FormulaError(v.code);
  if (v instanceof Date) {
    f.sawDate = true;
    return serialOf(v, f.scope.timeZone);
  }
  return v === '' ? null : v;
}

/** The referenced sheet, or null: an unresolved sheet name is #REF! in Sheets. */
function sheetOf(ref: { sheet?: string }): { name: string; rows: number; cols: number } | null {
  const f = frame();
  const name = ref.sheet ?? f.scope.sheet;
  const size = f.scope.size(name);
  return size ? { name, ...size } : null;
}

const todaySerial = () => Math.floor(serialOf(frame().scope.now, frame().scope.timeZone));
const nowSerial = () => serialOf(frame().scope.now, frame().scope.timeZone);

/** One engine per nesting level: a formula reading a formula cell parses it while its own parse is under way. */
const engines: FormulaParser[] = [];
function engineAt(depth: number): FormulaParser {
  return (engines[depth] ??= newEngine());
}

function newEngine(): FormulaParser {
  const probe = new FormulaParser({});
  const table = functionTable(probe.functions, new Set(probe.supportedFunctions()), {
    today: () => { frame().sawDate = true; return todaySerial(); },
    now: () => { frame().sawDate = true; return nowSerial(); },
    text: asText,
  });
  const engine = new FormulaParser({
    functions: table,
    onCell: (ref: CellRef) => {
      const s = sheetOf(ref);
      if (!s) return FormulaError.REF;
      if (ref.row > s.rows || ref.col > s.cols) return FormulaError.REF;
      return engineValue(frame().scope.read(s.name, ref.row, ref.col), frame());
    },
    onRange: (ref: RangeRef) => {
      const s = sheetOf(ref);
      if (!s) return FormulaError.REF;
      const rowTo = ref.to.row === MAX_ROW ? s.rows : ref.to.row;
      const colTo = ref.to.col === MAX_COL ? s.cols : ref.to.col;
      if (rowTo > s.rows || colTo > s.cols) return FormulaError.REF;
      const out: unknown[][] = [];
      for (let r = ref.from.row; r <= rowTo; r++) {
        const line: unknown[] = [];
        for (let c = ref.from.col; c <= colTo; c++) line.push(engineValue(frame().scope.read(s.name, r, c), frame()));
        out.push(line);
      }
      return out;
    },
    onVariable: (name: string) => { throw new NotEmulated(`formula name ${name} (named ranges)`); },
  });
  // A bare cell reference as the whole formula reads that cell, errors included (the array mode of the
  // engine would turn a referenced error into #VALUE!).
  const check = engine.checkFormulaResult.bind(engine);
  engine.checkFormulaResult = (result: unknown, allowArray?: boolean) => {
    const ref = (result as { ref?: { row?: number; from?: unknown } } | null)?.ref;
    return check(result, ref && ref.row !== undefined && !ref.from ? false : allowArray);
  };
  // Names the engine has never heard of: not emulated either (Sheets may know them: ARRAYFORMULA, QUERY…).
  engine.functions = new Proxy(table, {
    get: (t, name) => (typeof name === 'string' && !(name in t) ? () => { throw new UnknownFunction(name); } : t[name as string]),
  });
  return engine;
}

/** The first cause of a wrapped engine error that the emulator raised, or a function the engine left unwritten. */
function emulatorCause(e: unknown): Error | null {
  for (let x: unknown = e, i = 0; x && i < 10; x = (x as { details?: unknown }).details, i++) {
    if (x instanceof NotEmulated) return x;
    if (x instanceof UnknownFunction) return new NotEmulated(`spreadsheet function ${x.fn}`);
    const stub = x instanceof FormulaError ? /^Function (\S+) is not implemented/.exec(x.message) : null;
    if (stub) return new NotEmulated(`spreadsheet function ${stub[1]}`);
  }
  return null;
}

/**
 * A value turned into text by & or CONCATENATE. How Sheets writes a fractional number there in a
 * decimal-comma locale (1,5 or 1.5) is not documented: not emulated rather than guessed.
 */
function asText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof FormulaError) throw v;
  if (typeof v === 'number' && !Number.isInteger(v) && usesDecimalComma(frame().scope.locale)) {
    throw new NotEmulated('a fractional number turned into text by & or CONCATENATE in a decimal-comma locale');
  }
  return String(v);
}

// The engine's & operator, through asText (fast-formula-parser keeps its operators in one shared object).
operators.Infix.concatOp = (a: unknown, _infix: string, b: unknown, isArray1: boolean, isArray2: boolean) =>
  asText(isArray1 ? (a as unknown[][])[0]![0] : a) + asText(isArray2 ? (b as unknown[][])[0]![0] : b);

/** Computes a stored formula ('=…') in its scope. */
export function evaluateFormula(formula: string, scope: FormulaScope): Computed {
  let text: string;
  try {
    text = engineSyntax(formula, scope.locale);
  } catch (e) {
    if (e instanceof FormulaParseError) return new SheetError('#ERROR!');
    throw e;
  }
  const foreign = foreignName(text);
  if (foreign) throw new NotEmulated(foreign.call ? `spreadsheet function ${foreign.name}` : `formula name ${foreign.name} (named ranges)`);
  const f: Frame = { scope, sawDate: false };
  frames.push(f);
  let result: unknown;
  try {
    result = engineAt(frames.length - 1).parse(text, { sheet: scope.sheet, row: scope.row, col: scope.col }, true);
  } catch (e) {
    const cause = emulatorCause(e);
    if (cause) throw cause;
    if (e instanceof FormulaError) return new SheetError(e.error);
    throw e;
  } finally {
    frames.pop();
  }
  if (Array.isArray(result)) {
    if (result.length !== 1 || result[0].length !== 1) throw new NotEmulated(`an array result (spill) of ${formula}`);
    result = result[0][0];
  }
  if (result instanceof FormulaError) return new SheetError(result.error);
  if (result === null || result === undefined) return '';
  if (typeof result !== 'number') return result as CellValue;
  return typed(result, text, f);
}

/** A numeric result as getValue returns it: a number, or a Date for date-typed results. */
function typed(n: number, text: string, f: Frame): CellValue {
  const asDate = () => instantOf(wallOfSerial(n), f.scope.timeZone);
  if (f.scope.isDateFormat) return asDate();
  if (!f.sawDate) return n;
  const call = topCall(text);
  if (call && DATE_RESULT.has(call)) return asDate();
  if (call && NUMBER_RESULT.has(call)) return n;
  if (/^\s*(('[^']*(?:''[^']*)*'|[^\s!'"(]+)!)?\$?[A-Za-z]{1,3}\$?\d+\s*$/.test(text)) return asDate(); // =A1 of a date
  throw new NotEmulated(`whether Sheets shows the number computed from dates by =${text} as a date`);
}

/** The function name when the whole formula is one call, e.g. 'TODAY' for "TODAY()". */
function topCall(text: string): string | null {
  const m = /^\s*([A-Za-z][\w.]*)\s*\(/.exec(text);
  if (!m) return null;
  let depth = 0;
  let quote = '';
  for (let i = m[0].length - 1; i < text.length; i++) {
    const ch = text[i]!;
    if (quote) { if (ch === quote) quote = ''; continue; }
    if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return text.slice(i + 1).trim() === '' ? m[1]!.toUpperCase() : null;
  }
  return null;
}

function wallOfSerial(serial: number) {
  const ms = Math.round(serial * 86_400_000) + Date.UTC(1899, 11, 30);
  const d = new Date(ms);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds() };
}
