import { defineFacts, expect, thrown, type FactContext } from './kit';

const REF = 'https://developers.google.com/apps-script/reference/forms/';

/** Links the fact's form to the spreadsheet; unlinks it and deletes its response sheet after the fact. */
const linked = (g: FactContext) => {
  const form = g.form;
  const before = g.spreadsheet.getSheets().map((s) => s.getSheetId());
  form.setDestination(g.FormApp.DestinationType.SPREADSHEET, g.spreadsheet.getId());
  const made = g.spreadsheet.getSheets().filter((s) => !before.includes(s.getSheetId()));
  g.after(() => {
    form.removeDestination();
    for (const s of made) g.spreadsheet.deleteSheet(s);
  });
  return { form, sheet: made[0]! };
};

/** FormApp: forms as the add-on builds them, their response sheets and responses. Each fact makes its own form. */
export default defineFacts('Forms', (fact) => {
  fact('create and openById give the same form; an unknown id throws an Exception', { source: `${REF}form-app#openbyidid` }, (g) => {
    const form = g.form.setDescription('Зачем');
    expect(g.FormApp.openById(form.getId()).getDescription()).toBe('Зачем');
    expect(thrown(() => g.FormApp.openById('nope')).name).toBe('Exception');
  });
  fact('a scale item takes bounds 0 or 1 to 3…10; a checkbox item refuses a repeated choice', { source: `${REF}scale-item#setboundslower,-upper` }, (g) => {
    expect(thrown(() => g.form.addScaleItem().setBounds(1, 11)).name).toBe('Exception');
    expect(thrown(() => g.form.addCheckboxItem().setChoiceValues(['a', 'a'])).name).toBe('Exception');
  });
  fact('items report their type; asTextItem of a list item throws', { source: `${REF}item#gettype` }, (g) => {
    g.form.addListItem();
    g.form.addTextItem();
    expect(g.form.getItems().map((i) => String(i.getType()))).toEqual(['LIST', 'TEXT']);
    expect(thrown(() => g.form.getItems()[0]!.asTextItem()).name).toBe('Exception');
  });
  fact('setDestination makes «Ответы на форму (N)» with the questions as headers; a new question adds a column', { source: `${REF}form#setdestinationtype,-id` }, (g) => {
    g.form.addTextItem().setTitle('ФИО');
    g.form.addSectionHeaderItem().setTitle('Раздел');
    g.form.addGridItem().setTitle('Оценки').setRows(['Учёба', 'Спорт']).setColumns(['1', '2']);
    const { form, sheet } = linked(g);
    expect(sheet.getName()).toMatch(/^Ответы на форму \(\d+\)$/);
    form.addDateItem().setTitle('Дата');
    g.SpreadsheetApp.flush();
    expect(sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0])
      .toEqual(['Отметка времени', 'ФИО', 'Оценки [Учёба]', 'Оценки [Спорт]', 'Дата']);
    expect(form.getDestinationId()).toBe(g.spreadsheet.getId());
  });
  fact('a pre-filled link carries answers by entry number, which is not the item id', { source: `${REF}form-response#toprefilledurl` }, (g) => {
    const code = g.form.addTextItem().setTitle('Код участника');
    const days = g.form.addCheckboxItem().setTitle('Дни').setChoiceValues(['Пн', 'Вт']);
    const url = g.form.createResponse().withItemResponse(code.createResponse('НЯ-0001'))
      .withItemResponse(days.createResponse(['Пн', 'Вт'])).toPrefilledUrl();
    expect(url.indexOf(`${g.form.getPublishedUrl().replace(/\/viewform.*$/, '')}/viewform?usp=pp_url&entry.`)).toBe(0);
    expect(url).not.toContain(`entry.${code.getId()}=`);
    expect(thrown(() => days.createResponse(['Ср'])).name).toBe('Exception');
  });
  fact('a response submitted by the script is recorded; a missing required answer or a closed form refuses it', { source: `${REF}form-response#submit` }, (g) => {
    const name = g.form.addTextItem().setTitle('ФИО').setRequired(true);
    expect(() => g.form.createResponse().submit()).toThrow();
    g.form.createResponse().withItemResponse(name.createResponse('Иванов Иван')).submit();
    expect(g.form.getResponses()).toHaveLength(1);
    g.form.setAcceptingResponses(false);
    expect(thrown(() => g.form.createResponse().withItemResponse(name.createResponse('Петров')).submit()).name).toBe('Exception');
  });
});
