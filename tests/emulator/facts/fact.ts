/**
 * A fact of Apps Script behaviour, written once to run both in the emulator (jest, facts.test.ts)
 * and on a real account (the parity kit): `run` uses only Apps Script globals and no imports, so its
 * source can be sent into any script context; what it returns is compared with `expected` as JSON
 * (Dates compare as ISO strings).
 */
export interface Fact {
  /** What is true, e.g. 'Range.getValue: =SUM(A1:A3) reads the sum'. */
  name: string;
  /** Where the behaviour is documented or was seen: a reference page, an issue, a published log. */
  source: string;
  /** World options the fact needs (the parity kit sets the same up on the scratch spreadsheet). */
  world?: { locale?: string; user?: string; owner?: string; editors?: string[]; timeZone?: string };
  expected: unknown;
  /** Self-contained: Apps Script globals only. Return a message for facts about errors. */
  run: () => unknown;
}
