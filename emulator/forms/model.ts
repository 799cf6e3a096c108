/**
 * Google Forms as plain data. Views (form.ts, items.ts) are thin classes over it; nothing here
 * knows about Apps Script types.
 */
export type ItemKind =
  | 'TEXT' | 'PARAGRAPH_TEXT' | 'MULTIPLE_CHOICE' | 'CHECKBOX' | 'LIST' | 'SCALE' | 'GRID' | 'DATE'
  | 'SECTION_HEADER' | 'PAGE_BREAK';

/** Kinds that take an answer (section headers and page breaks do not). */
export const QUESTION_KINDS: ReadonlySet<ItemKind> = new Set([
  'TEXT', 'PARAGRAPH_TEXT', 'MULTIPLE_CHOICE', 'CHECKBOX', 'LIST', 'SCALE', 'GRID', 'DATE',
]);

/** A validation rule as built by FormApp.create*Validation(). */
export interface ValidationState {
  kind: 'text' | 'paragraph' | 'checkbox';
  rule: string;
  args: (number | string)[];
  helpText: string;
}

export interface ChoiceState {
  value: string;
  /** Page break item id a multiple-choice answer jumps to. */
  goTo?: number;
}

export interface ItemState {
  id: number;
  kind: ItemKind;
  title: string;
  helpText: string;
  required: boolean;
  choices: ChoiceState[];
  otherOption: boolean;
  /** GRID */
  rows: string[];
  columns: string[];
  /** SCALE */
  lower: number;
  upper: number;
  labels: [string, string];
  validation: ValidationState | null;
  /** PAGE_BREAK: where linear progression goes on reaching this break (PageBreakItem#setGoToPage). */
  goToPage: number | 'SUBMIT' | null;
}

export interface ResponseState {
  id: string;
  timestamp: Date;
  /** Answers by item id: text, chosen values, scale number, grid row answers, ISO date. */
  answers: Map<number, string | string[] | number>;
}

export interface FormState {
  id: string;
  publishedId: string;
  /** The Drive file's name, from FormApp.create(title). */
  name: string;
  /** The form's own title; null until setTitle (whether create() sets it is not documented). */
  title: string | null;
  description: string;
  confirmation: string;
  acceptingResponses: boolean;
  collectEmail: boolean;
  /** Form#setRequireLogin: only signed-in users of the owner's domain may answer. */
  requireLogin?: boolean;
  items: ItemState[];
  destination: Destination | null;
  responses: ResponseState[];
}

/** The response sheet: which column holds which item (a grid has one column per row). */
export interface Destination {
  spreadsheetId: string;
  sheetId: number;
  columns: Map<string, number>;
}

export const columnKey = (item: ItemState, row?: number) => (row === undefined ? String(item.id) : `${item.id}:${row}`);
/** The header Forms writes for an item (a grid row: «Title [Row]»). */
export const headerOf = (item: ItemState, row?: number) => (row === undefined ? item.title : `${item.title} [${item.rows[row]}]`);

export interface FormsState {
  forms: Map<string, FormState>;
  nextForm: number;
  nextItem: number;
}

export const newFormsState = (): FormsState => ({ forms: new Map(), nextForm: 1, nextItem: 1 });

function idOf(seed: string, length: number): string {
  let h = 2166136261;
  for (const ch of seed) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  let id = '';
  for (let i = 0; id.length < length; i++) {
    h = Math.imul(h ^ i, 2654435761) >>> 0;
    id += alphabet[h >>> 26]; // the high bits: the low ones of a product depend only on the low ones of its factors
  }
  return id;
}

export function newForm(state: FormsState, title: string): FormState {
  const n = state.nextForm++;
  const form: FormState = {
    id: `1${idOf(`form:${n}:${title}`, 43)}`,
    publishedId: `1FAIpQLS${idOf(`pub:${n}:${title}`, 48)}`,
    name: title, title: null, description: '', confirmation: '', acceptingResponses: true, collectEmail: false,
    items: [], destination: null, responses: [],
  };
  state.forms.set(form.id, form);
  return form;
}

/** Kinds that hold choices: a new one starts with one empty choice (issue 14, seen live). */
const CHOICE_KINDS: ReadonlySet<ItemKind> = new Set(['MULTIPLE_CHOICE', 'CHECKBOX', 'LIST']);

export function newItem(state: FormsState, kind: ItemKind): ItemState {
  return {
    id: 100000000 + state.nextItem++ * 7919, kind, title: '', helpText: '', required: false,
    choices: CHOICE_KINDS.has(kind) ? [{ value: '' }] : [],
    otherOption: false, rows: [], columns: [], lower: 1, upper: 5, labels: ['', ''], validation: null, goToPage: null,
  };
}

export const publishedUrl = (f: FormState) => `https://docs.google.com/forms/d/e/${f.publishedId}/viewform`;
export const editUrl = (f: FormState) => `https://docs.google.com/forms/d/${f.id}/edit`;
