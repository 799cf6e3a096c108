import { createPropertiesService } from '../../emulator/properties';
import { testHost, thrown } from './service-host';

function setup() {
  const host = testHost();
  return { host, ...createPropertiesService(host) };
}

describe('Properties', () => {
  it('getProperty of a missing key is null', () => {
    const { service } = setup();
    expect(service.getDocumentProperties().getProperty('nope')).toBeNull();
  });

  it('setProperty stores into the plain store of its kind only', () => {
    const { service, stores } = setup();
    service.getDocumentProperties().setProperty('lastRun', '2025-09-01');
    expect(stores.document.get('lastRun')).toBe('2025-09-01');
    expect(stores.script.size + stores.user.size).toBe(0);
    expect(service.getDocumentProperties().getProperty('lastRun')).toBe('2025-09-01');
  });

  it('setProperty coerces a non-string value to a string', () => {
    const { service } = setup();
    const p = service.getScriptProperties().setProperty('n', 42 as unknown as string);
    expect(p.getProperty('n')).toBe('42');
  });

  it('setProperty with a null value throws', () => {
    const { service } = setup();
    expect(thrown(() => service.getUserProperties().setProperty('k', null as unknown as string)).name).toBe('Exception');
  });

  it('a value over 9 KB throws «Argument too large: value» and stores nothing', () => {
    const { service, stores } = setup();
    const e = thrown(() => service.getDocumentProperties().setProperty('big', 'я'.repeat(5000)));
    expect(e.message).toBe('Argument too large: value');
    expect(stores.document.has('big')).toBe(false);
  });

  it('a store over 500 KB in total throws the storage quota error', () => {
    const { service } = setup();
    const p = service.getDocumentProperties();
    for (let i = 0; i < 56; i++) p.setProperty(`k${i}`, 'x'.repeat(9000));
    const e = thrown(() => p.setProperty('k56', 'x'.repeat(9000)));
    expect(e.name).toBe('Exception');
    expect(e.message).toMatch(/exceeded the property storage quota/);
  });

  it('setProperties merges, or replaces everything with deleteAllOthers', () => {
    const { service } = setup();
    const p = service.getUserProperties().setProperties({ a: '1', b: '2' });
    p.setProperties({ c: '3' });
    expect(p.getKeys().sort()).toEqual(['a', 'b', 'c']);
    p.setProperties({ d: '4' }, true);
    expect(p.getProperties()).toEqual({ d: '4' });
  });

  it('deleteProperty and deleteAllProperties remove keys', () => {
    const { service, stores } = setup();
    const p = service.getScriptProperties().setProperties({ a: '1', b: '2' });
    p.deleteProperty('a');
    expect(p.getKeys()).toEqual(['b']);
    p.deleteAllProperties();
    expect(stores.script.size).toBe(0);
  });

  it('getProperties returns a copy, not the store', () => {
    const { service, stores } = setup();
    const p = service.getScriptProperties().setProperty('a', '1');
    p.getProperties()['a'] = 'changed';
    expect(stores.script.get('a')).toBe('1');
  });

  it('calls are counted per method', () => {
    const { host, service } = setup();
    const p = service.getDocumentProperties();
    p.setProperty('a', '1');
    p.getProperty('a');
    p.getProperty('b');
    expect(host.calls.count('Properties.getProperty')).toBe(2);
    expect(host.calls.count('PropertiesService.getDocumentProperties')).toBe(1);
  });

  it('an unknown method throws «not emulated: Properties.foo»', () => {
    const { service } = setup();
    expect(() => (service.getDocumentProperties() as unknown as { foo(): void }).foo())
      .toThrow('not emulated: Properties.foo');
  });
});

describe('Properties limits and the daily quota', () => {
  it('a key over 8,066 bytes is refused (largest key accepted live: tanaikech, 2023)', () => {
    const { service } = createPropertiesService(testHost());
    const props = service.getScriptProperties();
    props.setProperty('к'.repeat(4033), 'ok'); // 8,066 bytes in UTF-8
    expect(() => props.setProperty('k'.repeat(8067), 'x')).toThrow('Argument too large: key');
  });
  it('reads and writes past 50,000 a day throw in the account language; the count resets 24 hours after the first', () => {
    const host = testHost();
    const { service, quota } = createPropertiesService(host);
    const props = service.getDocumentProperties();
    quota.used = quota.limit - 1;
    quota.since = host.clock.millis();
    props.getProperty('a');
    expect(() => props.getProperty('a')).toThrow('Служба была вызвана слишком много раз за день: properties.');
    host.clock.advance(24 * 60 * 60 * 1000);
    expect(props.getProperty('a')).toBeNull();
  });
  it('a Google Workspace account has 500,000 a day; English accounts read the English text', () => {
    const host = testHost({ locale: 'en_US' });
    const { service, quota } = createPropertiesService(host, 'workspace');
    expect(quota.limit).toBe(500_000);
    quota.used = quota.limit;
    quota.since = host.clock.millis();
    expect(() => service.getUserProperties().getKeys()).toThrow('Service invoked too many times for one day: properties.');
  });
});
