import { runInNewContext } from 'node:vm';
import { createUtilities } from '../../emulator/utilities';
import { testHost, thrown } from './service-host';

function setup() {
  const host = testHost();
  return { host, u: createUtilities(host) };
}
const at = new Date('2025-09-01T06:05:09.042Z');

/** What needs the emulator (another realm, the world clock, counts); the rest is in facts/utilities.facts.ts. */
describe('Utilities.formatDate', () => {
  it('formatDate accepts a Date from another realm (a script run in node:vm)', () => {
    const { u } = setup();
    const foreign = runInNewContext('new Date(Date.UTC(2025, 8, 1))') as Date;
    expect(u.formatDate(foreign, 'UTC', 'dd.MM.yyyy')).toBe('01.09.2025');
  });
});

describe('Utilities', () => {
  it('getUuid is a v4 UUID, different each call and the same sequence in every world', () => {
    const a = setup().u;
    const b = setup().u;
    const first = a.getUuid();
    expect(first).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(a.getUuid()).not.toBe(first);
    expect(b.getUuid()).toBe(first);
  });

  it('sleep advances the world clock instead of blocking', () => {
    const { host, u } = setup();
    const before = host.clock.millis();
    u.sleep(5000);
    expect(host.clock.millis() - before).toBe(5000);
  });

  it('sleep over 5 minutes throws', () => {
    const { u } = setup();
    expect(thrown(() => u.sleep(300001)).name).toBe('Exception');
  });

  it('calls are counted', () => {
    const { host, u } = setup();
    u.formatDate(at, 'UTC', 'yyyy');
    u.getUuid();
    expect(host.calls.count('Utilities.')).toBe(2);
  });

  it('an unknown method throws «not emulated: Utilities.newBlob»', () => {
    const { u } = setup();
    expect(() => u.newBlob('x')).toThrow('not emulated: Utilities.newBlob');
  });
});
