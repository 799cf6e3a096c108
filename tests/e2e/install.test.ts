/**
 * docs/УСТАНОВКА.md, tried in the emulator where it can be: the add-on installed as an add-on and
 * walked through the whole demo path under the published add-on's trigger rules; and the first
 * run of a copy of the template Sheet («создать копию»).
 */
import { generateSchool } from '../../demo/school';
import { typeParams } from '../../demo/settings';
import { DEMO_STEPS } from '../../demo/steps';
import { pasteRows } from '../../demo/fill';
import type { TriggerRecord } from '../../emulator/script-app';
import { MENTEES, MENTORS } from '../../src/domain/bases/schema';
import { addonWorld, sheetValues } from '../support/addon';

jest.setTimeout(120_000);
const HOUR = 3_600_000;

/**
 * The rules a published editor add-on lives by (add-ons/concepts/editor-triggers#restrictions):
 * time-driven triggers at most hourly, one trigger of each type per user per document. Checked on
 * every trigger the add-on installs, at the moment it installs it.
 */
function watchTriggers(triggers: TriggerRecord[]) {
  const seen = { max: 0, installed: 0 };
  const push = triggers.push.bind(triggers);
  triggers.push = (...records: TriggerRecord[]) => {
    const n = push(...records);
    for (const r of records.filter((x) => x.eventType === 'CLOCK')) {
      seen.installed++;
      const period = r.everyMinutes !== undefined ? r.everyMinutes * 60_000 : r.everyHours !== undefined ? r.everyHours * HOUR
        : r.everyDays !== undefined ? r.everyDays * 24 * HOUR : 0;
      if (period < HOUR) throw new Error(`a time-driven trigger more often than hourly: ${JSON.stringify(r)}`);
    }
    const byType = new Map<string, number>();
    for (const t of triggers) byType.set(t.eventType, (byType.get(t.eventType) ?? 0) + 1);
    for (const [type, count] of byType) if (count > 1) throw new Error(`${count} triggers of type ${type} at once`);
    seen.max = Math.max(seen.max, byType.get('CLOCK') ?? 0);
    return n;
  };
  return seen;
}

describe('installed as an editor add-on (УСТАНОВКА.md, routes 2 and 3)', () => {
  it('onInstall builds the menu; the whole demo path keeps at most one time-driven trigger, never more often than hourly', async () => {
    const env = addonWorld();
    const seen = watchTriggers(env.world.triggers);
    env.world.run.install();
    expect(env.world.log.menus.at(-1)!.items.length).toBeGreaterThan(0);
    env.world.run.open('NONE');
    const ctx = { ...env, school: generateSchool(2025) };
    for (const [title, run] of DEMO_STEPS) {
      const lines = await run(ctx);
      expect([title, lines.length > 0]).toEqual([title, true]);
    }
    // the batch of letters went on through the dispatcher, and the daily refresh ran through it too
    expect(seen.installed).toBeGreaterThan(0);
    expect(seen.max).toBe(1);
    expect(env.world.triggers.filter((t) => t.eventType === 'CLOCK')).toEqual([
      expect.objectContaining({ handler: 'dispatchHourly', everyHours: 1 }),
    ]);
    expect(env.world.triggers.filter((t) => t.eventType === 'ON_FORM_SUBMIT')).toHaveLength(1);
  });
});

/** A copy of the template as Google makes it: the sheets and their values; no triggers, no properties. */
function copyOf(template: ReturnType<typeof addonWorld>) {
  const copy = addonWorld();
  for (const sheet of template.book.getSheets()) {
    const values = sheet.getDataRange().getValues();
    const target = copy.book.getSheetByName(sheet.getName()) ?? copy.book.insertSheet(sheet.getName());
    if (target.getMaxColumns() < values[0]!.length) target.insertColumnsAfter(target.getMaxColumns(), values[0]!.length - target.getMaxColumns());
    target.getRange(1, 1, values.length, values[0]!.length).setValues(values);
  }
  return copy;
}

describe('a copy of the template Sheet (УСТАНОВКА.md, route 1)', () => {
  it('first run: the menu, «Подготовить таблицу» adds nothing twice, no trigger until a job needs one, its own questionnaires', () => {
    const template = addonWorld();
    template.addon.prepareSheet();
    const school = generateSchool(2025);
    typeParams(template.book, school.settings);

    const copy = copyOf(template);
    copy.world.run.open('LIMITED');
    expect(copy.world.log.menus.at(-1)!.items.length).toBeGreaterThan(0);
    const before = ['Настройки', 'Наставники', 'Наставляемые'].map((n) => sheetValues(copy.book, n));
    copy.addon.prepareSheet();
    expect(copy.world.log.toasts.at(-1)!.message).toBe('Все листы на месте.');
    expect(['Настройки', 'Наставники', 'Наставляемые'].map((n) => sheetValues(copy.book, n))).toEqual(before);
    expect(copy.world.triggers).toEqual([]);

    pasteRows(copy.book, MENTORS, school.mentors.slice(0, 10));
    pasteRows(copy.book, MENTEES, school.mentees.slice(0, 20));
    copy.addon.createForms();
    expect(copy.world.log.toasts.at(-1)!.message).toMatch(/^Присвоено кодов участников: 30\. Создано анкет: 13\./);
    expect(template.world.forms.list()).toHaveLength(0);
    expect(copy.world.forms.list()).toHaveLength(13);
    copy.addon.matchPairs();
    expect(copy.world.log.toasts.at(-1)!.message).toMatch(/^Режим «.+»\. Предложено пар/);
    expect(copy.world.triggers.filter((t) => t.eventType === 'CLOCK')).toEqual([]);
  });
});
