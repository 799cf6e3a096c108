import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createWorld, type World, type WorldOptions } from '../../emulator';
import type * as Entry from '../../src/server/index';

export const BUILD = join(__dirname, '../../build');
export const CODE = join(BUILD, 'Code.js');
/** The scopes the built add-on asks for: the emulator refuses what they do not allow. */
export const SCOPES: string[] = JSON.parse(readFileSync(join(__dirname, '../../appsscript.json'), 'utf8')).oauthScopes;

/** The bundle's top-level functions, named as src/server/index.ts exports them. */
export type Addon = Record<keyof typeof Entry, (...args: any[]) => any> & Record<string, unknown>;

/** The simple triggers are not menu items: the document opening or the add-on being installed runs them. */
const SIMPLE: Record<string, string> = { onOpen: 'world.run.open(authMode)', onInstall: 'world.run.install()' };

/**
 * The script's functions, each call one execution of `kind`: `menu` for what the curator chooses in the
 * menu, `sidebar` for the sidebar's google.script.run calls. Triggers fire through world.run.trigger.
 */
export function entryPoints(world: World, context: Record<string, unknown>, kind: 'menu' | 'sidebar'): Addon {
  const out: Record<string, unknown> = {};
  for (const name of Object.keys(context)) {
    const fn = Object.getOwnPropertyDescriptor(context, name)?.value;
    if (typeof fn !== 'function') continue; // the services are accessors of the context, not its functions
    out[name] = SIMPLE[name]
      ? () => { throw new Error(`${name} is a simple trigger, not a ${kind} call: use ${SIMPLE[name]}`); }
      : (...args: unknown[]) => world.run[kind](name, ...args);
  }
  return out as Addon;
}

/**
 * A fresh emulated Sheet with the built add-on loaded, as Apps Script would run it, in add-on mode
 * unless `addonMode: false`. `addon` calls the entry functions as menu items, `sidebar` as the
 * sidebar's google.script.run calls; `world.run` opens the document, installs, fires triggers.
 */
export function addonWorld(options: WorldOptions = {}) {
  const world = createWorld({ htmlDir: BUILD, now: '2025-09-15T10:00:00+03:00', scopes: SCOPES, ...options });
  const context = world.load(CODE);
  return { world, addon: entryPoints(world, context, 'menu'), sidebar: entryPoints(world, context, 'sidebar'), book: world.spreadsheet };
}

/** The values of a sheet, or null when it is missing. */
export const sheetValues = (book: GoogleAppsScript.Spreadsheet.Spreadsheet, name: string) =>
  book.getSheetByName(name)?.getDataRange().getValues() ?? null;
