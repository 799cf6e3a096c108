import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHtmlService } from '../../emulator/html';
import { testHost } from './service-host';

function setup() {
  const dir = mkdtempSync(join(tmpdir(), 'html-'));
  writeFileSync(join(dir, 'Sidebar.html'), '<h1>Наставничество</h1>');
  const host = testHost();
  return { host, html: createHtmlService(host, dir) };
}

describe('HtmlService', () => {
  it('createHtmlOutputFromFile reads <name>.html from the html directory', () => {
    const { html } = setup();
    expect(html.createHtmlOutputFromFile('Sidebar').getContent()).toBe('<h1>Наставничество</h1>');
  });

  it('a file the project does not have throws Apps Script\'s «No HTML file named … was found.», never an empty page', () => {
    const { html } = setup();
    expect(() => html.createHtmlOutputFromFile('Texts')).toThrow('No HTML file named Texts was found.');
  });

  it('returns a file\'s content as written, JSON included (what Texts.html holds)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'html-'));
    writeFileSync(join(dir, 'Texts.html'), '{"a":["«Положение»","\\u003cb\\u003e"]}');
    expect(JSON.parse(createHtmlService(testHost(), dir).createHtmlOutputFromFile('Texts').getContent())).toEqual({ a: ['«Положение»', '<b>'] });
  });

  it('createHtmlOutputFromFile accepts the name with its .html extension', () => {
    const { html } = setup();
    expect(html.createHtmlOutputFromFile('Sidebar.html').getContent()).toContain('Наставничество');
  });

  it('HtmlService and HtmlOutput calls are counted', () => {
    const { host, html } = setup();
    html.createHtmlOutputFromFile('Sidebar').setTitle('A').setWidth(300);
    expect(host.calls.count('HtmlService.createHtmlOutputFromFile')).toBe(1);
    expect(host.calls.count('HtmlOutput.')).toBe(2);
  });

  it('an unknown method throws «not emulated: HtmlOutput.asTemplate»', () => {
    const { html } = setup();
    expect(() => html.createHtmlOutput('x').asTemplate()).toThrow('not emulated: HtmlOutput.asTemplate');
    expect(() => html.createTemplateFromFile('Sidebar')).toThrow('not emulated: HtmlService.createTemplateFromFile');
  });
});
