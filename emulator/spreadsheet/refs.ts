/**
 * Links between the strict views handed to scripts and the plain state behind them. A view passed
 * back into the emulator (a Range to requireValueInRange, a rule to setDataValidation) is looked up
 * here; anything else is a wrong argument, as in Apps Script.
 */
import { isDate } from '../args';
import { AppsScriptException } from '../errors';
import { strict } from '../strict';
import type { ConditionalRuleState, RangeRef, SheetState, ValidationRule } from './model';

const ranges = new WeakMap<object, RangeRef>();
const sheets = new WeakMap<object, SheetState>();
const validations = new WeakMap<object, ValidationRule>();
const conditionalRules = new WeakMap<object, ConditionalRuleState>();

/** Wraps a view with `strict` and remembers what it stands for. */
export function expose<T extends object>(view: object, className: string): T {
  return strict(view, className) as unknown as T;
}

export const remember = {
  range<T extends object>(view: T, ref: RangeRef): T { ranges.set(view, ref); return view; },
  sheet<T extends object>(view: T, state: SheetState): T { sheets.set(view, state); return view; },
  validation<T extends object>(view: T, rule: ValidationRule): T { validations.set(view, rule); return view; },
  conditionalRule<T extends object>(view: T, rule: ConditionalRuleState): T { conditionalRules.set(view, rule); return view; },
};

/** Apps Script's text for an argument of the wrong type. */
export function signatureMismatch(method: string, args: readonly unknown[]): AppsScriptException {
  return new AppsScriptException(
    `The parameters (${args.map(typeName).join(',')}) don't match the method signature for SpreadsheetApp.${method}.`,
  );
}

export function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (v === undefined) return 'undefined';
  if (Array.isArray(v)) return v.length > 0 ? `${typeName(v[0])}[]` : 'Object[]';
  if (isDate(v)) return 'Date';
  if (typeof v === 'string') return 'String';
  if (typeof v === 'number') return 'number';
  if (typeof v === 'boolean') return 'Boolean';
  if (ranges.has(v as object)) return 'SpreadsheetApp.Range';
  if (sheets.has(v as object)) return 'SpreadsheetApp.Sheet';
  return 'Object';
}

export const lookup = {
  range(v: unknown, method: string): RangeRef {
    const ref = typeof v === 'object' && v !== null ? ranges.get(v) : undefined;
    if (!ref) throw signatureMismatch(method, [v]);
    return ref;
  },
  sheet(v: unknown, method: string): SheetState {
    const s = typeof v === 'object' && v !== null ? sheets.get(v) : undefined;
    if (!s) throw signatureMismatch(method, [v]);
    return s;
  },
  validation(v: unknown, method: string): ValidationRule {
    const r = typeof v === 'object' && v !== null ? validations.get(v) : undefined;
    if (!r) throw signatureMismatch(method, [v]);
    return r;
  },
  conditionalRule(v: unknown, method: string): ConditionalRuleState {
    const r = typeof v === 'object' && v !== null ? conditionalRules.get(v) : undefined;
    if (!r) throw signatureMismatch(method, [v]);
    return r;
  },
};

/** Integer arguments: Apps Script rejects non-numbers with a signature error. */
export function int(v: unknown, method: string, all: readonly unknown[]): number {
  if (typeof v !== 'number' || !Number.isFinite(v)) throw signatureMismatch(method, all);
  return Math.trunc(v);
}

export function str(v: unknown, method: string, all: readonly unknown[]): string {
  if (typeof v !== 'string') throw signatureMismatch(method, all);
  return v;
}
