/**
 * Which spreadsheet functions the emulator computes, and how.
 *
 * The engine is fast-formula-parser (MIT), an Excel-compatible parser and evaluator; the few Sheets
 * functions it lacks come from @formulajs/formulajs (MIT). Only functions whose Sheets definition
 * (Google Sheets function list: support.google.com/docs/table/25273, one help page per function)
 * agrees with the Excel one for the values a school's bases hold are allowed; every other function
 * makes the read throw «not emulated» instead of returning a value Sheets might not give.
 */
import * as formulajs from '@formulajs/formulajs';
import FormulaParser from 'fast-formula-parser';

/** Functions computed as fast-formula-parser defines them (Sheets help page: same name in table/25273). */
const ENGINE = `SUM SUMIF SUMPRODUCT AVERAGE AVERAGEIF COUNT COUNTIF ROUND ROUNDUP ROUNDDOWN INT ABS MOD
  POWER SQRT PRODUCT IF IFS IFERROR IFNA AND OR NOT XOR TRUE FALSE LEFT RIGHT MID TRIM
  LOWER PROPER FIND SEARCH REPT EXACT T N VLOOKUP HLOOKUP INDEX ROW COLUMN ROWS COLUMNS
  DATE YEAR MONTH DAY WEEKDAY DATEDIF EDATE EOMONTH DAYS HOUR MINUTE SECOND ISBLANK ISNUMBER ISTEXT ISERROR ISNA
  ISLOGICAL`.split(/\s+/);

/** Functions from @formulajs/formulajs: values in (ranges as 2-D arrays), a value or an Error out. */
/** (fast-formula-parser's own MIN, MAX, SUMIFS, SUBSTITUTE, MATCH, CHOOSE and TEXTJOIN are empty stubs.) */
const FROM_FORMULAJS: Record<string, (...args: unknown[]) => unknown> = Object.fromEntries(
  ['COUNTA', 'COUNTBLANK', 'COUNTIFS', 'UPPER', 'LEN', 'MIN', 'MAX', 'SUMIFS', 'SUBSTITUTE', 'MATCH', 'CHOOSE', 'TEXTJOIN']
    .map((name) => [name, (formulajs as unknown as Record<string, (...a: unknown[]) => unknown>)[name]!]),
);

/** Functions whose result Sheets formats as a date (a Date from getValue) when the cell's format is automatic. */
export const DATE_RESULT = new Set(['TODAY', 'DATE', 'EDATE', 'EOMONTH', 'NOW']);
/** Functions whose result is a plain number even when they read dates. */
export const NUMBER_RESULT = new Set(['YEAR', 'MONTH', 'DAY', 'WEEKDAY', 'DATEDIF', 'DAYS', 'HOUR', 'MINUTE', 'SECOND',
  'COUNT', 'COUNTA', 'COUNTIF', 'COUNTIFS', 'COUNTBLANK', 'ROWS', 'COLUMNS', 'ROW', 'COLUMN', 'MATCH', 'LEN']);

/** A function the emulator does not compute: the read throws, naming it. */
export class UnknownFunction extends Error {
  constructor(readonly fn: string) {
    super(fn);
  }
}

type Arg = { value: unknown };
type EngineFn = (...args: unknown[]) => unknown;
const { FormulaError } = FormulaParser;

function fromFormulajs(fn: (...a: unknown[]) => unknown): EngineFn {
  return (...args: unknown[]) => {
    // Functions the engine calls with its own context first (CHOOSE): that is not an argument.
    const own = args.length > 0 && typeof args[0] === 'object' && args[0] !== null && !('value' in args[0]) ? args.slice(1) : args;
    const result = fn(...(own as Arg[]).map((a) => a.value));
    if (result instanceof Error) throw new FormulaError(result.message);
    return result;
  };
}

/**
 * The function table handed to the engine: the allowed engine functions, the formulajs ones,
 * HYPERLINK and the clock functions of this world; every other name throws UnknownFunction.
 */
export function functionTable(engine: Record<string, EngineFn>, supported: ReadonlySet<string>, clock: Clock): Record<string, EngineFn> {
  const table: Record<string, EngineFn> = {};
  for (const name of Object.keys(engine)) table[name] = () => { throw new UnknownFunction(name); };
  for (const name of ENGINE) {
    const fn = engine[name];
    if (!fn || !supported.has(name)) throw new Error(`fast-formula-parser does not compute ${name}`);
    table[name] = fn;
  }
  for (const [name, fn] of Object.entries(FROM_FORMULAJS)) table[name] = fromFormulajs(fn);
  // support.google.com/docs/answer/3093313 — HYPERLINK(url, [link_label]) shows the label, or the url.
  table.HYPERLINK = (...args: unknown[]) => {
    const [url, label] = args as Arg[];
    if (!url || args.length > 2) throw FormulaError.NA;
    return String((label ?? url).value);
  };
  // TODAY and NOW read the world clock in the spreadsheet's time zone (serial days since 1899-12-30).
  table.TODAY = () => clock.today();
  table.NOW = () => clock.now();
  // support.google.com/docs/answer/3094123 — CONCATENATE joins its arguments, a range cell by cell.
  table.CONCATENATE = (...args: unknown[]) => {
    if (args.length === 0) throw FormulaError.NA;
    return (args as Arg[]).flatMap((a) => (Array.isArray(a.value) ? (a.value as unknown[][]).flat() : [a.value])).map(clock.text).join('');
  };
  return table;
}

/** What the engine needs from the world: the clock, and numbers turned into text in the spreadsheet's locale. */
export interface Clock {
  today(): number;
  now(): number;
  text(v: unknown): string;
}

/** Names the engine treats as functions (for the allow-list's tests). */
export const ALLOWED_FUNCTIONS: readonly string[] = [...ENGINE, ...Object.keys(FROM_FORMULAJS), 'HYPERLINK', 'TODAY', 'NOW', 'CONCATENATE'];
