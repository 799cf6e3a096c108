/**
 * A tiny formula evaluator: number and string literals, + - * / ^ &, comparisons, parentheses,
 * TRUE/FALSE, same-sheet cell references (A1, $B$2) and HYPERLINK. Any other name evaluates to
 * '#NAME?' (what Sheets shows for an unknown name); text that does not parse gives '#ERROR!'.
 */
import { lettersToColumn } from './a1';
import type { CellValue } from './values';

export type Scalar = string | number | boolean;
/** Reads a referenced cell's computed value (1-based); undefined when outside the sheet. */
export type CellReader = (row: number, col: number) => CellValue | undefined;

class FormulaError {
  constructor(readonly code: string) {}
}

type Token = { kind: 'num' | 'str' | 'name' | 'ref' | 'op' | 'sep'; text: string };

const TOKEN = /\s*(?:(\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|"((?:[^"]|"")*)"|(\$?[A-Za-z]{1,3}\$?\d+)(?![\w(!])|([A-Za-zА-Яа-яЁё_][\w.]*)|(<>|<=|>=|[-+*/^&=<>():])|([,;]))/y;

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < src.length) {
    if (/^\s*$/.test(src.slice(TOKEN.lastIndex))) break;
    const m = TOKEN.exec(src);
    if (!m) throw new FormulaError('#ERROR!');
    if (m[1] !== undefined) out.push({ kind: 'num', text: m[1] });
    else if (m[2] !== undefined) out.push({ kind: 'str', text: m[2].replace(/""/g, '"') });
    else if (m[3] !== undefined) out.push({ kind: 'ref', text: m[3] });
    else if (m[4] !== undefined) out.push({ kind: 'name', text: m[4] });
    else if (m[5] !== undefined) out.push({ kind: 'op', text: m[5] });
    else out.push({ kind: 'sep', text: m[6]! });
  }
  return out;
}

/** Evaluates a formula ('=…'); errors come back as Sheets' error strings. */
export function evaluateFormula(formula: string, read: CellReader): Scalar {
  let tokens: Token[];
  try {
    tokens = tokenize(formula.replace(/^=/, ''));
  } catch {
    return '#ERROR!';
  }
  let pos = 0;
  let parseError = false;
  const peek = () => tokens[pos];
  const isOp = (...ops: string[]) => peek()?.kind === 'op' && ops.includes(peek()!.text);
  const expect = (text: string) => {
    if (peek()?.text !== text) { parseError = true; throw new FormulaError('#ERROR!'); }
    pos++;
  };

  // Each level parses first, then evaluates lazily so an unknown name still lets the rest parse.
  type Thunk = () => Scalar;
  const binary = (next: () => Thunk, ops: string[], apply: (op: string, a: Scalar, b: Scalar) => Scalar) => (): Thunk => {
    let left = next();
    while (isOp(...ops)) {
      const op = tokens[pos++]!.text;
      const l = left;
      const r = next();
      left = () => apply(op, l(), r());
    }
    return left;
  };
  const primary = (): Thunk => {
    const t = tokens[pos++];
    if (!t) { parseError = true; throw new FormulaError('#ERROR!'); }
    if (t.kind === 'num') return () => Number(t.text);
    if (t.kind === 'str') return () => t.text;
    if (t.kind === 'op' && (t.text === '-' || t.text === '+')) {
      const inner = primary();
      return () => (t.text === '-' ? -num(inner()) : num(inner()));
    }
    if (t.kind === 'op' && t.text === '(') {
      const inner = comparison();
      expect(')');
      return inner;
    }
    if (t.kind === 'ref') {
      if (!isOp(':')) return () => refValue(t.text, read);
      pos++;
      if (tokens[pos++]?.kind !== 'ref') { parseError = true; throw new FormulaError('#ERROR!'); }
      return () => { throw new FormulaError('#VALUE!'); }; // ranges only make sense inside functions we do not know
    }
    if (t.kind === 'name') {
      if (isOp('(')) {
        pos++;
        const args: Thunk[] = [];
        if (!isOp(')')) {
          args.push(comparison());
          while (peek()?.kind === 'sep') { pos++; args.push(comparison()); }
        }
        expect(')');
        const name = t.text.toUpperCase();
        return () => {
          if (!FUNCTIONS.has(name)) throw new FormulaError('#NAME?');
          return call(name, args.map((a) => a()));
        };
      }
      const upper = t.text.toUpperCase();
      if (upper === 'TRUE' || upper === 'FALSE') return () => upper === 'TRUE';
      return () => { throw new FormulaError('#NAME?'); };
    }
    parseError = true;
    throw new FormulaError('#ERROR!');
  };
  const power = binary(primary, ['^'], (_, a, b) => num(a) ** num(b));
  const product = binary(power, ['*', '/'], (op, a, b) => {
    if (op === '*') return num(a) * num(b);
    if (num(b) === 0) throw new FormulaError('#DIV/0!');
    return num(a) / num(b);
  });
  const sum = binary(product, ['+', '-'], (op, a, b) => (op === '+' ? num(a) + num(b) : num(a) - num(b)));
  const concat = binary(sum, ['&'], (_, a, b) => text(a) + text(b));
  const comparison: () => Thunk = binary(concat, ['=', '<>', '<', '>', '<=', '>='], (op, a, b) => compare(op, a, b));

  try {
    const thunk = comparison();
    if (pos < tokens.length) return '#ERROR!';
    return thunk();
  } catch (e) {
    if (e instanceof FormulaError) return parseError ? '#ERROR!' : e.code;
    throw e;
  }
}

const FUNCTIONS = new Set(['HYPERLINK']);

function call(name: string, args: Scalar[]): Scalar {
  if (name === 'HYPERLINK') {
    if (args.length < 1 || args.length > 2) throw new FormulaError('#N/A');
    return text(args.length === 2 ? args[1]! : args[0]!);
  }
  throw new FormulaError('#NAME?');
}

function refValue(ref: string, read: CellReader): Scalar {
  const m = /^\$?([A-Za-z]+)\$?(\d+)$/.exec(ref)!;
  const value = read(Number(m[2]), lettersToColumn(m[1]!));
  if (value === undefined) throw new FormulaError('#REF!');
  if (value instanceof Date) return (value.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000;
  if (typeof value === 'string' && /^#[A-Z/0!?]+$/.test(value)) throw new FormulaError(value);
  return value;
}

function num(v: Scalar): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v === '') return 0;
  const n = Number(v);
  if (Number.isNaN(n)) throw new FormulaError('#VALUE!');
  return n;
}

function text(v: Scalar): string {
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v);
}

function compare(op: string, a: Scalar, b: Scalar): boolean {
  const x = typeof a === 'string' ? a.toLowerCase() : a;
  const y = typeof b === 'string' ? b.toLowerCase() : b;
  switch (op) {
    case '=': return x === y;
    case '<>': return x !== y;
    case '<': return x < y;
    case '>': return x > y;
    case '<=': return x <= y;
    default: return x >= y;
  }
}
