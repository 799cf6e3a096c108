import { createCacheService } from '../../emulator/cache';
import { testHost, thrown } from './service-host';

function setup() {
  const host = testHost();
  return { host, ...createCacheService(host) };
}

describe('Cache', () => {
  it('get returns what put stored, and null for a missing key', () => {
    const { service } = setup();
    const cache = service.getScriptCache();
    cache.put('k', 'v');
    expect(cache.get('k')).toBe('v');
    expect(cache.get('missing')).toBeNull();
  });

  it('a value expires after the default 600 seconds on the world clock', () => {
    const { host, service } = setup();
    const cache = service.getUserCache();
    cache.put('k', 'v');
    host.clock.advance(599_000);
    expect(cache.get('k')).toBe('v');
    host.clock.advance(1_000);
    expect(cache.get('k')).toBeNull();
  });

  it('an expiration over 21600 seconds is capped at 6 hours', () => {
    const { host, service } = setup();
    const cache = service.getScriptCache();
    cache.put('k', 'v', 100000);
    host.clock.advance(21600_000);
    expect(cache.get('k')).toBeNull();
  });

  it('putAll and getAll work on several keys; getAll omits missing ones', () => {
    const { service } = setup();
    const cache = service.getDocumentCache()!;
    cache.putAll({ a: '1', b: '2' }, 60);
    expect(cache.getAll(['a', 'b', 'c'])).toEqual({ a: '1', b: '2' });
  });

  it('remove and removeAll delete keys', () => {
    const { service } = setup();
    const cache = service.getScriptCache();
    cache.putAll({ a: '1', b: '2', c: '3' });
    cache.remove('a');
    cache.removeAll(['b']);
    expect(cache.getAll(['a', 'b', 'c'])).toEqual({ c: '3' });
  });

  it('scopes are separate stores; one scope is shared by every getter call', () => {
    const { service } = setup();
    service.getScriptCache().put('k', 'script');
    expect(service.getUserCache().get('k')).toBeNull();
    expect(service.getScriptCache().get('k')).toBe('script');
  });

  it('a value over 100 KB throws «Argument too large: value»', () => {
    const { service } = setup();
    const e = thrown(() => service.getScriptCache().put('k', 'x'.repeat(100 * 1024 + 1)));
    expect([e.name, e.message]).toEqual(['Exception', 'Argument too large: value']);
  });

  it('a key over 250 characters throws «Argument too large: key», on get as well', () => {
    const { service } = setup();
    const long = 'k'.repeat(251);
    expect(thrown(() => service.getScriptCache().put(long, 'v')).message).toBe('Argument too large: key');
    expect(thrown(() => service.getScriptCache().get(long)).message).toBe('Argument too large: key');
  });

  it('cache calls are counted', () => {
    const { host, service } = setup();
    const cache = service.getScriptCache();
    cache.put('a', '1');
    cache.get('a');
    expect(host.calls.count('Cache.')).toBe(2);
  });

  it('an unknown method throws «not emulated: Cache.foo»', () => {
    const { service } = setup();
    expect(() => (service.getScriptCache() as unknown as { foo(): void }).foo()).toThrow('not emulated: Cache.foo');
  });
});
