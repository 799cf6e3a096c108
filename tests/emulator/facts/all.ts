/**
 * Every facts file, in the order a run reports them. The jest suite (tests/emulator/facts.test.ts)
 * and the parity project (`npm run parity`) both run this list: add a new facts file here.
 */
import type { FactSet } from './kit';
import docs from './docs.facts';
import forms from './forms.facts';
import formulas from './formulas.facts';
import merges from './merges.facts';
import range from './range.facts';
import services from './services.facts';
import values from './values.facts';

export const FACTS: readonly FactSet[] = [range, values, formulas, merges, forms, docs, services];
