// Only the Russian Snowball algorithm (7 KB; the whole snowball-stemmers package bundled 750 KB of
// every language). It is the Snowball project's own generated JavaScript, stem for stem the same.
import { stemmer as russianStem } from '@orama/stemmers/russian';

/**
 * Russian free text as comparable word stems: «Подтянуть математику» and «помогу с математикой»
 * share «математик». Stop words and very short words carry no meaning for matching.
 */
const STOP = new Set([
  'и', 'в', 'во', 'на', 'с', 'со', 'к', 'ко', 'по', 'для', 'от', 'до', 'из', 'о', 'об', 'у', 'за', 'при', 'не', 'ни',
  'а', 'но', 'или', 'что', 'как', 'это', 'его', 'ее', 'их', 'мне', 'меня', 'себя', 'свой', 'свои', 'своих', 'быть',
  'хочу', 'хочет', 'нужно', 'надо', 'очень', 'более', 'также', 'так', 'уже', 'еще', 'все', 'всех', 'том', 'чтобы',
  'помочь', 'помощь', 'помогу', 'может', 'могу', 'умею', 'работа', 'работы', 'работе', 'опыт', 'опыта',
]);

const cache = new Map<string, string>();

/** The stem of one lower-case word, memoised (the same words recur across hundreds of rows). */
export function stemWord(word: string): string {
  let s = cache.get(word);
  if (s === undefined) {
    s = /[а-я]/.test(word) ? russianStem(word) : word;
    cache.set(word, s);
  }
  return s;
}

/** The meaningful words of a text, lower case, «ё» as «е». */
export function words(text: string): string[] {
  return text.toLowerCase().replace(/ё/g, 'е').split(/[^a-zа-я0-9]+/).filter((w) => w.length >= 3 && !STOP.has(w));
}

/** Stem → the first word of the text that has it, so explanations can quote the curator's words. */
export function stems(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const w of words(text)) {
    const s = stemWord(w);
    if (s.length >= 3 && !out.has(s)) out.set(s, w);
  }
  return out;
}

/** Items of a list typed in one cell: «шахматы, футбол; театр» → normalised items. */
export function listItems(text: string): string[] {
  return text.toLowerCase().replace(/ё/g, 'е').split(/[,;\n]+/).map((s) => s.trim().replace(/\s+/g, ' ')).filter(Boolean);
}
