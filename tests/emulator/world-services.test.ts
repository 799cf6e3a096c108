import { scriptWorld } from './script-world';

describe('services inside a loaded script', () => {
  it('Utilities.formatDate formats the world clock’s today, a Date from the script realm', () => {
    const { world } = scriptWorld(`function today() { return Utilities.formatDate(new Date(), Session.getScriptTimeZone(), 'dd.MM.yyyy'); }`,
      { now: '2025-09-01T00:30:00+03:00' });
    expect(world.run.menu('today')).toBe('01.09.2025');
  });

  it('a trigger job takes the document lock, stores progress and releases the lock', () => {
    const { world } = scriptWorld(`
      function job() {
        var lock = LockService.getDocumentLock();
        if (!lock.tryLock(5000)) return 'busy';
        try { PropertiesService.getDocumentProperties().setProperty('done', 3); return 'ok'; }
        finally { lock.releaseLock(); }
      }`);
    expect(world.run.menu('job')).toBe('ok');
    expect(world.properties.document.get('done')).toBe('3');
    expect(world.locks.document).toMatchObject({ held: false, released: 1 });
    world.locks.document.heldByOther = true;
    expect(world.run.menu('job')).toBe('busy');
  });

  it('onOpen builds the add-on menu and a menu item shows the sidebar', () => {
    const { world } = scriptWorld(`
      function onOpen() { SpreadsheetApp.getUi().createAddonMenu().addItem('Открыть', 'openSidebar').addToUi(); }
      function openSidebar() {
        SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('Наставничество'));
      }`);
    world.run.open();
    world.run.menu('openSidebar');
    expect(world.log.menus[0]).toMatchObject({ caption: 'Наставничество', addon: true });
    expect(world.log.shown).toEqual([{ kind: 'sidebar', title: 'Наставничество', html: '<div id="app"></div>' }]);
  });

  it('installing triggers idempotently leaves one trigger per handler', () => {
    const { world } = scriptWorld(`
      function install() {
        var ss = SpreadsheetApp.getActive();
        var has = ScriptApp.getUserTriggers(ss).some(function (t) { return t.getHandlerFunction() === 'onAnswer'; });
        if (!has) ScriptApp.newTrigger('onAnswer').forSpreadsheet(ss).onFormSubmit().create();
      }`);
    world.run.menu('install');
    world.run.menu('install');
    expect(world.triggers.map((t) => [t.handler, t.eventType])).toEqual([['onAnswer', 'ON_FORM_SUBMIT']]);
    expect(world.triggers[0]?.sourceId).toBe(world.spreadsheet.getId());
  });
});
