import { signatureError } from './args';
import { AppsScriptException } from './errors';
import { serviceError } from './messages';
import type { Host } from './host';
import { strict } from './strict';

/** Quotas for Google Services (developers.google.com/apps-script/guides/services/quotas): 9 KB per value, 500 KB per property store. */
const MAX_VALUE_BYTES = 9 * 1024;
const MAX_STORE_BYTES = 500 * 1024;
/**
 * Keys: no documented limit; the largest key accepted live was 8,066 bytes (tanaikech, «Report:
 * Specification of Properties Service for Google Apps Script», 22 May 2023).
 */
const MAX_KEY_BYTES = 8066;
/** Quotas page: «Properties read/write» 50,000 / day for consumer accounts, 500,000 for Google Workspace. */
export const DAILY_PROPERTY_CALLS = { consumer: 50_000, workspace: 500_000 };
const DAY_MS = 24 * 60 * 60 * 1000;

/** One user's daily count of property reads and writes; «quotas reset 24 hours after the first request». */
export interface PropertyQuota {
  limit: number;
  used: number;
  since: number | null;
}

export interface PropertyStores {
  document: Map<string, string>;
  script: Map<string, string>;
  user: Map<string, string>;
}

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

/** Properties — reference: properties/properties. A view over one plain Map. */
class FakeProperties implements GoogleAppsScript.Properties.Properties {
  #host: Host;
  #store: Map<string, string>;
  #quota: PropertyQuota;
  #self!: GoogleAppsScript.Properties.Properties;

  private constructor(host: Host, store: Map<string, string>, quota: PropertyQuota) {
    this.#host = host;
    this.#store = store;
    this.#quota = quota;
  }

  static create(host: Host, store: Map<string, string>, quota: PropertyQuota): GoogleAppsScript.Properties.Properties {
    const real = new FakeProperties(host, store, quota);
    real.#self = strict(real, 'Properties') as unknown as GoogleAppsScript.Properties.Properties;
    return real.#self;
  }

  /** Counts the call against the daily read/write quota, then in the world's call counter. */
  #hit(method: string): void {
    const q = this.#quota;
    const now = this.#host.clock.millis();
    if (q.since === null || now - q.since >= DAY_MS) { q.since = now; q.used = 0; }
    if (q.used >= q.limit) throw serviceError(this.#host, 'quota', 'properties');
    q.used++;
    this.#host.calls.hit(`Properties.${method}`);
  }

  getProperty(key: string): string | null {
    this.#hit('getProperty');
    return this.#store.get(checkKey(key, 'Properties.getProperty')) ?? null;
  }
  setProperty(key: string, value: string) {
    this.#hit('setProperty');
    this.#write({ [checkKey(key, 'Properties.setProperty')]: value }, false, 'Properties.setProperty');
    return this.#self;
  }
  setProperties(properties: Record<string, string>, deleteAllOthers = false) {
    this.#hit('setProperties');
    if (typeof properties !== 'object' || properties === null) {
      throw signatureError('Properties.setProperties', [properties]);
    }
    this.#write(properties, Boolean(deleteAllOthers), 'Properties.setProperties');
    return this.#self;
  }
  getProperties(): Record<string, string> {
    this.#hit('getProperties');
    return Object.fromEntries(this.#store);
  }
  getKeys(): string[] {
    this.#hit('getKeys');
    return [...this.#store.keys()];
  }
  deleteProperty(key: string) {
    this.#hit('deleteProperty');
    this.#store.delete(checkKey(key, 'Properties.deleteProperty'));
    return this.#self;
  }
  deleteAllProperties() {
    this.#hit('deleteAllProperties');
    this.#store.clear();
    return this.#self;
  }

  /** All or nothing: the quota is checked on the store as it would be after the write. */
  #write(entries: Record<string, unknown>, deleteAllOthers: boolean, method: string): void {
    const next = new Map(deleteAllOthers ? [] : this.#store);
    for (const [key, raw] of Object.entries(entries)) {
      if (raw === null || raw === undefined) throw signatureError(method, [key, raw]);
      if (bytes(key) > MAX_KEY_BYTES) throw new AppsScriptException('Argument too large: key');
      // Properties service guide: "Data types that are not already strings are automatically converted to strings".
      const value = String(raw);
      if (bytes(value) > MAX_VALUE_BYTES) throw new AppsScriptException('Argument too large: value');
      next.set(key, value);
    }
    let total = 0;
    for (const [k, v] of next) total += bytes(k) + bytes(v);
    if (total > MAX_STORE_BYTES) {
      throw new AppsScriptException(
        'You have exceeded the property storage quota. Please remove some properties and try again.',
      );
    }
    this.#store.clear();
    for (const [k, v] of next) this.#store.set(k, v);
  }
}

function checkKey(key: unknown, method: string): string {
  if (typeof key !== 'string') throw signatureError(method, [key]);
  if (key === '') throw new AppsScriptException('Invalid argument: key');
  return key;
}

/** PropertiesService — reference: properties/properties-service. `stores` is the plain data behind it. */
export function createPropertiesService(host: Host, account: 'consumer' | 'workspace' = 'consumer'): {
  service: GoogleAppsScript.Properties.PropertiesService;
  stores: PropertyStores;
  quota: PropertyQuota;
} {
  const stores: PropertyStores = { document: new Map(), script: new Map(), user: new Map() };
  const quota: PropertyQuota = { limit: DAILY_PROPERTY_CALLS[account], used: 0, since: null };
  const getter = (name: string, store: Map<string, string>) => () => {
    host.calls.hit(`PropertiesService.${name}`);
    return FakeProperties.create(host, store, quota);
  };
  const service = {
    getDocumentProperties: getter('getDocumentProperties', stores.document),
    getScriptProperties: getter('getScriptProperties', stores.script),
    getUserProperties: getter('getUserProperties', stores.user),
  };
  return {
    service: strict(service, 'PropertiesService') as unknown as GoogleAppsScript.Properties.PropertiesService,
    stores,
    quota,
  };
}
