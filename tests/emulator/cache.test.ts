import { createCacheService } from '../../emulator/cache';
import { testHost } from './service-host';

function setup() {
  const host = testHost();
  return { host, ...createCacheService(host) };
}

/** What needs the world clock or the emulator's own counts; the rest is in facts/services.facts.ts. */
describe('Cache', () => {
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
