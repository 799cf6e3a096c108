/**
 * The Forms side of the world: FormApp for the script, and for tests what a respondent does —
 * open a (pre-filled) link, answer, submit — plus the quirks of onFormSubmit: Apps Script may
 * deliver the same event twice, or an event with blank values.
 */
import { NotEmulated } from '../errors';
import type { Host } from '../host';
import type { TriggerRecord } from '../script-app';
import type { BookState } from '../spreadsheet/model';
import { lastRow } from '../spreadsheet/model';
import { createFormApp } from './form-app';
import { checkAnswer } from './items';
import { newFormsState, QUESTION_KINDS, type FormState, type ResponseState } from './model';
import { formatDate } from '../format-date';
import { checkComplete, eventFor, timestampFormat, timestampHeader, writeResponse, type SpreadsheetSubmitEvent } from './responses';
import { entryId, type FormsEnv } from './form';

export type { SpreadsheetSubmitEvent } from './responses';
export type { FormState, ItemState } from './model';

/** The classes whose calls count as "Forms calls". */
export const FORMS_CLASSES = [
  'FormApp', 'Form', 'FormResponse', 'ItemResponse', 'Item', 'TextItem', 'ParagraphTextItem', 'MultipleChoiceItem',
  'CheckboxItem', 'ListItem', 'ScaleItem', 'GridItem', 'DateItem', 'SectionHeaderItem', 'PageBreakItem',
  'TextValidationBuilder', 'ParagraphTextValidationBuilder', 'CheckboxValidationBuilder',
] as const;

export type Answer = string | string[] | number;
type Fire = (trigger: TriggerRecord, event: Record<string, unknown>) => void;

export function createForms(host: Host, book: BookState, triggers: TriggerRecord[], fire: Fire, drive?: FormsEnv['drive']) {
  const state = newFormsState();
  /** Trigger runs that threw: Apps Script would e-mail these to the user as failures. */
  const failures: { handler: string; error: unknown }[] = [];

  const fireAll = (event: Omit<SpreadsheetSubmitEvent, 'triggerUid'>): SpreadsheetSubmitEvent[] =>
    triggers
      .filter((t) => t.eventType === 'ON_FORM_SUBMIT' && t.source === 'SPREADSHEETS' && t.sourceId === book.id)
      .map((t) => {
        const e = { ...event, triggerUid: t.uid };
        try {
          fire(t, e as unknown as Record<string, unknown>);
        } catch (error) {
          failures.push({ handler: t.handler, error });
        }
        return e;
      });

  const deliver = (form: FormState, response: ResponseState): SpreadsheetSubmitEvent[] => {
    if (triggers.some((t) => t.source === 'FORMS' && t.sourceId === form.id)) throw new NotEmulated('form-bound onFormSubmit triggers');
    const event = writeResponse(book, form, response);
    return event ? fireAll(event) : [];
  };
  const service = createFormApp({ host, state, book, ...(drive ? { drive } : {}), deliver: (f, r) => void deliver(f, r) });

  const find = (idOrTitle: string): FormState => {
    const form = state.forms.get(idOrTitle) ?? [...state.forms.values()].find((f) => f.title === idOrTitle || f.name === idOrTitle);
    if (!form) throw new Error(`no form «${idOrTitle}»`);
    return form;
  };

  const api = {
    state,
    failures,
    list: (): FormState[] => [...state.forms.values()],
    find,
    /**
     * A respondent submits answers keyed by question title (a grid: one answer per row; a date:
     * 'YYYY-MM-DD'). The form refuses what the real one would; returns the events delivered.
     */
    submit(idOrTitle: string, answers: Record<string, Answer>): SpreadsheetSubmitEvent[] {
      const form = find(idOrTitle);
      const byId = new Map<number, Answer>();
      for (const [title, a] of Object.entries(answers)) {
        const item = form.items.find((i) => i.title === title && QUESTION_KINDS.has(i.kind));
        if (!item) throw new Error(`form «${form.name}» has no question «${title}»`);
        if (a === '' || (Array.isArray(a) && a.length === 0)) continue;
        byId.set(item.id, checkAnswer(item, a, 'submit'));
      }
      checkComplete(form, byId);
      if (!form.acceptingResponses) throw new Error(`form «${form.name}» is not accepting responses`);
      const response: ResponseState = { id: `resp-${form.responses.length + 1}`, timestamp: host.clock.now(), answers: byId };
      form.responses.push(response);
      return deliver(form, response);
    },
    /**
     * The curator's «Unlink form» in the response sheet's Form menu: the sheet stays with its rows,
     * the form keeps its responses but no longer writes here.
     */
    unlink(idOrTitle: string): void {
      find(idOrTitle).destination = null;
    },
    /** The curator chose another spreadsheet in the form's «Responses → Link to Sheets». */
    linkElsewhere(idOrTitle: string, spreadsheetId: string): void {
      if (spreadsheetId === book.id) throw new Error('linkElsewhere: use setDestination to link to this spreadsheet');
      find(idOrTitle).destination = { spreadsheetId, sheetId: -1, columns: new Map() };
    },
    /** Apps Script delivering the same event again. */
    redeliver: (event: SpreadsheetSubmitEvent): SpreadsheetSubmitEvent[] => fireAll(event),
    /** The blank event Apps Script sometimes sends: a row with no values. */
    blank(idOrTitle: string): SpreadsheetSubmitEvent[] {
      const form = find(idOrTitle);
      const sheet = book.sheets.find((s) => s.id === form.destination?.sheetId);
      if (!sheet) throw new Error(`form «${form.name}» has no response sheet`);
      const e = eventFor(book, sheet, lastRow(sheet) + 1);
      // The blank duplicate still carries its own timestamp (issue 14, from live logs): only the answers are empty.
      const stamp = formatDate(host.clock.now(), book.timeZone, timestampFormat(book.locale));
      const header = timestampHeader(book.locale);
      return fireAll({
        ...e, values: e.values.map((_, j) => (j === 0 ? stamp : '')),
        namedValues: Object.fromEntries(Object.keys(e.namedValues).map((k) => [k, [k === header ? stamp : '']])),
      });
    },
    /** The answers a pre-filled link carries, keyed by question title. */
    prefilled(url: string): Record<string, Answer> {
      const form = [...state.forms.values()].find((f) => url.includes(f.publishedId));
      if (!form) throw new Error(`no form for ${url}`);
      const out: Record<string, Answer> = {};
      for (const [k, v] of new URL(url).searchParams) {
        const m = /^entry\.(\d+)$/.exec(k);
        const item = m && form.items.find((i) => entryId(i.id) === Number(m[1]));
        if (!item) continue;
        const prev = out[item.title];
        if (item.kind === 'CHECKBOX') out[item.title] = [...((prev as string[] | undefined) ?? []), v];
        else out[item.title] = item.kind === 'SCALE' ? Number(v) : v;
      }
      return out;
    },
  };
  return { service, api };
}

export type FormsApi = ReturnType<typeof createForms>['api'];
