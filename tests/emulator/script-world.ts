/** A script loaded into a fresh world, as Apps Script runs it: in its own realm (node:vm), seeing only the globals. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createWorld, type WorldOptions } from '../../emulator';

export function scriptWorld(source: string, options: WorldOptions = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'world-'));
  writeFileSync(join(dir, 'Code.js'), source);
  writeFileSync(join(dir, 'Sidebar.html'), '<div id="app"></div>');
  const world = createWorld({ htmlDir: dir, ...options });
  const context = world.load(join(dir, 'Code.js'));
  return { world, context };
}

/** What `fn` threw: its name and message (fails when it did not throw). */
export function failure(fn: () => unknown): { name: string; message: string } {
  try {
    fn();
  } catch (e) {
    return { name: (e as Error).name, message: (e as Error).message };
  }
  throw new Error('expected a throw');
}
