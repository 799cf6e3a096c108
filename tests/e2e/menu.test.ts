import { addonWorld } from '../support/addon';
import { SHEETS_CLASSES } from '../../emulator/calls';
import type { MenuEntry } from '../../emulator/host';

describe('the «Наставничество» menu', () => {
  it('onOpen builds the add-on menu with the curator’s actions', () => {
    const { world, addon } = addonWorld();
    addon.onOpen({ authMode: 'NONE' });
    const menu = world.log.menus[0]!;
    expect(menu.addon).toBe(true);
    expect(menu.items.map((i) => (i.kind === 'item' ? i.caption : '—'))).toEqual(['Открыть панель', 'Подготовить таблицу', 'Проверить базы', '—', '—', '—', '—', '—', '—']);
  });

  it('has the «Анкеты» group: questionnaires and their answers', () => {
    const { world, addon } = addonWorld();
    addon.onOpen({ authMode: 'NONE' });
    const group = world.log.menus[0]!.items.find((i) => i.kind === 'submenu' && i.caption === 'Анкеты');
    expect(group?.kind === 'submenu' && group.items.map((i) => (i.kind === 'item' ? i.caption : '—'))).toEqual([
      'Создать анкеты', 'Включить приём ответов', 'Загрузить ответы', 'Обновить списки в анкете предпочтений',
      'Создать новые версии анкет',
    ]);
  });

  it('has the «Пары» group: matching, replacing a mentor, approved pairs into the bases', () => {
    const { world, addon } = addonWorld();
    addon.onOpen({ authMode: 'NONE' });
    const group = world.log.menus[0]!.items.find((i) => i.kind === 'submenu' && i.caption === 'Пары');
    expect(group?.kind === 'submenu' && group.items.map((i) => (i.kind === 'item' ? i.caption : '—'))).toEqual([
      'Подобрать пары', 'Заменить наставника…', 'Перенести утверждённые пары в базы',
    ]);
  });

  it('has the «Дорожная карта» group with the roadmap and the life of pairs', () => {
    const { world, addon } = addonWorld();
    addon.onOpen({ authMode: 'NONE' });
    const group = world.log.menus[0]!.items.find((i) => i.kind === 'submenu' && i.caption === 'Дорожная карта');
    expect(group?.kind === 'submenu' && group.items.map((i) => (i.kind === 'item' ? i.caption : '—'))).toEqual([
      'Создать дорожную карту', 'Обновить статусы', 'Обновлять статусы ежедневно', 'Создать индивидуальные планы',
      'Ход работы пар', 'Завершить отмеченные пары', 'Новый учебный год',
    ]);
  });

  it('has the «Данные» group: import and personal data', () => {
    const { world, addon } = addonWorld();
    addon.onOpen({ authMode: 'NONE' });
    const group = world.log.menus[0]!.items.find((i) => i.kind === 'submenu' && i.caption === 'Данные');
    expect(group?.kind === 'submenu' && group.items.map((i) => (i.kind === 'item' ? i.caption : '—'))).toEqual([
      'Импорт списков…', 'Отозвать согласие…', 'Удалить данные участника…', 'Выгрузить данные участника…',
      'Проверить сроки хранения', 'О персональных данных',
    ]);
  });

  it('has the «Приказы» group: the seven orders, letters, plans and resuming a batch', () => {
    const { world, addon } = addonWorld();
    addon.onOpen({ authMode: 'NONE' });
    const group = world.log.menus[0]!.items.find((i) => i.kind === 'submenu' && i.caption === 'Приказы');
    expect(group?.kind === 'submenu' && group.items.map((i) => (i.kind === 'item' ? i.functionName : '—'))).toEqual([
      'orderImplement', 'orderCurator', 'orderApprove', 'orderMentors', 'orderPairs', 'orderFinalEvent', 'orderReward',
      'makeLetters', 'makePlans', 'resumeDocuments',
    ]);
  });

  it('every menu item calls a top-level function of the bundle', () => {
    const { world, addon } = addonWorld();
    addon.onOpen({ authMode: 'NONE' });
    const walk = (items: MenuEntry[]): void =>
      items.forEach((i) => {
        if (i.kind === 'item') expect(typeof addon[i.functionName]).toBe('function');
        if (i.kind === 'submenu') walk(i.items);
      });
    walk(world.log.menus[0]!.items);
  });

  it('onOpen touches no sheet and no properties (it runs in AuthMode.NONE)', () => {
    const { world, addon } = addonWorld();
    world.calls.reset();
    addon.onOpen({ authMode: 'NONE' });
    const touched = Object.keys(world.calls.snapshot());
    expect(touched.filter((k) => !k.startsWith('Ui.') && !k.startsWith('Menu.') && k !== 'SpreadsheetApp.getUi')).toEqual([]);
    expect(world.calls.service([...SHEETS_CLASSES].filter((c) => c !== 'SpreadsheetApp'))).toBe(0);
  });

  it('onInstall builds the same menu', () => {
    const { world, addon } = addonWorld();
    addon.onInstall({ authMode: 'FULL' });
    expect(world.log.menus[0]!.items).toHaveLength(9);
  });

  it('«Открыть панель» shows the sidebar titled «Наставничество»', () => {
    const { world, addon } = addonWorld();
    addon.openSidebar();
    expect(world.log.shown).toEqual([expect.objectContaining({ kind: 'sidebar', title: 'Наставничество' })]);
    expect(world.log.shown[0]!.html).toContain('Подготовить таблицу');
  });
});
