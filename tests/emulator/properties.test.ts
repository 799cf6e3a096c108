import { createPropertiesService } from '../../emulator/properties';
import { testHost } from './service-host';

function setup() {
  const host = testHost();
  return { host, ...createPropertiesService(host) };
}

/** The emulator's own side: counts and strictness. What Properties do is in facts/properties.facts.ts. */
describe('Properties', () => {
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
