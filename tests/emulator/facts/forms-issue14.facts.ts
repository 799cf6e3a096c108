import { defineFacts, expect, thrown } from './kit';

const ISSUE = 'issue 14 (behaviour seen on a live account)';

/** Google Forms items and responses; Drive's error text for a missing file. */
export default defineFacts('Forms: items, responses, Drive names', (fact) => {
  fact('FormApp.create(title) makes a Drive file named title', { source: 'https://developers.google.com/apps-script/reference/forms/form-app#createtitle' }, (g) => {
    expect(g.DriveApp.getFileById(g.form.getId()).getName()).toBe(`Сверка: FormApp.create(title) makes a Drive file named title`);
  });
  fact('a new multiple-choice item starts with one empty choice', { source: ISSUE }, (g) => {
    expect(g.form.addMultipleChoiceItem().getChoices().map((c) => c.getValue())).toEqual(['']);
  });
  fact('setChoiceValues([]) throws', { source: ISSUE }, (g) => {
    expect(() => g.form.addListItem().setChoiceValues([])).toThrow();
  });
  fact('a response can be submitted once', { source: ISSUE }, (g) => {
    const item = g.form.addTextItem().setTitle('ФИО');
    const response = g.form.createResponse().withItemResponse(item.createResponse('Иванов'));
    expect(response.submit().getId().length).toBeGreaterThan(0);
    expect(() => response.submit()).toThrow();
  });
  fact('a missing Drive file id throws «No item with the given ID could be found…»', { source: 'https://developers.google.com/apps-script/reference/drive/drive-app#getfilebyidid' }, (g) => {
    expect(thrown(() => g.DriveApp.getFileById('1nonexistent')).message)
      .toBe('No item with the given ID could be found, or you do not have permission to access it.');
  });
});
