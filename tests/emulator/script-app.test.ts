import { createScriptApp } from '../../emulator/script-app';
import { testHost, thrown } from './service-host';

/** The one Spreadsheet method ScriptApp needs, on a stand-in. */
const book = { getId: () => 'sheet-1' } as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
const other = { getId: () => 'sheet-2' } as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;

function setup() {
  const host = testHost();
  return { host, ...createScriptApp(host) };
}

describe('ScriptApp triggers', () => {
  it('forSpreadsheet(ss).onFormSubmit().create() installs a trigger record', () => {
    const { service, triggers } = setup();
    const t = service.newTrigger('onAnswer').forSpreadsheet(book).onFormSubmit().create();
    expect(triggers).toEqual([{ uid: t.getUniqueId(), handler: 'onAnswer', eventType: 'ON_FORM_SUBMIT',
      source: 'SPREADSHEETS', sourceId: 'sheet-1' }]);
  });

  it('Trigger getters answer with the ScriptApp enums', () => {
    const { service } = setup();
    const t = service.newTrigger('onEditHandler').forSpreadsheet(book).onEdit().create();
    expect(t.getHandlerFunction()).toBe('onEditHandler');
    expect(t.getEventType()).toBe(service.EventType.ON_EDIT);
    expect(t.getTriggerSource()).toBe(service.TriggerSource.SPREADSHEETS);
    expect(t.getTriggerSourceId()).toBe('sheet-1');
  });

  it('timeBased().everyDays(1).atHour(7) installs a clock trigger', () => {
    const { service, triggers } = setup();
    service.newTrigger('daily').timeBased().everyDays(1).atHour(7).create();
    expect(triggers[0]).toMatchObject({ handler: 'daily', eventType: 'CLOCK', source: 'CLOCK', everyDays: 1, atHour: 7 });
  });

  it('after(ms) installs a one-off trigger due at now + ms', () => {
    const { host, service, triggers } = setup();
    service.newTrigger('resume').timeBased().after(60_000).create();
    expect(triggers[0]?.at).toBe(host.clock.millis() + 60_000);
  });

  it('everyHours accepts only 1, 2, 4, 6, 8 or 12', () => {
    const { service } = setup();
    expect(() => service.newTrigger('h').timeBased().everyHours(6).create()).not.toThrow();
    expect(thrown(() => service.newTrigger('h').timeBased().everyHours(5)).name).toBe('Exception');
  });

  it('a clock trigger without a frequency throws on create', () => {
    const { service } = setup();
    expect(thrown(() => service.newTrigger('h').timeBased().atHour(7).create()).name).toBe('Exception');
  });

  it('a spreadsheet trigger without an event type throws on create', () => {
    const { service } = setup();
    expect(thrown(() => service.newTrigger('h').forSpreadsheet(book).create()).name).toBe('Exception');
  });

  it('a 21st trigger throws', () => {
    const { service, triggers } = setup();
    for (let i = 0; i < 20; i++) service.newTrigger(`h${i}`).forSpreadsheet(book).onOpen().create();
    const e = thrown(() => service.newTrigger('h20').forSpreadsheet(book).onOpen().create());
    expect(e.message).toBe(
      'This script has too many triggers. Triggers must be deleted from the script before more can be added.');
    expect(triggers).toHaveLength(20);
  });

  it('a handler name that is not a string throws', () => {
    const { service } = setup();
    const e = thrown(() => service.newTrigger((() => 0) as unknown as string));
    expect(e.name).toBe('Exception');
  });

  it('getUserTriggers(ss) lists only the triggers of that spreadsheet; getProjectTriggers lists all', () => {
    const { service } = setup();
    service.newTrigger('a').forSpreadsheet(book).onOpen().create();
    service.newTrigger('b').forSpreadsheet(other).onOpen().create();
    service.newTrigger('c').timeBased().everyHours(1).create();
    expect(service.getUserTriggers(book).map((t) => t.getHandlerFunction())).toEqual(['a']);
    expect(service.getProjectTriggers()).toHaveLength(3);
  });

  it('deleteTrigger removes the record, whichever view of the trigger is passed', () => {
    const { service, triggers } = setup();
    service.newTrigger('a').forSpreadsheet(book).onOpen().create();
    service.newTrigger('b').forSpreadsheet(book).onEdit().create();
    const [first] = service.getProjectTriggers();
    service.deleteTrigger(first!);
    expect(triggers.map((t) => t.handler)).toEqual(['b']);
  });

  it('deleteTrigger with something that is not a Trigger throws', () => {
    const { service } = setup();
    expect(thrown(() => service.deleteTrigger('a' as unknown as GoogleAppsScript.Script.Trigger)).name).toBe('Exception');
  });

  it('getScriptId is a stable id', () => {
    const { service } = setup();
    expect(service.getScriptId()).toMatch(/^[\w-]{20,}$/);
  });

  it('AuthMode has NONE, LIMITED and FULL', () => {
    const { service } = setup();
    expect([service.AuthMode.NONE, service.AuthMode.LIMITED, service.AuthMode.FULL]).toEqual(['NONE', 'LIMITED', 'FULL']);
  });

  it('calls are counted', () => {
    const { host, service } = setup();
    service.newTrigger('a').forSpreadsheet(book).onOpen().create();
    service.getProjectTriggers();
    expect(host.calls.count('ScriptApp.')).toBe(2);
    expect(host.calls.count('SpreadsheetTriggerBuilder.create')).toBe(1);
  });

  it('an unknown method throws «not emulated: ScriptApp.getOAuthToken»', () => {
    const { service } = setup();
    expect(() => service.getOAuthToken()).toThrow('not emulated: ScriptApp.getOAuthToken');
  });
});
