/** Runs every fact of tests/emulator/facts/ inside a fresh emulated script context, as a bundle would run. */
import { createWorld } from '../../emulator';
import type { Fact } from './facts/fact';
import { FORMULA_FACTS } from './facts/formulas';
import { SHEET_FACTS } from './facts/sheets';
import { VALUE_FACTS } from './facts/values';

const SUITES: Record<string, Fact[]> = {
  formulas: FORMULA_FACTS,
  values: VALUE_FACTS,
  sheets: SHEET_FACTS,
};

/** Runs one fact's source in a new context of a new world; returns what it returned, as JSON. */
export function observe(fact: Fact): unknown {
  const world = createWorld(fact.world ?? {});
  const context = world.run(`var fact = (${fact.run.toString()});`, fact.name);
  const result = context.fact();
  return result === undefined ? undefined : JSON.parse(JSON.stringify(result));
}

for (const [suite, facts] of Object.entries(SUITES)) {
  describe(`facts: ${suite}`, () => {
    for (const fact of facts) {
      it(`${fact.name} — ${fact.source}`, () => expect(observe(fact)).toEqual(fact.expected));
    }
  });
}
