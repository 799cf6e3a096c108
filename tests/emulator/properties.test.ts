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
