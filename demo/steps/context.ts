import type { World } from '../../emulator';
import type { Addon } from '../../tests/support/addon';
import type { DemoSchool } from '../school';

/** What every demo step gets: the emulated world, the loaded add-on, its spreadsheet, the school. */
export interface DemoContext {
  world: World;
  addon: Addon;
  book: GoogleAppsScript.Spreadsheet.Spreadsheet;
  school: DemoSchool;
}
