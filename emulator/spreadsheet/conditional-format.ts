/**
 * ConditionalFormatRuleBuilder, ConditionalFormatRule and BooleanCondition —
 * reference: developers.google.com/apps-script/reference/spreadsheet/conditional-format-rule-builder
 * Rules are stored as plain data on the sheet; the emulator does not paint cells with them.
 */
import { AppsScriptException } from '../errors';
import type { BookState, ConditionalRuleState } from './model';
import { expose, lookup, remember, signatureMismatch } from './refs';
import { provide, views } from './views';


const blank = (): ConditionalRuleState => ({ criteria: '', args: [], background: null, fontColor: null, bold: null, italic: null, ranges: [] });
const clone = (s: ConditionalRuleState): ConditionalRuleState => ({ ...s, args: [...s.args], ranges: s.ranges.map((r) => ({ ...r })) });

function newConditionalFormatRuleBuilder(book: BookState, from?: ConditionalRuleState): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder {
  return ConditionalFormatRuleBuilder.create(book, from ? clone(from) : blank());
}

class ConditionalFormatRuleBuilder implements Partial<GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder> {
  readonly #book: BookState;
  readonly #s: ConditionalRuleState;
  #self!: GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;
  private constructor(book: BookState, state: ConditionalRuleState) {
    this.#book = book;
    this.#s = state;
  }
  static create(book: BookState, state: ConditionalRuleState): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder {
    const view = new ConditionalFormatRuleBuilder(book, state);
    view.#self = expose<GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder>(view, 'ConditionalFormatRuleBuilder');
    return view.#self;
  }
  #hit(method: string) {
    this.#book.host.calls.hit(`ConditionalFormatRuleBuilder.${method}`);
  }
  #when(method: string, criteria: string, args: unknown[], check: (a: unknown) => boolean = () => true) {
    this.#hit(method);
    if (!args.every(check)) throw signatureMismatch(`ConditionalFormatRuleBuilder.${method}`, args);
    this.#s.criteria = criteria;
    this.#s.args = args;
    return this.#self;
  }
  whenFormulaSatisfied(formula: string) { return this.#when('whenFormulaSatisfied', 'CUSTOM_FORMULA', [formula], isString); }
  whenTextEqualTo(text: string) { return this.#when('whenTextEqualTo', 'TEXT_EQUAL_TO', [text], isString); }
  whenTextContains(text: string) { return this.#when('whenTextContains', 'TEXT_CONTAINS', [text], isString); }
  whenTextDoesNotContain(text: string) { return this.#when('whenTextDoesNotContain', 'TEXT_DOES_NOT_CONTAIN', [text], isString); }
  whenTextStartsWith(text: string) { return this.#when('whenTextStartsWith', 'TEXT_STARTS_WITH', [text], isString); }
  whenTextEndsWith(text: string) { return this.#when('whenTextEndsWith', 'TEXT_ENDS_WITH', [text], isString); }
  whenCellEmpty() { return this.#when('whenCellEmpty', 'CELL_EMPTY', []); }
  whenCellNotEmpty() { return this.#when('whenCellNotEmpty', 'CELL_NOT_EMPTY', []); }
  whenNumberLessThan(n: number) { return this.#when('whenNumberLessThan', 'NUMBER_LESS_THAN', [n], isNumber); }
  whenNumberLessThanOrEqualTo(n: number) { return this.#when('whenNumberLessThanOrEqualTo', 'NUMBER_LESS_THAN_OR_EQUAL_TO', [n], isNumber); }
  whenNumberGreaterThan(n: number) { return this.#when('whenNumberGreaterThan', 'NUMBER_GREATER_THAN', [n], isNumber); }
  whenNumberGreaterThanOrEqualTo(n: number) { return this.#when('whenNumberGreaterThanOrEqualTo', 'NUMBER_GREATER_THAN_OR_EQUAL_TO', [n], isNumber); }
  whenNumberEqualTo(n: number) { return this.#when('whenNumberEqualTo', 'NUMBER_EQUAL_TO', [n], isNumber); }
  whenNumberBetween(a: number, b: number) { return this.#when('whenNumberBetween', 'NUMBER_BETWEEN', [a, b], isNumber); }
  setBackground(color: string | null) { this.#hit('setBackground'); this.#s.background = color; return this.#self; }
  setFontColor(color: string | null) { this.#hit('setFontColor'); this.#s.fontColor = color; return this.#self; }
  setBold(bold: boolean | null) { this.#hit('setBold'); this.#s.bold = bold; return this.#self; }
  setItalic(italic: boolean | null) { this.#hit('setItalic'); this.#s.italic = italic; return this.#self; }
  setRanges(ranges: GoogleAppsScript.Spreadsheet.Range[]) {
    this.#hit('setRanges');
    if (!Array.isArray(ranges)) throw signatureMismatch('ConditionalFormatRuleBuilder.setRanges', [ranges]);
    this.#s.ranges = ranges.map((r) => ({ ...lookup.range(r, 'ConditionalFormatRuleBuilder.setRanges') }));
    return this.#self;
  }
  getRanges() { this.#hit('getRanges'); return this.#s.ranges.map((r) => views.range(this.#book, r)); }
  getBooleanCondition() { this.#hit('getBooleanCondition'); return this.#s.criteria ? booleanConditionView(this.#book, clone(this.#s)) : null; }
  build(): GoogleAppsScript.Spreadsheet.ConditionalFormatRule {
    this.#hit('build');
    if (!this.#s.criteria) throw new AppsScriptException('A conditional format rule must have a condition.');
    return conditionalFormatRuleView(this.#book, clone(this.#s));
  }
  copy() { this.#hit('copy'); return ConditionalFormatRuleBuilder.create(this.#book, clone(this.#s)); }
}

const isString = (a: unknown) => typeof a === 'string';
const isNumber = (a: unknown) => typeof a === 'number';

function conditionalFormatRuleView(book: BookState, state: ConditionalRuleState): GoogleAppsScript.Spreadsheet.ConditionalFormatRule {
  const view = {
    getRanges: () => { book.host.calls.hit('ConditionalFormatRule.getRanges'); return state.ranges.map((r) => views.range(book, r)); },
    getBooleanCondition: () => { book.host.calls.hit('ConditionalFormatRule.getBooleanCondition'); return booleanConditionView(book, state); },
    getGradientCondition: () => { book.host.calls.hit('ConditionalFormatRule.getGradientCondition'); return null; },
    copy: () => { book.host.calls.hit('ConditionalFormatRule.copy'); return newConditionalFormatRuleBuilder(book, state); },
  };
  return remember.conditionalRule(expose<GoogleAppsScript.Spreadsheet.ConditionalFormatRule>(view, 'ConditionalFormatRule'), state);
}

function booleanConditionView(book: BookState, s: ConditionalRuleState): GoogleAppsScript.Spreadsheet.BooleanCondition {
  const hit = (m: string) => book.host.calls.hit(`BooleanCondition.${m}`);
  const view = {
    getCriteriaType: () => { hit('getCriteriaType'); return s.criteria as unknown as GoogleAppsScript.Spreadsheet.BooleanCriteria; },
    getCriteriaValues: () => { hit('getCriteriaValues'); return [...s.args]; },
    getBackground: () => { hit('getBackground'); return s.background; },
    getFontColor: () => { hit('getFontColor'); return s.fontColor; },
    getBold: () => { hit('getBold'); return s.bold; },
    getItalic: () => { hit('getItalic'); return s.italic; },
  };
  return expose<GoogleAppsScript.Spreadsheet.BooleanCondition>(view, 'BooleanCondition');
}

provide({ conditionalRule: conditionalFormatRuleView, conditionalRuleBuilder: newConditionalFormatRuleBuilder });
