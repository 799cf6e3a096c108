import petrovich from 'petrovich';

/** Grammatical cases an order needs: «назначить (кого?) …», «куратору (кому?) …». */
export type Case = 'nominative' | 'genitive' | 'dative' | 'accusative' | 'instrumental';
export type Gender = 'male' | 'female' | 'androgynous';

/** ФИО split into its parts; a Turkic patronymic keeps its «оглы»/«кызы» («Рустам оглы»). */
export interface NameParts {
  last: string;
  first: string;
  middle: string;
}

const TURKIC_MALE = /\s(оглы|улы|уулу)$/i;
const TURKIC_FEMALE = /\s(кызы|гызы)$/i;

export function splitName(fullName: string): NameParts {
  const words = fullName.trim().split(/\s+/).filter(Boolean);
  const [last = '', first = '', ...rest] = words;
  return { last, first, middle: rest.join(' ') };
}

/**
 * Gender from the patronymic (-ич / -на, оглы / кызы); without one, from the surname's ending
 * (-ова, -ева, -ина, -ская are female); otherwise unknown, and petrovich's neutral rules apply.
 */
export function genderOf(p: NameParts): Gender {
  if (TURKIC_MALE.test(' ' + p.middle)) return 'male';
  if (TURKIC_FEMALE.test(' ' + p.middle)) return 'female';
  if (p.middle) {
    const g = petrovich.detect_gender(p.middle);
    if (g !== 'androgynous') return g;
  }
  if (/(ова|ева|ёва|ина|ына|ская|цкая)$/i.test(p.last)) return 'female';
  if (/(ов|ев|ёв|ин|ын|ский|цкий)$/i.test(p.last)) return 'male';
  return 'androgynous';
}

/**
 * ФИО in a case, by petrovich's rules (not hand-written endings): «Иванова Мария Петровна» →
 * accusative «Иванову Марию Петровну». A Turkic patronymic is not declined, only the name and surname.
 */
export function declineName(fullName: string, gcase: Case): string {
  const parts = splitName(fullName);
  if (!parts.last || gcase === 'nominative') return fullName.trim().replace(/\s+/g, ' ');
  const gender = genderOf(parts);
  const turkic = TURKIC_MALE.test(' ' + parts.middle) || TURKIC_FEMALE.test(' ' + parts.middle);
  const person = { gender, last: parts.last, ...(parts.first ? { first: parts.first } : {}),
    ...(parts.middle && !turkic ? { middle: parts.middle } : {}) };
  const r = petrovich(person, gcase);
  return [r.last, r.first, turkic ? parts.middle : r.middle].filter(Boolean).join(' ');
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
  const middle = TURKIC_MALE.test(' ' + p.middle) || TURKIC_FEMALE.test(' ' + p.middle) ? '' : p.middle;
  return [p.first, middle].filter(Boolean).map((w) => `${w[0]!.toUpperCase()}.`).join('');
}

/** «Мария Петровна»: how a letter addresses a person. */
export const firstAndMiddle = (fullName: string): string => {
  const p = splitName(fullName);
  return [p.first, p.middle].filter(Boolean).join(' ');
};
