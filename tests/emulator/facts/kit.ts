/**
 * The facts kit: Apps Script behaviours written once, checked in jest on the emulator and in a real
 * Apps Script project on Google (`npm run parity`). A facts file imports only this module:
 *
 *   export default defineFacts('Range', (fact) => {
 *     fact('getRange(0, 1) throws: rows start at 1', { source: 'https://developers.google.com/…/sheet#getrangerow,-column' }, (g) => {
 *       expect(() => g.sheet.getRange(0, 1)).toThrow('The starting row of the range is too small.');
 *     });
 *   });
 *
 * `g` holds the Apps Script globals and scratch files made for the one fact (a new sheet, form,
 * document), removed after it. `expect` is a small subset of jest's that runs in Apps Script's V8
 * without jest and records what it compared, so a run can write «expected / observed» per fact.
 * Nothing here may use Node, jest or the emulator: the same code is bundled into the parity project.
 */

/** The Apps Script globals a fact may use. */
export interface AppsScriptGlobals {
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  FormApp: GoogleAppsScript.Forms.FormApp;
  DocumentApp: GoogleAppsScript.Document.DocumentApp;
  DriveApp: GoogleAppsScript.Drive.DriveApp;
  PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  LockService: GoogleAppsScript.Lock.LockService;
  CacheService: GoogleAppsScript.Cache.CacheService;
  Session: GoogleAppsScript.Base.Session;
  ScriptApp: GoogleAppsScript.Script.ScriptApp;
  Utilities: GoogleAppsScript.Utilities.Utilities;
  Logger: GoogleAppsScript.Base.Logger;
  HtmlService: GoogleAppsScript.HTML.HtmlService;
  Charts: GoogleAppsScript.Charts.Charts;
}

/** What a fact receives: the globals, and scratch files made on first use and removed after the fact. */
export interface FactContext extends AppsScriptGlobals {
  /** The spreadsheet the run is bound to (on Google: the scratch Sheet holding the parity project). */
  readonly spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
  /** A new empty sheet of `spreadsheet` (1000 × 26), deleted after the fact. */
  readonly sheet: GoogleAppsScript.Spreadsheet.Sheet;
  /** A new form (FormApp.create), moved to the Drive trash after the fact. */
  readonly form: GoogleAppsScript.Forms.Form;
  /** A new document (DocumentApp.create), moved to the Drive trash after the fact. */
  readonly doc: GoogleAppsScript.Document.Document;
  /** Runs `cleanup` after the fact, pass or fail (e.g. delete a sheet the fact inserted). */
  after(cleanup: () => void): void;
}

export interface FactMeta {
  /** Where the behaviour is documented: a reference page, an issue tracker entry, a published log. */
  source: string;
}
export type FactBody = (g: FactContext) => void;
export interface Fact extends FactMeta {
  area: string;
  name: string;
  body: FactBody;
}
export interface FactSet {
  area: string;
  facts: Fact[];
}

/** One fact's outcome, as a row of the parity sheet and an entry of its JSON file. */
export interface FactResult {
  area: string;
  name: string;
  source: string;
  /** What the fact's checks expected, one per check, joined by « | ». */
  expected: string;
  /** What the checks observed (or what the fact threw), in the same order. */
  observed: string;
  pass: boolean;
  /** What failed while removing the scratch files: not part of the fact. */
  cleanup?: string;
}

/** Collects the facts of one area. */
export function defineFacts(area: string, define: (fact: (name: string, meta: FactMeta, body: FactBody) => void) => void): FactSet {
  const facts: Fact[] = [];
  const names = new Set<string>();
  define((name, meta, body) => {
    if (names.has(name)) throw new Error(`facts: «${area}» has two facts named «${name}»`);
    if (!meta || typeof meta.source !== 'string' || meta.source.trim() === '') throw new Error(`facts: «${area} — ${name}» names no source`);
    names.add(name);
    facts.push({ area, name, source: meta.source, body });
  });
  return { area, facts };
}

// ---- expect: the subset of jest's that facts use, recording each check

interface Check {
  expected: string;
  observed: string;
  pass: boolean;
}
let checks: Check[] | null = null;

/** A failed check: the fact stops here. */
export class FactFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FactFailure';
  }
}

function record(pass: boolean, expected: string, observed: string): void {
  checks?.push({ expected, observed, pass });
  if (!pass) throw new FactFailure(`expected ${expected}, observed ${observed}`);
}

export interface Expectation {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toBeNull(): void;
  toBeTruthy(): void;
  toBeFalsy(): void;
  toBeGreaterThan(n: number): void;
  toBeLessThan(n: number): void;
  toHaveLength(n: number): void;
  /** A substring of a string, or an element (by toEqual) of an array. */
  toContain(item: unknown): void;
  toMatch(pattern: RegExp): void;
  /** `observed` is a function that must throw; a string matches a part of the message (as in jest), a RegExp tests it. */
  toThrow(message?: string | RegExp): void;
  readonly not: Omit<Expectation, 'not'>;
}

export function expect(observed: unknown): Expectation {
  const make = (negate: boolean): Omit<Expectation, 'not'> => {
    const check = (ok: boolean, expected: string) => record(ok !== negate, (negate ? 'not ' : '') + expected, show(observed));
    return {
      toThrow: (message) => throws(observed, message, negate),
      toBe: (e) => check(Object.is(observed, e), show(e)),
      toEqual: (e) => check(same(observed, e), show(e)),
      toBeNull: () => check(observed === null, 'null'),
      toBeTruthy: () => check(!!observed, 'truthy'),
      toBeFalsy: () => check(!observed, 'falsy'),
      toBeGreaterThan: (n) => check(typeof observed === 'number' && observed > n, `> ${n}`),
      toBeLessThan: (n) => check(typeof observed === 'number' && observed < n, `< ${n}`),
      toHaveLength: (n) => check(lengthOf(observed) === n, `length ${n}`),
      toContain: (item) => check(typeof observed === 'string' ? typeof item === 'string' && observed.includes(item)
        : Array.isArray(observed) && observed.some((x) => same(x, item)), `containing ${show(item)}`),
      toMatch: (re) => check(typeof observed === 'string' && re.test(observed), String(re)),
    };
  };
  return { ...make(false), not: make(true) };
}

/** toThrow and not.toThrow: calls `fn` and compares what it threw with `message` (jest's rules). */
function throws(fn: unknown, message: string | RegExp | undefined, negate: boolean): void {
  if (typeof fn !== 'function') throw new FactFailure('toThrow needs a function');
  const want = (negate ? 'not ' : '') + (message === undefined ? 'a throw' : `throws ${show(message)}`);
  let error: unknown;
  let threw = false;
  try {
    (fn as () => unknown)();
  } catch (e) {
    threw = true;
    error = e;
  }
  const text = threw ? messageOf(error) : '';
  const matched = threw && (message === undefined || (typeof message === 'string' ? text.includes(message) : message.test(text)));
  record(matched !== negate, want, threw ? `throws ${show(text)}` : 'no throw');
}

/** What `fn` threw, as plain data to compare with toEqual; a fact fails if it does not throw. */
export function thrown(fn: () => unknown): { name: string; message: string } {
  try {
    fn();
  } catch (e) {
    return { name: String((e as { name?: unknown })?.name ?? ''), message: messageOf(e) };
  }
  return record(false, 'a throw', 'no throw') as never;
}

const messageOf = (e: unknown): string =>
  typeof (e as { message?: unknown })?.message === 'string' ? (e as Error).message : String(e);

const tag = (v: unknown): string => Object.prototype.toString.call(v);
const isDate = (v: unknown): v is Date => tag(v) === '[object Date]';
const isPlain = (v: unknown): v is Record<string, unknown> => {
  if (typeof v !== 'object' || v === null) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === null || Object.getPrototypeOf(proto) === null;
};
const lengthOf = (v: unknown): number | undefined =>
  typeof v === 'string' || Array.isArray(v) ? v.length : undefined;

/** Deep equality over plain data (arrays, plain objects, Dates by time, across realms); anything else by identity. */
export function same(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (isDate(a) && isDate(b)) return Object.is(a.getTime(), b.getTime());
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => same(x, b[i]));
  if (isPlain(a) && isPlain(b)) {
    const ka = Object.keys(a).sort();
    const kb = Object.keys(b).sort();
    return same(ka, kb) && ka.every((k) => same(a[k], b[k]));
  }
  return false;
}

/** A stable text for a value, the same in jest and in Apps Script. */
export function show(v: unknown): string {
  if (v === undefined) return 'undefined';
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'number' || typeof v === 'boolean' || v === null) return String(v);
  if (typeof v === 'function') return 'function';
  if (v instanceof RegExp || tag(v) === '[object RegExp]') return String(v);
  if (isDate(v)) return Number.isNaN(v.getTime()) ? 'Invalid Date' : `Date(${v.toISOString()})`;
  if (Array.isArray(v)) return `[${v.map(show).join(', ')}]`;
  // Service objects (a Range, a FormResponse) show as «object» on both sides: in Apps Script they are host objects.
  if (isPlain(v) && !Object.keys(v).some((k) => typeof v[k] === 'function')) {
    return `{${Object.keys(v).sort().map((k) => `${k}: ${show(v[k])}`).join(', ')}}`;
  }
  return 'object';
}

// ---- running one fact

/** A short name of its own for each fact, the same in every run and on every side (a sheet's name shows in what facts observe). */
function scratchName(fact: Fact): string {
  let h = 2166136261;
  for (const ch of `${fact.area}\u0000${fact.name}`) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
  return `Факт ${h.toString(36)}`;
}

/** Builds `g` for one fact over the globals; `dispose` removes what the fact made and says what could not be removed. */
function scratch(globals: AppsScriptGlobals, fact: Fact): { g: FactContext; dispose(): string[] } {
  const cleanups: (() => void)[] = [];
  const made: { sheet?: GoogleAppsScript.Spreadsheet.Sheet; form?: GoogleAppsScript.Forms.Form; doc?: GoogleAppsScript.Document.Document } = {};
  const spreadsheet = () => globals.SpreadsheetApp.getActiveSpreadsheet();
  const trash = (id: string) => () => void globals.DriveApp.getFileById(id).setTrashed(true);
  const g = Object.create(globals, {
    spreadsheet: { get: spreadsheet },
    sheet: {
      get() {
        if (!made.sheet) {
          const book = spreadsheet();
          const name = scratchName(fact);
          const left = book.getSheetByName(name); // left over by a run stopped half-way
          if (left) book.deleteSheet(left);
          made.sheet = book.insertSheet(name);
          cleanups.push(() => {
            const left = book.getSheetByName(name);
            if (left) book.deleteSheet(left);
          });
        }
        return made.sheet;
      },
    },
    form: {
      get() {
        if (!made.form) {
          made.form = globals.FormApp.create(`Сверка: ${fact.name}`);
          cleanups.push(trash(made.form.getId()));
        }
        return made.form;
      },
    },
    doc: {
      get() {
        if (!made.doc) {
          made.doc = globals.DocumentApp.create(`Сверка: ${fact.name}`);
          cleanups.push(trash(made.doc.getId()));
        }
        return made.doc;
      },
    },
    after: { value: (fn: () => void) => void cleanups.push(fn) },
  }) as FactContext;
  return {
    g,
    dispose() {
      const failed: string[] = [];
      for (const fn of cleanups.reverse()) {
        try {
          fn();
        } catch (e) {
          failed.push(messageOf(e));
        }
      }
      return failed;
    },
  };
}

/** Runs one fact against the globals (the emulator's or Google's) and says what it found. */
export function runFact(fact: Fact, globals: AppsScriptGlobals): FactResult {
  const mine: Check[] = [];
  const outer = checks;
  checks = mine;
  const { g, dispose } = scratch(globals, fact);
  let thrownText: string | undefined;
  try {
    fact.body(g);
  } catch (e) {
    if (!(e instanceof FactFailure)) thrownText = `threw ${show(messageOf(e))}`;
  } finally {
    checks = outer;
  }
  const failedCleanups = dispose();
  const result: FactResult = {
    area: fact.area,
    name: fact.name,
    source: fact.source,
    expected: mine.map((c) => c.expected).join(' | '),
    observed: [...mine.map((c) => c.observed), ...(thrownText ? [thrownText] : [])].join(' | '),
    pass: thrownText === undefined && mine.length > 0 && mine.every((c) => c.pass),
  };
  if (mine.length === 0 && thrownText === undefined) result.observed = 'no checks';
  if (failedCleanups.length) result.cleanup = failedCleanups.join(' | ');
  return result;
}
