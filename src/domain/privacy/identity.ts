/**
 * Identity on public forms (issue 13): a personal link carries the participant's code and an
 * unguessable token. An answer that names a code without the matching token, or a name that is
 * not the record's (after normaliseName: case, ё/е, spaces, look-alike Latin letters), changes
 * nothing: it goes to «На проверку» for the curator.
 */
import { normaliseName } from '../text';
import type { Provenance } from './provenance';

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
export const TOKEN_LENGTH = 16;

/**
 * A token from a random UUID (Utilities.getUuid(): 122 random bits): 16 base-62 characters,
 * about 95 bits — not guessable, and unlike the code it says nothing about the order of entry.
 */
export function tokenOf(uuid: string): string {
  let n = BigInt(`0x${uuid.replace(/[^0-9a-f]/gi, '') || '0'}`);
  let out = '';
  while (out.length < TOKEN_LENGTH) {
    out += BASE62[Number(n % 62n)];
    n /= 62n;
  }
  return out;
}

export type IdentityProblem = 'noToken' | 'wrongToken' | 'nameMismatch' | 'unknownCode' | 'unlinkedMatch' | 'consentWithoutLink';

/** Two names are the same person's when they normalise the same. */
export const sameName = (a: string, b: string): boolean => normaliseName(a) === normaliseName(b);

/**
 * An answer that names a participant's code: the token must be the person's and a name, when the
 * form asks for one, must be theirs. null when the answer may change the record.
 */
export function checkIdentity(p: Provenance, recordName: string, answer: { token: string; name: string }): IdentityProblem | null {
  const token = answer.token.trim();
  if (!token) return 'noToken';
  if (!p.token || token !== p.token) return 'wrongToken';
  if (answer.name.trim() && !sameName(answer.name, recordName)) return 'nameMismatch';
  return null;
}
