import { defineFacts, expect, thrown } from './kit';

const REF = 'https://developers.google.com/apps-script/reference/utilities/utilities';
const FORMAT_DATE = `${REF}#formatdatedate,-timezone,-format`;
const at = new Date('2025-09-01T06:05:09.042Z');

/** Utilities: dates, strings, ids, Base64, digests. */
export default defineFacts('Utilities', (fact) => {
  fact('formatDate honours Europe/Moscow (UTC+3) and DST-free zones', { source: FORMAT_DATE }, (g) => {
    const u = g.Utilities;
    expect(u.formatDate(at, 'Europe/Moscow', 'dd.MM.yyyy HH:mm:ss')).toBe('01.09.2025 09:05:09');
    expect(u.formatDate(new Date('2025-01-15T21:30:00Z'), 'Europe/Moscow', 'dd.MM.yyyy HH:mm')).toBe('16.01.2025 00:30');
    expect(u.formatDate(at, 'Asia/Yekaterinburg', 'HH:mm')).toBe('11:05');
  });
  fact('formatDate is DST-correct for zones with summer time', { source: FORMAT_DATE }, (g) => {
    expect(g.Utilities.formatDate(new Date('2025-01-15T12:00:00Z'), 'Europe/Berlin', 'HH:mm Z')).toBe('13:00 +0100');
    expect(g.Utilities.formatDate(new Date('2025-07-15T12:00:00Z'), 'Europe/Berlin', 'HH:mm Z')).toBe('14:00 +0200');
  });
  fact('formatDate uses English month and day names', { source: 'https://docs.oracle.com/javase/7/docs/api/java/text/SimpleDateFormat.html' }, (g) => {
    expect(g.Utilities.formatDate(at, 'Europe/Moscow', 'EEE, d MMM yy')).toBe('Mon, 1 Sep 25');
    expect(g.Utilities.formatDate(at, 'Europe/Moscow', 'EEEE MMMM')).toBe('Monday September');
  });
  fact('formatDate handles 12-hour clocks, milliseconds, offsets and quoted text', { source: 'https://docs.oracle.com/javase/7/docs/api/java/text/SimpleDateFormat.html' }, (g) => {
    const u = g.Utilities;
    expect(u.formatDate(at, 'UTC', "h:mm a 'at' SSS")).toBe('6:05 AM at 042');
    expect(u.formatDate(at, 'Europe/Moscow', "yyyy-MM-dd'T'HH:mm:ssXXX")).toBe('2025-09-01T09:05:09+03:00');
    expect(u.formatDate(at, 'UTC', 'XXX')).toBe('Z');
    expect(u.formatDate(at, 'Europe/Moscow', "HH 'o''clock'")).toBe("09 o'clock");
  });
  fact('formatDate accepts GMT+3 style fixed zones', { source: FORMAT_DATE }, (g) => {
    expect(g.Utilities.formatDate(at, 'GMT+3', 'HH:mm')).toBe('09:05');
    expect(g.Utilities.formatDate(at, 'GMT-03:30', 'HH:mm')).toBe('02:35');
  });
  fact('formatDate with an unknown time zone throws an Exception', { source: FORMAT_DATE }, (g) => {
    expect(thrown(() => g.Utilities.formatDate(at, 'Europe/Moskva', 'HH:mm')).name).toBe('Exception');
  });
  fact('formatDate of a string throws the signature error', { source: FORMAT_DATE }, (g) => {
    expect(thrown(() => g.Utilities.formatDate('2025-09-01' as unknown as Date, 'Europe/Moscow', 'dd.MM.yyyy')).message)
      .toBe("The parameters (String,String,String) don't match the method signature for Utilities.formatDate.");
  });
  fact('an illegal pattern letter throws', { source: FORMAT_DATE }, (g) => {
    expect(thrown(() => g.Utilities.formatDate(at, 'UTC', 'yyyy-bb')).message).toBe("Illegal pattern character 'b'");
  });
  fact('formatString understands %s, %d, %f, %.2f, padding and %%', { source: `${REF}#formatstringtemplate,-args` }, (g) => {
    expect(g.Utilities.formatString('%s: %d из %d (%.2f%%)', 'Пары', 7, 9, 77.777)).toBe('Пары: 7 из 9 (77.78%)');
    expect(g.Utilities.formatString('%05d|%-4s|%f', 42, 'ab', 1.5)).toBe('00042|ab  |1.500000');
  });
  fact('getUuid is a v4 UUID, different each call', { source: `${REF}#getuuid` }, (g) => {
    const first = g.Utilities.getUuid();
    expect(first).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(g.Utilities.getUuid()).not.toBe(first);
  });
  fact('base64Encode encodes UTF-8 text and base64Decode returns signed bytes', { source: `${REF}#base64encodedata` }, (g) => {
    expect(g.Utilities.base64Encode('Привет')).toBe('0J/RgNC40LLQtdGC');
    expect(g.Utilities.base64Decode(g.Utilities.base64Encode('я'))).toEqual([-47, -113]);
    expect(g.Utilities.base64Encode([-47, -113])).toBe('0Y8=');
  });
  fact('base64Decode of something that is not Base64 throws an Exception', { source: `${REF}#base64decodeencoded` }, (g) => {
    expect(thrown(() => g.Utilities.base64Decode('не base64')).name).toBe('Exception');
  });
  fact('computeDigest gives MD5 and SHA_256 as signed bytes', { source: `${REF}#computedigestalgorithm,-value` }, (g) => {
    const u = g.Utilities;
    const md5 = u.computeDigest(u.DigestAlgorithm.MD5, 'abc');
    expect(md5.map((b) => ((b + 256) % 256).toString(16).padStart(2, '0')).join('')).toBe('900150983cd24fb0d6963f7d28e17f72');
    expect(u.computeDigest(u.DigestAlgorithm.SHA_256, 'abc')).toHaveLength(32);
  });
});
