import type { World } from '../../emulator';
import type { Addon } from '../../tests/support/addon';
import type { DemoSchool } from '../school';

/**
 * What every demo step gets: the emulated world, the loaded add-on — `addon` calls its functions as
 * menu items, `sidebar` as the sidebar's calls, `world.run` fires its triggers — its spreadsheet, the school.
 */
export interface DemoContext {
  world: World;
  addon: Addon;
  sidebar: Addon;
  book: GoogleAppsScript.Spreadsheet.Spreadsheet;
  school: DemoSchool;
}
