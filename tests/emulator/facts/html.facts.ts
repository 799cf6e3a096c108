import { defineFacts, expect, thrown } from './kit';

const REF = 'https://developers.google.com/apps-script/reference/html/';

/** HtmlService: the outputs a sidebar or a dialog is made of. */
export default defineFacts('HtmlService', (fact) => {
  fact('a missing file throws «No HTML file named X was found.»', { source: `${REF}html-service#createhtmloutputfromfilefilename` }, (g) => {
    expect(thrown(() => g.HtmlService.createHtmlOutputFromFile('Нет такого'))).toEqual({ name: 'Exception', message: 'No HTML file named Нет такого was found.' });
  });
  fact('createHtmlOutput without html starts empty; append and setContent change the content', { source: `${REF}html-output#appendaddedcontent` }, (g) => {
    const out = g.HtmlService.createHtmlOutput();
    expect(out.getContent()).toBe('');
    expect(out.append('<p>a</p>').append('<p>b</p>').getContent()).toBe('<p>a</p><p>b</p>');
    expect(out.setContent('x').getContent()).toBe('x');
  });
  fact('setTitle, setWidth and setHeight chain and are read back', { source: `${REF}html-output#settitletitle` }, (g) => {
    const html = g.HtmlService;
    const out = html.createHtmlOutput('x').setTitle('Пары').setWidth(600).setHeight(400)
      .setSandboxMode(html.SandboxMode.IFRAME).setXFrameOptionsMode(html.XFrameOptionsMode.ALLOWALL);
    expect([out.getTitle(), out.getWidth(), out.getHeight()]).toEqual(['Пары', 600, 400]);
  });
  fact('addMetaTag accepts viewport and rejects other names', { source: `${REF}html-output#addmetatagname,-content` }, (g) => {
    const out = g.HtmlService.createHtmlOutput('x').addMetaTag('viewport', 'width=device-width');
    expect(out.getMetaTags().map((m) => m.getName())).toEqual(['viewport']);
    expect(thrown(() => out.addMetaTag('author', 'me')).name).toBe('Exception');
  });
});
