import { signatureError } from './args';
import { AppsScriptException } from './errors';
import type { Host } from './host';
import { strict } from './strict';

/** Quotas for Google Services: 9 KB per value, 500 KB per property store (keys and values, UTF-8). */
const MAX_VALUE_BYTES = 9 * 1024;
const MAX_STORE_BYTES = 500 * 1024;

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
  #self!: GoogleAppsScript.Properties.Properties;

  private constructor(host: Host, store: Map<string, string>) {
    this.#host = host;
    this.#store = store;
  }

  static create(host: Host, store: Map<string, string>): GoogleAppsScript.Properties.Properties {
    const real = new FakeProperties(host, store);
    real.#self = strict(real, 'Properties') as unknown as GoogleAppsScript.Properties.Properties;
    return real.#self;
  }

  getProperty(key: string): string | null {
    this.#host.calls.hit('Properties.getProperty');
    return this.#store.get(checkKey(key, 'Properties.getProperty')) ?? null;
  }
  setProperty(key: string, value: string) {
    this.#host.calls.hit('Properties.setProperty');
    this.#write({ [checkKey(key, 'Properties.setProperty')]: value }, false, 'Properties.setProperty');
    return this.#self;
  }
  setProperties(properties: Record<string, string>, deleteAllOthers = false) {
    this.#host.calls.hit('Properties.setProperties');
    if (typeof properties !== 'object' || properties === null) {
      throw signatureError('Properties.setProperties', [properties]);
    }
    this.#write(properties, Boolean(deleteAllOthers), 'Properties.setProperties');
    return this.#self;
  }
  getProperties(): Record<string, string> {
    this.#host.calls.hit('Properties.getProperties');
    return Object.fromEntries(this.#store);
  }
  getKeys(): string[] {
    this.#host.calls.hit('Properties.getKeys');
    return [...this.#store.keys()];
  }
  deleteProperty(key: string) {
    this.#host.calls.hit('Properties.deleteProperty');
    this.#store.delete(checkKey(key, 'Properties.deleteProperty'));
    return this.#self;
  }
  deleteAllProperties() {
    this.#host.calls.hit('Properties.deleteAllProperties');
    this.#store.clear();
    return this.#self;
  }

  /** All or nothing: the quota is checked on the store as it would be after the write. */
  #write(entries: Record<string, unknown>, deleteAllOthers: boolean, method: string): void {
    const next = new Map(deleteAllOthers ? [] : this.#store);
    for (const [key, raw] of Object.entries(entries)) {
      if (raw === null || raw === undefined) throw signatureError(method, [key, raw]);
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
export function createPropertiesService(host: Host): {
  service: GoogleAppsScript.Properties.PropertiesService;
  stores: PropertyStores;
} {
  const stores: PropertyStores = { document: new Map(), script: new Map(), user: new Map() };
  const getter = (name: string, store: Map<string, string>) => () => {
    host.calls.hit(`PropertiesService.${name}`);
    return FakeProperties.create(host, store);
  };
  const service = {
    getDocumentProperties: getter('getDocumentProperties', stores.document),
    getScriptProperties: getter('getScriptProperties', stores.script),
    getUserProperties: getter('getUserProperties', stores.user),
  };
  return {
    service: strict(service, 'PropertiesService') as unknown as GoogleAppsScript.Properties.PropertiesService,
    stores,
  };
}
