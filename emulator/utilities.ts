import { createHash } from 'node:crypto';
import { enumOf, signatureError } from './args';
import { AppsScriptException, NotEmulated } from './errors';
import { formatDate } from './format-date';
import type { Host } from './host';
import { strict } from './strict';

type U = typeof GoogleAppsScript.Utilities;

const CHARSET = enumOf<U['Charset']>('US_ASCII', 'UTF_8');
const DIGEST = enumOf<U['DigestAlgorithm']>('MD2', 'MD5', 'SHA_1', 'SHA_256', 'SHA_384', 'SHA_512');
const NODE_DIGEST: Record<string, string> = {
  MD5: 'md5', SHA_1: 'sha1', SHA_256: 'sha256', SHA_384: 'sha384', SHA_512: 'sha512',
};
/** Utilities.sleep: "The maximum allowed value is 300000 (or 5 minutes)". */
const MAX_SLEEP = 300000;

/** Apps Script's Byte[] are Java bytes: signed, -128…127. */
const toSigned = (buf: Buffer): number[] => [...buf].map((b) => (b > 127 ? b - 256 : b));

function toBuffer(data: unknown, charset: unknown, method: string): Buffer {
  if (Array.isArray(data)) return Buffer.from(data.map((b) => Number(b) & 255));
  if (typeof data !== 'string') throw signatureError(method, [data]);
  if (charset !== undefined && charset !== 'UTF_8' && charset !== 'US_ASCII') throw signatureError(method, [data, charset]);
  return Buffer.from(data, charset === 'US_ASCII' ? 'latin1' : 'utf8');
}

function decode64(encoded: unknown, webSafe: boolean, method: string): number[] {
  if (typeof encoded !== 'string') throw signatureError(method, [encoded]);
  const clean = encoded.replace(/\s+/g, '');
  const alphabet = webSafe ? /^[A-Za-z0-9_-]*={0,2}$/ : /^[A-Za-z0-9+/]*={0,2}$/;
  if (!alphabet.test(clean)) throw new AppsScriptException('Could not decode string.');
  return toSigned(Buffer.from(clean, webSafe ? 'base64url' : 'base64'));
}

/**
 * Utilities.formatString — "sprintf-like string formatting": %s %d %i %f with flags, width and
 * precision (%05d, %-8s, %.2f) and %%.
 */
export function formatString(template: string, ...args: unknown[]): string {
  let next = 0;
  return template.replace(/%([-0+ ]*)(\d+)?(?:\.(\d+))?([sdif%])/g, (_whole: string, flags: string, width?: string,
    precision?: string, conv?: string) => {
    if (conv === '%') return '%';
    const arg = args[next++];
    let text: string;
    if (conv === 's') text = precision === undefined ? String(arg) : String(arg).slice(0, Number(precision));
    else {
      const n = Number(arg);
      if (conv === 'f') text = Number.isNaN(n) ? 'NaN' : n.toFixed(precision === undefined ? 6 : Number(precision));
      else text = Number.isNaN(n) ? 'NaN' : String(Math.trunc(n));
      if (flags.includes('+') && n >= 0) text = `+${text}`;
    }
    const w = Number(width ?? 0);
    if (text.length >= w) return text;
    if (flags.includes('-')) return text.padEnd(w);
    if (flags.includes('0') && conv !== 's') {
      const sign = /^[+-]/.test(text) ? text.charAt(0) : '';
      return sign + text.slice(sign.length).padStart(w - sign.length, '0');
    }
    return text.padStart(w);
  });
}

/** Utilities — reference: utilities/utilities. */
export function createUtilities(host: Host): GoogleAppsScript.Utilities.Utilities {
  let uuids = 0;
  const hit = (m: string) => host.calls.hit(`Utilities.${m}`);
  const utilities = {
    Charset: CHARSET,
    DigestAlgorithm: DIGEST,
    formatDate(date: unknown, timeZone: unknown, format: unknown): string {
      hit('formatDate');
      return formatDate(date, timeZone, format);
    },
    formatString(template: unknown, ...args: unknown[]): string {
      hit('formatString');
      if (typeof template !== 'string') throw signatureError('Utilities.formatString', [template, ...args]);
      return formatString(template, ...args);
    },
    /** Deterministic per world (a counter, hashed), yet a well-formed version 4 UUID. */
    getUuid(): string {
      hit('getUuid');
      const h = createHash('sha256').update(`uuid:${++uuids}`).digest('hex');
      const variant = ((parseInt(h[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
      return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
    },
    /** Advances the world clock instead of blocking. */
    sleep(milliseconds: unknown): void {
      hit('sleep');
      if (typeof milliseconds !== 'number' || !Number.isFinite(milliseconds)) {
        throw signatureError('Utilities.sleep', [milliseconds]);
      }
      if (milliseconds < 0 || milliseconds > MAX_SLEEP) throw new AppsScriptException('Invalid argument: milliseconds');
      host.clock.advance(Math.trunc(milliseconds));
    },
    base64Encode(data: unknown, charset?: unknown): string {
      hit('base64Encode');
      return toBuffer(data, charset, 'Utilities.base64Encode').toString('base64');
    },
    base64EncodeWebSafe(data: unknown, charset?: unknown): string {
      hit('base64EncodeWebSafe');
      // Apps Script keeps the '=' padding in its web-safe alphabet.
      const b64 = toBuffer(data, charset, 'Utilities.base64EncodeWebSafe').toString('base64');
      return b64.replace(/\+/g, '-').replace(/\//g, '_');
    },
    base64Decode(encoded: unknown): number[] {
      hit('base64Decode');
      return decode64(encoded, false, 'Utilities.base64Decode');
    },
    base64DecodeWebSafe(encoded: unknown): number[] {
      hit('base64DecodeWebSafe');
      return decode64(encoded, true, 'Utilities.base64DecodeWebSafe');
    },
    computeDigest(algorithm: unknown, value: unknown, charset?: unknown): number[] {
      hit('computeDigest');
      const name = NODE_DIGEST[String(algorithm)];
      if (algorithm === 'MD2') throw new NotEmulated('Utilities.computeDigest(MD2)');
      if (!name) throw signatureError('Utilities.computeDigest', [algorithm, value]);
      return toSigned(createHash(name).update(toBuffer(value, charset, 'Utilities.computeDigest')).digest());
    },
  };
  return strict(utilities, 'Utilities') as unknown as GoogleAppsScript.Utilities.Utilities;
}
