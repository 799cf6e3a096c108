import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createWorld, type WorldOptions } from '../../emulator';
import type * as Entry from '../../src/server/index';

export const BUILD = join(__dirname, '../../build');
export const CODE = join(BUILD, 'Code.js');
/** The scopes the built add-on asks for: the emulator refuses what they do not allow. */
export const SCOPES: string[] = JSON.parse(readFileSync(join(__dirname, '../../appsscript.json'), 'utf8')).oauthScopes;

/** The bundle's top-level functions, named as src/server/index.ts exports them. */
export type Addon = Record<keyof typeof Entry, (...args: any[]) => any> & Record<string, unknown>;

/** A fresh emulated Sheet with the built add-on loaded, as Apps Script would run it. */
export function addonWorld(options: WorldOptions = {}) {
  const world = createWorld({ htmlDir: BUILD, now: '2025-09-15T10:00:00+03:00', scopes: SCOPES, ...options });
  const addon = world.load(CODE) as Addon;
  return { world, addon, book: world.spreadsheet };
}

/** The values of a sheet, or null when it is missing. */
export const sheetValues = (book: GoogleAppsScript.Spreadsheet.Spreadsheet, name: string) =>
  book.getSheetByName(name)?.getDataRange().getValues() ?? null;
