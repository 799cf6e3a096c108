/** The part of fast-formula-parser (MIT, no bundled types) the emulator's formula engine uses. */
declare module 'fast-formula-parser' {
  export interface CellRef { sheet?: string; row: number; col: number }
  export interface RangeRef { sheet?: string; from: { row: number; col: number }; to: { row: number; col: number } }
  export class FormulaError extends Error {
    constructor(error: string, msg?: string, details?: unknown);
    readonly error: string;
    readonly details: unknown;
    static readonly DIV0: FormulaError;
    static readonly NA: FormulaError;
    static readonly NAME: FormulaError;
    static readonly NULL: FormulaError;
    static readonly NUM: FormulaError;
    static readonly REF: FormulaError;
    static readonly VALUE: FormulaError;
  }
  export interface ParserConfig {
    functions?: Record<string, (...args: any[]) => unknown>;
    onCell?: (ref: CellRef) => unknown;
    onRange?: (ref: RangeRef) => unknown[][] | FormulaError;
    onVariable?: (name: string, sheet: string) => unknown;
  }
  export default class FormulaParser {
    constructor(config?: ParserConfig);
    static readonly FormulaError: typeof FormulaError;
    functions: Record<string, (...args: any[]) => unknown>;
    checkFormulaResult(result: unknown, allowReturnArray?: boolean): unknown;
    supportedFunctions(): string[];
    parse(text: string, position: CellRef, allowReturnArray?: boolean): unknown;
  }
}

declare module 'fast-formula-parser/formulas/operators' {
  const operators: {
    Infix: { concatOp: (a: unknown, infix: string, b: unknown, isArray1: boolean, isArray2: boolean) => unknown };
  };
  export default operators;
}
