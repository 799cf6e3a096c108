import { addonWorld } from '../support/addon';
import { SHEETS_CLASSES } from '../../emulator/calls';
import type { MenuEntry } from '../../emulator/host';

describe('the «Наставничество» menu', () => {
  it('onOpen builds the add-on menu with the curator’s actions', () => {
    const { world } = addonWorld();
    world.run.open('NONE');
    const menu = world.log.menus[0]!;
    expect(menu.addon).toBe(true);
    expect(menu.items.map((i) => (i.kind === 'item' ? i.caption : '—'))).toEqual(['Открыть панель', 'Подготовить таблицу', 'Проверить базы', '—', '—', '—', '—', '—', '—']);
  });

  // Each group of the menu, and what it lists: captions, or for «Приказы» the functions its items call.
  const groups: { caption: string; about: string; by: 'caption' | 'functionName'; items: string[] }[] = [
    { caption: 'Анкеты', about: 'questionnaires and their answers', by: 'caption', items: [
      'Создать анкеты', 'Включить приём ответов', 'Загрузить ответы', 'Обновить списки в анкете предпочтений',
      'Создать новые версии анкет',
    ] },
    { caption: 'Пары', about: 'matching, replacing a mentor, approved pairs into the bases', by: 'caption', items: [
      'Подобрать пары', 'Заменить наставника…', 'Перенести утверждённые пары в базы',
    ] },
    { caption: 'Дорожная карта', about: 'the roadmap and the life of pairs', by: 'caption', items: [
      'Создать дорожную карту', 'Обновить статусы', 'Обновлять статусы ежедневно', 'Создать индивидуальные планы',
      'Ход работы пар', 'Завершить отмеченные пары', 'Новый учебный год',
    ] },
    { caption: 'Данные', about: 'import and personal data', by: 'caption', items: [
      'Импорт списков…', 'Отозвать согласие…', 'Удалить данные участника…', 'Выгрузить данные участника…',
      'Проверить сроки хранения', 'О персональных данных',
    ] },
    { caption: 'Приказы', about: 'the nine orders, the municipal information, plans, agreements, letters, certificates and resuming a batch', by: 'functionName', items: [
      'orderImplement', 'orderCurator', 'orderApprove', 'orderMentors', 'orderPairs', 'orderPairChanges', 'orderAssociation',
      'orderFinalEvent', 'orderReward', 'makeMunicipalInfo', 'makePlans', 'makeAgreements', 'makeLetters', 'makePartnerLetters',
      'makeParentLetters', 'makeCertificates', 'resumeDocuments',
    ] },
  ];
  it.each(groups)('has the «$caption» group: $about', ({ caption, by, items }) => {
    const { world } = addonWorld();
    world.run.open('NONE');
    const group = world.log.menus[0]!.items.find((i) => i.kind === 'submenu' && i.caption === caption);
    expect(group?.kind === 'submenu' && group.items.map((i) => (i.kind === 'item' ? i[by] : '—'))).toEqual(items);
  });

  it('every menu item calls a top-level function of the bundle', () => {
    const { world, addon } = addonWorld();
    world.run.open('NONE');
    const walk = (items: MenuEntry[]): void =>
      items.forEach((i) => {
        if (i.kind === 'item') expect(typeof addon[i.functionName]).toBe('function');
        if (i.kind === 'submenu') walk(i.items);
      });
    walk(world.log.menus[0]!.items);
  });

  it.each(['NONE', 'LIMITED'] as const)('onOpen in AuthMode.%s builds the same menu and touches no sheet and no properties', (mode) => {
    const { world } = addonWorld();
    world.calls.reset();
    world.run.open(mode);
    expect(world.executions.at(-1)).toMatchObject({ kind: 'onOpen', authMode: mode, outcome: 'ok' });
    expect(world.log.menus[0]!.items).toHaveLength(9);
    const touched = Object.keys(world.calls.snapshot());
    expect(touched.filter((k) => !k.startsWith('Ui.') && !k.startsWith('Menu.') && k !== 'SpreadsheetApp.getUi')).toEqual([]);
    expect(world.calls.service([...SHEETS_CLASSES].filter((c) => c !== 'SpreadsheetApp'))).toBe(0);
  });

  it('onInstall builds the same menu', () => {
    const { world } = addonWorld();
    world.run.install();
    expect(world.log.menus[0]!.items).toHaveLength(9);
  });

  it('«Открыть панель» shows the sidebar titled «Наставничество»', () => {
    const { world, addon } = addonWorld();
    addon.openSidebar();
    expect(world.log.shown).toEqual([expect.objectContaining({ kind: 'sidebar', title: 'Наставничество' })]);
    expect(world.log.shown[0]!.html).toContain('Подготовить таблицу');
  });
});
