/** Google Forms from question specs (src/domain/forms/specs-*.ts), linked to this spreadsheet. */
import type { FormSpec, Question, Validation } from '../../domain/forms/schema';
import { slim, type FormRecord } from '../links/registry';

type Form = GoogleAppsScript.Forms.Form;
type Book = GoogleAppsScript.Spreadsheet.Spreadsheet;

function validation(v: Validation) {
  if (v.rule === 'atMost') return FormApp.createCheckboxValidation().requireSelectAtMost(v.count).setHelpText(v.help).build();
  const b = FormApp.createTextValidation().setHelpText(v.help);
  if (v.rule === 'whole') return b.requireNumberBetween(v.min, v.max).build();
  if (v.rule === 'email') return b.requireTextIsEmail().build();
  return b.requireTextMatchesPattern(v.pattern).build();
}

/** Any typed item: all have getId, which is what the registry keeps. */
type AnyItem = { getId(): number };

function addItem(form: Form, q: Question): AnyItem {
  switch (q.kind) {
    case 'text': {
      const i = form.addTextItem().setTitle(q.title).setRequired(!!q.required);
      if (q.validation) i.setValidation(validation(q.validation) as GoogleAppsScript.Forms.TextValidation);
      return withHelp(i, q);
    }
    case 'paragraph': return withHelp(form.addParagraphTextItem().setTitle(q.title).setRequired(!!q.required), q);
    case 'choice': {
      const i = form.addMultipleChoiceItem().setTitle(q.title).setRequired(!!q.required);
      if (!q.goTo) i.setChoiceValues(q.choices ?? []);
      if (q.other) i.showOtherOption(true);
      return withHelp(i, q);
    }
    case 'checkbox': {
      const i = form.addCheckboxItem().setTitle(q.title).setRequired(!!q.required).setChoiceValues(q.choices ?? []);
      if (q.other) i.showOtherOption(true);
      return withHelp(i, q);
    }
    case 'list': return withHelp(form.addListItem().setTitle(q.title).setRequired(!!q.required).setChoiceValues(q.choices ?? []), q);
    case 'scale': {
      const s = q.scale ?? { from: 1, to: 10, labels: ['', ''] };
      return withHelp(form.addScaleItem().setTitle(q.title).setRequired(!!q.required).setBounds(s.from, s.to).setLabels(...s.labels), q);
    }
    case 'grid': return withHelp(form.addGridItem().setTitle(q.title).setRequired(!!q.required).setRows(q.choices ?? []).setColumns(q.choices ?? []), q);
    case 'date': return withHelp(form.addDateItem().setTitle(q.title).setRequired(!!q.required), q);
    case 'section': return withHelp(form.addSectionHeaderItem().setTitle(q.title), q);
    case 'page': {
      const p = form.addPageBreakItem().setTitle(q.title);
      if (q.submitBefore) p.setGoToPage(FormApp.PageNavigationType.SUBMIT);
      return withHelp(p, q);
    }
  }
}

function withHelp<T extends { setHelpText(t: string): T }>(item: T, q: Question): T {
  return q.help ? item.setHelpText(q.help) : item;
}

/**
 * Creates the form, links it to this spreadsheet and finds its new response sheet (the one that
 * was not there before). Choices that jump to a page are set once all pages exist.
 */
export function createForm(spec: FormSpec, book: Book, version: number): FormRecord {
  // FormApp.create(title) names the Drive file; the form's own title is set explicitly, not left to that.
  const form = FormApp.create(spec.title).setTitle(spec.title).setDescription(spec.description).setConfirmationMessage(spec.confirmation);
  const items: Record<string, AnyItem> = {};
  for (const q of spec.questions) items[q.key] = addItem(form, q);
  for (const q of spec.questions.filter((x) => x.goTo)) {
    const item = items[q.key] as unknown as GoogleAppsScript.Forms.MultipleChoiceItem;
    item.setChoices((q.choices ?? []).map((c) => {
      const page = q.goTo![c] ? (items[q.goTo![c]!] as unknown as GoogleAppsScript.Forms.PageBreakItem) : undefined;
      return page ? item.createChoice(c, page) : item.createChoice(c);
    }));
  }
  const before = new Set(book.getSheets().map((s) => s.getSheetId()));
  form.setDestination(FormApp.DestinationType.SPREADSHEET, book.getId());
  // The response sheet is made by Forms, outside this script: flush so this execution sees it.
  SpreadsheetApp.flush();
  const sheet = book.getSheets().find((s) => !before.has(s.getSheetId()));
  return {
    key: spec.key, id: form.getId(), url: form.getPublishedUrl(), editUrl: form.getEditUrl(), sheetId: sheet?.getSheetId() ?? -1,
    version, items: Object.fromEntries(Object.entries(items).map(([k, i]) => [k, i.getId()])), spec: slim(spec),
  };
}

/** New choices for the list questions of a form: one setChoiceValues per question. */
export function setListChoices(form: Form, record: FormRecord, choices: Record<string, string[]>): number {
  let n = 0;
  for (const [key, values] of Object.entries(choices)) {
    const id = record.items[key];
    const item = id === undefined ? null : form.getItemById(id);
    if (!item) continue;
    item.asListItem().setChoiceValues(values);
    n++;
  }
  return n;
}

