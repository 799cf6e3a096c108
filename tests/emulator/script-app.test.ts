import { createScriptApp } from '../../emulator/script-app';
import { testHost, thrown } from './service-host';

/** The one Spreadsheet method ScriptApp needs, on a stand-in. */
const book = { getId: () => 'sheet-1' } as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;

function setup() {
  const host = testHost();
  return { host, ...createScriptApp(host) };
}

/** The records behind the triggers, limits and counts; what a script sees is in facts/triggers.facts.ts. */
describe('ScriptApp triggers', () => {
  it('forSpreadsheet(ss).onFormSubmit().create() installs a trigger record', () => {
    const { service, triggers } = setup();
    const t = service.newTrigger('onAnswer').forSpreadsheet(book).onFormSubmit().create();
    expect(triggers).toEqual([{ uid: t.getUniqueId(), handler: 'onAnswer', eventType: 'ON_FORM_SUBMIT',
      source: 'SPREADSHEETS', sourceId: 'sheet-1' }]);
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

  it('a 21st trigger throws', () => {
    const { service, triggers } = setup();
    for (let i = 0; i < 20; i++) service.newTrigger(`h${i}`).forSpreadsheet(book).onOpen().create();
    const e = thrown(() => service.newTrigger('h20').forSpreadsheet(book).onOpen().create());
    expect(e.message).toBe(
      'This script has too many triggers. Triggers must be deleted from the script before more can be added.');
    expect(triggers).toHaveLength(20);
  });

  it('getScriptId is a stable id', () => {
    const { service } = setup();
    expect(service.getScriptId()).toMatch(/^[\w-]{20,}$/);
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
