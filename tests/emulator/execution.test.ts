/**
 * The execution model (emulator/execution.ts, access.ts, run.ts): what each kind of execution may do,
 * its time budget, its locks and its own call counts. Plain jest: these need several executions and
 * triggers, which a single parity run on Google cannot replay.
 */
import { SCOPES } from '../support/addon';
import { failure, scriptWorld } from './script-world';

const MENU = `function menu() { SpreadsheetApp.getUi().createAddonMenu().addItem('Открыть', 'open').addToUi(); }`;

describe('an installable trigger has no UI', () => {
  it('SpreadsheetApp.getUi() throws Apps Script\'s text in a trigger execution, not in a menu one', () => {
    const { world } = scriptWorld(`function ui() { return typeof SpreadsheetApp.getUi().alert; }
      function install() { ScriptApp.newTrigger('ui').timeBased().everyHours(1).create(); }`);
    expect(world.run.menu('ui')).toBe('function');
    world.run.menu('install');
    expect(failure(() => world.run.trigger('ui'))).toEqual({ name: 'Exception', message: 'Cannot call SpreadsheetApp.getUi() from this context.' });
    expect(world.executions.at(-1)).toMatchObject({ kind: 'trigger', authMode: 'FULL', ui: false, outcome: 'error' });
  });
  it('a time-driven trigger gets its event object; an uninstalled handler cannot fire', () => {
    const { world, context } = scriptWorld(`var seen; function tick(e) { seen = e; }
      function install() { ScriptApp.newTrigger('tick').timeBased().everyHours(1).create(); }`, { now: '2025-09-15T10:20:30Z' });
    expect(() => world.run.trigger('tick')).toThrow('no installed trigger runs tick');
    world.run.menu('install');
    world.run.trigger('tick');
    expect(context.seen).toMatchObject({ authMode: 'FULL', triggerUid: world.triggers[0]!.uid, year: 2025, month: 9,
      'day-of-month': 15, 'day-of-week': 1, hour: 10, minute: 20, second: 30, timezone: 'UTC' });
  });
});

describe('a simple onOpen', () => {
  const script = `var event;
    function onOpen(e) { event = e; SpreadsheetApp.getUi().createAddonMenu().addItem('Открыть', 'x').addToUi(); }
    function props() { return PropertiesService.getDocumentProperties().getProperty('k'); }
    function sheet() { return SpreadsheetApp.getActive().getSheets().length; }
    function sidebar() { SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutput('<p>x</p>')); }
    function form() { FormApp.create('x'); }
    function trigger() { ScriptApp.newTrigger('x').timeBased().everyHours(1).create(); }`;
  /** Runs `fn` of the script from inside onOpen in `mode`: as if onOpen itself called it. */
  const inOnOpen = (mode: 'NONE' | 'LIMITED', fn: string) => {
    const { world, context } = scriptWorld(script.replace('function onOpen(e) { event = e;', `function onOpen(e) { event = e; ${fn}();`));
    world.run.open(mode);
    return { world, context };
  };

  it('gets its event object: the auth mode and the spreadsheet', () => {
    const { world, context } = scriptWorld(script);
    world.run.open('LIMITED');
    expect(context.event.authMode).toBe('LIMITED');
    expect(context.event.source.getId()).toBe(world.spreadsheet.getId());
    expect(world.log.menus).toHaveLength(1);
  });
  it('in LIMITED reads the bound spreadsheet and its properties', () => {
    expect(() => inOnOpen('LIMITED', 'props')).not.toThrow();
    expect(() => inOnOpen('LIMITED', 'sheet')).not.toThrow();
  });
  it('cannot open a sidebar, nor use a service that needs authorization', () => {
    expect(failure(() => inOnOpen('LIMITED', 'sidebar')).message)
      .toBe('You do not have permission to call Ui.showSidebar. Required permissions: https://www.googleapis.com/auth/script.container.ui');
    expect(failure(() => inOnOpen('LIMITED', 'form')).message)
      .toBe('You do not have permission to call FormApp.create. Required permissions: https://www.googleapis.com/auth/forms');
    expect(failure(() => inOnOpen('LIMITED', 'trigger')).message)
      .toBe('You do not have permission to call ScriptApp.newTrigger. Required permissions: https://www.googleapis.com/auth/script.scriptapp');
  });
  it('in NONE builds its menu but reaches neither properties nor the document', () => {
    expect(() => inOnOpen('NONE', 'String')).not.toThrow();
    for (const fn of ['props', 'sheet', 'form']) {
      expect(failure(() => inOnOpen('NONE', fn))).toEqual({ name: 'Exception', message: 'Authorization is required to perform that action.' });
    }
  });
  it('onInstall runs in FULL and may do what a menu item does', () => {
    const { world } = scriptWorld(`function onInstall(e) { if (e.authMode !== 'FULL') throw new Error(e.authMode); trigger(); }
      function trigger() { ScriptApp.newTrigger('x').timeBased().everyHours(1).create(); }`);
    world.run.install();
    expect(world.triggers).toHaveLength(1);
  });
});

describe('the time budget', () => {
  const sleeper = `function nap(minutes, caught) {
      var props = PropertiesService.getDocumentProperties();
      try { for (var i = 1; i <= minutes; i++) { Utilities.sleep(60000); props.setProperty('slept', String(i)); } }
      catch (e) { caught.push(e.message); PropertiesService.getDocumentProperties().setProperty('after', 'yes'); return 'went on'; }
      return 'done';
    }`;
  it('a menu execution past 6 minutes is stopped with Apps Script\'s error, even if the script catches it', () => {
    const { world } = scriptWorld(sleeper);
    expect(world.run.menu('nap', 5, [])).toBe('done');
    const caught: string[] = [];
    expect(failure(() => world.run.menu('nap', 7, caught))).toEqual({ name: 'Exception', message: 'Exceeded maximum execution time' });
    expect(caught).toEqual(['Exceeded maximum execution time']);
    expect(world.properties.document.get('after')).toBeUndefined();
    expect(world.properties.document.get('slept')).toBe('6');
    expect(world.executions.at(-1)).toMatchObject({ kind: 'menu', outcome: 'killed' });
  });
  it('a simple trigger has 30 seconds', () => {
    const { world } = scriptWorld(`function onOpen() { Utilities.sleep(20000); Utilities.sleep(20000); Utilities.sleep(1); }`);
    expect(() => world.run.open()).toThrow('Exceeded maximum execution time');
  });
  it('each execution has its own budget and its own call counts', () => {
    const { world } = scriptWorld(`function one() { SpreadsheetApp.getActive().getSheets(); Utilities.sleep(300000); }`);
    world.run.menu('one');
    world.run.menu('one');
    expect(world.executions.map((e) => [e.kind, e.outcome, e.calls.count('Spreadsheet.getSheets')]))
      .toEqual([['load', 'ok', 0], ['menu', 'ok', 1], ['menu', 'ok', 1]]);
    expect(world.calls.count('Spreadsheet.getSheets')).toBe(2);
  });
});

describe('locks and dialogs', () => {
  const script = `
    function hold() { LockService.getDocumentLock().waitLock(1000); return 'held'; }
    function ask() {
      var lock = LockService.getDocumentLock();
      lock.waitLock(1000);
      var answer = SpreadsheetApp.getUi().alert('Продолжить?', SpreadsheetApp.getUi().ButtonSet.YES_NO);
      lock.releaseLock();
      return answer;
    }
    function other() { return LockService.getDocumentLock().tryLock(10000) ? 'got it' : 'busy'; }`;
  it('a lock the script forgot is released when its execution ends', () => {
    const { world } = scriptWorld(script);
    world.run.menu('hold');
    expect(world.locks.document).toMatchObject({ held: false, released: 0, releasedAtEnd: 1 });
    expect(world.run.menu('other')).toBe('got it');
  });
  it('a dialog takes the user\'s reading time, and a lock held across it blocks another curator meanwhile', () => {
    const { world } = scriptWorld(script);
    let meanwhile = '';
    world.log.answers.push({ button: 'YES', readMs: 20_000, meanwhile: () => { meanwhile = world.run.menu('other') as string; } });
    const before = world.clock.millis();
    expect(world.run.menu('ask')).toBe('YES');
    expect(meanwhile).toBe('busy');
    expect(world.clock.millis() - before).toBe(20_000);
    expect(world.run.menu('other')).toBe('got it');
  });
});

describe('scopes and add-on mode', () => {
  const install = (what: string) => `function install() { ScriptApp.newTrigger('x').${what}.create(); }`;
  it('ScriptApp.newTrigger without the script.scriptapp scope fails like the other scope checks', () => {
    const { world } = scriptWorld(install('timeBased().everyHours(1)'), { scopes: SCOPES.filter((s) => !s.endsWith('script.scriptapp')) });
    expect(failure(() => world.run.menu('install')).message)
      .toBe('You do not have permission to call ScriptApp.newTrigger. Required permissions: https://www.googleapis.com/auth/script.scriptapp');
  });
  it('an add-on\'s time-driven triggers run at most hourly', () => {
    for (const what of ['timeBased().everyMinutes(30)', 'timeBased().after(60000)']) {
      expect(() => scriptWorld(install(what)).world.run.menu('install')).toThrow('cannot run more frequently than once per hour');
    }
    for (const what of ['timeBased().everyHours(1)', 'timeBased().everyDays(1).atHour(6)', 'timeBased().after(3600000)']) {
      expect(() => scriptWorld(install(what)).world.run.menu('install')).not.toThrow();
    }
    expect(() => scriptWorld(install('timeBased().everyMinutes(1)'), { addonMode: false }).world.run.menu('install')).not.toThrow();
  });
  it('an add-on holds one trigger of each type per document', () => {
    const { world } = scriptWorld(`${install('timeBased().everyHours(1)')}
      function daily() { ScriptApp.newTrigger('y').timeBased().everyDays(1).create(); }
      function answers() { ScriptApp.newTrigger('z').forSpreadsheet(SpreadsheetApp.getActive()).onFormSubmit().create(); }`);
    world.run.menu('install');
    expect(() => world.run.menu('daily')).toThrow('can only have one CLOCK trigger per user per document');
    expect(() => world.run.menu('answers')).not.toThrow();
  });
});

describe('a script and its executions', () => {
  it('touches the services only inside an execution', () => {
    const { context } = scriptWorld(`function sheets() { return SpreadsheetApp.getActive().getSheets().length; }`);
    expect(() => context.sheets()).toThrow('touched SpreadsheetApp outside an execution');
  });
  it('runs its global code under the rules of AuthMode.NONE, as at the start of every execution', () => {
    expect(() => scriptWorld(`var p = PropertiesService.getScriptProperties();`)).toThrow('Authorization is required to perform that action.');
    expect(() => scriptWorld(`${MENU} var zone = Session.getScriptTimeZone();`)).not.toThrow();
  });
});
