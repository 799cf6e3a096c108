import { defineFacts, expect, thrown, type FactContext } from './kit';

const REF = 'https://developers.google.com/apps-script/reference/script/';
const LOCK = 'https://developers.google.com/apps-script/reference/lock/lock';

/** ScriptApp for this fact: the triggers it makes run a handler named `fact…` and are deleted after it. */
const scriptApp = (g: FactContext) => {
  g.after(() => {
    for (const t of g.ScriptApp.getProjectTriggers()) if (t.getHandlerFunction().startsWith('fact')) g.ScriptApp.deleteTrigger(t);
  });
  return g.ScriptApp;
};

/** ScriptApp's triggers (installed on the parity project itself, then removed) and LockService's locks. */
export default defineFacts('Triggers and locks', (fact) => {
  fact('a spreadsheet trigger reports its handler, event type, source and source id', { source: `${REF}trigger` }, (g) => {
    const app = scriptApp(g);
    const t = app.newTrigger('factOnEdit').forSpreadsheet(g.spreadsheet).onEdit().create();
    expect(t.getHandlerFunction()).toBe('factOnEdit');
    expect(t.getEventType() === app.EventType.ON_EDIT).toBe(true);
    expect(t.getTriggerSource() === app.TriggerSource.SPREADSHEETS).toBe(true);
    expect(t.getTriggerSourceId()).toBe(g.spreadsheet.getId());
  });
  fact('everyHours accepts only 1, 2, 4, 6, 8 or 12', { source: `${REF}clock-trigger-builder#everyhoursn` }, (g) => {
    const app = scriptApp(g);
    expect(() => app.newTrigger('factHours').timeBased().everyHours(6).create()).not.toThrow();
    expect(thrown(() => app.newTrigger('factHours').timeBased().everyHours(5)).name).toBe('Exception');
  });
  fact('a clock trigger without a frequency throws on create', { source: `${REF}clock-trigger-builder#create` }, (g) => {
    expect(thrown(() => scriptApp(g).newTrigger('factClock').timeBased().atHour(7).create()).name).toBe('Exception');
  });
  fact('a spreadsheet trigger without an event type throws on create', { source: `${REF}spreadsheet-trigger-builder#create` }, (g) => {
    expect(thrown(() => scriptApp(g).newTrigger('factNoEvent').forSpreadsheet(g.spreadsheet).create()).name).toBe('Exception');
  });
  fact('a handler name that is not a string throws', { source: `${REF}script-app#newtriggerfunctionname` }, (g) => {
    expect(thrown(() => scriptApp(g).newTrigger((() => 0) as unknown as string)).name).toBe('Exception');
  });
  fact('getUserTriggers(ss) lists the triggers of that spreadsheet; getProjectTriggers lists all', { source: `${REF}script-app#getusertriggersspreadsheet` }, (g) => {
    const app = scriptApp(g);
    app.newTrigger('factA').forSpreadsheet(g.spreadsheet).onOpen().create();
    app.newTrigger('factC').timeBased().everyHours(1).create();
    const handlers = (list: GoogleAppsScript.Script.Trigger[]) => list.map((t) => t.getHandlerFunction()).filter((h) => h.startsWith('fact')).sort();
    expect(handlers(app.getUserTriggers(g.spreadsheet))).toEqual(['factA']);
    expect(handlers(app.getProjectTriggers())).toEqual(['factA', 'factC']);
  });
  fact('deleteTrigger removes a trigger, whichever view of it is passed', { source: `${REF}script-app#deletetriggertrigger` }, (g) => {
    const app = scriptApp(g);
    app.newTrigger('factA').forSpreadsheet(g.spreadsheet).onOpen().create();
    app.newTrigger('factB').forSpreadsheet(g.spreadsheet).onEdit().create();
    app.deleteTrigger(app.getProjectTriggers().filter((t) => t.getHandlerFunction() === 'factA')[0]!);
    expect(app.getProjectTriggers().map((t) => t.getHandlerFunction()).filter((h) => h.startsWith('fact'))).toEqual(['factB']);
  });
  fact('deleteTrigger with something that is not a Trigger throws', { source: `${REF}script-app#deletetriggertrigger` }, (g) => {
    expect(thrown(() => scriptApp(g).deleteTrigger('a' as unknown as GoogleAppsScript.Script.Trigger)).name).toBe('Exception');
  });
  fact('AuthMode has NONE, LIMITED and FULL', { source: `${REF}auth-mode` }, (g) => {
    const mode = g.ScriptApp.AuthMode;
    expect([String(mode.NONE), String(mode.LIMITED), String(mode.FULL)]).toEqual(['NONE', 'LIMITED', 'FULL']);
  });

  fact('tryLock takes a free lock and hasLock says so; releaseLock gives it back', { source: `${LOCK}#trylocktimeoutinmillis` }, (g) => {
    const lock = g.LockService.getDocumentLock();
    expect(lock.hasLock()).toBe(false);
    expect(lock.tryLock(1000)).toBe(true);
    expect(lock.hasLock()).toBe(true);
    lock.releaseLock();
    expect(lock.hasLock()).toBe(false);
  });
  fact('a negative lock timeout throws an Exception', { source: `${LOCK}#trylocktimeoutinmillis` }, (g) => {
    expect(thrown(() => g.LockService.getScriptLock().tryLock(-1)).name).toBe('Exception');
  });
});
