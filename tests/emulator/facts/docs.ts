/** Facts: Google Docs bodies, elements and copies. */
import type { Fact } from './fact';

const BODY = 'https://developers.google.com/apps-script/reference/document/body';
const ISSUE = 'issue 14 (behaviour seen on a live account)';

export const DOC_FACTS: Fact[] = [
  {
    name: 'replaceText returns the element and takes RE2 syntax',
    source: `${BODY}#replacetextsearchpattern,-replacement`,
    expected: 'Иванова и Иванова',
    run: () => {
      const body = DocumentApp.create('Приказ').getBody();
      body.getChild(0).asParagraph().setText('{{ФИО}} и {{ФИО}}');
      return body.replaceText('\\{\\{ФИО\\}\\}', 'Иванова').asBody().getText();
    },
  },
  {
    name: 'a JS-only pattern (lookbehind, backreference) is refused by replaceText',
    source: `${BODY}#replacetextsearchpattern,-replacement («uses Google's RE2 regular expression library»)`,
    expected: [true, true],
    run: () => {
      const body = DocumentApp.create('Приказ').getBody();
      body.appendParagraph('Иванова и Иванова');
      return ['(?<=и )Иванова', '(Иванова) и \\1'].map((p) => {
        try { body.replaceText(p, 'x'); return false; } catch { return true; }
      });
    },
  },
  {
    name: 'inserting an element that is already in the document throws «Element must be detached.»; its copy goes in',
    source: 'github code search: «Element must be detached.» quoted from live runs',
    expected: ['Element must be detached.', 'абзац\nабзац'],
    run: () => {
      const body = DocumentApp.create('Приказ').getBody();
      const p = body.getChild(0).asParagraph();
      p.setText('абзац');
      let message = 'no error';
      try { body.appendParagraph(p); } catch (e) { message = (e as Error).message; }
      body.appendParagraph(p.copy());
      return [message, body.getText()];
    },
  },
  {
    name: 'removing the last paragraph of a body throws',
    source: 'github code search: «Can\'t remove the last paragraph in a document section.» quoted from live runs',
    expected: "Can't remove the last paragraph in a document section.",
    run: () => {
      const body = DocumentApp.create('Приказ').getBody();
      try { body.removeChild(body.getChild(0)); return 'removed'; } catch (e) { return (e as Error).message; }
    },
  },
  {
    name: "a table's getText joins its cells with newlines",
    source: ISSUE,
    expected: '№\nФИО\n1\nИванова',
    run: () => DocumentApp.create('Приказ').getBody().appendTable([['№', 'ФИО'], ['1', 'Иванова']]).getText(),
  },
  {
    name: 'appendTable() with no argument has no rows',
    source: ISSUE,
    expected: 0,
    run: () => DocumentApp.create('Приказ').getBody().appendTable().getNumRows(),
  },
  {
    name: 'a copy made before saveAndClose lacks the unsaved edits',
    source: 'https://developers.google.com/apps-script/reference/document/document#saveandclose',
    expected: ['', 'правка'],
    run: () => {
      const doc = DocumentApp.create('Шаблон');
      doc.saveAndClose();
      const open = DocumentApp.openById(doc.getId());
      open.getBody().getChild(0).asParagraph().setText('правка');
      const before = DriveApp.getFileById(doc.getId()).makeCopy('до');
      open.saveAndClose();
      const after = DriveApp.getFileById(doc.getId()).makeCopy('после');
      return [before, after].map((f) => DocumentApp.openById(f.getId()).getBody().getText());
    },
  },
];
