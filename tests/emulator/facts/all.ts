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
import typedValues from './typed-values.facts';
import serviceErrors from './service-errors.facts';
import docsIssue14 from './docs-issue14.facts';
import formsIssue14 from './forms-issue14.facts';

export const FACTS: readonly FactSet[] = [spreadsheet, sheet, range, values, typedValues, formulas, merges, validation, protection, conditionalFormat,
  properties, services, serviceErrors, utilities, html, triggers, docs, docsIssue14, forms, formsIssue14];
