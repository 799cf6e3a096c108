import { AppsScriptException } from './errors';

/**
 * Apps Script enums are objects whose members print as their names (`String(Button.OK) === 'OK'`);
 * our members ARE their names, so `==` comparisons and logging behave the same.
 */
export function enumOf<T>(...names: string[]): T {
  return Object.freeze(Object.fromEntries(names.map((n) => [n, n]))) as unknown as T;
}

/** The type names Apps Script prints in a signature error: (String,number,Object,null). */
function typeName(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'string') return 'String';
  if (typeof v === 'number') return 'number';
  if (typeof v === 'boolean') return 'Boolean';
  if (Array.isArray(v)) return 'number[]';
  if (isDate(v)) return 'Date';
  return 'Object';
}

/** "The parameters (String,number) don't match the method signature for Ui.alert." */
export function signatureError(method: string, args: readonly unknown[]): AppsScriptException {
  return new AppsScriptException(
    `The parameters (${args.map(typeName).join(',')}) don't match the method signature for ${method}.`,
  );
}

/** Dates from a script run in node:vm come from another realm: `instanceof Date` is false for them. */
export function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}
