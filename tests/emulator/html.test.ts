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
