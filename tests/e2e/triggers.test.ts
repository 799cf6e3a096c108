/**
 * Every trigger the add-on installs fires in an execution without a UI (an installable trigger has
 * none: SpreadsheetApp.getUi() throws there). Walked on a prepared school: an answer through the
 * form-submit trigger (new, repeated, blank), the hourly dispatcher (the roadmap's daily refresh, the
 * next chunks of a batch), and the handlers of earlier versions' triggers an old Sheet may still hold.
 * A trigger path that asks for the UI — even one that catches the error and goes on — fails here.
 */
import { generateSchool } from '../../demo/school';
import { typeParams } from '../../demo/settings';
import { pasteRows } from '../../demo/fill';
import { MENTEES, MENTORS } from '../../src/domain/bases/schema';
import { addonWorld } from '../support/addon';
import { approvedPairs } from '../browser/browser';

const newPupil = {
  'Фамилия, имя, отчество': 'Соколова Дарья Андреевна', 'Класс (например, 7Б)': '5А', 'Дата рождения': '2014-03-02',
  'ФИО родителя (законного представителя)': 'Соколов Андрей Ильич', 'Телефон родителя (законного представителя)': '8 917 555 03 03',
  'Форма наставничества': 'Ученик – ученик', 'С чем вам нужна помощь (ключевой запрос)': ['Адаптироваться в новом классе или школе'],
  'Когда вам удобно встречаться': ['Вторник', 'Четверг'],
};

function school(options: Parameters<typeof addonWorld>[0] = {}) {
  const env = addonWorld(options);
  const demo = generateSchool(2025);
  env.addon.prepareSheet();
  typeParams(env.book, demo.settings);
  pasteRows(env.book, MENTORS, demo.mentors.slice(0, 20));
  pasteRows(env.book, MENTEES, demo.mentees.slice(0, 20));
  env.addon.prepareSheet();
  return env;
}

/** The trigger executions since `from`: each without a UI, none refused a call, none failed. */
function triggerRuns(world: ReturnType<typeof addonWorld>['world'], from: number) {
  return world.executions.slice(from).filter((e) => e.kind === 'trigger')
    .map((e) => ({ fn: e.fn, ui: e.ui, outcome: e.outcome, refused: e.refused.map((r) => `${r.call}: ${r.message}`) }));
}

/** The handlers the tests below fire. */
const WALKED = ['continueOrders', 'dispatchHourly', 'onFormSubmitAnswer', 'roadmapDaily'];
const ok = (fn: string, n: number) => Array(n).fill({ fn, ui: false, outcome: 'ok', refused: [] });

describe('every trigger path runs without a UI', () => {
  it('the form-submit trigger: a new answer, the same event again, a blank event', () => {
    const { world, addon } = school();
    addon.createForms();
    addon.installFormTrigger();
    const from = world.executions.length;
    const title = world.forms.list().find((f) => f.name.startsWith('Анкета наставляемого (обучающийся)'))!.name;
    const [event] = world.forms.submit(title, newPupil);
    world.forms.redeliver(event!);
    world.forms.blank(title);
    expect(world.forms.failures).toEqual([]);
    expect(triggerRuns(world, from)).toEqual(ok('onFormSubmitAnswer', 3));
  });

  it('the hourly dispatcher\'s daily roadmap refresh, with the roadmap and after the curator deleted it', () => {
    const { world, addon, book } = school();
    addon.createRoadmapSheet();
    addon.installRoadmapTrigger();
    const from = world.executions.length;
    world.clock.set('2025-09-16T06:00:00+03:00');
    world.run.trigger('dispatchHourly');
    book.deleteSheet(book.getSheetByName('Дорожная карта')!);
    world.clock.set('2025-09-17T06:00:00+03:00');
    world.run.trigger('dispatchHourly');
    expect(triggerRuns(world, from)).toEqual(ok('dispatchHourly', 2));
  });

  it('the hourly dispatcher\'s next chunks of a batch of letters, until the batch is done', () => {
    const env = school({ drive: { latency: { 'File.makeCopy': 60_000 } } });
    approvedPairs(env, 12);
    env.world.log.answers.push({ button: 'YES' });
    env.addon.makeLetters();
    const from = env.world.executions.length;
    for (let i = 0; i < 10 && env.sidebar.getOrdersProgress().running; i++) {
      env.world.clock.advance(3_600_000);
      env.world.run.trigger('dispatchHourly');
    }
    const runs = triggerRuns(env.world, from);
    expect(runs.length).toBeGreaterThan(0);
    expect(runs).toEqual(ok('dispatchHourly', runs.length));
    expect(env.sidebar.getOrdersProgress()).toMatchObject({ running: false });
  });

  it.each([
    ['continueOrders', (app: GoogleAppsScript.Script.ScriptApp) => app.newTrigger('continueOrders').timeBased().after(60_000).create()],
    ['roadmapDaily', (app: GoogleAppsScript.Script.ScriptApp) => app.newTrigger('roadmapDaily').timeBased().everyDays(1).atHour(6).create()],
  ] as const)('%s, the trigger of an earlier version an old Sheet may still hold, hands over to the dispatcher', (handler, install) => {
    // An old Sheet, from before the add-on was published (add-on mode would refuse the one-minute trigger).
    const { world, addon } = school({ addonMode: false });
    addon.createRoadmapSheet();
    install(world.globals.ScriptApp as GoogleAppsScript.Script.ScriptApp);
    const from = world.executions.length;
    world.run.trigger(handler);
    expect(triggerRuns(world, from)).toEqual(ok(handler, 1));
    expect(world.triggers.map((t) => t.handler)).not.toContain(handler);
  });

  it('walks every handler the add-on installs a trigger for', () => {
    const env = school({ drive: { latency: { 'File.makeCopy': 60_000 } } });
    env.addon.createForms();
    env.addon.installFormTrigger();
    env.addon.createRoadmapSheet();
    env.addon.installRoadmapTrigger();
    approvedPairs(env, 12);
    env.world.log.answers.push({ button: 'YES' });
    env.addon.makeLetters();
    const installed = [...new Set(env.world.triggers.map((t) => t.handler))].sort();
    expect(installed).toEqual(['dispatchHourly', 'onFormSubmitAnswer']);
    expect(installed.every((h) => WALKED.includes(h))).toBe(true);
  });
});
