/**
 * The locale syntax of formulas as Sheets reads them, translated to the en_US syntax the engine parses.
 *
 * Sources (formula separators by spreadsheet locale):
 * - Stack Overflow «locale differences in google sheets» (player0, 19 Sep 2022; mirrored at
 *   jtuto.com/locale-differences-in-google-sheets-documentation-missing-pages/): locales with a decimal
 *   comma (ru_RU among them) separate arguments with `;` and array columns with `\`; in the 28
 *   decimal-point locales Sheets autocorrects a typed `;` into `,`; a `,` is never autocorrected into `;`.
 * - github.com/mricon/ingress-fieldplan/issues/5 (2019): «Google now accepts semicolons in all locales».
 * - github.com/googleapis/google-api-nodejs-client/issues/1994: a formula written through the API with
 *   `,` separators into a Turkish-locale spreadsheet shows an error — the API reads the spreadsheet's
 *   locale syntax, so a `,` between arguments in ru_RU is a parse error (#ERROR!).
 */

/** Locales whose decimal separator is a comma (the same list values.ts uses for typed numbers). */
export const usesDecimalComma = (locale: string): boolean => !/^(en|ja|zh|ko|he|th)(_|$)/i.test(locale);

/** A formula text Sheets cannot parse: the cell shows #ERROR! («Formula parse error»). */
export class FormulaParseError extends Error {
  constructor(readonly formula: string, reason: string) {
    super(`formula parse error in ${formula}: ${reason}`);
  }
}

/**
 * What Sheets stores for a typed formula: in a decimal-point locale a `;` between arguments becomes
 * `,` (autocorrect); in a decimal-comma locale the text stays as typed.
 */
export function storedFormula(formula: string, locale: string): string {
  if (usesDecimalComma(locale)) return formula;
  return rewrite(formula, (ch, inBraces) => (ch === ';' && !inBraces ? ',' : ch));
}

/** The en_US form of a stored formula (without the leading '='), or a FormulaParseError. */
export function engineSyntax(formula: string, locale: string): string {
  const body = formula.replace(/^=/, '');
  if (!usesDecimalComma(locale)) return rewrite(body, (ch, inBraces) => (ch === ';' && !inBraces ? ',' : ch));
  return rewrite(body, (ch, inBraces, before, after) => {
    if (ch === ';') return inBraces ? ';' : ',';
    if (ch === '\\' && inBraces) return ',';
    if (ch === ',') {
      // A decimal comma: digits on both sides, and the digits before it start a number (not A1, not $B2).
      if (/(^|[^\w$.])\d+$/.test(before) && /^\d/.test(after)) return '.';
      throw new FormulaParseError(formula, 'a comma is not an argument separator in this locale');
    }
    return ch;
  });
}

/** Maps each character outside "strings" and 'sheet names'; knows whether it is inside {array braces}. */
function rewrite(text: string, map: (ch: string, inBraces: boolean, before: string, after: string) => string): string {
  let out = '';
  let braces = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '"' || ch === "'") {
      let j = i + 1;
      while (j < text.length && !(text[j] === ch && text[j + 1] !== ch)) j += text[j] === ch ? 2 : 1;
      out += text.slice(i, j + 1);
      i = j;
      continue;
    }
    if (ch === '{') braces++;
    if (ch === '}') braces = Math.max(0, braces - 1);
    out += map(ch, braces > 0, out, text.slice(i + 1));
  }
  return out;
}

/**
 * Names in non-Latin letters outside strings and sheet names: a localised function (СУММ, which Sheets
 * knows only with «Always use English function names» off) or a named range. The engine reads neither.
 */
export function foreignName(text: string): { name: string; call: boolean } | null {
  const bare = text.replace(/"(?:[^"]|"")*"|'(?:[^']|'')*'/g, '""');
  for (const m of bare.matchAll(/([^\p{ASCII}\s\d(),;:!&=<>+\-*/^%{}\\$"'][^\s(),;:!&=<>+\-*/^%{}\\"']*)\s*([(!])?/gu)) {
    if (m[2] !== '!') return { name: m[1]!, call: m[2] === '(' };
  }
  return null;
}
