/**
 * DataValidationBuilder and DataValidation — reference: developers.google.com/apps-script/reference/spreadsheet/data-validation-builder
 * Rules are immutable plain data (model.ts ValidationRule); the builder's default allowInvalid is
 * true, as in Apps Script ("show a warning"), so only setAllowInvalid(false) makes writes throw.
 */
import { isDate } from '../args';
import { AppsScriptException } from '../errors';
import type { Host } from '../host';
import { displayOf } from './cells';
import type { BookState, RangeRef, ValidationRule } from './model';
import { expose, lookup, remember, signatureMismatch } from './refs';
import type { CellValue } from './values';

/** Builds the Range view a rule hands back from getCriteriaValues (set by range.ts, avoids an import cycle). */
export type RangeFactory = (ref: RangeRef) => GoogleAppsScript.Spreadsheet.Range;

interface Draft {
  criteria: string | null;
  args: unknown[];
  source?: RangeRef;
  allowInvalid: boolean;
  helpText: string;
}

const asEnum = <T>(name: string) => name as unknown as T;

export function newDataValidationBuilder(host: Host, makeRange: RangeFactory, from?: ValidationRule): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
  const draft: Draft = from
    ? { criteria: from.criteria, args: [...from.args], source: from.source, allowInvalid: from.allowInvalid, helpText: from.helpText }
    : { criteria: null, args: [], allowInvalid: true, helpText: '' };
  return DataValidationBuilder.create(host, makeRange, draft);
}

class DataValidationBuilder {
  readonly #host: Host;
  readonly #makeRange: RangeFactory;
  readonly #d: Draft;
  #self: GoogleAppsScript.Spreadsheet.DataValidationBuilder;
  constructor(host: Host, makeRange: RangeFactory, draft: Draft) {
    this.#host = host;
    this.#makeRange = makeRange;
    this.#d = draft;
    this.#self = this as unknown as GoogleAppsScript.Spreadsheet.DataValidationBuilder;
  }
  static create(host: Host, makeRange: RangeFactory, draft: Draft): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    const view = new DataValidationBuilder(host, makeRange, draft);
    view.#self = expose<GoogleAppsScript.Spreadsheet.DataValidationBuilder>(view, 'DataValidationBuilder');
    return view.#self;
  }
  #set(method: string, criteria: string, args: unknown[], source?: RangeRef): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    this.#host.calls.hit(`DataValidationBuilder.${method}`);
    Object.assign(this.#d, { criteria, args, source });
    return this.#self;
  }

  requireValueInList(values: string[], showDropdown = true) {
    if (!Array.isArray(values)) throw signatureMismatch('DataValidationBuilder.requireValueInList', [values]);
    return this.#set('requireValueInList', 'VALUE_IN_LIST', [values.map(String), showDropdown]);
  }
  requireValueInRange(range: GoogleAppsScript.Spreadsheet.Range, showDropdown = true) {
    const ref = lookup.range(range, 'DataValidationBuilder.requireValueInRange');
    return this.#set('requireValueInRange', 'VALUE_IN_RANGE', [null, showDropdown], ref);
  }
  requireNumberBetween(start: number, end: number) { return this.#num('requireNumberBetween', 'NUMBER_BETWEEN', [start, end]); }
  requireNumberNotBetween(start: number, end: number) { return this.#num('requireNumberNotBetween', 'NUMBER_NOT_BETWEEN', [start, end]); }
  requireNumberEqualTo(n: number) { return this.#num('requireNumberEqualTo', 'NUMBER_EQUAL_TO', [n]); }
  requireNumberGreaterThan(n: number) { return this.#num('requireNumberGreaterThan', 'NUMBER_GREATER_THAN', [n]); }
  requireNumberGreaterThanOrEqualTo(n: number) { return this.#num('requireNumberGreaterThanOrEqualTo', 'NUMBER_GREATER_THAN_OR_EQUAL_TO', [n]); }
  requireNumberLessThan(n: number) { return this.#num('requireNumberLessThan', 'NUMBER_LESS_THAN', [n]); }
  requireNumberLessThanOrEqualTo(n: number) { return this.#num('requireNumberLessThanOrEqualTo', 'NUMBER_LESS_THAN_OR_EQUAL_TO', [n]); }
  #num(method: string, criteria: string, args: number[]) {
    if (args.some((a) => typeof a !== 'number')) throw signatureMismatch(`DataValidationBuilder.${method}`, args);
    return this.#set(method, criteria, args);
  }
  requireDate() { return this.#set('requireDate', 'DATE_IS_VALID_DATE', []); }
  requireDateBetween(start: Date, end: Date) { return this.#date('requireDateBetween', 'DATE_BETWEEN', [start, end]); }
  requireDateAfter(d: Date) { return this.#date('requireDateAfter', 'DATE_AFTER', [d]); }
  requireDateBefore(d: Date) { return this.#date('requireDateBefore', 'DATE_BEFORE', [d]); }
  requireDateOnOrAfter(d: Date) { return this.#date('requireDateOnOrAfter', 'DATE_ON_OR_AFTER', [d]); }
  requireDateOnOrBefore(d: Date) { return this.#date('requireDateOnOrBefore', 'DATE_ON_OR_BEFORE', [d]); }
  #date(method: string, criteria: string, args: Date[]) {
    if (args.some((a) => !isDate(a))) throw signatureMismatch(`DataValidationBuilder.${method}`, args);
    return this.#set(method, criteria, args.map((d) => new Date(d.getTime())));
  }
  requireCheckbox(checked?: unknown, unchecked?: unknown) {
    const args = checked === undefined ? [] : unchecked === undefined ? [checked] : [checked, unchecked];
    return this.#set('requireCheckbox', 'CHECKBOX', args);
  }
  requireTextIsEmail() { return this.#set('requireTextIsEmail', 'TEXT_IS_VALID_EMAIL', []); }
  requireTextIsUrl() { return this.#set('requireTextIsUrl', 'TEXT_IS_VALID_URL', []); }
  requireTextContains(text: string) { return this.#set('requireTextContains', 'TEXT_CONTAINS', [String(text)]); }
  requireTextEqualTo(text: string) { return this.#set('requireTextEqualTo', 'TEXT_EQUAL_TO', [String(text)]); }
  requireFormulaSatisfied(formula: string) { return this.#set('requireFormulaSatisfied', 'CUSTOM_FORMULA', [String(formula)]); }
  setAllowInvalid(allow: boolean) {
    this.#host.calls.hit('DataValidationBuilder.setAllowInvalid');
    if (typeof allow !== 'boolean') throw signatureMismatch('DataValidationBuilder.setAllowInvalid', [allow]);
    this.#d.allowInvalid = allow;
    return this.#self;
  }
  setHelpText(text: string) {
    this.#host.calls.hit('DataValidationBuilder.setHelpText');
    this.#d.helpText = String(text);
    return this.#self;
  }
  getCriteriaType() {
    this.#host.calls.hit('DataValidationBuilder.getCriteriaType');
    return asEnum<GoogleAppsScript.Spreadsheet.DataValidationCriteria>(this.#d.criteria ?? '');
  }
  getAllowInvalid() { this.#host.calls.hit('DataValidationBuilder.getAllowInvalid'); return this.#d.allowInvalid; }
  getHelpText() { this.#host.calls.hit('DataValidationBuilder.getHelpText'); return this.#d.helpText || null; }
  build(): GoogleAppsScript.Spreadsheet.DataValidation {
    this.#host.calls.hit('DataValidationBuilder.build');
    if (!this.#d.criteria) throw new AppsScriptException('You must set a criteria before building a data validation rule.');
    const rule: ValidationRule = Object.freeze({ ...this.#d, criteria: this.#d.criteria, args: Object.freeze([...this.#d.args]) });
    return dataValidationView(this.#host, this.#makeRange, rule);
  }
  copy(): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    this.#host.calls.hit('DataValidationBuilder.copy');
    return newBuilderFromDraft(this.#host, this.#makeRange, { ...this.#d, args: [...this.#d.args] });
  }
}

function newBuilderFromDraft(host: Host, makeRange: RangeFactory, draft: Draft): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
  return DataValidationBuilder.create(host, makeRange, draft);
}

/** A built rule as scripts see it. */
export function dataValidationView(host: Host, makeRange: RangeFactory, rule: ValidationRule): GoogleAppsScript.Spreadsheet.DataValidation {
  return remember.validation(expose<GoogleAppsScript.Spreadsheet.DataValidation>(new DataValidation(host, makeRange, rule), 'DataValidation'), rule);
}

class DataValidation {
  readonly #host: Host;
  readonly #makeRange: RangeFactory;
  readonly #rule: ValidationRule;
  constructor(host: Host, makeRange: RangeFactory, rule: ValidationRule) {
    this.#host = host;
    this.#makeRange = makeRange;
    this.#rule = rule;
  }
  getCriteriaType() {
    this.#host.calls.hit('DataValidation.getCriteriaType');
    return asEnum<GoogleAppsScript.Spreadsheet.DataValidationCriteria>(this.#rule.criteria);
  }
  /** VALUE_IN_LIST → [values, showDropdown]; VALUE_IN_RANGE → [Range, showDropdown]; numbers/dates → their bounds. */
  getCriteriaValues(): unknown[] {
    this.#host.calls.hit('DataValidation.getCriteriaValues');
    return criteriaValues(this.#rule, this.#makeRange);
  }
  getAllowInvalid() { this.#host.calls.hit('DataValidation.getAllowInvalid'); return this.#rule.allowInvalid; }
  getHelpText() { this.#host.calls.hit('DataValidation.getHelpText'); return this.#rule.helpText || null; }
  copy(): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    this.#host.calls.hit('DataValidation.copy');
    const r = this.#rule;
    return newBuilderFromDraft(this.#host, this.#makeRange, { criteria: r.criteria, args: [...r.args], source: r.source, allowInvalid: r.allowInvalid, helpText: r.helpText });
  }
}

function criteriaValues(rule: ValidationRule, makeRange: RangeFactory): unknown[] {
  return rule.args.map((a, i) => {
    if (rule.criteria === 'VALUE_IN_RANGE' && i === 0 && rule.source) return makeRange(rule.source);
    if (Array.isArray(a)) return [...a];
    return a instanceof Date ? new Date(a.getTime()) : a;
  });
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const URL_RE = /^(https?:\/\/)?[^\s/]+\.[^\s]+$/i;

/** Whether a value passes a rule (only asked for non-empty values of rejecting rules). */
export function passes(book: BookState, rule: ValidationRule, value: CellValue): boolean {
  const [a, b] = rule.args;
  const n = typeof value === 'number' ? value : null;
  const d = value instanceof Date ? value.getTime() : null;
  const time = (x: unknown) => (x instanceof Date ? x.getTime() : NaN);
  const text = value instanceof Date || typeof value === 'number' ? null : String(value);
  switch (rule.criteria) {
    case 'VALUE_IN_LIST': return (a as string[]).includes(shown(value));
    case 'VALUE_IN_RANGE': {
      const src = rule.source!;
      for (let r = 0; r < src.numRows; r++) {
        for (let c = 0; c < src.numCols; c++) if (displayOf(book, src.sheet, src.row + r, src.col + c) === shown(value)) return true;
      }
      return false;
    }
    case 'NUMBER_BETWEEN': return n !== null && n >= Number(a) && n <= Number(b);
    case 'NUMBER_NOT_BETWEEN': return n !== null && (n < Number(a) || n > Number(b));
    case 'NUMBER_EQUAL_TO': return n === a;
    case 'NUMBER_GREATER_THAN': return n !== null && n > Number(a);
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO': return n !== null && n >= Number(a);
    case 'NUMBER_LESS_THAN': return n !== null && n < Number(a);
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO': return n !== null && n <= Number(a);
    case 'DATE_IS_VALID_DATE': return d !== null;
    case 'DATE_BETWEEN': return d !== null && d >= time(a) && d <= time(b);
    case 'DATE_AFTER': return d !== null && d > time(a);
    case 'DATE_BEFORE': return d !== null && d < time(a);
    case 'DATE_ON_OR_AFTER': return d !== null && d >= time(a);
    case 'DATE_ON_OR_BEFORE': return d !== null && d <= time(a);
    case 'CHECKBOX': return rule.args.length === 0 ? typeof value === 'boolean' : rule.args.some((x) => x === value || String(x) === shown(value));
    case 'TEXT_IS_VALID_EMAIL': return text !== null && EMAIL.test(text);
    case 'TEXT_IS_VALID_URL': return text !== null && URL_RE.test(text);
    case 'TEXT_CONTAINS': return shown(value).includes(String(a));
    case 'TEXT_EQUAL_TO': return shown(value) === String(a);
    default: return true; // CUSTOM_FORMULA: not evaluated by the emulator
  }
}

/** A value compared with list items the way a person sees it: numbers with a decimal comma. */
function shown(value: CellValue): string {
  if (typeof value === 'number') return String(value).replace('.', ',');
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return value instanceof Date ? value.toISOString() : value;
}
