import petrovich from 'petrovich';

/** Grammatical cases documents need: «назначить (кого?) …», «куратору (кому?) …», «(кем?) ответственной». */
export type Case = 'nominative' | 'genitive' | 'dative' | 'accusative' | 'instrumental' | 'prepositional';
export type Gender = 'male' | 'female' | 'androgynous';

/** ФИО split into its parts; a Turkic patronymic keeps its «оглы»/«кызы» («Рустам оглы»). */
export interface NameParts {
  last: string;
  first: string;
  middle: string;
}

const TURKIC_MALE = /\s(оглы|улы|уулу)$/i;
const TURKIC_FEMALE = /\s(кызы|гызы)$/i;
const isTurkic = (middle: string) => TURKIC_MALE.test(' ' + middle) || TURKIC_FEMALE.test(' ' + middle);

export function splitName(fullName: string): NameParts {
  const words = fullName.trim().split(/\s+/).filter(Boolean);
  const [last = '', first = '', ...rest] = words;
  return { last, first, middle: rest.join(' ') };
}

/** Male first names that end like female ones («Илья», «Никита»): the first-name fallback must not misread them. */
const MALE_IN_A = new Set(['илья', 'никита', 'кузьма', 'фома', 'лука', 'савва', 'данила', 'гаврила', 'фока', 'иона', 'сила', 'мина', 'саша', 'женя', 'валя']);
/** Female first names in a consonant or soft sign that the ending rule would call male. */
const FEMALE_OTHER = new Set(['любовь', 'нинель', 'айгуль', 'айгюль', 'гуль', 'асель', 'адель', 'рахиль', 'эстер', 'мавиле', 'гульнара']);

function genderOfFirst(first: string): Gender {
  const f = first.toLowerCase().replace(/ё/g, 'е');
  if (!f) return 'androgynous';
  if (FEMALE_OTHER.has(f)) return 'female';
  if (MALE_IN_A.has(f)) return f === 'саша' || f === 'женя' || f === 'валя' ? 'androgynous' : 'male';
  if (/[ая]$/.test(f)) return 'female';
  if (/[бвгджзклмнпрстфхцчшщй]$/.test(f)) return 'male';
  return 'androgynous';
}

/**
 * Gender from the patronymic (-ич / -на, оглы / кызы); without one, from the surname's ending
 * (-ова, -ёва, -ина, -ская are female), then from the first name («Ли Ольга»); otherwise unknown.
 */
export function genderOf(p: NameParts): Gender {
  if (TURKIC_MALE.test(' ' + p.middle)) return 'male';
  if (TURKIC_FEMALE.test(' ' + p.middle)) return 'female';
  if (p.middle) {
    const g = petrovich.detect_gender(p.middle);
    if (g !== 'androgynous') return g;
  }
  const last = p.last.split('-')[0] ?? '';
  if (/(ова|ева|ёва|ина|ына|ская|цкая)$/i.test(last)) return 'female';
  if (/(ов|ев|ёв|ин|ын|ский|цкий)$/i.test(last)) return 'male';
  return genderOfFirst(p.first);
}

export const genderOfName = (fullName: string): Gender => genderOf(splitName(fullName));

/**
 * petrovich's surname rules know «-ева» but not «-ёва» («Соловьёвой» came out «Соловьёве»), so a
 * surname is declined with «ё» folded to «е» and the «ё» put back where it stood: the stem before
 * the ending does not change length. Each part of a double surname is restored on its own.
 */
function declineSurname(last: string, gender: Gender, gcase: Case): string {
  const folded = last.replace(/ё/g, 'е').replace(/Ё/g, 'Е');
  const out = petrovich({ gender, last: folded }, gcase as never).last as string;
  if (folded === last) return out;
  const from = last.split('-');
  return out.split('-').map((part, i) => {
    const orig = from[i] ?? '';
    return [...part].map((ch, k) => (orig[k] === 'ё' && ch === 'е' ? 'ё' : orig[k] === 'Ё' && ch === 'Е' ? 'Ё' : ch)).join('');
  }).join('-');
}

/**
 * ФИО in a case, by petrovich's rules (not hand-written endings): «Иванова Мария Петровна» →
 * accusative «Иванову Марию Петровну». A Turkic patronymic is not declined, only the name and surname.
 */
export function declineName(fullName: string, gcase: Case): string {
  const parts = splitName(fullName);
  if (!parts.last || gcase === 'nominative') return fullName.trim().replace(/\s+/g, ' ');
  const gender = genderOf(parts);
  const turkic = isTurkic(parts.middle);
  const rest = parts.first || (parts.middle && !turkic)
    ? petrovich({ gender, ...(parts.first ? { first: parts.first } : {}), ...(parts.middle && !turkic ? { middle: parts.middle } : {}) } as never, gcase as never)
    : {};
  const r = rest as { first?: string; middle?: string };
  return [declineSurname(parts.last, gender, gcase), r.first, turkic ? parts.middle : r.middle].filter(Boolean).join(' ');
}

/** The word for a person's gender: `byGender(g, 'обучающийся', 'обучающаяся')`. Unknown gender takes the male form. */
export const byGender = (g: Gender, male: string, female: string): string => (g === 'female' ? female : male);

// --- Positions («учитель физики», «заместитель директора по УВР») -------------------------------

type Ending = Partial<Record<Case, string>>;
/** Endings of the head words of a position, by the word's ending (longest match first). */
const ADJECTIVE: [RegExp, Ending][] = [
  [/([гкх])ий$/i, { genitive: '$1ого', dative: '$1ому', accusative: '$1ого', instrumental: '$1им', prepositional: '$1ом' }],
  [/([жшчщ])ий$/i, { genitive: '$1его', dative: '$1ему', accusative: '$1его', instrumental: '$1им', prepositional: '$1ем' }],
  [/ий$/i, { genitive: 'его', dative: 'ему', accusative: 'его', instrumental: 'им', prepositional: 'ем' }],
  [/ый$/i, { genitive: 'ого', dative: 'ому', accusative: 'ого', instrumental: 'ым', prepositional: 'ом' }],
  [/ой$/i, { genitive: 'ого', dative: 'ому', accusative: 'ого', instrumental: 'ым', prepositional: 'ом' }],
  [/([жшчщ])ая$/i, { genitive: '$1ей', dative: '$1ей', accusative: '$1ую', instrumental: '$1ей', prepositional: '$1ей' }],
  [/ая$/i, { genitive: 'ой', dative: 'ой', accusative: 'ую', instrumental: 'ой', prepositional: 'ой' }],
  [/яя$/i, { genitive: 'ей', dative: 'ей', accusative: 'юю', instrumental: 'ей', prepositional: 'ей' }],
];
const NOUN: [RegExp, Ending][] = [
  [/ь$/i, { genitive: 'я', dative: 'ю', accusative: 'я', instrumental: 'ем', prepositional: 'е' }],
  [/й$/i, { genitive: 'я', dative: 'ю', accusative: 'я', instrumental: 'ем', prepositional: 'е' }],
  [/([гкхжшчщ])а$/i, { genitive: '$1и', dative: '$1е', accusative: '$1у', instrumental: '$1ой', prepositional: '$1е' }],
  [/а$/i, { genitive: 'ы', dative: 'е', accusative: 'у', instrumental: 'ой', prepositional: 'е' }],
  [/ц$/i, { genitive: 'ца', dative: 'цу', accusative: 'ца', instrumental: 'цем', prepositional: 'це' }],
  [/([бвгджзклмнпрстфхчшщ])$/i, { genitive: '$1а', dative: '$1у', accusative: '$1а', instrumental: '$1ом', prepositional: '$1е' }],
];
/** Words that end the declined head: what follows is already in its own case («директора по УВР»). */
const UNDECLINED = /^(по|и|с|в|на|для|при|из|от|[A-ZА-ЯЁ]{2,}|\d.*)$/;

function declineWord(word: string, table: [RegExp, Ending][], gcase: Case): string | null {
  for (const [re, endings] of table) {
    if (re.test(word)) return word.replace(re, endings[gcase] ?? '');
  }
  return null;
}

const isAdjective = (w: string) => ADJECTIVE.some(([re]) => re.test(w));
/** Adjectives used as nouns: the head of the position ends with them («заведующий библиотекой»). */
const ADJECTIVAL_NOUN = /^(заведующ|вожат|дежурн|управляющ|исполняющ|ответственн)/i;

/**
 * A position in a case: the leading adjectives and the first noun are declined, the rest stays
 * («заместитель директора по УВР» → «заместителя директора по УВР», «старшая вожатая» → «старшей
 * вожатой», «педагог-психолог» → «педагога-психолога»). Adjectival nouns («заведующий …») decline
 * as adjectives. An abbreviation, a word after «по», and anything unknown stay as written.
 */
export function declinePosition(position: string, gcase: Case): string {
  const text = position.trim().replace(/\s+/g, ' ');
  if (!text || gcase === 'nominative') return text;
  const words = text.split(' ');
  const out: string[] = [];
  let i = 0;
  for (; i < words.length; i++) {
    const w = words[i]!;
    if (UNDECLINED.test(w)) break;
    // «и.о. директора»: the rest is already in the genitive.
    if (/^(и\.\s?о\.|врио)$/i.test(w)) { out.push(w); i++; break; }
    const next = words[i + 1];
    // An adjective agrees with the noun after it; an adjectival noun («заведующий») is the head itself.
    if (isAdjective(w) && !/-/.test(w)) {
      out.push(declineWord(w, ADJECTIVE, gcase)!);
      if (ADJECTIVAL_NOUN.test(w) || !next || UNDECLINED.test(next) || !/^[а-яё-]+$/i.test(next)) { i++; break; }
      continue;
    }
    const noun = w.split('-').map((part) => declineWord(part, NOUN, gcase) ?? part).join('-');
    out.push(noun);
    i++;
    break;
  }
  return [...out, ...words.slice(i)].join(' ');
}

/** «Соловьёвой Виктории Константиновне, заместителю директора по УВР»: a person with the position, both in one case. */
export function nameWithPosition(fullName: string, position: string, gcase: Case): string {
  const name = declineName(fullName, gcase);
  const pos = declinePosition(position, gcase);
  return pos ? `${name}, ${pos}` : name;
}

/** «Газиева Мавиле Рефатовна» → «М.Р. Газиева» (signature line, ГОСТ Р 7.0.97: initials first). */
export function initialsFirst(fullName: string): string {
  const p = splitName(fullName);
  return [initials(p), p.last].filter(Boolean).join(' ');
}

/** «Газиева Мавиле Рефатовна» → «Газиева М.Р.» (lists of people). */
export function surnameInitials(fullName: string): string {
  const p = splitName(fullName);
  return [p.last, initials(p)].filter(Boolean).join(' ');
}

function initials(p: NameParts): string {
  const middle = isTurkic(p.middle) ? '' : p.middle;
  return [p.first, middle].filter(Boolean).map((w) => `${w[0]!.toUpperCase()}.`).join('');
}

/** «Мария Петровна»: how a letter addresses a person. */
export const firstAndMiddle = (fullName: string): string => {
  const p = splitName(fullName);
  return [p.first, p.middle].filter(Boolean).join(' ');
};
