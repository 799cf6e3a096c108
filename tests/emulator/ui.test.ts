import { createHtmlService } from '../../emulator/html';
import { createUi } from '../../emulator/ui';
import { testHost, thrown } from './service-host';

function setup() {
  const host = testHost();
  const ui = createUi(host);
  const html = createHtmlService(host, __dirname);
  return { host, ui, html };
}

describe('Menu', () => {
  it('addToUi records a custom menu with its items, separators and submenus', () => {
    const { host, ui } = setup();
    const sub = ui.createMenu('Ещё').addItem('Справка', 'showHelp');
    ui.createMenu('Пары').addItem('Подобрать', 'formPairs').addSeparator().addSubMenu(sub).addToUi();
    expect(host.log.menus).toEqual([{
      caption: 'Пары', addon: false, items: [
        { kind: 'item', caption: 'Подобрать', functionName: 'formPairs' },
        { kind: 'separator' },
        { kind: 'submenu', caption: 'Ещё', items: [{ kind: 'item', caption: 'Справка', functionName: 'showHelp' }] },
      ],
    }]);
  });

  it('createAddonMenu is captioned with the add-on name and marked addon', () => {
    const { host, ui } = setup();
    ui.createAddonMenu().addItem('Открыть', 'openSidebar').addToUi();
    expect(host.log.menus[0]).toMatchObject({ caption: 'Наставничество', addon: true });
  });

  it('a second addToUi of a menu with the same caption replaces the first', () => {
    const { host, ui } = setup();
    ui.createAddonMenu().addItem('A', 'a').addToUi();
    ui.createAddonMenu().addItem('B', 'b').addToUi();
    expect(host.log.menus).toHaveLength(1);
    expect(host.log.menus[0]?.items).toEqual([{ kind: 'item', caption: 'B', functionName: 'b' }]);
  });

  it('addItem with a function instead of its name throws', () => {
    const { ui } = setup();
    const e = thrown(() => ui.createMenu('M').addItem('A', (() => 0) as unknown as string));
    expect(e.name).toBe('Exception');
  });

  it('menu calls are counted', () => {
    const { host, ui } = setup();
    ui.createMenu('M').addItem('A', 'a').addItem('B', 'b').addToUi();
    expect(host.calls.count('Menu.addItem')).toBe(2);
    expect(host.calls.count('Ui.createMenu')).toBe(1);
    expect(host.calls.count('Menu.addToUi')).toBe(1);
  });
});

describe('Ui dialogs', () => {
  it('alert without a queued answer records the dialog and answers OK', () => {
    const { host, ui } = setup();
    expect(ui.alert('Готово')).toBe(ui.Button.OK);
    expect(host.log.alerts).toEqual([{ title: '', prompt: 'Готово', buttons: 'OK', answer: 'OK', kind: 'alert' }]);
  });

  it('alert(title, prompt, buttons) returns the next queued answer', () => {
    const { host, ui } = setup();
    host.log.answers.push({ button: 'NO' });
    expect(ui.alert('Удалить?', 'Пары будут удалены', ui.ButtonSet.YES_NO)).toBe(ui.Button.NO);
    expect(host.log.alerts[0]).toMatchObject({ title: 'Удалить?', buttons: 'YES_NO', answer: 'NO' });
    expect(host.log.answers).toHaveLength(0);
  });

  it('a YES_NO alert with nothing queued is closed by the user (CLOSE)', () => {
    const { ui } = setup();
    expect(ui.alert('Удалить?', ui.ButtonSet.YES_NO)).toBe(ui.Button.CLOSE);
  });

  it('alert with an invalid button set throws (e.g. alert(title, prompt))', () => {
    const { ui } = setup();
    const e = thrown(() => (ui.alert as (...a: unknown[]) => unknown)('Заголовок', 'Текст'));
    expect(e.name).toBe('Exception');
    expect(e.message).toBe("The parameters (String,String) don't match the method signature for Ui.alert.");
  });

  it('a queued answer that is not a button of the dialog fails the test loudly', () => {
    const { host, ui } = setup();
    host.log.answers.push({ button: 'YES' });
    expect(() => ui.alert('Готово')).toThrow(/not a button of OK/);
  });

  it('prompt returns the queued button and text', () => {
    const { host, ui } = setup();
    host.log.answers.push({ button: 'OK', text: '7А' });
    const r = ui.prompt('Класс', 'Введите класс', ui.ButtonSet.OK_CANCEL);
    expect(r.getSelectedButton()).toBe(ui.Button.OK);
    expect(r.getResponseText()).toBe('7А');
    expect(host.log.alerts[0]?.kind).toBe('prompt');
  });

  it('prompt with nothing queued answers CANCEL and empty text', () => {
    const { ui } = setup();
    const r = ui.prompt('Класс', ui.ButtonSet.OK_CANCEL);
    expect(r.getSelectedButton()).toBe(ui.Button.CANCEL);
    expect(r.getResponseText()).toBe('');
  });
});

describe('Ui sidebars and dialogs', () => {
  it('showSidebar records the html and the title set with setTitle', () => {
    const { host, ui, html } = setup();
    ui.showSidebar(html.createHtmlOutput('<p>Привет</p>').setTitle('Наставничество'));
    expect(host.log.shown).toEqual([{ kind: 'sidebar', title: 'Наставничество', html: '<p>Привет</p>' }]);
  });

  it('showModalDialog takes its title from the argument', () => {
    const { host, ui, html } = setup();
    ui.showModalDialog(html.createHtmlOutput('<b>x</b>'), 'Приказ');
    ui.showModelessDialog(html.createHtmlOutput('<i>y</i>'), 'Справка');
    expect(host.log.shown.map((s) => [s.kind, s.title])).toEqual([['modal', 'Приказ'], ['modeless', 'Справка']]);
  });

  it('showSidebar with a string instead of HtmlOutput throws', () => {
    const { ui } = setup();
    const e = thrown(() => ui.showSidebar('<p>x</p>' as unknown as GoogleAppsScript.HTML.HtmlOutput));
    expect(e.message).toBe("The parameters (String) don't match the method signature for Ui.showSidebar.");
  });

  it('showing does not count HtmlOutput reads as script calls', () => {
    const { host, ui, html } = setup();
    ui.showSidebar(html.createHtmlOutput('x'));
    expect(host.calls.count('HtmlOutput.')).toBe(0);
    expect(host.calls.count('Ui.showSidebar')).toBe(1);
  });

  it('an unknown method throws «not emulated: Ui.foo»', () => {
    const { ui } = setup();
    expect(() => (ui as unknown as { foo(): void }).foo()).toThrow('not emulated: Ui.foo');
  });
});
