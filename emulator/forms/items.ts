/**
 * Form items — reference: developers.google.com/apps-script/reference/forms/item and the typed
 * items (text-item, list-item, scale-item, grid-item, …). One strict view per kind: a ListItem has
 * no setBounds, a TextItem no setChoiceValues, as in Apps Script.
 */
import { signatureError } from '../args';
import { AppsScriptException } from '../errors';
import type { Host } from '../host';
import { strict } from '../strict';
import type { ChoiceState, ItemKind, ItemState, ValidationState } from './model';

/** The Apps Script class of each kind. */
export const CLASS_OF: Record<ItemKind, string> = {
  TEXT: 'TextItem', PARAGRAPH_TEXT: 'ParagraphTextItem', MULTIPLE_CHOICE: 'MultipleChoiceItem',
  CHECKBOX: 'CheckboxItem', LIST: 'ListItem', SCALE: 'ScaleItem', GRID: 'GridItem', DATE: 'DateItem',
  SECTION_HEADER: 'SectionHeaderItem', PAGE_BREAK: 'PageBreakItem',
};
const AS_METHOD: Record<ItemKind, string> = {
  TEXT: 'asTextItem', PARAGRAPH_TEXT: 'asParagraphTextItem', MULTIPLE_CHOICE: 'asMultipleChoiceItem',
  CHECKBOX: 'asCheckboxItem', LIST: 'asListItem', SCALE: 'asScaleItem', GRID: 'asGridItem', DATE: 'asDateItem',
  SECTION_HEADER: 'asSectionHeaderItem', PAGE_BREAK: 'asPageBreakItem',
};

/** Views handed out for validations, choices and page breaks, to look them up when passed back. */
export const validations = new WeakMap<object, ValidationState>();
const choiceViews = new WeakMap<object, ChoiceState>();
const itemViews = new WeakMap<object, ItemState>();
export const itemOf = (v: unknown): ItemState | undefined => (typeof v === 'object' && v !== null ? itemViews.get(v) : undefined);

/** An ItemResponse: the item and the answer a respondent would give. */
export interface ItemResponseState { item: ItemState; answer: string | string[] | number }
export const itemResponses = new WeakMap<object, ItemResponseState>();

export interface ItemContext {
  host: Host;
  /** Called on every change, so a form with a destination keeps its response sheet's header. */
  changed(): void;
  indexOf(item: ItemState): number;
  alive(item: ItemState): boolean;
}

const strings = (v: unknown, method: string): string[] => {
  if (!Array.isArray(v) || v.some((s) => typeof s !== 'string')) throw signatureError(method, [v]);
  return v as string[];
};

export function itemView(ctx: ItemContext, s: ItemState, generic = false): object {
  const cls = generic ? 'Item' : CLASS_OF[s.kind];
  const hit = (m: string) => {
    ctx.host.calls.hit(`${cls}.${m}`);
    if (!ctx.alive(s)) throw new AppsScriptException('The item has been deleted.');
  };
  const set = <A extends unknown[]>(m: string, apply: (...a: A) => void) => (...a: A) => {
    hit(m);
    apply(...a);
    ctx.changed();
    return self;
  };
  const get = <T>(m: string, read: () => T) => () => {
    hit(m);
    return read();
  };
  const view: Record<string, unknown> = {
    getId: get('getId', () => s.id),
    getIndex: get('getIndex', () => ctx.indexOf(s)),
    getTitle: get('getTitle', () => s.title),
    getHelpText: get('getHelpText', () => s.helpText),
    getType: get('getType', () => s.kind),
    setTitle: set('setTitle', (t: unknown) => {
      if (typeof t !== 'string') throw signatureError(`${cls}.setTitle`, [t]);
      s.title = t;
    }),
    setHelpText: set('setHelpText', (t: unknown) => {
      if (typeof t !== 'string') throw signatureError(`${cls}.setHelpText`, [t]);
      s.helpText = t;
    }),
  };
  if (generic) {
    for (const kind of Object.keys(AS_METHOD) as ItemKind[]) {
      view[AS_METHOD[kind]] = () => {
        hit(AS_METHOD[kind]);
        if (s.kind !== kind) throw new AppsScriptException(`Item can't be cast to ${CLASS_OF[kind]}.`);
        return itemView(ctx, s);
      };
    }
  } else {
    addKindMethods(view, s, cls, set, get, ctx);
  }
  const self = strict(view, cls);
  itemViews.set(self, s);
  itemViews.set(view, s);
  return self;
}

type Setter = <A extends unknown[]>(m: string, apply: (...a: A) => void) => (...a: A) => object;
type Getter = <T>(m: string, read: () => T) => () => T;

function addKindMethods(view: Record<string, unknown>, s: ItemState, cls: string, set: Setter, get: Getter, ctx: ItemContext) {
  const k = s.kind;
  if (k === 'PAGE_BREAK') {
    view.setGoToPage = set('setGoToPage', (target: unknown) => {
      const page = itemOf(target);
      if (page && page.kind === 'PAGE_BREAK') s.goToPage = page.id;
      else if (target === 'SUBMIT') s.goToPage = 'SUBMIT';
      else if (target === 'CONTINUE') s.goToPage = null;
      else throw signatureError(`${cls}.setGoToPage`, [target]);
    });
  }
  if (k === 'SECTION_HEADER' || k === 'PAGE_BREAK') return;
  view.isRequired = get('isRequired', () => s.required);
  view.setRequired = set('setRequired', (r: unknown) => {
    if (typeof r !== 'boolean') throw signatureError(`${cls}.setRequired`, [r]);
    s.required = r;
  });
  view.createResponse = (answer: unknown) => {
    ctx.host.calls.hit(`${cls}.createResponse`);
    const response = { item: s, answer: checkAnswer(s, answer, `${cls}.createResponse`) };
    const r = strict({
      getItem: () => itemView(ctx, s, true),
      getResponse: () => response.answer,
    }, 'ItemResponse');
    itemResponses.set(r, response);
    return r;
  };
  if (k === 'MULTIPLE_CHOICE' || k === 'CHECKBOX' || k === 'LIST') {
    view.setChoiceValues = set('setChoiceValues', (values: unknown) => {
      const list = strings(values, `${cls}.setChoiceValues`);
      // An item must keep at least one choice: Apps Script throws (issue 14); its exact text is not known.
      if (list.length === 0) throw new AppsScriptException(`${cls}.setChoiceValues: a choice item needs at least one choice.`);
      if (new Set(list).size !== list.length) throw new AppsScriptException('Duplicate choice values are not allowed.');
      s.choices = list.map((value) => ({ value }));
    });
    view.createChoice = (value: unknown, goTo?: unknown) => {
      ctx.host.calls.hit(`${cls}.createChoice`);
      if (typeof value !== 'string') throw signatureError(`${cls}.createChoice`, [value]);
      const choice: ChoiceState = { value };
      if (goTo !== undefined) {
        const page = itemOf(goTo);
        if (!page || page.kind !== 'PAGE_BREAK' || k === 'CHECKBOX') throw signatureError(`${cls}.createChoice`, [value, goTo]);
        choice.goTo = page.id;
      }
      const v = strict({ getValue: () => value }, 'Choice');
      choiceViews.set(v, choice);
      return v;
    };
    view.setChoices = set('setChoices', (choices: unknown) => {
      if (!Array.isArray(choices)) throw signatureError(`${cls}.setChoices`, [choices]);
      const list = choices.map((c) => {
        const st = typeof c === 'object' && c !== null ? choiceViews.get(c) : undefined;
        if (!st) throw signatureError(`${cls}.setChoices`, [choices]);
        return st;
      });
      s.choices = list;
    });
    view.getChoices = get('getChoices', () => s.choices.map((c) => strict({ getValue: () => c.value }, 'Choice')));
    if (k !== 'LIST') {
      view.showOtherOption = set('showOtherOption', (on: unknown) => {
        if (typeof on !== 'boolean') throw signatureError(`${cls}.showOtherOption`, [on]);
        s.otherOption = on;
      });
      view.hasOtherOption = get('hasOtherOption', () => s.otherOption);
    }
  }
  if (k === 'TEXT' || k === 'PARAGRAPH_TEXT' || k === 'CHECKBOX') {
    view.setValidation = set('setValidation', (rule: unknown) => {
      const v = typeof rule === 'object' && rule !== null ? validations.get(rule) : undefined;
      const wanted = k === 'TEXT' ? 'text' : k === 'PARAGRAPH_TEXT' ? 'paragraph' : 'checkbox';
      if (!v || v.kind !== wanted) throw signatureError(`${cls}.setValidation`, [rule]);
      s.validation = v;
    });
    view.clearValidation = set('clearValidation', () => {
      s.validation = null;
    });
  }
  if (k === 'SCALE') {
    view.setBounds = set('setBounds', (lower: unknown, upper: unknown) => {
      if (typeof lower !== 'number' || typeof upper !== 'number') throw signatureError(`${cls}.setBounds`, [lower, upper]);
      // ScaleItem#setBounds: lower 0 or 1, upper 3…10.
      if (![0, 1].includes(lower) || upper < 3 || upper > 10) throw new AppsScriptException('Invalid data updating form.');
      s.lower = lower;
      s.upper = upper;
    });
    view.setLabels = set('setLabels', (lower: unknown, upper: unknown) => {
      if (typeof lower !== 'string' || typeof upper !== 'string') throw signatureError(`${cls}.setLabels`, [lower, upper]);
      s.labels = [lower, upper];
    });
    view.getLowerBound = get('getLowerBound', () => s.lower);
    view.getUpperBound = get('getUpperBound', () => s.upper);
  }
  if (k === 'GRID') {
    view.setRows = set('setRows', (rows: unknown) => {
      s.rows = strings(rows, `${cls}.setRows`);
    });
    view.setColumns = set('setColumns', (columns: unknown) => {
      s.columns = strings(columns, `${cls}.setColumns`);
    });
    view.getRows = get('getRows', () => [...s.rows]);
    view.getColumns = get('getColumns', () => [...s.columns]);
  }
}

const asText = (answer: unknown) => (typeof answer === 'string' ? answer : null);

/**
 * The answer a respondent could give, or an exception as the form would refuse it: a choice not
 * offered, a scale value out of bounds, text that breaks the validation.
 */
export function checkAnswer(s: ItemState, answer: unknown, method: string): string | string[] | number {
  const values = s.choices.map((c) => c.value);
  switch (s.kind) {
    case 'TEXT': case 'PARAGRAPH_TEXT': {
      const t = asText(answer);
      if (t === null) throw signatureError(method, [answer]);
      if (s.validation && t !== '' && !passesText(s.validation, t)) throw invalid(s, s.validation.helpText);
      return t;
    }
    case 'MULTIPLE_CHOICE': case 'LIST': {
      const t = asText(answer);
      if (t === null) throw signatureError(method, [answer]);
      if (!values.includes(t) && !(s.otherOption && t !== '')) throw invalid(s, `нет варианта «${t}»`);
      return t;
    }
    case 'CHECKBOX': {
      const list = strings(answer, method);
      for (const t of list) if (!values.includes(t) && !s.otherOption) throw invalid(s, `нет варианта «${t}»`);
      if (s.validation && !passesCount(s.validation, list.length)) throw invalid(s, s.validation.helpText);
      return list;
    }
    case 'SCALE': {
      if (typeof answer !== 'number' && typeof answer !== 'string') throw signatureError(method, [answer]);
      const n = Number(answer);
      if (!Number.isInteger(n) || n < s.lower || n > s.upper) throw invalid(s, `${s.lower}…${s.upper}`);
      return n;
    }
    case 'GRID': {
      const list = Array.isArray(answer) ? answer : null;
      if (!list || list.length !== s.rows.length) throw signatureError(method, [answer]);
      for (const t of list) if (t !== null && t !== '' && !s.columns.includes(String(t))) throw invalid(s, `нет столбца «${String(t)}»`);
      return list.map((t) => (t === null ? '' : String(t)));
    }
    case 'DATE': {
      const t = asText(answer);
      if (t === null || !/^\d{4}-\d{2}-\d{2}$/.test(t)) throw signatureError(method, [answer]);
      return t;
    }
    default:
      throw new AppsScriptException(`${CLASS_OF[s.kind]} takes no response.`);
  }
}

const invalid = (s: ItemState, why: string) => new AppsScriptException(`Invalid response for «${s.title}»: ${why}`);

function passesText(v: ValidationState, t: string): boolean {
  const [a, b] = v.args;
  const n = Number(t.replace(',', '.'));
  switch (v.rule) {
    case 'requireNumber': return t.trim() !== '' && Number.isFinite(n);
    case 'requireWholeNumber': return /^\s*-?\d+\s*$/.test(t);
    case 'requireNumberBetween': return t.trim() !== '' && Number.isFinite(n) && n >= Number(a) && n <= Number(b);
    case 'requireTextIsEmail': return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(t.trim());
    case 'requireTextMatchesPattern': return new RegExp(`^(?:${String(a)})$`).test(t);
    case 'requireTextLengthLessThanOrEqualTo': return t.length <= Number(a);
    default: return true;
  }
}

function passesCount(v: ValidationState, count: number): boolean {
  const n = Number(v.args[0]);
  if (v.rule === 'requireSelectAtMost') return count <= n;
  if (v.rule === 'requireSelectAtLeast') return count >= n;
  if (v.rule === 'requireSelectExactly') return count === n;
  return true;
}
