/**
 * Every facts file, in the order a run reports them. The jest suite (tests/emulator/facts.test.ts)
 * and the parity project (`npm run parity`) both run this list: add a new facts file here.
 */
import type { FactSet } from './kit';
import range from './range.facts';
import values from './values.facts';
import sheet from './sheet.facts';
import spreadsheet from './spreadsheet.facts';
import validation from './validation.facts';
import protection from './protection.facts';
import conditionalFormat from './conditional-format.facts';
import properties from './properties.facts';
import services from './services.facts';
import utilities from './utilities.facts';
import html from './html.facts';
import triggers from './triggers.facts';
import docs from './docs.facts';
import forms from './forms.facts';

export const FACTS: readonly FactSet[] = [spreadsheet, sheet, range, values, validation, protection, conditionalFormat, properties, services, utilities, html, triggers, docs, forms];
