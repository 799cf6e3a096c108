import { signatureError } from './args';
import { AppsScriptException } from './errors';
import type { Host } from './host';
import { strict } from './strict';

/** Limits from the Cache reference (cache/cache#put): key ≤ 250 chars, value ≤ 100 KB, 1 s … 6 h. */
const MAX_KEY = 250;
const MAX_VALUE_BYTES = 100 * 1024;
const DEFAULT_SECONDS = 600;
const MAX_SECONDS = 21600;

export interface Entry {
  value: string;
  expires: number;
}

/** Cache — reference: cache/cache. Expiry is measured on the world clock. */
class FakeCache implements GoogleAppsScript.Cache.Cache {
  #host: Host;
  #entries: Map<string, Entry>;

  constructor(host: Host, entries: Map<string, Entry>) {
    this.#host = host;
    this.#entries = entries;
  }

  get(key: string): string | null {
    this.#host.calls.hit('Cache.get');
    return this.#read(checkKey(key, 'Cache.get'));
  }
  getAll(keys: string[]): Record<string, string> {
    this.#host.calls.hit('Cache.getAll');
    if (!Array.isArray(keys)) throw signatureError('Cache.getAll', [keys]);
    const out: Record<string, string> = {};
    for (const k of keys) {
      const v = this.#read(checkKey(k, 'Cache.getAll'));
      if (v !== null) out[k] = v;
    }
    return out;
  }
  put(key: string, value: string, expirationInSeconds: number = DEFAULT_SECONDS): void {
    this.#host.calls.hit('Cache.put');
    this.#write({ [checkKey(key, 'Cache.put')]: value }, expirationInSeconds, 'Cache.put');
  }
  putAll(values: Record<string, unknown>, expirationInSeconds: number = DEFAULT_SECONDS): void {
    this.#host.calls.hit('Cache.putAll');
    if (typeof values !== 'object' || values === null) throw signatureError('Cache.putAll', [values]);
    for (const k of Object.keys(values)) checkKey(k, 'Cache.putAll');
    this.#write(values, expirationInSeconds, 'Cache.putAll');
  }
  remove(key: string): void {
    this.#host.calls.hit('Cache.remove');
    this.#entries.delete(checkKey(key, 'Cache.remove'));
  }
  removeAll(keys: string[]): void {
    this.#host.calls.hit('Cache.removeAll');
    if (!Array.isArray(keys)) throw signatureError('Cache.removeAll', [keys]);
    for (const k of keys) this.#entries.delete(checkKey(k, 'Cache.removeAll'));
  }

  #read(key: string): string | null {
    const e = this.#entries.get(key);
    if (!e) return null;
    if (e.expires <= this.#host.clock.millis()) {
      this.#entries.delete(key);
      return null;
    }
    return e.value;
  }

  #write(values: Record<string, unknown>, seconds: unknown, method: string): void {
    if (typeof seconds !== 'number' || !Number.isFinite(seconds)) throw signatureError(method, [values, seconds]);
    // The reference documents 1…21600 s but no error outside it; we clamp (unverified against real Apps Script).
    const ttl = Math.min(Math.max(Math.trunc(seconds), 1), MAX_SECONDS);
    const expires = this.#host.clock.millis() + ttl * 1000;
    const checked: [string, string][] = [];
    for (const [k, raw] of Object.entries(values)) {
      if (raw === null || raw === undefined) throw signatureError(method, [k, raw]);
      const value = String(raw);
      if (Buffer.byteLength(value, 'utf8') > MAX_VALUE_BYTES) throw new AppsScriptException('Argument too large: value');
      checked.push([k, value]);
    }
    for (const [k, value] of checked) this.#entries.set(k, { value, expires });
  }
}

function checkKey(key: unknown, method: string): string {
  if (typeof key !== 'string') throw signatureError(method, [key]);
  if (key.length > MAX_KEY) throw new AppsScriptException('Argument too large: key');
  return key;
}

/** CacheService — reference: cache/cache-service. */
export function createCacheService(host: Host): { service: GoogleAppsScript.Cache.CacheService; stores: Record<'document' | 'script' | 'user', Map<string, Entry>> } {
  const stores = { document: new Map<string, Entry>(), script: new Map<string, Entry>(), user: new Map<string, Entry>() };
  const getter = (name: string, entries: Map<string, Entry>) => () => {
    host.calls.hit(`CacheService.${name}`);
    return strict(new FakeCache(host, entries), 'Cache') as unknown as GoogleAppsScript.Cache.Cache;
  };
  const service = {
    getDocumentCache: getter('getDocumentCache', stores.document),
    getScriptCache: getter('getScriptCache', stores.script),
    getUserCache: getter('getUserCache', stores.user),
  };
  return { service: strict(service, 'CacheService') as unknown as GoogleAppsScript.Cache.CacheService, stores };
}
