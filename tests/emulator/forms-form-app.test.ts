import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createWorld } from '../../emulator';
import { FORMS_CLASSES } from '../../emulator/forms';

const setup = () => {
  const world = createWorld({ now: '2025-09-15T10:00:00+03:00' });
  const FormApp = world.globals.FormApp as GoogleAppsScript.Forms.FormApp;
  return { world, FormApp, book: world.spreadsheet };
};

/** A script whose onFormSubmit handler keeps the events it receives. */
function withHandler(world: ReturnType<typeof createWorld>) {
  const dir = mkdtempSync(join(tmpdir(), 'forms-'));
  const file = join(dir, 'Code.js');
  writeFileSync(file, 'var received = []; function onAnswer(e) { received.push(e); }');
  const ctx = world.load(file);
  (world.globals.ScriptApp as GoogleAppsScript.Script.ScriptApp).newTrigger('onAnswer').forSpreadsheet(world.spreadsheet).onFormSubmit().create();
  return ctx as { received: { values: string[]; namedValues: Record<string, string[]>; range: GoogleAppsScript.Spreadsheet.Range; triggerUid: string; authMode: string }[] };
}

describe('FormApp', () => {

  it('items are typed: a list item has no setBounds, a text item no choices', () => {
    const { FormApp } = setup();
    const form = FormApp.create('Анкета');
    expect(() => (form.addListItem() as unknown as { setBounds(a: number, b: number): void }).setBounds(1, 5)).toThrow('not emulated: ListItem.setBounds');
    expect(() => (form.addTextItem() as unknown as { setChoiceValues(v: string[]): void }).setChoiceValues(['a'])).toThrow('not emulated: TextItem.setChoiceValues');
    expect(() => form.addScaleItem().setBounds(1, 11)).toThrow(expect.objectContaining({ name: 'Exception' }));
    expect(() => form.addCheckboxItem().setChoiceValues(['a', 'a'])).toThrow(expect.objectContaining({ name: 'Exception' }));
    expect(form.getItems().map((i) => String(i.getType()))).toEqual(['LIST', 'TEXT', 'SCALE', 'CHECKBOX']);
    expect(() => form.getItems()[0]!.asTextItem()).toThrow(expect.objectContaining({ name: 'Exception' }));
  });

  it('setDestination creates «Ответы на форму (N)» in front, with the questions as headers; new questions add columns', () => {
    const { FormApp, book } = setup();
    const a = FormApp.create('A');
    a.addTextItem().setTitle('ФИО');
    a.addSectionHeaderItem().setTitle('Раздел');
    a.addGridItem().setTitle('Оценки').setRows(['Учёба', 'Спорт']).setColumns(['1', '2']);
    a.setDestination(FormApp.DestinationType.SPREADSHEET, book.getId());
    const b = FormApp.create('B').setDestination(FormApp.DestinationType.SPREADSHEET, book.getId());
    expect(book.getSheets().map((s) => s.getName()).slice(0, 2)).toEqual(['Ответы на форму (2)', 'Ответы на форму (1)']);
    a.addDateItem().setTitle('Дата');
    expect(book.getSheetByName('Ответы на форму (1)')!.getDataRange().getValues()[0])
      .toEqual(['Отметка времени', 'ФИО', 'Оценки [Учёба]', 'Оценки [Спорт]', 'Дата']);
    expect(b.getDestinationId()).toBe(book.getId());
    expect(() => FormApp.create('C').setDestination(FormApp.DestinationType.SPREADSHEET, 'other')).toThrow(expect.objectContaining({ name: 'Exception' }));
  });

  it('a submitted response is a row of the response sheet and fires the spreadsheet trigger with a real-shaped event', () => {
    const { world, FormApp, book } = setup();
    const ctx = withHandler(world);
    const form = FormApp.create('A');
    form.addTextItem().setTitle('ФИО').setRequired(true);
    form.addCheckboxItem().setTitle('Дни').setChoiceValues(['Пн', 'Вт', 'Ср']);
    form.addScaleItem().setTitle('Оценка').setBounds(1, 10);
    form.addDateItem().setTitle('Дата');
    form.setDestination(FormApp.DestinationType.SPREADSHEET, book.getId());
    world.forms.submit('A', { 'ФИО': '=1+1', 'Дни': ['Пн', 'Ср'], 'Оценка': 7, 'Дата': '2025-09-14' });
    const e = ctx.received[0]!;
    expect(e.values).toEqual(['15.09.2025 10:00:00', '=1+1', 'Пн, Ср', '7', '14.09.2025']);
    expect(e.namedValues).toEqual({ 'Отметка времени': ['15.09.2025 10:00:00'], 'ФИО': ['=1+1'], 'Дни': ['Пн, Ср'], 'Оценка': ['7'], 'Дата': ['14.09.2025'] });
    expect(e.range.getRow()).toBe(2);
    expect(e.range.getSheet().getName()).toBe('Ответы на форму (1)');
    expect(e.triggerUid).toBe(world.triggers[0]!.uid);
    expect(e.authMode).toBe('FULL');
    const row = book.getSheetByName('Ответы на форму (1)')!.getRange(2, 1, 1, 5).getValues()[0]!;
    expect(row.slice(1, 4)).toEqual(['=1+1', 'Пн, Ср', 7]);
    expect(row[4]).toBeInstanceOf(Date);
  });

  it('refuses what the real form refuses: a missing required answer, a choice not offered, text that breaks validation', () => {
    const { world, FormApp } = setup();
    const form = FormApp.create('A');
    form.addTextItem().setTitle('Стаж').setRequired(true)
      .setValidation(FormApp.createTextValidation().requireNumberBetween(0, 60).setHelpText('0–60').build());
    form.addListItem().setTitle('Форма').setChoiceValues(['Учитель – ученик']);
    expect(() => world.forms.submit('A', { 'Форма': 'Учитель – ученик' })).toThrow(/required/);
    expect(() => world.forms.submit('A', { 'Стаж': '70' })).toThrow(/0–60/);
    expect(() => world.forms.submit('A', { 'Стаж': '7', 'Форма': 'другая' })).toThrow(/нет варианта/);
    expect(world.forms.submit('A', { 'Стаж': '7' })).toEqual([]);
  });

  it('choices that jump to a page: required questions count only on pages the respondent reaches', () => {
    const { world, FormApp } = setup();
    const form = FormApp.create('A');
    const who = form.addMultipleChoiceItem().setTitle('Кто');
    const p1 = form.addPageBreakItem().setTitle('Представитель');
    form.addTextItem().setTitle('ФИО представителя').setRequired(true);
    const p2 = form.addPageBreakItem().setTitle('Решение');
    form.addTextItem().setTitle('Решение').setRequired(true);
    who.setChoices([who.createChoice('сам', p2), who.createChoice('родитель', p1)]);
    expect(() => world.forms.submit('A', { 'Кто': 'сам', 'Решение': 'да' })).not.toThrow();
    expect(() => world.forms.submit('A', { 'Кто': 'родитель', 'Решение': 'да' })).toThrow(/required/);
    expect(() => world.forms.submit('A', { 'Кто': 'сам', 'ФИО представителя': 'X', 'Решение': 'да' })).toThrow(/does not reach/);
    p2.setGoToPage(FormApp.PageNavigationType.SUBMIT);
    expect(() => world.forms.submit('A', { 'Кто': 'родитель', 'ФИО представителя': 'X' })).not.toThrow();
  });

  it('pre-filled links carry answers by entry number, which is not the item id, and read back', () => {
    const { world, FormApp } = setup();
    const form = FormApp.create('A');
    const code = form.addTextItem().setTitle('Код участника');
    const days = form.addCheckboxItem().setTitle('Дни').setChoiceValues(['Пн', 'Вт']);
    const url = form.createResponse().withItemResponse(code.createResponse('НЯ-0001'))
      .withItemResponse(days.createResponse(['Пн', 'Вт'])).toPrefilledUrl();
    expect(url).toMatch(new RegExp(`^${form.getPublishedUrl()}\\?usp=pp_url&entry\\.\\d+=`));
    expect(url).not.toContain(`entry.${code.getId()}=`);
    expect(world.forms.prefilled(url)).toEqual({ 'Код участника': 'НЯ-0001', 'Дни': ['Пн', 'Вт'] });
    expect(() => days.createResponse(['Ср'])).toThrow(expect.objectContaining({ name: 'Exception' }));
  });

  it('duplicate and blank deliveries, as Apps Script sends them', () => {
    const { world, FormApp, book } = setup();
    const ctx = withHandler(world);
    const form = FormApp.create('A');
    form.addTextItem().setTitle('ФИО');
    form.setDestination(FormApp.DestinationType.SPREADSHEET, book.getId());
    const [e] = world.forms.submit('A', { 'ФИО': 'Иванов Иван' });
    world.forms.redeliver(e!);
    world.forms.blank('A');
    expect(ctx.received.map((x) => x.values)).toEqual([['15.09.2025 10:00:00', 'Иванов Иван'], ['15.09.2025 10:00:00', 'Иванов Иван'], ['15.09.2025 10:00:00', '']]); // the blank duplicate carries its own timestamp
    expect(ctx.received[2]!.range.getRow()).toBe(3);
  });

  it('every call is counted', () => {
    const { world, FormApp } = setup();
    world.calls.reset();
    const form = FormApp.create('A');
    form.addListItem().setTitle('X').setChoiceValues(['a', 'b']);
    expect(world.calls.count('ListItem.setChoiceValues')).toBe(1);
    expect(world.calls.service([...FORMS_CLASSES])).toBe(4);
  });
});

describe('FormResponse.submit from a script', () => {
  it('records the response and delivers it like a respondent\'s', () => {
    const { world, FormApp, book } = setup();
    const ctx = withHandler(world);
    const form = FormApp.create('A');
    const name = form.addTextItem().setTitle('ФИО').setRequired(true);
    form.setDestination(FormApp.DestinationType.SPREADSHEET, book.getId());
    expect(() => form.createResponse().submit()).toThrow(/required/);
    form.createResponse().withItemResponse(name.createResponse('Иванов Иван')).submit();
    expect(form.getResponses()).toHaveLength(1);
    expect(ctx.received.map((e) => e.namedValues['ФИО'])).toEqual([['Иванов Иван']]);
    form.setAcceptingResponses(false);
    expect(() => form.createResponse().withItemResponse(name.createResponse('Петров')).submit()).toThrow(expect.objectContaining({ name: 'Exception' }));
  });
});

describe('form titles and response timestamps by locale', () => {
  it('getTitle before setTitle is not emulated: what create(title) sets there is not documented', () => {
    const world = createWorld();
    const FormApp = world.globals.FormApp as GoogleAppsScript.Forms.FormApp;
    const form = FormApp.create('Анкета');
    expect(() => form.getTitle()).toThrow(/not emulated/);
    expect(form.setTitle('Анкета наставника').getTitle()).toBe('Анкета наставника');
    expect(() => FormApp.create('')).toThrow();
  });
  it('an en_US spreadsheet gets «Form Responses 1» with a month-first timestamp', () => {
    const world = createWorld({ locale: 'en_US', now: '2025-09-15T10:00:00+03:00' });
    const FormApp = world.globals.FormApp as GoogleAppsScript.Forms.FormApp;
    const form = FormApp.create('Survey');
    form.addTextItem().setTitle('Name');
    form.setDestination(FormApp.DestinationType.SPREADSHEET, world.spreadsheet.getId());
    world.forms.submit('Survey', { Name: 'Ann' });
    const sheet = world.spreadsheet.getSheetByName('Form Responses 1')!;
    expect(sheet.getRange('A1:B2').getDisplayValues()).toEqual([['Timestamp', 'Name'], ['9/15/2025 10:00:00', 'Ann']]);
  });
});

describe('the form’s own response store', () => {
  const answered = () => {
    const { world, FormApp, book } = setup();
    const form = FormApp.create('A');
    form.addTextItem().setTitle('ФИО');
    form.addCheckboxItem().setTitle('Дни').setChoiceValues(['Пн', 'Ср']);
    form.addScaleItem().setTitle('Оценка').setBounds(1, 10);
    form.addDateItem().setTitle('Дата');
    form.setDestination(FormApp.DestinationType.SPREADSHEET, book.getId());
    world.forms.submit('A', { 'ФИО': 'Иванов Иван', 'Дни': ['Пн', 'Ср'], 'Оценка': 7, 'Дата': '2025-09-14' });
    world.clock.advance(60_000);
    world.forms.submit('A', { 'ФИО': 'Петров Пётр' });
    return { world, form, book };
  };

  it('getResponses gives each response’s id, time and answered items only, as the reference types them', () => {
    const { form } = answered();
    const [first, second] = form.getResponses();
    expect(first!.getTimestamp().getTime()).toBeLessThan(second!.getTimestamp().getTime());
    const items = first!.getItemResponses().map((r) => [r.getItem().getTitle(), r.getResponse()]);
    expect(items).toEqual([['ФИО', 'Иванов Иван'], ['Дни', ['Пн', 'Ср']], ['Оценка', '7'], ['Дата', '2025-09-14']]);
    expect(second!.getItemResponses().map((r) => r.getItem().getTitle())).toEqual(['ФИО']);
    expect(() => form.getResponses(new Date())).toThrow(/not emulated/);
  });

  it('deleteResponse removes a response from the form, not its row in the response sheet', () => {
    const { form, book } = answered();
    const [first] = form.getResponses();
    form.deleteResponse(first!.getId());
    expect(form.getResponses()).toHaveLength(1);
    expect(() => first!.getItemResponses()).toThrow(/not emulated/);
    expect(() => form.deleteResponse(first!.getId())).toThrow(/not emulated/);
    const sheet = book.getSheets().find((s) => s.getName() === 'Ответы на форму (1)')!;
    expect(sheet.getLastRow()).toBe(3);
  });

  it('a form the curator unlinked or linked to another spreadsheet keeps its responses but writes no more rows here', () => {
    const { world, form, book } = answered();
    world.forms.unlink('A');
    expect(() => form.getDestinationId()).toThrow(/destination/);
    world.forms.submit('A', { 'ФИО': 'Сидоров Сидор' });
    const sheet = book.getSheetByName('Ответы на форму (1)')!;
    expect(sheet.getLastRow()).toBe(3);
    expect(form.getResponses()).toHaveLength(3);
    world.forms.linkElsewhere('A', 'other-spreadsheet');
    expect(form.getDestinationId()).toBe('other-spreadsheet');
    world.forms.submit('A', { 'ФИО': 'Орлов Олег' });
    expect(sheet.getLastRow()).toBe(3);
  });

  it('«only users in the domain» is a Workspace setting', () => {
    const { form } = answered();
    form.setRequireLogin(true);
    expect(form.requiresLogin()).toBe(true);
    const consumer = createWorld({ user: 'school17@gmail.com' });
    const f = (consumer.globals.FormApp as GoogleAppsScript.Forms.FormApp).create('B');
    expect(() => f.setRequireLogin(true)).toThrow(/not emulated/);
  });
});
