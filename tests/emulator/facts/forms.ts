/** Facts: Google Forms items and responses. */
import type { Fact } from './fact';

const FORM_APP = 'https://developers.google.com/apps-script/reference/forms/form-app#createtitle';
const ISSUE = 'issue 14 (behaviour seen on a live account)';

export const FORM_FACTS: Fact[] = [
  {
    name: 'FormApp.create(title) makes a Drive file named title',
    source: FORM_APP,
    expected: 'Анкета наставника',
    run: () => DriveApp.getFileById(FormApp.create('Анкета наставника').getId()).getName(),
  },
  {
    name: 'a new multiple-choice item starts with one empty choice',
    source: ISSUE,
    expected: [''],
    run: () => FormApp.create('Анкета').addMultipleChoiceItem().getChoices().map((c) => c.getValue()),
  },
  {
    name: 'setChoiceValues([]) throws',
    source: ISSUE,
    expected: true,
    run: () => {
      try { FormApp.create('Анкета').addListItem().setChoiceValues([]); return false; } catch { return true; }
    },
  },
  {
    name: 'a response can be submitted once',
    source: ISSUE,
    expected: [true, true],
    run: () => {
      const form = FormApp.create('Анкета');
      const item = form.addTextItem().setTitle('ФИО');
      const response = form.createResponse().withItemResponse(item.createResponse('Иванов'));
      const first = !!response.submit().getId();
      try { response.submit(); return [first, false]; } catch { return [first, true]; }
    },
  },
  {
    name: 'Drive: a missing file id throws the current «No item with the given ID…» text',
    source: 'https://developers.google.com/apps-script/reference/drive/drive-app#getfilebyidid',
    expected: 'No item with the given ID could be found, or you do not have permission to access it.',
    run: () => {
      try { DriveApp.getFileById('1nonexistent'); return 'no error'; } catch (e) { return (e as Error).message; }
    },
  },
];
