/**
 * The long texts only a few executions need: the default wording of every document (the orders, the
 * Положение, the programme, letters, plans, agreements…) and the rows of the roadmap template. Every
 * execution — each form answer, menu click, sidebar call — loads the whole of Code.js, so these are
 * not in it: the build evaluates `textsFileContent()` (texts-source.ts) and writes the result to
 * Texts.html beside Code.js, an HTML file of the Apps Script project that no execution loads unless it
 * asks for it; the server reads it only when it makes a template Doc or a roadmap (server/docs/texts.ts).
 * This file holds what both sides agree on and imports no text itself.
 */
import { ALL_KINDS, type DocKind } from './orders/kinds';
import type { Block } from './orders/model';
import type { TemplateRow } from './roadmap/template';

/** The project's HTML file holding the texts (Texts.html): HtmlService names a file without its extension. */
export const TEXTS_FILE = 'Texts';

export interface Texts {
  /** The blocks with `{{tags}}` a new template Doc of each kind is written from. */
  documents: Record<DocKind, Block[]>;
  /** The roadmap template's rows, in order. */
  roadmap: readonly TemplateRow[];
}

/**
 * The texts from the file's content; a file that is not the build's (missing a kind, not JSON) is a
 * deployment fault, named as such rather than failing later on an undefined.
 */
export function parseTexts(content: string): Texts {
  let texts: Partial<Texts> | null = null;
  try {
    texts = JSON.parse(content) as Partial<Texts>;
  } catch {
    // reported below
  }
  const missing = !texts || typeof texts !== 'object' ? ['documents', 'roadmap']
    : [...ALL_KINDS.filter((k) => !Array.isArray(texts!.documents?.[k]) || !texts!.documents[k].length).map((k) => `documents.${k}`),
      ...(Array.isArray(texts.roadmap) && texts.roadmap.length ? [] : ['roadmap'])];
  if (missing.length) throw new Error(`${TEXTS_FILE}.html is not the one the build wrote (${missing.join(', ')}): push the whole build/ folder again`);
  return texts as Texts;
}
