import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHtmlService } from '../../emulator/html';
import { testHost, thrown } from './service-host';

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

  it('a missing file throws «No HTML file named X was found.»', () => {
    const { html } = setup();
    const e = thrown(() => html.createHtmlOutputFromFile('Dialog'));
    expect(e.name).toBe('Exception');
    expect(e.message).toBe('No HTML file named Dialog was found.');
  });

  it('createHtmlOutput without html starts empty; append and setContent change the content', () => {
    const { html } = setup();
    const out = html.createHtmlOutput();
    expect(out.getContent()).toBe('');
    expect(out.append('<p>a</p>').append('<p>b</p>').getContent()).toBe('<p>a</p><p>b</p>');
    expect(out.setContent('x').getContent()).toBe('x');
  });

  it('setTitle, setWidth and setHeight chain and are read back', () => {
    const { html } = setup();
    const out = html.createHtmlOutput('x').setTitle('Пары').setWidth(600).setHeight(400)
      .setSandboxMode(html.SandboxMode.IFRAME).setXFrameOptionsMode(html.XFrameOptionsMode.ALLOWALL);
    expect([out.getTitle(), out.getWidth(), out.getHeight()]).toEqual(['Пары', 600, 400]);
  });

  it('addMetaTag accepts viewport and rejects other names', () => {
    const { html } = setup();
    const out = html.createHtmlOutput('x').addMetaTag('viewport', 'width=device-width');
    expect(out.getMetaTags().map((m) => m.getName())).toEqual(['viewport']);
    expect(thrown(() => out.addMetaTag('author', 'me')).name).toBe('Exception');
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
