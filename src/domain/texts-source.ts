/**
 * What Texts.html holds (texts.ts): evaluated by the build (scripts/build.mjs) and by tests, never
 * imported by the server — the build fails if Code.js takes in this file or the texts it imports.
 */
import { ALL_KINDS, type DocKind } from './orders/kinds';
import type { Block } from './orders/model';
import { defaultTemplate } from './orders/templates';
import { TEMPLATE } from './roadmap/template';
import type { Texts } from './texts';

export function textsSource(): Texts {
  return {
    documents: Object.fromEntries(ALL_KINDS.map((k) => [k, defaultTemplate(k)])) as Record<DocKind, Block[]>,
    roadmap: TEMPLATE,
  };
}

/**
 * The content of Texts.html: the texts as JSON, with `<`, `>` and `&` written as JSON escapes, so the
 * file holds no markup for HtmlService to read as HTML, only text it returns as it is.
 */
export function textsFileContent(texts: Texts = textsSource()): string {
  return JSON.stringify(texts).replace(/[<>&]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
