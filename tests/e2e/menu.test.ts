import { addonWorld } from '../support/addon';
import { SHEETS_CLASSES } from '../../emulator/calls';
import type { MenuEntry } from '../../emulator/host';

describe('the «Наставничество» menu', () => {
  it('onOpen builds the add-on menu with the curator’s actions', () => {
    const { world, addon } = addonWorld();
    addon.onOpen({ authMode: 'NONE' });
    const menu = world.log.menus[0]!;
    expect(menu.addon).toBe(true);
    expect(menu.items.map((i) => (i.kind === 'item' ? i.caption : '—'))).toEqual(['Открыть панель', 'Подготовить таблицу', 'Проверить базы']);
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
    expect(world.log.menus[0]!.items).toHaveLength(3);
  });

  it('«Открыть панель» shows the sidebar titled «Наставничество»', () => {
    const { world, addon } = addonWorld();
    addon.openSidebar();
    expect(world.log.shown).toEqual([expect.objectContaining({ kind: 'sidebar', title: 'Наставничество' })]);
    expect(world.log.shown[0]!.html).toContain('Подготовить таблицу');
  });
});
