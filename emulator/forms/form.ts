/**
 * Form and FormResponse — reference: developers.google.com/apps-script/reference/forms/form,
 * …/forms/form-response. Views over one FormState; calls are counted as `Form.addListItem`, ….
 */
import { signatureError } from '../args';
import { AppsScriptException, NotEmulated } from '../errors';
import type { Host } from '../host';
import type { BookState } from '../spreadsheet/model';
import { strict } from '../strict';
import { checkAnswer, itemOf, itemResponses, itemView, type ItemContext } from './items';
import { editUrl, newItem, publishedUrl, type FormsState, type FormState, type ItemKind, type ResponseState } from './model';
import { checkComplete, createResponseSheet, syncHeader } from './responses';
import { formResponseView } from './form-response';

export interface FormsEnv {
  host: Host;
  /** Drive, where FormApp.create puts the form's file (absent in tests of Forms alone). */
  drive?: { addOwnFile(id: string, name: string, mimeType: string): unknown };
  state: FormsState;
  book: BookState;
  /** Delivers a submitted response to the response sheet and the installed triggers. */
  deliver(form: FormState, response: ResponseState): void;
}

const ADDERS: Record<string, ItemKind> = {
  addTextItem: 'TEXT', addParagraphTextItem: 'PARAGRAPH_TEXT', addMultipleChoiceItem: 'MULTIPLE_CHOICE',
  addCheckboxItem: 'CHECKBOX', addListItem: 'LIST', addScaleItem: 'SCALE', addGridItem: 'GRID', addDateItem: 'DATE',
  addSectionHeaderItem: 'SECTION_HEADER', addPageBreakItem: 'PAGE_BREAK',
};

export function formView(env: FormsEnv, f: FormState): GoogleAppsScript.Forms.Form {
  const hit = (m: string) => {
    env.host.calls.hit(`Form.${m}`);
    if (!env.state.forms.has(f.id)) throw new AppsScriptException('The form has been deleted.');
  };
  const ctx: ItemContext = {
    host: env.host,
    changed: () => syncHeader(env.book, f),
    indexOf: (item) => f.items.indexOf(item),
    alive: (item) => f.items.includes(item),
  };
  const text = (m: string, apply: (t: string) => void) => (t: unknown) => {
    hit(m);
    if (typeof t !== 'string') throw signatureError(`Form.${m}`, [t]);
    apply(t);
    return self;
  };
  const flag = (m: string, apply: (b: boolean) => void) => (b: unknown) => {
    hit(m);
    if (typeof b !== 'boolean') throw signatureError(`Form.${m}`, [b]);
    apply(b);
    return self;
  };
  const view: Record<string, unknown> = {
    getId: () => (hit('getId'), f.id),
    /** #gettitle — before setTitle, what create(title) left here is not documented: not emulated. */
    getTitle: () => {
      hit('getTitle');
      if (f.title === null) throw new NotEmulated('Form.getTitle before setTitle (FormApp.create names the Drive file; the form title it sets is not documented)');
      return f.title;
    },
    getDescription: () => (hit('getDescription'), f.description),
    setTitle: text('setTitle', (t) => (f.title = t)),
    setDescription: text('setDescription', (t) => (f.description = t)),
    setConfirmationMessage: text('setConfirmationMessage', (t) => (f.confirmation = t)),
    setAcceptingResponses: flag('setAcceptingResponses', (b) => (f.acceptingResponses = b)),
    isAcceptingResponses: () => (hit('isAcceptingResponses'), f.acceptingResponses),
    setCollectEmail: flag('setCollectEmail', (b) => (f.collectEmail = b)),
    getPublishedUrl: () => (hit('getPublishedUrl'), publishedUrl(f)),
    getEditUrl: () => (hit('getEditUrl'), editUrl(f)),
    getItems: (type?: unknown) => {
      hit('getItems');
      return f.items.filter((i) => type === undefined || i.kind === type).map((i) => itemView(ctx, i, true));
    },
    getItemById: (id: unknown) => {
      hit('getItemById');
      const item = f.items.find((i) => i.id === id);
      return item ? itemView(ctx, item, true) : null;
    },
    deleteItem: (item: unknown) => {
      hit('deleteItem');
      const s = typeof item === 'number' ? f.items[item] : itemOf(item);
      const at = s ? f.items.indexOf(s) : -1;
      if (at < 0) throw new AppsScriptException('Invalid argument: item');
      f.items.splice(at, 1);
    },
    setDestination: (type: unknown, id: unknown) => {
      hit('setDestination');
      if (type !== 'SPREADSHEET' || typeof id !== 'string') throw signatureError('Form.setDestination', [type, id]);
      if (id !== env.book.id) throw new AppsScriptException('No item with the given ID could be found, or you do not have permission to access it.');
      if (f.destination?.spreadsheetId === id) return self;
      createResponseSheet(env.book, f);
      return self;
    },
    getDestinationId: () => {
      hit('getDestinationId');
      if (!f.destination) throw new AppsScriptException('This form does not currently have a response destination.');
      return f.destination.spreadsheetId;
    },
    getDestinationType: () => {
      hit('getDestinationType');
      if (!f.destination) throw new AppsScriptException('This form does not currently have a response destination.');
      return 'SPREADSHEET';
    },
    removeDestination: () => {
      hit('removeDestination');
      f.destination = null;
      return self;
    },
    /** Every response in the form's own store, oldest first; getResponses(timestamp) is not emulated. */
    getResponses: (...args: unknown[]) => {
      hit('getResponses');
      if (args.length) throw new NotEmulated('Form.getResponses(timestamp)');
      return f.responses.map((r) => formResponseView(ctx, f, r));
    },
    /**
     * Removes one response from the form's store (reference: form#deleteresponseresponseid): the copy
     * in the response sheet stays. An id the form does not hold is not emulated.
     */
    deleteResponse: (id: unknown) => {
      hit('deleteResponse');
      if (typeof id !== 'string') throw signatureError('Form.deleteResponse', [id]);
      const at = f.responses.findIndex((r) => r.id === id);
      if (at < 0) throw new NotEmulated('Form.deleteResponse of an id the form does not hold');
      f.responses.splice(at, 1);
      return self;
    },
    deleteAllResponses: () => {
      hit('deleteAllResponses');
      f.responses.length = 0;
      return self;
    },
    /**
     * Forms' «only users in the domain» (reference: form#setrequireloginrequirelogin), for Google
     * Workspace accounts; what a consumer (gmail.com) account gets is not known, so not emulated.
     */
    setRequireLogin: (on: unknown) => {
      hit('setRequireLogin');
      if (typeof on !== 'boolean') throw signatureError('Form.setRequireLogin', [on]);
      if (/@(gmail|googlemail)\.com$/i.test(env.host.user)) throw new NotEmulated('Form.setRequireLogin for a consumer (gmail.com) account');
      f.requireLogin = on;
      return self;
    },
    requiresLogin: () => (hit('requiresLogin'), f.requireLogin === true),
    createResponse: () => {
      hit('createResponse');
      return responseBuilder(env, f);
    },
  };
  for (const [method, kind] of Object.entries(ADDERS)) {
    view[method] = () => {
      hit(method);
      const item = newItem(env.state, kind);
      f.items.push(item);
      syncHeader(env.book, f);
      return itemView(ctx, item);
    };
  }
  const self = strict(view, 'Form') as unknown as GoogleAppsScript.Forms.Form;
  return self;
}

/** FormResponse being built: withItemResponse(…) collects answers; toPrefilledUrl() or submit(). */
/**
 * The number a pre-filled link uses for a question. In Google Forms it is not `Item.getId()`:
 * code that builds or reads links by item id fails there, so it fails here too.
 */
export const entryId = (itemId: number): number => 1_000_000_000 + ((itemId * 48_271) % 999_999_937);

function responseBuilder(env: FormsEnv, f: FormState) {
  const answers = new Map<number, string | string[] | number>();
  let submitted = false;
  const hit = (m: string) => env.host.calls.hit(`FormResponse.${m}`);
  const builder: Record<string, unknown> = {
    withItemResponse(response: unknown) {
      hit('withItemResponse');
      const r = typeof response === 'object' && response !== null ? itemResponses.get(response) : undefined;
      if (!r || !f.items.includes(r.item)) throw signatureError('FormResponse.withItemResponse', [response]);
      answers.set(r.item.id, r.answer);
      return proxy;
    },
    /** `…/viewform?usp=pp_url&entry.<n>=<answer>`; a checkbox repeats its entry per value. */
    toPrefilledUrl() {
      hit('toPrefilledUrl');
      const parts = [...answers].flatMap(([id, a]) =>
        (Array.isArray(a) ? a : [String(a)]).map((v) => `entry.${entryId(id)}=${encodeURIComponent(v).replace(/%20/g, '+')}`));
      return `${publishedUrl(f)}?usp=pp_url&${parts.join('&')}`;
    },
    /** #submit — a response is submitted once; a second submit throws (issue 14; exact text not known). */
    submit() {
      hit('submit');
      if (submitted) throw new AppsScriptException('FormResponse.submit: this response has already been submitted.');
      if (!f.acceptingResponses) throw new AppsScriptException('This form is not accepting responses.');
      for (const item of f.items) if (answers.has(item.id)) checkAnswer(item, answers.get(item.id), 'FormResponse.submit');
      checkComplete(f, answers);
      submitted = true;
      const response: ResponseState = {
        id: `2_ABaOnu${f.responses.length + 1}${f.id.slice(1, 12)}`,
        timestamp: env.host.clock.now(),
        answers: new Map(answers),
      };
      f.responses.push(response);
      env.deliver(f, response);
      return strict({ getId: () => response.id, getTimestamp: () => new Date(response.timestamp.getTime()) }, 'FormResponse');
    },
  };
  const proxy = strict(builder, 'FormResponse');
  return proxy;
}
