import { defineFacts, expect, thrown } from './kit';

const BODY = 'https://developers.google.com/apps-script/reference/document/body';
const ISSUE = 'issue 14 (behaviour seen on a live account)';

/** Google Docs bodies, elements and copies. */
export default defineFacts('Docs: elements, patterns, copies', (fact) => {
  fact('replaceText returns the element and takes RE2 syntax', { source: `${BODY}#replacetextsearchpattern,-replacement` }, (g) => {
    const body = g.doc.getBody();
    body.getChild(0).asParagraph().setText('{{ФИО}} и {{ФИО}}');
    expect(body.replaceText('\\{\\{ФИО\\}\\}', 'Иванова').asBody().getText()).toBe('Иванова и Иванова');
  });
  fact('a JS-only pattern (lookbehind, backreference) is refused by replaceText', { source: `${BODY}#replacetextsearchpattern,-replacement («uses Google's RE2 regular expression library»)` }, (g) => {
    const body = g.doc.getBody();
    body.appendParagraph('Иванова и Иванова');
    expect(() => body.replaceText('(?<=и )Иванова', 'x')).toThrow();
    expect(() => body.replaceText('(Иванова) и \\1', 'x')).toThrow();
  });
  fact('inserting an element already in the document throws «Element must be detached.»; its copy goes in', { source: 'github code search: «Element must be detached.» quoted from live runs' }, (g) => {
    const body = g.doc.getBody();
    const p = body.getChild(0).asParagraph();
    p.setText('абзац');
    expect(thrown(() => body.appendParagraph(p)).message).toBe('Element must be detached.');
    body.appendParagraph(p.copy());
    expect(body.getText()).toBe('абзац\nабзац');
  });
  fact("removing a body's last paragraph throws", { source: "github code search: «Can't remove the last paragraph in a document section.» quoted from live runs" }, (g) => {
    const body = g.doc.getBody();
    expect(thrown(() => body.removeChild(body.getChild(0))).message).toBe("Can't remove the last paragraph in a document section.");
  });
  fact("a table's getText has one cell per line", { source: ISSUE }, (g) => {
    expect(g.doc.getBody().appendTable([['№', 'ФИО'], ['1', 'Иванова']]).getText()).toBe('№\nФИО\n1\nИванова');
  });
  fact('appendTable() with no argument has no rows', { source: ISSUE }, (g) => {
    expect(g.doc.getBody().appendTable().getNumRows()).toBe(0);
  });
  fact('a copy made before saveAndClose lacks the unsaved edits', { source: 'https://developers.google.com/apps-script/reference/document/document#saveandclose' }, (g) => {
    g.doc.saveAndClose();
    const open = g.DocumentApp.openById(g.doc.getId());
    open.getBody().getChild(0).asParagraph().setText('правка');
    const before = g.DriveApp.getFileById(g.doc.getId()).makeCopy('Сверка: до');
    open.saveAndClose();
    const after = g.DriveApp.getFileById(g.doc.getId()).makeCopy('Сверка: после');
    for (const f of [before, after]) g.after(() => f.setTrashed(true));
    expect([before, after].map((f) => g.DocumentApp.openById(f.getId()).getBody().getText())).toEqual(['', 'правка']);
  });
});
