import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addonWorld, SCOPES } from '../support/addon';

describe('response sheets «Ответы на форму (N)»', () => {
  it('go after every other sheet, in one tab colour, hidden; the bases come first; the sheet in front is not a hidden one', () => {
    const env = addonWorld();
    env.addon.prepareSheet();
    env.book.insertSheet('Мой лист');
    env.book.getSheetByName('Настройки')!.activate();
    env.addon.createForms();
    const sheets = env.book.getSheets();
    const names = sheets.map((s) => s.getName());
    const responses = sheets.filter((s) => /^Ответы на форму \(\d+\)$/.test(s.getName()));
    expect(responses).toHaveLength(13);
    expect(names.slice(0, 2)).toEqual(['Наставники', 'Наставляемые']);
    expect(names.slice(-13)).toEqual(responses.map((s) => s.getName()));
    expect(names).toContain('Мой лист');
    expect(responses.every((s) => s.isSheetHidden() && s.getTabColor() === responses[0]!.getTabColor() && s.getTabColor())).toBe(true);
    expect(sheets.filter((s) => !responses.includes(s)).some((s) => s.isSheetHidden())).toBe(false);
    expect(responses.map((s) => s.getName())).not.toContain(env.book.getActiveSheet().getName());

    // sheets the add-on makes later («Проверка», «Пары», …) go before the group, never behind it
    env.addon.checkBases();
    expect(env.book.getSheets().slice(-13).map((s) => s.getName())).toEqual(responses.map((s) => s.getName()));
    expect(env.book.getSheets().map((s) => s.getName())).toContain('Проверка');

    // new versions: their sheets join the group at the end, hidden too
    env.world.log.answers.push({ button: 'YES' });
    env.addon.createFormsNewVersion();
    const after = env.book.getSheets();
    const all = after.filter((s) => /^Ответы на форму/.test(s.getName()));
    expect(all).toHaveLength(26);
    expect(after.slice(-26).every((s) => s.isSheetHidden())).toBe(true);
  });

  it('the manifest asks for script.send_mail, for the reminders, and the scopes table explains every scope', () => {
    expect(SCOPES).toContain('https://www.googleapis.com/auth/script.send_mail');
    const table = readFileSync(join(__dirname, '../../docs/marketplace/scopes.md'), 'utf8');
    const listed = [...table.matchAll(/^\| `(https:\/\/www\.googleapis\.com\/auth\/[\w.]+)` \|/gm)].map((m) => m[1]);
    expect(listed.sort()).toEqual([...SCOPES].sort());
  });
});
