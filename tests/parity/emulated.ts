/** The parity project run in the emulator, as a curator would on Google: open the Sheet, «Запустить» until done. */
import { join } from 'node:path';
import { createWorld, type WorldOptions } from '../../emulator';
import { SCOPES } from '../support/addon';
import type { ParityReport } from './report';

export const PARITY_DIR = join(__dirname, '../../build-parity');

/** Runs build-parity/Code.js (npm run parity -- --build-only) in a fresh emulated Sheet; returns its report and world. */
export function runParityInEmulator(options: WorldOptions = {}, maxRuns = 10) {
  // A plain script bound to the Sheet, with the add-on's scopes, today (facts about «this year» compare with Google's).
  const world = createWorld({ htmlDir: PARITY_DIR, scopes: SCOPES, addonMode: false, now: new Date(), ...options });
  world.load(join(PARITY_DIR, 'Code.js'));
  world.run.open('LIMITED');
  for (let runs = 1; runs <= maxRuns; runs++) {
    world.run.menu('runParity');
    const file = [...world.drive.files.values()].find((f) => f.name.startsWith('Сверка с Google') && f.content !== undefined);
    if (file) return { world, runs, file, report: JSON.parse(file.content!) as ParityReport };
  }
  throw new Error(`the parity run did not finish in ${maxRuns} runs: ${world.log.alerts.at(-1)?.prompt ?? ''}`);
}
