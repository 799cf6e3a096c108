/**
 * Every facts file, in the order a run reports them. The jest suite (tests/emulator/facts.test.ts)
 * and the parity project (`npm run parity`) both run this list: add a new facts file here.
 */
import type { FactSet } from './kit';
import range from './range.facts';

export const FACTS: readonly FactSet[] = [range];
