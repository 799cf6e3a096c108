/**
 * The emulator facts (tests/emulator/facts/*.facts.ts), each run on a fresh emulated Sheet with the
 * add-on's scopes. The same facts run on Google through `npm run parity`.
 */
import { createWorld } from '../../emulator';
import { SCOPES } from '../support/addon';
import { FACTS } from './facts/all';
import { runFact, type AppsScriptGlobals } from './facts/kit';

for (const set of FACTS) {
  describe(set.area, () => {
    for (const fact of set.facts) {
      it(fact.name, () => {
        // A plain script bound to the Sheet (as the parity project is), run as a menu item, today.
        const world = createWorld({ scopes: SCOPES, addonMode: false, now: new Date() });
        const result = world.execute('menu', () => runFact(fact, world.globals as unknown as AppsScriptGlobals));
        if (!result.pass) {
          throw new Error(`observed: ${result.observed}\nexpected: ${result.expected}\nsource: ${fact.source}`);
        }
      });
    }
  });
}
