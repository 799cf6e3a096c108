import { runInNewContext } from 'node:vm';
import { createUtilities } from '../../emulator/utilities';
import { testHost, thrown } from './service-host';

function setup() {
  const host = testHost();
  return { host, u: createUtilities(host) };
}
const at = new Date('2025-09-01T06:05:09.042Z');

describe('Utilities.formatDate', () => {
  it('formatDate honours Europe/Moscow (UTC+3) and DST-free zones', () => {
    const { u } = setup();
    expect(u.formatDate(at, 'Europe/Moscow', 'dd.MM.yyyy HH:mm:ss')).toBe('01.09.2025 09:05:09');
    expect(u.formatDate(new Date('2025-01-15T21:30:00Z'), 'Europe/Moscow', 'dd.MM.yyyy HH:mm')).toBe('16.01.2025 00:30');
    expect(u.formatDate(at, 'Asia/Yekaterinburg', 'HH:mm')).toBe('11:05');
  });

  it('formatDate is DST-correct for zones with summer time', () => {
    const { u } = setup();
    expect(u.formatDate(new Date('2025-01-15T12:00:00Z'), 'Europe/Berlin', 'HH:mm Z')).toBe('13:00 +0100');
    expect(u.formatDate(new Date('2025-07-15T12:00:00Z'), 'Europe/Berlin', 'HH:mm Z')).toBe('14:00 +0200');
  });

  it('formatDate uses English month and day names', () => {
    const { u } = setup();
    expect(u.formatDate(at, 'Europe/Moscow', 'EEE, d MMM yy')).toBe('Mon, 1 Sep 25');
    expect(u.formatDate(at, 'Europe/Moscow', 'EEEE MMMM')).toBe('Monday September');
  });

  it('formatDate handles 12-hour clocks, milliseconds, offsets and quoted text', () => {
    const { u } = setup();
    expect(u.formatDate(at, 'UTC', "h:mm a 'at' SSS")).toBe('6:05 AM at 042');
    expect(u.formatDate(at, 'Europe/Moscow', "yyyy-MM-dd'T'HH:mm:ssXXX")).toBe('2025-09-01T09:05:09+03:00');
    expect(u.formatDate(at, 'UTC', 'XXX')).toBe('Z');
    expect(u.formatDate(at, 'Europe/Moscow', "HH 'o''clock'")).toBe("09 o'clock");
  });

  it('formatDate accepts GMT+3 style fixed zones', () => {
    const { u } = setup();
    expect(u.formatDate(at, 'GMT+3', 'HH:mm')).toBe('09:05');
    expect(u.formatDate(at, 'GMT-03:30', 'HH:mm')).toBe('02:35');
  });

  it('formatDate with an unknown time zone throws', () => {
    const { u } = setup();
    expect(thrown(() => u.formatDate(at, 'Europe/Moskva', 'HH:mm')).name).toBe('Exception');
  });

  it('formatDate of a string throws the signature error', () => {
    const { u } = setup();
    const e = thrown(() => u.formatDate('2025-09-01' as unknown as Date, 'Europe/Moscow', 'dd.MM.yyyy'));
    expect(e.message).toBe("The parameters (String,String,String) don't match the method signature for Utilities.formatDate.");
  });

  it('formatDate accepts a Date from another realm (a script run in node:vm)', () => {
    const { u } = setup();
    const foreign = runInNewContext('new Date(Date.UTC(2025, 8, 1))') as Date;
    expect(u.formatDate(foreign, 'UTC', 'dd.MM.yyyy')).toBe('01.09.2025');
  });

  it('an illegal pattern letter throws', () => {
    const { u } = setup();
    expect(thrown(() => u.formatDate(at, 'UTC', 'yyyy-bb')).message).toBe("Illegal pattern character 'b'");
  });
});

describe('Utilities', () => {
  it('formatString understands %s, %d, %f, %.2f, padding and %%', () => {
    const { u } = setup();
    expect(u.formatString('%s: %d из %d (%.2f%%)', 'Пары', 7, 9, 77.777)).toBe('Пары: 7 из 9 (77.78%)');
    expect(u.formatString('%05d|%-4s|%f', 42, 'ab', 1.5)).toBe('00042|ab  |1.500000');
  });

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

  it('base64Encode encodes UTF-8 text and base64Decode returns signed bytes', () => {
    const { u } = setup();
    expect(u.base64Encode('Привет')).toBe(Buffer.from('Привет').toString('base64'));
    expect(u.base64Decode(u.base64Encode('я'))).toEqual([-47, -113]);
    expect(u.base64Encode([-47, -113])).toBe(Buffer.from('я').toString('base64'));
  });

  it('base64Decode of something that is not base64 throws', () => {
    const { u } = setup();
    expect(thrown(() => u.base64Decode('не base64')).name).toBe('Exception');
  });

  it('computeDigest gives MD5 and SHA_256 as signed bytes', () => {
    const { u } = setup();
    const md5 = u.computeDigest(u.DigestAlgorithm.MD5, 'abc');
    const hex = md5.map((b) => ((b + 256) % 256).toString(16).padStart(2, '0')).join('');
    expect(hex).toBe('900150983cd24fb0d6963f7d28e17f72');
    expect(u.computeDigest(u.DigestAlgorithm.SHA_256, 'abc')).toHaveLength(32);
    expect(md5.every((b) => b >= -128 && b <= 127)).toBe(true);
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
